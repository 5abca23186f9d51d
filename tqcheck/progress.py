"""A progress bar on standard error for long runs: segments checked out of segments to check.

Shown on a terminal when a run is long (many files, many segments, or a streamed file), or
whenever ``--progress`` asks for it; never on standard output, so that machine-readable
output stays as it is. A segment checked in two passes (grouping, a large or streamed file)
counts twice, and the total grows as streamed files are read.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import IO, Any

from tqcheck.document import Document

#: a run over at least this many files shows a bar on a terminal
MANY_FILES = 20
#: ... or over at least this many segments
MANY_SEGMENTS = 20_000


def wanted(asked: bool | None, inputs: Sequence[object], stream: IO[str] | None = None) -> bool:
    """Whether to show a bar: as asked, else on a terminal for a long run."""
    if asked is not None:
        return asked
    stream = stream or sys.stderr
    if not (hasattr(stream, "isatty") and stream.isatty()):
        return False
    if len(inputs) >= MANY_FILES:
        return True
    if any(not isinstance(item, Document) for item in inputs):
        return True  # a streamed file: large by definition
    segments = sum(len(item.segments) for item in inputs if isinstance(item, Document))
    return segments >= MANY_SEGMENTS


class Bar:
    """A tqdm bar counting segments, made on first use (so a run that shows none pays
    nothing) and without tqdm's monitor thread (processes are forked while it runs)."""

    def __init__(self, stream: IO[str] | None = None, description: str = "tqcheck") -> None:
        self.stream = stream or sys.stderr
        self.description = description
        self._bar: Any = None

    def _get(self, total: int = 0) -> Any:
        if self._bar is None:
            from tqdm import tqdm

            class _Tqdm(tqdm):  # type: ignore[misc, type-arg]
                monitor_interval = 0

            self._bar = _Tqdm(
                total=total,
                unit="seg",
                desc=self.description,
                file=self.stream,
                dynamic_ncols=True,
                leave=True,
            )
        return self._bar

    def grow(self, segments: int) -> None:
        if self._bar is None:
            self._get(segments)
        else:
            self._bar.total += segments

    def advance(self, segments: int) -> None:
        self._get().update(segments)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
