"""Large plain-text files, read as a run of partitions of whole lines.

A partition is a Document holding a block of lines of the file, with ``line_base`` set so
that positions are the file's own. Reading twice (collect, then check) keeps memory bounded
by the partition size and the summaries, whatever the size of the file.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from pathlib import Path

from tqcheck.document import Document, split_lines
from tqcheck.errors import InputError
from tqcheck.readers.text import decode

#: files at least this large are streamed rather than read whole.
STREAM_THRESHOLD = 64 * 1024 * 1024
#: characters of text in one partition (whole lines; a longer line makes a larger one).
PARTITION_CHARS = 4 * 1024 * 1024
_CHUNK = 1024 * 1024
_SAMPLE = 256 * 1024


def stream_encoding(path: Path, display: str, forced: str | None = None) -> str:
    """The file's encoding, judged on a sample cut at a line break (or the one forced)."""
    with path.open("rb") as handle:
        sample = handle.read(_SAMPLE)
    if len(sample) == _SAMPLE and b"\n" in sample:
        sample = sample[: sample.rindex(b"\n") + 1]
    return decode(sample, display, forced)[1]


def iter_partitions(
    path: Path,
    display: str,
    partition_chars: int = PARTITION_CHARS,
    encoding: str | None = None,
) -> Iterator[Document]:
    """The file as consecutive documents of whole lines, each about ``partition_chars``.
    Bytes that do not fit the encoding become U+FFFD, one character each, as in a whole
    read, so positions stay right."""
    encoding = stream_encoding(path, display, encoding)
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    pending = ""
    line_base = 0
    try:
        with path.open("rb") as handle:
            while True:
                chunk = handle.read(min(_CHUNK, partition_chars))
                pending += decoder.decode(chunk, final=not chunk)
                while len(pending) >= partition_chars or (not chunk and pending):
                    cut = _cut(pending, partition_chars, final=not chunk)
                    if cut == 0:
                        break
                    text, pending = pending[:cut], pending[cut:]
                    yield Document(
                        path=display,
                        text=text,
                        segments=split_lines(text),
                        encoding=encoding,
                        line_base=line_base,
                    )
                    line_base += _count_lines(text)
                if not chunk:
                    return
    except OSError as exc:
        raise InputError(f"{display}: cannot read: {exc.strerror}") from None


def _cut(text: str, size: int, final: bool) -> int:
    """Where to end a partition: after the last line break before ``size`` (or the first
    one after it, for a very long line); everything, at the end of the file."""
    if final and len(text) <= size:
        return len(text)
    cut = max(text.rfind("\n", 0, size), text.rfind("\r", 0, size - 1))
    if cut < 0:
        cut = text.find("\n", size)
        if cut < 0:
            return len(text) if final else 0
    if text[cut] == "\r" and cut + 1 < len(text) and text[cut + 1] == "\n":
        cut += 1
    return cut + 1


def _count_lines(text: str) -> int:
    return text.count("\n") + text.count("\r") - text.count("\r\n")
