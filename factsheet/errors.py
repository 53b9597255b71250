"""The one exception type that the command line turns into a one-line message."""


class FactsheetError(Exception):
    """A problem the user can fix (bad path, unreadable file, broken review file).

    Its message is one line and names the file concerned; the CLI prints it and
    exits with status 2 instead of showing a traceback.
    """
