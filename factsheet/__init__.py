"""factsheet: a sourced, reconciled fact sheet from several news articles.

Kept free of imports so that ``import factsheet`` (and so start-up) stays cheap;
import the stage you need: ``factsheet.ingest``, ``factsheet.extract``, ...
"""

__version__ = "0.1.0"
