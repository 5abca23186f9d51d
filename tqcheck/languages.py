"""Language identification, used only where cheaper signals leave the answer open.

langdetect takes milliseconds a call, so results are cached by text and the detector is
seeded, so that the same text gets the same answer on every run.
"""

from __future__ import annotations

from functools import lru_cache

from tqcheck.document import Document

_SAMPLE_SEGMENTS = 40


@lru_cache(maxsize=65536)
def detect_language(text: str) -> tuple[str, float]:
    """langdetect's best guess for a text and its probability ("" when it has no idea)."""
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    try:
        best = detect_langs(text)[0]
    except LangDetectException:
        return "", 0.0
    return best.lang, best.prob


def detect_source_language(document: Document) -> str | None:
    """The language of a bilingual document's source side, from one call on a sample of its
    sources (for files that do not state it)."""
    sources = [s.source for s in document.segments[:_SAMPLE_SEGMENTS] if s.source]
    if not sources:
        return None
    lang, prob = detect_language(" ".join(sources)[:2000])
    return lang if lang and prob >= 0.9 else None
