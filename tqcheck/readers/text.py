"""Plain text: one document per file, one segment per non-blank line; with ``--source``, the
source file's line of the same number is each segment's source."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from tqcheck.document import Document, Segment, split_lines
from tqcheck.encodings import decode
from tqcheck.errors import InputError

if TYPE_CHECKING:
    from tqcheck.readers import ReadOptions

# A line's text, without its line break (the last line may lack one).
_LINE_RE = re.compile(r"([^\r\n]*)(?:\r\n|\r|\n)?")

TEXT_EXTENSIONS = frozenset({".txt", ".text", ".md"})


def read_bytes(path: Path | None, name: str) -> bytes:
    """A file's bytes (standard input for ``None``), with errors that name the file."""
    if path is None:
        return sys.stdin.buffer.read()
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read: {exc.strerror}") from None


def text_document(text: str, path: str = "<text>", encoding: str = "utf-8") -> Document:
    return Document(path=path, text=text, segments=split_lines(text), encoding=encoding)


def _lines(text: str) -> list[str]:
    """Lines split at CR, LF and CRLF only, as positions count them (not at U+2028 …)."""
    return [m.group(1) for m in _LINE_RE.finditer(text) if m.end() > m.start()]


def align_source(document: Document, source_text: str, source_name: str) -> None:
    """Give each line the source line of the same number; the files must have as many lines.
    A blank target line opposite a non-blank source line becomes an empty segment, so that
    an empty translation is seen."""
    target_lines = [m for m in _LINE_RE.finditer(document.text) if m.end() > m.start()]
    source_lines = _lines(source_text)
    if len(target_lines) != len(source_lines):
        raise InputError(
            f"{document.path} has {len(target_lines)} lines but its source {source_name} has "
            f"{len(source_lines)}; line-aligned files must have the same number of lines"
        )
    segments = []
    for number, (line, source) in enumerate(zip(target_lines, source_lines, strict=True), 1):
        if not line.group(1).strip() and not source.strip():
            continue
        segments.append(
            Segment(line.group(1), line.start(), unit=str(number), source=source, side="target")
        )
    document.segments = segments


def read(text: str, path: str, options: ReadOptions) -> Document:
    document = text_document(text, path)
    if options.source is not None:
        name = str(options.source)
        source_text, _ = decode(read_bytes(options.source, name), name, options.encoding)
        align_source(document, source_text, name)
    return document


def attach_references(document: Document, reference_text: str, reference_name: str) -> None:
    """Give each segment its reference translation: by line for plain text (the files must
    have as many lines), by order of the units for other formats (one line per unit)."""
    references = _lines(reference_text)
    if document.format == "text":
        lines = _lines(document.text)
        if len(lines) != len(references):
            raise InputError(
                f"{document.path} has {len(lines)} lines but the reference {reference_name} "
                f"has {len(references)}"
            )
        for segment in document.segments:
            segment.reference = references[document.position(segment.offset)[0] - 1]
        return
    if len(document.segments) != len(references):
        raise InputError(
            f"{document.path} has {len(document.segments)} units but the reference "
            f"{reference_name} has {len(references)} lines (one per unit, in order)"
        )
    for segment, reference in zip(document.segments, references, strict=True):
        segment.reference = reference
