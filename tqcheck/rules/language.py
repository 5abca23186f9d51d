"""Language (TQ8xx): text left untranslated, and words that mix alphabets."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rapidfuzz.distance import Levenshtein

from tqcheck.document import Segment
from tqcheck.issue import Severity
from tqcheck.languages import detect_language
from tqcheck.lexicon import FUNCTION_WORDS, is_english_word
from tqcheck.names import fold, transliterate
from tqcheck.rules.base import Finding, SegmentRule

SCRIPTS: dict[str, str] = {
    "Cyrillic": "\u0400-\u052f\u2de0-\u2dff\ua640-\ua69f",
    "Greek": "\u0370-\u03ff\u1f00-\u1fff",
    "Arabic": "\u0600-\u06ff\u0750-\u077f",
    "Hebrew": "\u0590-\u05ff",
    "Armenian": "\u0530-\u058f",
    "Georgian": "\u10a0-\u10ff",
    "Devanagari": "\u0900-\u097f",
    "Thai": "\u0e00-\u0e7f",
    "CJK": "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af",
}
_LATIN = "A-Za-z\u00c0-\u024f"
_TARGET_SCRIPT = {
    **dict.fromkeys(
        [
            "en",
            "de",
            "fr",
            "es",
            "it",
            "pt",
            "nl",
            "sv",
            "da",
            "no",
            "nb",
            "nn",
            "fi",
            "pl",
            "cs",
            "sk",
            "sl",
            "hr",
            "ro",
            "hu",
            "tr",
        ],
        "Latin",
    ),
    **dict.fromkeys(["ru", "uk", "be", "bg", "sr", "mk", "kk"], "Cyrillic"),
    "el": "Greek",
}
_SCRIPT_RUN_RE = {
    name: re.compile(rf"[{chars}]+(?:[\s\d.,;:!?\"“”«»()'’-]+[{chars}]+)*")
    for name, chars in SCRIPTS.items()
}
_LATIN_RUN_RE = re.compile(rf"[{_LATIN}]+(?:[\s\d.,;:!?\"“”«»()'’-]+[{_LATIN}]+)*")
_FOREIGN_SCRIPT_RE = re.compile("[" + "".join(SCRIPTS.values()) + "]")
_MIXED_WORD_RE = re.compile(
    rf"\b(?=\w*[{_LATIN}])(?=\w*[{SCRIPTS['Cyrillic']}{SCRIPTS['Greek']}])\w+\b"
)
_WORD_RE = re.compile(r"[^\W\d_]+")
#: small Greek letters other than the omicron, which looks like an "o": symbols in notation.
_GREEK_SYMBOLS_RE = re.compile("[α-ξπ-ω]+")
#: the Greek mu as the SI prefix micro before a unit symbol ("μg", "μW", "μSv", "μm²").
_MICRO_UNIT_RE = re.compile(
    r"μ(?:g|m|l|L|s|A|K|mol|cd|Hz|N|Pa|J|W|C|V|F|Ω|S|Wb|T|H|Bq|Gy|Sv|R|Ci|M|eV|rad|bar|sec)"
    r"[²³]?"
)
_LANGUAGE_NAMES = {
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "pl": "Polish",
    "cs": "Czech",
    "sv": "Swedish",
    "da": "Danish",
    "no": "Norwegian",
    "fi": "Finnish",
    "ro": "Romanian",
    "hu": "Hungarian",
    "tr": "Turkish",
    "hr": "Croatian",
    "sk": "Slovak",
    "sl": "Slovenian",
    "lt": "Lithuanian",
    "lv": "Latvian",
    "et": "Estonian",
    "id": "Indonesian",
    "ca": "Catalan",
    "en": "English",
}


class UntranslatedText(SegmentRule):
    """Text left in the source language ("Минск заявил" in an English article).

    ## What it does
    Flags runs of words written in another script than the target language's (Cyrillic,
    Greek, Arabic, CJK … in English text). A word that mixes Latin with another alphabet is
    left to TQ802, and Greek letters used as symbols (a lone letter as in "β-blockers", the
    prefix micro in "10 μW") are not text. Nor is a word's original spelling given in
    parentheses after its transliteration ("the word toska (тоска)"), nor one to three
    words cited with an English gloss after them ("signs say “Вокзал” (station)"). For
    sentences in the target's own script, it first looks at cheap signals (the share of the
    target language's common words) and asks the language identifier (langdetect) only when
    they leave the answer open; a sentence it identifies as another language with high
    probability is flagged. A sentence of (almost) only capitalized words, such as a team
    line-up or a list of names, is not asked about: names say nothing about the language of
    the text.

    ## Why it matters
    Untranslated fragments are the most visible MT failure: a segment was skipped, or a
    term was copied instead of translated.

    ## Example
    FAIL: `The minister said that Минск готов к переговорам.`
    PASS: `The minister said that Minsk is ready for talks.` (a foreign word a text must
    keep can go in the `allowed` setting.)

    ## Options
    - `min_letters` (integer, default 40): sentences in the target's script shorter than this
      are not sent to the language identifier.
    - `min_probability` (float, default 0.95): how sure the identifier must be.
    """

    code = "TQ801"
    name = "untranslated-text"
    severity = Severity.WARNING
    options = {"min_letters": 40, "min_probability": 0.95}

    def check_segment(self, segment: Segment, index: int) -> Iterator[Finding]:
        target = self.context.target_lang.split("-")[0]
        script = _TARGET_SCRIPT.get(target)
        if script is None:
            return
        text = segment.text
        if segment.source is not None and text.strip() == segment.source.strip():
            return  # a copy of the source: TQ803 (same-as-source) reports it
        if script == "Latin":
            if _FOREIGN_SCRIPT_RE.search(text):
                yield from _foreign_script_runs(text, index)
            if target == "en":
                yield from self._other_latin_language(segment, index)
        else:
            for m in _LATIN_RUN_RE.finditer(text):
                if len(m.group()) >= 12 and " " in m.group():
                    yield Finding(
                        index,
                        m.start(),
                        m.end(),
                        f'"{_clip(m.group())}" is in Latin script: untranslated text',
                    )

    def _other_latin_language(self, segment: Segment, index: int) -> Iterator[Finding]:
        min_letters = int(self.opts["min_letters"])
        if len(segment.text) < min_letters:
            return
        for start, end in segment.sentences:
            sentence = segment.text[start:end]
            words = _WORD_RE.findall(sentence.lower())
            if len(words) < 6 or sum(map(len, words)) < min_letters:
                continue
            common = sum(map(FUNCTION_WORDS.__contains__, words))
            if common * 5 >= len(words):  # plenty of English function words: English
                continue
            if sum(1 for w in words if is_english_word(w)) * 2 >= len(words):
                continue  # mostly English vocabulary (a list of nouns, say)
            if _is_list_of_names(sentence):
                continue
            if _FOREIGN_SCRIPT_RE.search(sentence):
                continue
            lang, prob = detect_language(sentence)
            if lang and lang != "en" and prob >= float(self.opts["min_probability"]):
                name = _LANGUAGE_NAMES.get(lang, lang)
                yield Finding(
                    index,
                    start,
                    end,
                    f"this sentence seems to be in {name} ({lang}, p={prob:.2f}), not English: "
                    "untranslated text",
                )


class MixedScriptWord(SegmentRule):
    """A word that mixes Latin with Cyrillic or Greek letters ("Mоscow" with a Cyrillic "о").

    ## What it does
    Flags words containing Latin letters and Cyrillic ones, or Latin letters and a Greek
    capital or omicron, which look like Latin letters. Other small Greek letters in a Latin
    word are scientific notation, not a mix: the SI prefix micro ("μg", "μSv"), isotope
    ratios ("δ13C"), protein and gene names ("NF-κB", "γH2AX").

    ## Why it matters
    Such words look right but break search, spell-checking and hyphenation; they come from
    post-editing in a source-language keyboard layout or OCR.

    ## Example
    FAIL: `The talks in Mоscow ended.` (the "о" is Cyrillic)
    PASS: `The talks in Moscow ended.`

    ## Options
    None.
    """

    code = "TQ802"
    name = "mixed-script-word"
    severity = Severity.ERROR

    trigger = re.compile(f"[{SCRIPTS['Cyrillic']}{SCRIPTS['Greek']}]")

    def check_segment(self, segment: Segment, index: int) -> Iterator[Finding]:
        for m in _MIXED_WORD_RE.finditer(segment.text):
            word = m.group()
            foreign = "".join(sorted({c for c in word if _FOREIGN_SCRIPT_RE.match(c)}))
            if _GREEK_SYMBOLS_RE.fullmatch(foreign):
                continue
            yield Finding(
                index,
                m.start(),
                m.end(),
                f'"{word}" mixes alphabets: "{foreign}" '
                + ("is not a Latin letter" if len(foreign) == 1 else "are not Latin letters"),
            )


def _foreign_script_runs(text: str, index: int) -> Iterator[Finding]:
    """Runs of words in a script other than Latin, outside the words TQ802 looks at."""
    masked = _MIXED_WORD_RE.sub(lambda m: "x" * len(m.group()), text)
    for name, pattern in _SCRIPT_RUN_RE.items():
        for m in pattern.finditer(masked):
            run = m.group()
            if not any(c.isalpha() for c in run):
                continue  # an invisible mark of that script (U+061C), not text
            if name == "Greek" and _is_greek_symbols(run):
                continue
            if name == "Cyrillic" and (
                _is_original_spelling(text, m.start(), m.end()) or _is_glossed(run, text, m.end())
            ):
                continue
            yield Finding(
                index, m.start(), m.end(), f'"{_clip(run)}" is in {name} script: untranslated text'
            )


_LATIN_WORD_RE = re.compile(rf"[{_LATIN}][{_LATIN}'’-]*")


# An English gloss in parentheses after a word cited in the original: “Вокзал” (station).
_GLOSS_AFTER_RE = re.compile(r"[\"”»’']?\s?\(\s*[A-Za-z][A-Za-z '’-]*\)")


def _is_glossed(run: str, text: str, end: int) -> bool:
    """Whether a Cyrillic run of one to three words is cited and glossed in English in
    the parentheses after it: “Вокзал” (station), the sign Выход (exit)."""
    return len(_WORD_RE.findall(run)) <= 3 and _GLOSS_AFTER_RE.match(text, end) is not None


def _is_original_spelling(text: str, start: int, end: int) -> bool:
    """Whether a Cyrillic run is the original spelling of the words just before it, given
    in parentheses: "the word toska (тоска)", "Shchedryk (Щедрик)"."""
    before, after = text[:start].rstrip(' "“«'), text[end:].lstrip(' "”»')
    if not (before.endswith("(") and after.startswith(")")):
        return False
    original = _WORD_RE.findall(text[start:end])
    latin = _LATIN_WORD_RE.findall(before[:-1][-200:])[-len(original) :]
    if not original or len(original) > 4 or len(latin) < len(original):
        return False
    spelled = fold(transliterate(" ".join(original).lower()))
    return Levenshtein.normalized_similarity(spelled, fold(" ".join(latin))) >= 0.8


def _is_greek_symbols(run: str) -> bool:
    """Greek letters used as symbols in English: "β-blockers", "π", "α, β", "10 μΩ"."""
    return all(len(w) == 1 or _MICRO_UNIT_RE.fullmatch(w) for w in _WORD_RE.findall(run))


def _is_list_of_names(sentence: str) -> bool:
    """Whether (almost) every word is capitalized: a line-up, a list of names, a heading.

    The language identifier reads names as words of their bearers' language.
    """
    words = _WORD_RE.findall(sentence)
    capitalized = sum(1 for w in words if w[0].isupper())
    return capitalized * 4 >= len(words) * 3


def _clip(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
