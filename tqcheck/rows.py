"""Mergeable summaries of one small row per segment or sentence, kept in numpy arrays.

Consistency across a corpus needs to know, for each text, where it first appears and how it
varies; holding the texts would cost memory in proportion to the corpus. A row holds a
stable 64-bit hash of the text instead, and its position: a few dozen bytes, so millions of
segments fit in a few hundred megabytes, and partitions or files merge by concatenation.
"""

from __future__ import annotations

import hashlib
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
    #: what was computed from the merged rows, kept with them (see ``cached``).
    derived: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, path: str, dtype: list[tuple[str, str]], rows: list[tuple[Any, ...]]) -> Rows:
        import numpy as np

        return cls(dtype, [path], [np.array(rows, dtype=dtype)])

    def merged(self) -> Any:
        import numpy as np

        return np.concatenate(self.chunks) if self.chunks else np.array([], self.dtype)

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


def sorted_groups(rows: Any, key: str) -> tuple[Any, Any, Any]:
    """The rows sorted by ``key`` and then by position, with the start and end index of each
    run of rows sharing one ``key``: within a run the first row is the first use."""
    import numpy as np

    rows = rows[np.lexsort((rows["column"], rows["line"], rows["path"], rows[key]))]
    if not len(rows):
        empty = np.array([], dtype=np.intp)
        return rows, empty, empty
    values = rows[key]
    starts = np.flatnonzero(np.r_[True, values[1:] != values[:-1]])
    return rows, starts, np.r_[starts[1:], len(rows)]
