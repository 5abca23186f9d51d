"""Mergeable summaries of one small row per segment or sentence, kept in numpy arrays.

Consistency across a corpus needs to know, for each text, where it first appears and how it
varies; holding the texts would cost memory in proportion to the corpus. A row holds a
stable 64-bit hash of the text instead, and its position: a few dozen bytes, and partitions
or files merge by concatenation.

Rows still grow with the corpus, so memory holds at most :data:`SPILL_BYTES` of them: past
that they go to temporary files on disk, one per bucket of keys (:data:`BUCKETS`), and
:meth:`Rows.groups` reads them back a bucket at a time. Every row of one key is in one
bucket, so a rule that looks at each key's rows together sees a bucket at a time, and
memory holds what it keeps of the keys (the repeated, the inconsistent), not the corpus.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: the position every row carries: the file (an index into ``paths``), line and column.
POSITION = [("path", "<u4"), ("line", "<u8"), ("column", "<u4")]
#: rows held in memory, in bytes, before they are written to disk.
SPILL_BYTES = 8 * 1024 * 1024
#: files the spilled rows are spread over by key (a million rows of 160 bytes spilled are
#: read back 2.5 MB at a time).
BUCKETS = 64


def stable_hash(text: str) -> int:
    """A 64-bit hash that is the same in every process (unlike hash())."""
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "little")


class _Spill:
    """Rows written to disk, a file per bucket of keys, removed with this object."""

    def __init__(self) -> None:
        self._folder = tempfile.TemporaryDirectory(prefix="tqcheck-rows-")

    def _file(self, bucket: int) -> Path:
        return Path(self._folder.name) / f"{bucket}.rows"

    def write(self, rows: Any, key: str) -> None:
        import numpy as np

        buckets = rows[key] % BUCKETS
        for bucket in np.unique(buckets):
            with self._file(int(bucket)).open("ab") as handle:
                handle.write(rows[buckets == bucket].tobytes())

    def buckets(self, dtype: list[tuple[str, str]]) -> Iterator[Any]:
        """The rows of each bucket in turn."""
        import numpy as np

        for bucket in range(BUCKETS):
            path = self._file(bucket)
            yield np.fromfile(path, dtype=dtype) if path.exists() else np.empty(0, dtype=dtype)


@dataclass
class Rows:
    """Rows of one dtype from any number of files, grouped by the field ``key``; a row's
    ``path`` indexes ``paths``."""

    dtype: list[tuple[str, str]]
    key: str
    paths: list[str]
    chunks: list[Any]
    #: the rows past SPILL_BYTES, on disk (None: all in ``chunks``).
    spill: _Spill | None = field(default=None, repr=False)

    @classmethod
    def of(cls, path: str, dtype: list[tuple[str, str]], key: str, rows: Any) -> Rows:
        return cls(dtype, key, [path], [rows])

    @staticmethod
    def merge(summaries: list[Rows]) -> Rows:
        """One summary of several, paths numbered in the order the summaries come. The
        first summary's spill, if any, is taken over, since its paths keep their numbers
        (the others' spills are read back): the summaries are not to be used again."""
        import numpy as np

        first = summaries[0]
        merged = Rows(first.dtype, first.key, [], [], first.spill)
        index: dict[str, int] = {}
        for k, summary in enumerate(summaries):
            remap = np.array([index.setdefault(p, len(index)) for p in summary.paths], "<u4")
            renumbered = not (remap == np.arange(len(remap))).all()
            chunks = summary.chunks
            if summary.spill is not None and k > 0:
                chunks = [*chunks, *summary.spill.buckets(summary.dtype)]
            for chunk in chunks:
                if renumbered:
                    chunk = chunk.copy()
                    chunk["path"] = remap[chunk["path"]]
                merged.chunks.append(chunk)
        merged.paths = list(index)
        if sum(chunk.nbytes for chunk in merged.chunks) > SPILL_BYTES:
            merged._spill_chunks()
        return merged

    def _spill_chunks(self) -> None:
        import numpy as np

        if self.spill is None:
            self.spill = _Spill()
        if self.chunks:
            self.spill.write(np.concatenate(self.chunks), self.key)
        self.chunks = []

    def groups(self) -> Iterator[Any]:
        """The rows in arrays holding every row of their keys, each sorted by key and then
        by position, so that within a key the first row is the first use."""
        import numpy as np

        if self.spill is None:
            parts = [np.concatenate(self.chunks)] if self.chunks else []
        else:
            self._spill_chunks()
            parts = self.spill.buckets(self.dtype)
        for rows in parts:
            order = np.lexsort((rows["column"], rows["line"], rows["path"], rows[self.key]))
            yield rows[order]

    def __getstate__(self) -> dict[str, Any]:
        """Pickled (to another process or machine) with the spilled rows read back."""
        state = dict(self.__dict__)
        if self.spill is not None:
            state["chunks"] = [*self.chunks, *self.spill.buckets(self.dtype)]
            state["spill"] = None
        return state


def runs(keys: Any) -> tuple[Any, Any]:
    """Where each run of one value starts and ends in sorted ``keys``."""
    import numpy as np

    if not len(keys):
        empty = np.array([], dtype=np.intp)
        return empty, empty
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    return starts, np.r_[starts[1:], len(keys)]
