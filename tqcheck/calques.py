"""Calques: phrases that machine translation copies word for word from the source language.

Lexicons ship as ``tqcheck/data/calques/<source>-<target>.toml`` (``ru-en.toml``: Russian into
English), one ``[[calque]]`` table per phrase; a project adds its own entries under ``calques``
in its configuration. :func:`build_matcher` turns all of them into one :class:`CalqueMatcher`,
built once per run: every word of a phrase is expanded into its inflected forms ("cook the right
way" also finds "cooks", "cooked", "cooking"; function words such as articles and prepositions
keep their form; "..." is a gap of one to four words), and the phrases are indexed by their
first word, so finding them in a segment is one pass over its tokens with a dictionary look-up
each.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from tqcheck.document import Segment
from tqcheck.issue import Severity
from tqcheck.lexicon import (
    FUNCTION_WORDS,
    adjectives,
    data_path,
    inflections,
    load_toml,
    pos_lemmas,
)
from tqcheck.rules.base import RuleContext

# Names of the source languages a message may mention ("a calque of Russian «…»").
LANGUAGE_NAMES = {
    "ru": "Russian",
    "uk": "Ukrainian",
    "be": "Belarusian",
    "pl": "Polish",
    "cs": "Czech",
    "bg": "Bulgarian",
    "sr": "Serbian",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
}
# Function words keep their form in a phrase ("like" is the preposition of "like a cow on ice");
# the verbs be, have and do inflect like any verb.
_FIXED_WORDS = (FUNCTION_WORDS | {"like"}) - {"be", "have", "do"}
_LEXICON_NAME = re.compile(r"^([a-z]{2,3})-([a-z]{2,3})\.toml$")
#: in a phrase, one to MAX_GAP words of any kind: "congratulate ... with the holiday"
#: (the object between the verb and its Russian preposition).
GAP = "..."
MAX_GAP = 4


@dataclass(frozen=True, slots=True)
class Calque:
    """One lexicon entry: the English phrase (base forms) and what to say about it."""

    phrase: str
    suggestion: str
    explanation: str | None = None
    source_text: str | None = None
    source_language: str | None = None
    severity: Severity | None = None


@dataclass(frozen=True, slots=True)
class CalqueMatch:
    """A calque found in a segment: offsets of the matched words in the segment's text."""

    start: int
    end: int
    calque: Calque


def primary_language(tag: str | None) -> str | None:
    """The primary subtag of a language tag, lower case ("ru-RU" → "ru")."""
    return re.split(r"[-_]", tag, maxsplit=1)[0].lower() if tag else None


def phrase_words(phrase: str) -> tuple[str, ...]:
    """The words of a phrase as matching sees them: lower case, ’ written as '; a gap
    ("congratulate ... with the holiday") is the word ``GAP``."""
    words: list[str] = []
    for k, part in enumerate(phrase.split(GAP)):
        words += [GAP] if k else []
        words += [t.text.lower().replace("’", "'") for t in Segment(part).tokens]
    return tuple(words)


def _end_of(words: list[str], j: int, rest: tuple[frozenset[str] | None, ...]) -> int | None:
    """Where the rest of a phrase ends when it begins at ``words[j]``, or None; a gap
    (None) takes one to ``MAX_GAP`` words."""
    for k, forms in enumerate(rest):
        if forms is None:
            for skip in range(1, MAX_GAP + 1):
                end = _end_of(words, j + skip, rest[k + 1 :])
                if end is not None:
                    return end
            return None
        if j >= len(words) or words[j] not in forms:
            return None
        j += 1
    return j


def to_calque(entry: Mapping[str, Any], source_lang: str | None) -> Calque:
    """A lexicon or configuration entry; ``source_lang`` is the language of its ``source``."""
    source_text = entry.get("russian") or entry.get("source")
    language = "Russian" if "russian" in entry else LANGUAGE_NAMES.get(source_lang or "")
    severity = entry.get("severity")
    return Calque(
        phrase=entry["phrase"],
        suggestion=entry["suggestion"],
        explanation=entry.get("explanation"),
        source_text=source_text,
        source_language=language if source_text else None,
        severity=Severity.parse(severity) if severity else None,
    )


@cache
def load_lexicon(source_lang: str, target_lang: str) -> tuple[Calque, ...]:
    """The calques shipped for one language pair."""
    data = load_toml("calques", f"{source_lang}-{target_lang}.toml")
    return tuple(to_calque(entry, source_lang) for entry in data.get("calque", []))


def shipped_pairs(target_lang: str) -> list[tuple[str, str]]:
    """The (source, target) pairs of the lexicons shipped into ``target_lang``."""
    pairs = []
    for item in data_path("calques").iterdir():
        m = _LEXICON_NAME.match(item.name)
        if m and m.group(2) == target_lang:
            pairs.append((m.group(1), m.group(2)))
    return sorted(pairs)


