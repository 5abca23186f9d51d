"""Shared word knowledge, loaded once on first use: English vocabulary, parts of speech and
inflections (lemminflect's, shipped as tables in ``tqcheck/data/english``), and the other data
files shipped in ``tqcheck/data``."""

from __future__ import annotations

import sys
from functools import cache
from importlib import resources
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

# Closed-class words lemminflect does not list, which still make a word "ordinary English".
FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "nor",
        "so",
        "yet",
        "for",
        "of",
        "in",
        "on",
        "at",
        "to",
        "from",
        "by",
        "with",
        "without",
        "within",
        "into",
        "onto",
        "upon",
        "over",
        "under",
        "about",
        "above",
        "below",
        "after",
        "before",
        "between",
        "among",
        "through",
        "during",
        "since",
        "until",
        "till",
        "than",
        "as",
        "if",
        "then",
        "else",
        "when",
        "while",
        "where",
        "whereas",
        "whether",
        "because",
        "though",
        "although",
        "unless",
        "i",
        "you",
        "he",
        "she",
        "it",
        "we",
        "they",
        "me",
        "him",
        "her",
        "us",
        "them",
        "my",
        "your",
        "his",
        "its",
        "our",
        "their",
        "mine",
        "yours",
        "hers",
        "ours",
        "theirs",
        "this",
        "that",
        "these",
        "those",
        "who",
        "whom",
        "whose",
        "which",
        "what",
        "whatever",
        "whoever",
        "there",
        "here",
        "not",
        "no",
        "nor",
        "all",
        "any",
        "both",
        "each",
        "either",
        "neither",
        "every",
        "few",
        "many",
        "much",
        "more",
        "most",
        "less",
        "least",
        "several",
        "some",
        "such",
        "own",
        "same",
        "other",
        "another",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "can",
        "could",
        "may",
        "might",
        "must",
        "shall",
        "should",
        "will",
        "would",
        "do",
        "does",
        "did",
        "done",
        "be",
        "is",
        "are",
        "was",
        "were",
        "been",
        "being",
        "am",
        "have",
        "has",
        "had",
        "having",
        "also",
        "just",
        "only",
        "very",
        "too",
        "even",
        "still",
        "already",
        "yet",
        "ever",
        "never",
        "always",
        "often",
        "again",
        "once",
        "twice",
        "per",
        "via",
        "amid",
        "despite",
        "toward",
        "towards",
        "against",
        "along",
        "across",
        "around",
        "behind",
        "beside",
        "besides",
        "beyond",
        "near",
        "off",
        "out",
        "up",
        "down",
        "onto",
    ]
)
# The months in English, January first.
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# Months as abbreviated in English ("Jan.", "Sept."): an abbreviation's full stop ends no
# sentence, and "Jan - Mar" is a range.
MONTH_ABBREVIATIONS = frozenset(
    ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
)


def data_path(*parts: str) -> Any:
    return resources.files("tqcheck").joinpath("data", *parts)


def load_toml(*parts: str) -> dict[str, Any]:
    with data_path(*parts).open("rb") as handle:
        return tomllib.load(handle)


def load_word_list(*parts: str) -> frozenset[str]:
    text = data_path(*parts).read_text(encoding="utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@cache
def _table(name: str) -> dict[str, str]:
    """A generated table of ``data/english`` (see ``tqcheck.english_data``): word → the rest
    of its line, parsed only when asked for."""
    text = data_path("english", name).read_text(encoding="utf-8")
    return dict(line.split("\t", 1) for line in text.splitlines() if line and line[0] != "#")


@cache
def pos_lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """Parts of speech and lemmas of an English word ({} for names and unknown words), as
    lemminflect gives them."""
    entry = _table("lemmas.tsv").get(word.lower())
    if entry is None:
        return {}
    return {
        pos: tuple(lemmas.split("|"))
        for pos, _, lemmas in (part.partition("=") for part in entry.split(" "))
    }


@cache
def adjectives() -> frozenset[str]:
    """The English words that may be adjectives, function words left out."""
    return frozenset(
        word
        for word, entry in _table("lemmas.tsv").items()
        if "ADJ=" in entry and word not in FUNCTION_WORDS
    )


def is_english_word(word: str) -> bool:
    """Whether a word (any case) is ordinary English vocabulary, not a name."""
    lower = word.lower()
    return lower in FUNCTION_WORDS or lower in _table("lemmas.tsv")


@cache
def inflections(word: str) -> frozenset[str]:
    """The word and its inflected forms when it is a lemma (cook → cooks, cooked, cooking)."""
    entry = _table("inflections.tsv").get(word.lower())
    if entry is None:
        return lemminflect_inflections(word)
    return frozenset(entry.split("\t")[0].split())


@cache
def noun_plurals(word: str) -> frozenset[str]:
    """The plurals of a noun (the regular ones lemminflect gives; empty for other words)."""
    entry = _table("inflections.tsv").get(word)
    if entry is None:
        return lemminflect_noun_plurals(word)
    return frozenset(entry.split("\t")[1].split())


def lemminflect_inflections(word: str) -> frozenset[str]:
    import lemminflect

    forms = {word.lower()}
    for variants in lemminflect.getAllInflections(word.lower()).values():
        forms.update(v.lower() for v in variants)
    return frozenset(forms)


def lemminflect_noun_plurals(word: str) -> frozenset[str]:
    import lemminflect

    if not (word.isalpha() and word.islower()):
        return frozenset()
    if word not in lemminflect.getAllLemmas(word).get("NOUN", ()):
        return frozenset()
    return frozenset(lemminflect.getInflection(word, tag="NNS"))
