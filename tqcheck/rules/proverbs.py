"""Proverbs translated word for word (TQ503): «работа не волк» as "work is not a wolf"."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from tqcheck.calques import LANGUAGE_NAMES, primary_language
from tqcheck.document import Segment
from tqcheck.issue import Severity
from tqcheck.lexicon import data_path, inflections, load_toml
from tqcheck.rules.base import Finding, RuleContext, SegmentRule

# A sentence that names the proverb's origin quotes it as foreign on purpose ("as the
# Russian proverb has it"); "as the saying goes" does not: it presents as known to the
# English reader a saying only the source's readers know.
_FOREIGN_SAYING_RE = re.compile(
    r"\b(?:Russian|Soviet|Ukrainian|Belarusian|folk)\s+(?:proverbs?|sayings?|adages?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Proverb:
    """A source-language proverb: the words its literal renderings keep, each as the set
    of its forms (alternatives and their inflections), and what English says instead."""

    keywords: tuple[frozenset[str], ...]
    source: str
    language: str
    english: str

    def all_in(self, words: set[str]) -> bool:
        """Whether every key word is among the words, in one of its forms."""
        return all(not words.isdisjoint(forms) for forms in self.keywords)


def _forms(alternatives: str) -> frozenset[str]:
    return frozenset(form for word in alternatives.split("|") for form in inflections(word))


def shipped_languages() -> list[str]:
    """The source languages whose proverbs ship with tqcheck (``ru`` for ``ru-en.toml``)."""
    names = (p.name for p in data_path("proverbs").iterdir())
    return sorted(name.split("-")[0] for name in names if name.endswith("-en.toml"))


def _entries(source_lang: str) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = load_toml("proverbs", f"{source_lang}-en.toml")["proverb"]
    return entries


def keyword_words() -> set[str]:
    """Every key word of the shipped proverbs in its base form (for ``english_data``)."""
    return {
        word
        for language in shipped_languages()
        for entry in _entries(language)
        for alternatives in entry["keywords"]
        for word in alternatives.split("|")
    }


@cache
def load_proverbs(source_lang: str | None) -> tuple[Proverb, ...]:
    """The proverbs of a source language (every shipped language's for None)."""
    languages = shipped_languages()
    if source_lang is not None:
        languages = [source_lang] if source_lang in languages else []
    return tuple(
        Proverb(
            tuple(_forms(k) for k in entry["keywords"]),
            entry["source"],
            LANGUAGE_NAMES.get(language, language),
            entry["english"],
        )
        for language in languages
        for entry in _entries(language)
    )


class LiteralProverb(SegmentRule):
    """A Russian proverb translated word for word ("work is not a wolf").

    ## What it does
    Knows Russian proverbs and sayings by the words every literal rendering of them keeps
    (`tqcheck/data/proverbs/ru-en.toml`): «работа не волк, в лес не убежит» keeps work,
    wolf and forest whether MT writes "work is not a wolf, it will not run away into the
    forest" or "the work won't run off to the woods like a wolf". All of a proverb's key
    words in one sentence, in any order and any inflection, are reported from the first
    to the last, with what English says instead. Key words are chosen so that English
    proverbs of similar meaning do not hold them all ("don't count your chickens before
    they hatch" has no autumn). A sentence that names the proverb as foreign ("as the
    Russian proverb has it") quotes it on purpose and is left alone; "as the saying goes"
    (MT's «как говорится») is not such a naming.

    ## Why it matters
    A proverb translated word by word keeps its words and loses its meaning: the English
    reader meets a riddle ("chickens are counted in autumn") where the source had a
    commonplace. MT engines translate most proverbs literally, and a phrase list misses
    them because each engine words them differently.

    ## Example
    FAIL: `Work is not a wolf, it will not run away into the forest, the director joked.`
    PASS: `Work can wait, the director joked.` / `Don't count your chickens before they
    hatch.`

    ## Options
    None.
    """

    code = "TQ503"
    name = "literal-proverb"
    severity = Severity.WARNING
    languages = frozenset({"en"})

    def __init__(self, context: RuleContext, options: Mapping[str, Any] | None = None) -> None:
        super().__init__(context, options)
        # A proverb can be in a segment only if its rarest key word (the longest) is: a set
        # test spares most segments the search.
        self._by_anchor: dict[str, list[Proverb]] = {}
        for proverb in load_proverbs(primary_language(context.source_lang)):
            anchor = max(proverb.keywords, key=lambda forms: min(map(len, forms)))
            for form in anchor:
                self._by_anchor.setdefault(form, []).append(proverb)

    def check_segment(self, segment: Segment, index: int) -> Iterator[Finding]:
        # All key words in the segment before the segment is split into sentences.
        in_segment = set(segment.words)
        candidates = {
            id(p): p
            for word in segment.words  # in text order, so that findings come in one order
            for p in self._by_anchor.get(word, ())
            if p.all_in(in_segment)
        }
        if not candidates:
            return
        tokens = segment.tokens
        for start, end in segment.sentences:
            in_sentence = [t for t in tokens if start <= t.start < end]
            lower = [t.text.lower() for t in in_sentence]
            for proverb in candidates.values():
                if not proverb.all_in(set(lower)):
                    continue
                if _FOREIGN_SAYING_RE.search(segment.text, start, end):
                    continue
                at = [next(k for k, w in enumerate(lower) if w in f) for f in proverb.keywords]
                first, last = in_sentence[min(at)], in_sentence[max(at)]
                yield Finding(
                    index,
                    first.start,
                    last.end,
                    f'"{segment.text[first.start : last.end]}" translates the {proverb.language} '
                    f"proverb «{proverb.source}» word for word; English says "
                    f'"{proverb.english}"',
                    suggestion=proverb.english,
                )
