"""``python -m factsheet`` runs the command line."""

from factsheet.cli import main

raise SystemExit(main())
