"""Readers turn files into documents whose segments keep their positions in the file.

Each format has one module with a ``read(text, path, options) -> Document`` function that
receives the file's decoded text; ``read_document`` picks it by extension (or by the
``--input-format`` the user gives) after decoding the bytes once, in the encoding that
:mod:`tqcheck.encodings` finds (or the one the user forces).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

from tqcheck.document import Document
from tqcheck.encodings import check_encoding, declared_encoding
from tqcheck.errors import InputError
from tqcheck.readers.text import TEXT_EXTENSIONS, decode, read_bytes, text_document

#: format name -> module of tqcheck.readers with its ``read`` function.
FORMATS: dict[str, str] = {
    "text": "text",
    "po": "po",
    "xliff": "xliff",
    "tmx": "tmx",
    "table": "table",
    "subtitles": "subtitles",
}
EXTENSIONS: dict[str, str] = {
    **dict.fromkeys(TEXT_EXTENSIONS, "text"),
    ".po": "po",
    ".pot": "po",
    ".xlf": "xliff",
    ".xliff": "xliff",
    ".sdlxliff": "xliff",
    ".tmx": "tmx",
    ".tsv": "table",
    ".csv": "table",
    ".srt": "subtitles",
    ".vtt": "subtitles",
}


@dataclass(frozen=True)
class ReadOptions:
    """What the user says about how to read files (all optional)."""

    #: a source file aligned with the target: line by line for text, cue by cue for subtitles.
    source: Path | None = None
    #: TSV/CSV columns, by header name or 1-based position.
    source_column: str | None = None
    target_column: str | None = None
    #: PO entries marked fuzzy are skipped unless this is set; obsolete ones always are.
    include_fuzzy: bool = False
    #: force a format instead of choosing by extension.
    input_format: str | None = None
    #: read files in this encoding instead of finding it out (a byte-order mark still wins);
    #: an encoding Python does not know is a UsageError.
    encoding: str | None = None

    def __post_init__(self) -> None:
        if self.encoding is not None:
            object.__setattr__(self, "encoding", check_encoding(self.encoding))


def format_of(path: Path, options: ReadOptions) -> str:
    if options.input_format:
        return options.input_format
    return EXTENSIONS.get(path.suffix.lower(), "text")


def read_document(path: Path | None, display: str, options: ReadOptions | None = None) -> Document:
    """Read a file (``None``: standard input) into a document, in the format its extension
    (or ``options.input_format``) names. Errors are InputError naming the file."""
    options = options or ReadOptions()
    fmt = format_of(path or Path(display), options)
    data = read_bytes(path, display)
    text, encoding = decode(data, display, options.encoding, declared_encoding(data, fmt))
    module = importlib.import_module(f"tqcheck.readers.{FORMATS[fmt]}")
    document: Document = module.read(text, display, options)
    document.encoding = encoding
    document.format = fmt
    return document


__all__ = [
    "EXTENSIONS",
    "FORMATS",
    "InputError",
    "ReadOptions",
    "decode",
    "read_document",
    "text_document",
]
