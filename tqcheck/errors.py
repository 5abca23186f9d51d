"""Errors that end a run with exit status 2 and a one-line message (never a traceback)."""


class TqcheckError(Exception):
    """Base of tqcheck's own errors; ``str(err)`` is the one-line message for the user."""


class UsageError(TqcheckError):
    """A bad option, rule code or plugin."""


class ConfigError(TqcheckError):
    """A configuration file, key or value that cannot be used; the message names file and key."""


class InputError(TqcheckError):
    """A file that cannot be read as text; the message names the file."""
