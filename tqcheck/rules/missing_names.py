"""A person the source names and the translation leaves out (TQ907)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from rapidfuzz.distance import Levenshtein

from tqcheck.document import Segment
from tqcheck.issue import Severity
from tqcheck.lexicon import load_word_list
from tqcheck.names import fold, transliterate
from tqcheck.rules.base import Finding, SegmentRule
from tqcheck.rules.source import missing_from_translation, source_of

# A capitalized word of the source, of three letters or more.
_CAPITALIZED_SOURCE_RE = re.compile(r"[А-ЯЁІЇЄҐЎ][\w’'-]{2,}")
# A capital letter of a word inside a sentence: the segments worth looking at.
_INNER_CAPITAL_RE = re.compile(r"[^\s.!?…]\s+[А-ЯЁІЇЄҐЎ]")
# A capitalized word of the translation, where a name is looked for.
_CAPITALIZED_RE = re.compile(r"[A-ZÀ-ÖØ-Þ][\w’'-]*")
_LATIN_RE = re.compile("[A-Za-z]")
# A patronymic, in any case: left out of English as a rule ("Vladimir Putin").
_PATRONYMIC_RE = re.compile(r".+(?:ович|евич|ьич|овн|евн|ичн|инич)[а-я]{0,3}")
# A surname by its ending, before the ending of its case: Полякову, Лукашенко, Пашиняна.
_SURNAME_RE = re.compile(
    r"(?P<stem>.{2,}(?:[оеё]в|[иы]н))(?:а|у|ым|ом|е|ой|ою|ых|ыми)?"
    r"|(?P<stem2>.{2,}(?:енко|дзе|швили))"
    r"|(?P<stem3>.{2,}(?:ук|юк|ич|ян))(?:а|у|ом|ем|е)?"
)
# An adjectival surname, which is a surname only after a given name or an initial:
# "Владимир Зеленский", not "Российской Федерации".
_ADJECTIVAL_RE = re.compile(r"(?P<stem>.{2,}[сц]к)(?:ий|ого|ому|им|ом|ая|ой|ую)")
# Where a capitalized word is a place rather than a person: "в Пекине", "из Ростова".
_PLACE_PREPOSITIONS = frozenset({"в", "во", "из", "изо", "на", "до", "под", "над", "по"})
_SENTENCE_OPENERS = '.!?…:;«»“”"()—–'
# Abbreviated names of ministries and councils, which end like surnames: «Минфин», «Совмин».
_ABBREVIATION_RE = re.compile(r"(?:мин|сов|гос)[бвгджзклмнпрстфхцчшщ]")
# Case endings of a given name after its stem: Кирилла, Кириллу, Дмитрием, Анной.
_GIVEN_NAME_ENDINGS = frozenset(
    {"а", "я", "у", "ю", "ом", "ем", "ём", "е", "и", "ы", "ой", "ей", "ою", "ею"}
)
# Places with a surname's ending whose English name is not their Russian one transliterated.
_EXONYMS = {
    "пекин": "beijing",
    "кишинев": "chisinau",
    "кишинёв": "chisinau",
    "киев": "kyiv",
    "харьков": "kharkiv",
    "львов": "lviv",
    "чернигов": "chernihiv",
    "николаев": "mykolaiv",
}
_MIN_STEM = 4
_SIMILARITY = 0.75


@cache
def _given_names() -> frozenset[str]:
    return frozenset(name.lower() for name in load_word_list("names", "ru-given.txt"))


@cache
def _given_stems() -> frozenset[str]:
    """Each given name without its final vowel or й, where three letters or more are left:
    the stem its case endings follow."""
    stems = (n[:-1] if n[-1] in "аяйьоеиі" else n for n in _given_names())
    return frozenset(s for s in stems if len(s) >= 3)


@lru_cache(maxsize=1 << 14)
def _is_given_name(word: str) -> bool:
    """A given name of the list in any case: «Кирилл», «Кириллом», «Анне»."""
    word = word.lower()
    if word in _given_names():
        return True
    stems = _given_stems()
    return any(
        word[:-k] in stems and word[-k:] in _GIVEN_NAME_ENDINGS for k in (1, 2) if len(word) > k
    )


@lru_cache(maxsize=1 << 16)
def _surname_stem(
    word: str, after_name: bool, in_name: bool, starts_sentence: bool, after: str
) -> str | None:
    """The part of a source word to look for in the translation when it is a surname; None
    when it is not one (or may be something else: a place, an adjective, a common word)."""
    lower = word.lower()
    if _PATRONYMIC_RE.fullmatch(lower) or _is_given_name(word):
        return None
    adjectival = _ADJECTIVAL_RE.fullmatch(lower)
    if adjectival:
        return adjectival["stem"] if after_name else None
    m = _SURNAME_RE.fullmatch(lower)
    if m and not _ABBREVIATION_RE.match(lower):
        if after_name or not (starts_sentence or after in _PLACE_PREPOSITIONS or in_name):
            return m["stem"] or m["stem2"] or m["stem3"]
        return None
    if after_name:  # any surname after a given name: «Сергей Шойгу», «Василию Небензе»
        return lower[:-1] if lower[-1] in "аяуюеиыо" and len(lower) > _MIN_STEM else lower
    return None


def _previous(source: str, start: int) -> str:
    """The word or mark before a position: "." at the start, "А." after an initial, ","
    after anything else (a digit, a comma)."""
    pieces = source[max(0, start - 40) : start].rsplit(maxsplit=1)
    if not pieces:
        return "."
    piece = pieces[-1]
    if piece[-1] in _SENTENCE_OPENERS:
        return "А." if len(piece) == 2 and piece[0].isupper() else piece[-1]
    return piece.lstrip(_SENTENCE_OPENERS) if piece[-1].isalpha() else ","


def _surnames(source: str) -> list[tuple[str, str]]:
    """(word, stem) of each surname of the source, once each, in order."""
    found: dict[str, str] = {}
    for m in _CAPITALIZED_SOURCE_RE.finditer(source):
        word = m.group()
        if word in found:
            continue
        before = _previous(source, m.start())
        capitalized = before[0].isupper()
        after_name = before == "А." or (
            capitalized
            and (_is_given_name(before) or _PATRONYMIC_RE.fullmatch(before.lower()) is not None)
        )
        # After another capitalized word, a word is part of an institution's name
        # («Дом Советов», «Лига Чемпионов») unless that word is a given name.
        stem = _surname_stem(
            word, after_name, capitalized, before in _SENTENCE_OPENERS, before.lower()
        )
        if stem is not None and len(stem) >= _MIN_STEM:
            found[word] = stem
    return list(found.items())


@lru_cache(maxsize=1 << 14)
def _spellings(stem: str) -> tuple[str, ...]:
    """How English may write a surname's stem, folded: its transliteration, and the
    English name of a place that looks like a surname."""
    spelled = fold(transliterate(stem))
    return (spelled, fold(_EXONYMS[stem])) if stem in _EXONYMS else (spelled,)


def _written(stem: str, target_words: list[str]) -> bool:
    """Whether a capitalized word of the translation begins like the transliterated stem
    (by the transliteration folding of TQ201: Polyakov, Poliakov; Zelensky, Zelenskiy).
    Spellings are compared with words of the same first letter only."""
    return any(
        Levenshtein.normalized_similarity(spelled, word[:k]) >= _SIMILARITY
        for spelled in _spellings(stem)
        for word in target_words
        if word[:1] == spelled[:1]
        for k in (len(spelled) - 1, len(spelled), len(spelled) + 1)
    )


class MissingName(SegmentRule):
    """A person the Russian, Ukrainian or Belarusian source names and the translation leaves out.

    ## What it does
    Finds the surnames in each segment's Cyrillic source and looks for each in the English
    translation, transliterated and folded the way TQ201 compares spellings (so
    «Полякова» is found as "Polyakova" or "Poliakova", «Зеленского» as "Zelensky's").
    A surname is a capitalized word after a given name, an initial or a patronymic
    («Кирилл Поляков», «В. Зеленский»), or a word with a surname's ending inside a
    sentence (-ов, -ев, -ин, -енко, -ук, -ич, -ян, -дзе, -швили, in any case: «заявил
    Полякову»). Patronymics are not looked for, since English leaves them out; words after
    «в», «из», «на» and the like are places, and adjectives in -ский are surnames only
    after a given name («Российской Федерации» is not a person).

    ## Why it matters
    MT drops a name from a list or a long sentence without a trace, and the translation
    still reads well: a quote loses its speaker, a list its member. No other check notices.

    ## Example
    Source: `Об этом заявил вице-губернатор Кирилл Поляков.`
    FAIL: `This was stated by the vice-governor.`
    PASS: `This was stated by Vice-Governor Kirill Polyakov.`

    ## Options
    None.
    """

    code = "TQ907"
    name = "missing-name"
    severity = Severity.WARNING
    languages = frozenset({"en"})

    def check_segment(self, segment: Segment, index: int) -> Iterator[Finding]:
        source = source_of(segment)
        if source is None or not _INNER_CAPITAL_RE.search(source):
            return
        target = segment.text
        surnames = _surnames(source)
        if not surnames or not _LATIN_RE.search(target):
            return  # no one named, or left untranslated (TQ801 and TQ803 say so)
        target_words = [fold(w) for w in _CAPITALIZED_RE.findall(target)]
        missing = [
            f"«{word}»"
            for word, stem in surnames
            if word not in target and not _written(stem, target_words)
        ]
        if missing:
            yield missing_from_translation(index, target, "name", missing)
