"""Calques (TQ5xx): source-language phrases translated word for word into English."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from tqcheck.calques import Calque, build_matcher
from tqcheck.document import Segment
from tqcheck.issue import Severity
from tqcheck.rules.base import Finding, RuleContext, SegmentRule

# A sentence that announces a proverb or saying quotes the idiom on purpose: "As the Russian
# proverb has it, fear has big eyes." ("saying" only as a noun: after an article or adjective,
# or before "goes" / "has it").
_PROVERB_RE = re.compile(
    r"\b(?:proverbs?|adages?|(?:the|a|an|old|Russian|popular|folk)\s+sayings?"
    r"|sayings?\s+(?:goes|go|has\s+it))\b",
    re.IGNORECASE,
)


def _announced_as_proverb(segment: Segment, start: int) -> bool:
    """Whether the sentence holding offset ``start`` names a proverb or saying."""
    for s, e in segment.sentences:
        if s <= start < e:
            return bool(_PROVERB_RE.search(segment.text, s, e))
    return False


def _message(text: str, calque: Calque) -> str:
    explanation = (calque.explanation or "").removesuffix(".")
    if calque.source_language and calque.source_language in explanation:
        message = f'"{text}": {explanation}'
    else:
        message = f'"{text}" is a calque'
        if calque.source_text:
            language = f"{calque.source_language} " if calque.source_language else ""
            message += f" of {language}«{calque.source_text}»"
        if explanation:
            message += f": {explanation}"
    if calque.suggestion:
        alternatives = " or ".join(f'"{s.strip()}"' for s in calque.suggestion.split(" / "))
        message += f"; write {alternatives}"
    return message


class CalqueRule(SegmentRule):
    """A phrase translated word for word from the source language ("on the territory of").

    ## What it does
    Flags the phrases of the calque lexicons shipped with tqcheck (Russian into English:
    `tqcheck/data/calques/ru-en.toml`) and of the project's own `calques` in configuration,
    in any inflected form and any case: the entry "cook the right way" also finds "We cooked
    the right way". In an entry, "..." stands for one to four words of any kind, such as the
    object between a verb and its preposition ("congratulate ... with the holiday" finds
    "congratulated the teachers with the holiday"). An adjective may stand before a noun
    that follows a function word in the entry, as MT keeps the source's modifier inside the
    calque ("on the territory of" finds "on the entire territory of"). The words must follow
    each other with only spaces between them, so a comma or a full stop breaks a match. When
    `source-lang` is set only that language's lexicon is used; otherwise all of them. Where
    phrases overlap, the longest one is reported, then the leftmost. A phrase in a sentence
    that announces it as a proverb or saying ("As the Russian proverb has it, fear has big
    eyes") is quoted on purpose and left alone.

    The message gives the entry's explanation and, where the explanation does not itself
    name the source language, the source phrase the words were copied from. The suggestion is
    the entry's as it stands: where it lists alternatives ("as part of / under / within"), all
    of them are kept, since which one fits depends on the sentence. Each entry carries its own
    severity: `warning` where the phrase is wrong in English, `info` where it is only
    unidiomatic or wordy.

    ## Why it matters
    A calque is made of correct English words, so spell-checkers and grammar checkers pass
    it, yet a native reader stumbles on it and recognises a translation.

    ## Example
    FAIL: `Russian troops are stationed on the territory of Belarus.`
    PASS: `Russian troops are stationed in Belarus.` / `The territory of the tribe was vast.`

    ## Options
    None. Add a project's own calques to its configuration, one table each:

    ```toml
    [[tool.tqcheck.calques]]
    phrase = "carry out an analysis"
    suggestion = "analyse"
    explanation = "English uses the verb"
    severity = "info"
    ```
    """

    code = "TQ501"
    name = "calque"
    severity = Severity.WARNING
    languages = frozenset({"en"})

    def __init__(self, context: RuleContext, options: Mapping[str, Any] | None = None) -> None:
        super().__init__(context, options)
        self.matcher = build_matcher(context)

    def check_segment(self, segment: Segment, index: int) -> Iterator[Finding]:
        for match in self.matcher.find(segment):
            if _announced_as_proverb(segment, match.start):
                continue
            text = segment.text[match.start : match.end]
            yield Finding(
                index,
                match.start,
                match.end,
                _message(text, match.calque),
                suggestion=match.calque.suggestion,
                severity=match.calque.severity,
            )
