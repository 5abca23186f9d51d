"""The library API that pipelines call; the CLI is a thin shell over it."""

from __future__ import annotations

from pathlib import Path

from tqcheck.config import Config
from tqcheck.engine import Checker
from tqcheck.issue import Issue
from tqcheck.readers import read_text_document, text_document


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

    ``source`` is the source text, line-aligned with ``text``, where one is at hand.
    For many texts build one :class:`~tqcheck.engine.Checker` and reuse it.
    """
    document = text_document(text, path)
    if source is not None:
        sources = source.splitlines()
        for segment in document.segments:
            line = document.position(segment.offset)[0]
            segment.source = sources[line - 1] if line <= len(sources) else None
    return _checker(config, target_lang, source_lang).check(document)


def check_file(
    path: str | Path,
    *,
    target_lang: str = "en",
    source_lang: str | None = None,
    config: Config | None = None,
) -> list[Issue]:
    """Check one plain-text file (UTF-8 or UTF-16 with a BOM)."""
    document = read_text_document(Path(path), str(path))
    return _checker(config, target_lang, source_lang).check(document)
