"""Output formats: what a run prints, given its issues (already sorted by the engine)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tqcheck.formatters import concise, full, github, json_format, sarif, statistics
from tqcheck.issue import Issue

FORMATS: tuple[str, ...] = ("concise", "full", "json", "sarif", "github")


def render(
    fmt: str,
    issues: Sequence[Issue],
    *,
    sources: Mapping[str, str],
    color: bool = False,
    files: Sequence[tuple[str, str]] = (),
) -> str:
    """The whole output for a run.

    ``sources`` maps each ``issue.path`` to the file's full text (for ``full``'s excerpts);
    ``files`` lists the path and encoding of every file checked (for ``json``).
    Returns text ending with a newline, or "" when a line format has no issues; ``json``
    and ``sarif`` always return a document.
    """
    if fmt == "concise":
        return concise.render(issues, color)
    if fmt == "full":
        return full.render(issues, sources, color)
    if fmt == "json":
        return json_format.render(issues, files)
    if fmt == "sarif":
        return sarif.render(issues)
    if fmt == "github":
        return github.render(issues)
    raise ValueError(f"unknown output format {fmt!r} (expected one of {', '.join(FORMATS)})")


def render_statistics(issues: Sequence[Issue], color: bool = False) -> str:
    """A count per rule, most frequent first: ``   12  TQ201  [warning]  name-spelling``
    lines and a total line; "" when there are no issues."""
    return statistics.render(issues, color)


__all__ = ["FORMATS", "render", "render_statistics"]
