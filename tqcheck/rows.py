"""Mergeable summaries of one small row per segment or sentence, kept in numpy arrays.

Consistency across a corpus needs to know, for each text, where it first appears and how it
varies; holding the texts would cost memory in proportion to the corpus. A row holds a
stable 64-bit hash of the text instead, and its position: a few dozen bytes, so millions of
segments fit in a few hundred megabytes, and partitions or files merge by concatenation.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
from dataclasses import dataclass, field
from typing import Any

#: the position every row carries: the file (an index into ``paths``), line and column.
POSITION = [("path", "<u4"), ("line", "<u8"), ("column", "<u4")]


def stable_hash(text: str) -> int:
    """A 64-bit hash that is the same in every process (unlike hash())."""
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "little")


@dataclass
class Rows:
    """Rows of one dtype from any number of files; ``path`` indexes ``paths``."""

    dtype: list[tuple[str, str]]
    paths: list[str]
    chunks: list[Any]
    #: what was computed from the merged rows, kept with them (the rules' majorities and
    #: repeats, where each chunk starts).
    derived: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, path: str, dtype: list[tuple[str, str]], rows: list[tuple[Any, ...]]) -> Rows:
        import numpy as np

        return cls(dtype, [path], [np.array(rows, dtype=dtype)])

    def column(self, name: str) -> Any:
        """One field of every row, in chunk order: a copy of that field alone, never of the
        whole rows (a million rows of TQ203 are 160 MB; their keys 8 MB)."""
        import numpy as np

        if not self.chunks:
            return np.array([], dtype=dict(self.dtype)[name])
        return np.concatenate([chunk[name] for chunk in self.chunks])

    def row(self, index: int) -> Any:
        """The row at ``index``, counted over the chunks in order (a binary search over
        where they start: a merged corpus holds a chunk per file or partition)."""
        starts = self.derived.get("chunk starts")
        if starts is None:
            starts = self.derived["chunk starts"] = list(
                itertools.accumulate((len(chunk) for chunk in self.chunks), initial=0)
            )
        if not 0 <= index < starts[-1]:
            raise IndexError(index)
        k = bisect.bisect_right(starts, index) - 1
        return self.chunks[k][index - starts[k]]

    @staticmethod
    def merge(summaries: list[Rows]) -> Rows:
        """One summary of several, paths numbered in the order the summaries come."""
        import numpy as np

        index: dict[str, int] = {}
        chunks = []
        for summary in summaries:
            remap = np.array([index.setdefault(p, len(index)) for p in summary.paths], "<u4")
            if (remap == np.arange(len(remap))).all():
                chunks += summary.chunks  # same path numbering: no copy (streamed files)
                continue
            for chunk in summary.chunks:
                moved = chunk.copy()
                moved["path"] = remap[chunk["path"]]
                chunks.append(moved)
        return Rows(summaries[0].dtype if summaries else [], list(index), chunks)


def sorted_groups(rows: Rows, key: str) -> tuple[Any, Any, Any, Any]:
    """How the rows sort by ``key`` and then by position: the order (indices for
    :meth:`Rows.row` and :meth:`Rows.column`), the key's values in that order, and the start
    and end of each run of one value; within a run the first row is the first use."""
    import numpy as np

    values = rows.column(key)
    order = np.lexsort((rows.column("column"), rows.column("line"), rows.column("path"), values))
    values = values[order]
    if not len(values):
        empty = np.array([], dtype=np.intp)
        return order, values, empty, empty
    starts = np.flatnonzero(np.r_[True, values[1:] != values[:-1]])
    return order, values, starts, np.r_[starts[1:], len(values)]
