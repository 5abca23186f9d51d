"""Large plain-text files, read as a run of partitions of whole lines.

A partition is a Document holding a block of lines of the file, with ``line_base`` set so
that positions are the file's own. Reading twice (collect, then check) keeps memory bounded
by the partition size and the summaries, whatever the size of the file.

A target with a line-aligned ``--source`` (and a ``--ref``) is read the same way: each
partition's lines get the lines of the same numbers from the other files, which are read
alongside, so no file is ever held whole. The line counts are compared first, on a quick
pass that counts line breaks, so that files of different lengths are an error before any
checking starts.
"""

from __future__ import annotations

import codecs
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tqcheck.document import Document, split_lines
from tqcheck.errors import InputError
from tqcheck.readers.text import align_source, decode

#: files at least this large are streamed rather than read whole (a target and its
#: line-aligned source or reference count together).
STREAM_THRESHOLD = 64 * 1024 * 1024
#: characters of text in one partition (whole lines; a longer line makes a larger one).
PARTITION_CHARS = 4 * 1024 * 1024
_CHUNK = 1024 * 1024
_SAMPLE = 256 * 1024
# A line's text and its line break, as tqcheck.readers.text splits lines.
_LINE_RE = re.compile(r"([^\r\n]*)(?:\r\n|\r|\n)?")


def stream_encoding(path: Path, display: str, forced: str | None = None) -> str:
    """The file's encoding, judged on a sample cut at a line break (or the one forced)."""
    try:
        with path.open("rb") as handle:
            sample = handle.read(_SAMPLE)
    except FileNotFoundError:
        raise InputError(f"{display}: no such file") from None
    except OSError as exc:
        raise InputError(f"{display}: cannot read: {exc.strerror}") from None
    if len(sample) == _SAMPLE and b"\n" in sample:
        sample = sample[: sample.rindex(b"\n") + 1]
    return decode(sample, display, forced)[1]


def iter_texts(
    path: Path,
    display: str,
    partition_chars: int = PARTITION_CHARS,
    encoding: str | None = None,
) -> Iterator[tuple[str, int]]:
    """The file's text as consecutive blocks of whole lines, each about ``partition_chars``,
    with the number of lines before each. Bytes that do not fit the encoding become U+FFFD,
    one character each, as in a whole read, so positions stay right. ``encoding`` is the
    one :func:`stream_encoding` found (found here when ``None``)."""
    if encoding is None:
        encoding = stream_encoding(path, display)
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
                    yield text, line_base
                    line_base += _count_lines(text)
                if not chunk:
                    return
    except OSError as exc:
        raise InputError(f"{display}: cannot read: {exc.strerror}") from None


def iter_partitions(
    path: Path,
    display: str,
    partition_chars: int = PARTITION_CHARS,
    encoding: str | None = None,
) -> Iterator[Document]:
    """The file as consecutive documents of whole lines, each about ``partition_chars``."""
    if encoding is None:
        encoding = stream_encoding(path, display)
    for text, line_base in iter_texts(path, display, partition_chars, encoding):
        yield Document(
            path=display,
            text=text,
            segments=split_lines(text),
            encoding=encoding,
            line_base=line_base,
        )


def iter_lines(
    path: Path, display: str, encoding: str | None = None, partition_chars: int = PARTITION_CHARS
) -> Iterator[str]:
    """The file's lines, without their line breaks, as ``tqcheck.readers.text`` splits them
    (at CR, LF and CRLF), read a partition at a time."""
    for text, _ in iter_texts(path, display, partition_chars, encoding):
        for m in _LINE_RE.finditer(text):
            if m.end() > m.start():
                yield m.group(1)


def count_lines(path: Path, display: str, encoding: str | None = None) -> int:
    """How many lines the file has, counted as a whole read counts them, in one pass that
    holds a partition at a time."""
    count = 0
    last = ""
    for text, _ in iter_texts(path, display, PARTITION_CHARS, encoding):
        count += _count_lines(text)
        last = text
    if last and last[-1] not in "\r\n":
        count += 1  # a last line without a line break
    return count


@dataclass(frozen=True)
class Aligned:
    """A file line-aligned with a streamed target: its path, its name in messages and the
    encoding to read it in (``None``: found from a sample)."""

    path: Path
    display: str
    encoding: str | None = None


def iter_aligned_partitions(
    path: Path,
    display: str,
    source: Aligned | None = None,
    reference: Aligned | None = None,
    partition_chars: int = PARTITION_CHARS,
    encoding: str | None = None,
    count: bool = True,
) -> Iterator[Document]:
    """The target as consecutive documents of whole lines, each line with the ``source``
    line of the same number (as ``tqcheck.readers.text.align_source`` gives it) and the
    ``reference`` line (as ``attach_references`` does). The files must have as many lines
    as the target: that is checked first, by counting, with an InputError naming both
    counts, as a whole read gives (``count=False``: already checked, on an earlier pass)."""
    if source is None and reference is None:
        yield from iter_partitions(path, display, partition_chars, encoding)
        return
    if encoding is None:
        encoding = stream_encoding(path, display)
    if count:
        check_line_counts(path, display, source, reference, encoding)
    sources = iter_lines(source.path, source.display, source.encoding) if source else None
    references = (
        iter_lines(reference.path, reference.display, reference.encoding) if reference else None
    )
    for text, line_base in iter_texts(path, display, partition_chars, encoding):
        document = Document(
            path=display,
            text=text,
            segments=split_lines(text),
            encoding=encoding,
            line_base=line_base,
        )
        count = sum(1 for m in _LINE_RE.finditer(text) if m.end() > m.start())
        if sources is not None:
            assert source is not None
            lines = _take(sources, count, source.display)
            align_source(document, "".join(line + "\n" for line in lines), source.display)
            for segment in document.segments:  # numbered in the file, not the partition
                segment.unit = str(int(segment.unit or 0) + line_base)
        if references is not None:
            assert reference is not None
            lines = _take(references, count, reference.display)
            for segment in document.segments:
                segment.reference = lines[document.position(segment.offset)[0] - 1 - line_base]
        yield document


def check_line_counts(
    path: Path,
    display: str,
    source: Aligned | None,
    reference: Aligned | None,
    encoding: str | None = None,
) -> None:
    """An InputError unless the source and reference have as many lines as the target (the
    messages of a whole read); each file is read once, a partition at a time."""
    if source is None and reference is None:
        return
    lines = count_lines(path, display, encoding)
    if source is not None:
        found = count_lines(source.path, source.display, source.encoding)
        if found != lines:
            raise InputError(
                f"{display} has {lines} lines but its source {source.display} has {found}; "
                "line-aligned files must have the same number of lines"
            )
    if reference is not None:
        found = count_lines(reference.path, reference.display, reference.encoding)
        if found != lines:
            raise InputError(
                f"{display} has {lines} lines but the reference {reference.display} has {found}"
            )


def _take(lines: Iterator[str], count: int, display: str) -> list[str]:
    taken = list(itertools.islice(lines, count))
    if len(taken) != count:  # the file changed since its lines were counted
        raise InputError(f"{display}: changed while it was read")
    return taken


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
