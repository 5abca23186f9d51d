"""Shared word knowledge, loaded once on first use: English vocabulary and parts of speech
(from lemminflect's lexicon), and the data files shipped in ``tqcheck/data``."""

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
def pos_lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """Parts of speech and lemmas of an English word ({} for names and unknown words)."""
    import lemminflect

    return lemminflect.getAllLemmas(word.lower())


def is_english_word(word: str) -> bool:
    """Whether a word (any case) is ordinary English vocabulary, not a name."""
    lower = word.lower()
    return lower in FUNCTION_WORDS or bool(pos_lemmas(lower))


@cache
def inflections(word: str) -> frozenset[str]:
    """The word and its inflected forms when it is a lemma (cook → cooks, cooked, cooking)."""
    import lemminflect

    forms = {word.lower()}
    for variants in lemminflect.getAllInflections(word.lower()).values():
        forms.update(v.lower() for v in variants)
    return frozenset(forms)
