"""``full``: the concise line, then the flagged source line with a caret under the span.

Every character is measured in terminal columns so that the carets line up: tabs expand to
the next multiple of four, East Asian wide characters take two columns, combining marks and
other zero-width characters none, and control characters show as their Unicode pictures.
Long lines are cut to a window around the span, with "…" where text was left out.
"""

from __future__ import annotations

import bisect
import itertools
import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import click

from tqcheck.formatters.concise import SEVERITY_COLORS, issue_line
from tqcheck.issue import Issue

TAB_WIDTH = 4
MAX_WIDTH = 120
ELLIPSIS = "…"
_LINE_BREAK = re.compile(r"\r\n|\r|\n")  # as tqcheck.document counts lines


@dataclass(frozen=True, slots=True)
class Excerpt:
    """A source line as shown, and where its carets go (in terminal columns)."""

    text: str
    caret_offset: int
    caret_width: int


def _visible(char: str) -> str:
    """A control character's picture (␛ for ESC), so that it neither hides nor acts."""
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    return "\ufffd" if unicodedata.category(char) == "Cc" else char


def _width(char: str) -> int:
    if unicodedata.combining(char) or unicodedata.category(char) == "Cf":
        return 0
    return 2 if unicodedata.east_asian_width(char) in "WF" else 1


def _cells(line: str) -> list[tuple[str, int]]:
    """Each character of ``line`` as (what to print, its width in columns)."""
    cells: list[tuple[str, int]] = []
    column = 0
    for char in line:
        if char == "\t":
            width = TAB_WIDTH - column % TAB_WIDTH
            cells.append((" " * width, width))
        else:
            shown = _visible(char)
            width = _width(shown)
            cells.append((shown, width))
        column += width
    return cells


def _window(total: int, span_start: int, span_end: int) -> tuple[int, int]:
    """The columns [left, right) to show: at most MAX_WIDTH, the span centred in them."""
    if total <= MAX_WIDTH:
        return 0, total
    span = span_end - span_start
    left = span_start if span >= MAX_WIDTH else span_start - (MAX_WIDTH - span) // 2
    left = max(0, min(left, total - MAX_WIDTH))
    return left, left + MAX_WIDTH


def excerpt(line: str, start: int, end: int) -> Excerpt:
    """Show ``line[start:end]`` (code-point offsets, end exclusive) with its context."""
    cells = _cells(line)
    bounds = list(itertools.accumulate((width for _, width in cells), initial=0))
    left, right = _window(bounds[-1], bounds[start], bounds[end])
    first = bisect.bisect_left(bounds, left)
    last = bisect.bisect_right(bounds, right) - 1
    head = ELLIPSIS if first > 0 else ""
    tail = ELLIPSIS if last < len(cells) else ""
    text = head + "".join(shown for shown, _ in cells[first:last]) + tail
    caret_end = min(bounds[end], bounds[last])
    return Excerpt(
        text=text,
        caret_offset=bounds[start] - bounds[first] + len(head),
        caret_width=max(1, caret_end - bounds[start]),
    )


def _source_lines(issue: Issue, line: str, pad: str, color: bool) -> list[str]:
    """The numbered source line and the carets; multi-line spans are marked to line end."""
    start = min(issue.column - 1, len(line))
    end = issue.end_column - 1 if issue.end_line == issue.line else len(line)
    shown = excerpt(line, start, max(start, min(end, len(line))))
    carets = "^" * shown.caret_width
    if color:
        carets = click.style(carets, fg=SEVERITY_COLORS[issue.severity], bold=True)
    return [
        f"{issue.line:>{len(pad)}} | {shown.text}",
        f"{pad} | {' ' * shown.caret_offset}{carets}",
    ]


def _block(issue: Issue, lines: Sequence[str] | None, color: bool) -> str:
    pad = " " * max(5, len(str(issue.line)))
    parts = [issue_line(issue, color)]
    if lines is not None and 1 <= issue.line <= len(lines):
        parts += _source_lines(issue, lines[issue.line - 1], pad, color)
    if issue.suggestion is not None:
        parts.append(f"{pad} = suggestion: {json.dumps(issue.suggestion, ensure_ascii=False)}")
    return "\n".join(parts) + "\n\n"


def render(issues: Sequence[Issue], sources: Mapping[str, str], color: bool) -> str:
    """Every issue with its excerpt; an issue whose file text is unknown gets none."""
    paths = {issue.path for issue in issues}
    split = {path: _LINE_BREAK.split(text) for path, text in sources.items() if path in paths}
    return "".join(_block(issue, split.get(issue.path), color) for issue in issues)