def _forms(word: str) -> frozenset[str]:
    """The forms a phrase word matches, with either apostrophe."""
    forms = {word} if word in _FIXED_WORDS else set(inflections(word))
    return frozenset(forms | {form.replace("'", "’") for form in forms})


def _rarity(word: str) -> tuple[bool, int]:
    """How rare a phrase word is likely to be: content words before function words, then
    longer before shorter."""
    return word not in FUNCTION_WORDS, len(word)


def _with_modifiers(
    rest: tuple[frozenset[str], ...], words: tuple[str, ...]
) -> Iterator[tuple[frozenset[str], ...]]:
    """The forms of a phrase's words after the first, as they are and with an adjective
    before a noun that follows a function word ("take under personal control", "enter into
    legal force", "on the entire territory of"): MT keeps the source's modifier inside the
    calque."""
    yield rest
    for k in range(1, len(words)):
        if (
            words[k] not in _FIXED_WORDS
            and words[k - 1] in _FIXED_WORDS
            and "NOUN" in pos_lemmas(words[k])
        ):
            yield (*rest[: k - 1], adjectives(), *rest[k - 1 :])


class CalqueMatcher:
    """Every calque of a run, indexed by the forms of its first word."""

    def __init__(self, calques: Iterable[Calque]) -> None:
        # A later entry with the same words replaces an earlier one (configuration last).
        by_words = {phrase_words(c.phrase): c for c in calques}
        # By the forms of the first word: the words after it, for phrases without a gap and,
        # apart, for those with one (a None among the forms), which are matched recursively.
        index: dict[str, list[tuple[tuple[frozenset[str], ...], Calque]]] = {}
        gapped: dict[str, list[tuple[tuple[frozenset[str] | None, ...], Calque]]] = {}
        # A segment holds a calque only if it holds the calque's rarest word in one of its
        # forms: a set test that spares most segments the search.
        anchors: set[str] = set()
        for words, calque in by_words.items():
            if not words or words[0] == GAP:
                continue
            forms = {word: _forms(word) for word in words if word != GAP}
            if GAP in words:
                rest = tuple(forms.get(word) for word in words[1:])  # None for the gap
                for first in forms[words[0]]:
                    gapped.setdefault(first, []).append((rest, calque))
            else:
                for rest in _with_modifiers(tuple(forms[w] for w in words[1:]), words):
                    for first in forms[words[0]]:
                        index.setdefault(first, []).append((rest, calque))
            anchors |= forms[max(forms, key=_rarity)]
        self._index = index
        self._gapped = gapped
        self._anchors = frozenset(anchors)

    def _word_matches(self, words: list[str]) -> list[tuple[int, int, Calque]]:
        """(first word, word after the last, calque) of every phrase in the words."""
        index, gapped = self._index, self._gapped
        found = []
        for i, word in enumerate(words):
            for rest, calque in index.get(word, ()):
                j = i + 1
                for forms in rest:
                    if j == len(words) or words[j] not in forms:
                        break
                    j += 1
                else:
                    found.append((i, j, calque))
        # Few phrases have a gap: one set test spares most segments the second pass.
        if not gapped.keys().isdisjoint(words):
            for i, word in enumerate(words):
                for gapped_rest, calque in gapped.get(word, ()):
                    end = _end_of(words, i + 1, gapped_rest)
                    if end is not None:
                        found.append((i, end, calque))
        return found

    def find(self, segment: Segment) -> list[CalqueMatch]:
        """The calques of a segment; of overlapping ones the longest, then leftmost, wins."""
        words = segment.words
        if self._anchors.isdisjoint(words):
            return []
        found = self._word_matches(words)
        if not found:
            return []
        # The words of a phrase must stand apart by white space only.
        tokens = segment.tokens
        text = segment.text
        found = [
            (i, j, calque)
            for i, j, calque in found
            if all(text[tokens[k].end : tokens[k + 1].start].isspace() for k in range(i, j - 1))
        ]
        chosen: list[tuple[int, int, Calque]] = []
        for start, end, calque in sorted(found, key=lambda m: (m[0] - m[1], m[0])):
            if all(end <= s or start >= e for s, e, _ in chosen):
                chosen.append((start, end, calque))
        chosen.sort(key=lambda m: m[0])
        return [CalqueMatch(tokens[s].start, tokens[e - 1].end, c) for s, e, c in chosen]


def build_matcher(context: RuleContext) -> CalqueMatcher:
    """The run's matcher: the shipped lexicons into the target language (only the source
    language's when it is known), then the configuration's own entries."""
    target = primary_language(context.target_lang) or "en"
    source = primary_language(context.source_lang)
    calques: list[Calque] = []
    for pair_source, pair_target in shipped_pairs(target):
        if source is None or pair_source == source:
            calques += load_lexicon(pair_source, pair_target)
    calques += (to_calque(entry, source) for entry in context.calques)
    return CalqueMatcher(calques)
