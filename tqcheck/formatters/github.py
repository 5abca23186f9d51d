"""``github``: GitHub Actions workflow commands, which show as annotations on a pull request.

Columns are sent only for single-line spans: GitHub rejects ``col``/``endColumn`` when
``line`` and ``endLine`` differ.
"""

from __future__ import annotations

from collections.abc import Sequence

from tqcheck.issue import Issue, Severity

_COMMANDS: dict[Severity, str] = {
    Severity.ERROR: "error",
    Severity.WARNING: "warning",
    Severity.INFO: "notice",
}


def escape_data(value: str) -> str:
    """Escape a command's message (the text after ``::``)."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """Escape a property value (``key=value`` before ``::``)."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def _properties(issue: Issue) -> dict[str, str]:
    props = {
        "file": issue.path,
        "line": str(issue.line),
        "col": str(issue.column),
        "endLine": str(issue.end_line),
        "endColumn": str(issue.end_column),
        "title": f"{issue.code} {issue.rule}",
    }
    if issue.line != issue.end_line:
        del props["col"], props["endColumn"]
    return props


def command(issue: Issue) -> str:
    props = ",".join(f"{key}={escape_property(value)}" for key, value in _properties(issue).items())
    return f"::{_COMMANDS[issue.severity]} {props}::{escape_data(issue.message)}"


def render(issues: Sequence[Issue]) -> str:
    return "".join(command(issue) + "\n" for issue in issues)
