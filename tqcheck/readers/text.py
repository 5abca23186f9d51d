"""Plain text: one document per file, one segment per non-blank line."""

from __future__ import annotations

from pathlib import Path

from tqcheck.document import Document, split_lines
from tqcheck.errors import InputError

TEXT_EXTENSIONS = frozenset({".txt", ".text", ".md"})


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode a text file's bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM."""
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: binary file, not text")
    for bom, encoding in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: invalid {encoding} at byte {exc.start}") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid UTF-8 (byte {exc.start}); convert the file to UTF-8"
        ) from None


def text_document(text: str, path: str = "<text>", encoding: str = "utf-8") -> Document:
    return Document(path=path, text=text, segments=split_lines(text), encoding=encoding)


def read_text_document(path: Path, display: str | None = None) -> Document:
    name = display or str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read: {exc.strerror}") from None
    text, encoding = decode(data, name)
    return text_document(text, name, encoding)
