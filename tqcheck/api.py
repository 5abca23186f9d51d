"""The library API that pipelines call; the CLI is a thin shell over it."""

from __future__ import annotations

from pathlib import Path

from tqcheck.config import Config
from tqcheck.engine import Checker
from tqcheck.issue import Issue
from tqcheck.readers import ReadOptions, read_document, text_document
from tqcheck.readers.text import align_source


def _checker(config: Config | None, target_lang: str, source_lang: str | None) -> Checker:
    base = config or Config()
    return Checker(base.with_overrides(target_lang=target_lang, source_lang=source_lang))


def check_text(
    text: str,
    *,
    target_lang: str = "en",
    source: str | None = None,
    source_lang: str | None = None,
    config: Config | None = None,
    path: str = "<text>",
) -> list[Issue]:
    """Check one translated text; returns its issues sorted by position.

    ``source`` is the source text, line-aligned with ``text``, where one is at hand
    (a different number of lines is an InputError).
    For many texts build one :class:`~tqcheck.engine.Checker` and reuse it.
    """
    document = text_document(text, path)
    if source is not None:
        align_source(document, source, "source")
    return _checker(config, target_lang, source_lang).check(document)


def check_file(
    path: str | Path,
    *,
    target_lang: str = "en",
    source_lang: str | None = None,
    config: Config | None = None,
    options: ReadOptions | None = None,
) -> list[Issue]:
    """Check one file, in the format its extension names (text, PO, XLIFF, TMX, TSV/CSV,
    SRT/WebVTT); languages the file states win over the arguments."""
    document = read_document(Path(path), str(path), options)
    return _checker(config, target_lang, source_lang).check(document)
