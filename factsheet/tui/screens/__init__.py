"""Screens and modal dialogs: they return values with ``dismiss()`` and hold no business logic."""
