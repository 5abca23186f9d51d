"""``concise``: one ``PATH:LINE:COL: CODE [severity] message`` line per issue."""

from __future__ import annotations

from collections.abc import Sequence

import click

from tqcheck.issue import Issue, Severity

SEVERITY_COLORS: dict[Severity, str] = {
    Severity.ERROR: "red",
    Severity.WARNING: "yellow",
    Severity.INFO: "blue",
}


def style_code(code: str, severity: Severity, color: bool) -> str:
    """The rule code, coloured by severity when ``color`` is on."""
    return click.style(code, fg=SEVERITY_COLORS[severity]) if color else code


def issue_line(issue: Issue, color: bool) -> str:
    """The one-line form of an issue, shared by ``concise`` and ``full``."""
    path = click.style(issue.path, bold=True) if color else issue.path
    code = style_code(issue.code, issue.severity, color)
    return f"{path}:{issue.line}:{issue.column}: {code} [{issue.severity}] {issue.message}"


def render(issues: Sequence[Issue], color: bool) -> str:
    return "".join(issue_line(issue, color) + "\n" for issue in issues)
