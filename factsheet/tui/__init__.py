"""The Textual review app (``factsheet.tui.app.FactsheetApp``); imported only when the app runs."""
