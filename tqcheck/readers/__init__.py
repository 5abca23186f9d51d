"""Readers turn files into documents whose segments keep their positions in the file."""

from tqcheck.readers.text import TEXT_EXTENSIONS, decode, read_text_document, text_document

__all__ = ["TEXT_EXTENSIONS", "decode", "read_text_document", "text_document"]
