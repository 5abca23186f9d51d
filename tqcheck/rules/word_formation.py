"""Russian word formation copied into English (TQ502): «1951 г. р.», «в 2024 году»."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from tqcheck.document import Segment
from tqcheck.issue import Severity
from tqcheck.rules.base import Finding, SegmentRule

_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
# «1951 года рождения»: the year before "year of birth".
_BIRTH_YEAR_RE = re.compile(
    rf"\b(?:of[ \u00a0]+)?{_YEAR}[ \u00a0]+year[ \u00a0]+of[ \u00a0]+birth\b"
)
# «в 2024 году»: a preposition, a year and "year" ("in 2024 year"); not "2024 year-end",
# "for 2024 year to date", "in 2024 years' time".
_YEAR_WORD_RE = re.compile(
    rf"\b(?P<prep>in|of|by|since|until|till|for|from|during)[ \u00a0]+{_YEAR}[ \u00a0]+year"
    r"(?![\w’'-]|[ \u00a0]+(?:to[ \u00a0]+date|of[ \u00a0]+birth)\b)",
    re.IGNORECASE,
)
# «лавиноопасный», «пожароопасный»: a noun hyphenated to "dangerous" ("avalanche-dangerous").
_DANGEROUS_RE = re.compile(r"\b(?P<noun>[a-z]{3,})-dangerous\b", re.IGNORECASE)
# «метеозависимый», «метеоусловия»: "meteo-" as a prefix ("meteo-dependent", "meteo-conditions").
_METEO_RE = re.compile(r"\b[Mm]eteo-(?P<rest>[a-z]{3,})\b")
_TRIGGER_RE = re.compile(r"\d\d\d\d[ \u00a0]+year|-dangerous|meteo-", re.IGNORECASE)


def _birth_year(m: re.Match[str]) -> tuple[str, str]:
    english = f"born in {m['year']}"
    return f'"{m.group()}" copies Russian «{m["year"]} года рождения»: write "{english}"', english


def _year_word(m: re.Match[str]) -> tuple[str, str]:
    english = f"{m['prep']} {m['year']}"
    return (
        f'"{m.group()}" follows Russian, which names a year with the word «год» '
        f'(«в {m["year"]} году»): English names the year alone ("{english}")',
        english,
    )


def _dangerous(m: re.Match[str]) -> tuple[str, str]:
    english = f"{m['noun']}-prone"
    return (
        f'"{m.group()}" copies a Russian compound in -опасный: write "{english}" or "at risk of …"',
        english,
    )


def _meteo(m: re.Match[str]) -> tuple[str, str]:
    english = f"{'W' if m.group()[0] == 'M' else 'w'}eather-{m['rest']}"
    return f'"{m.group()}" copies the Russian prefix метео-: English says "{english}"', english


#: each shape, and what to say of a match: the message and the English form.
_SHAPES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], tuple[str, str]]], ...] = (
    (_BIRTH_YEAR_RE, _birth_year),
    (_YEAR_WORD_RE, _year_word),
    (_DANGEROUS_RE, _dangerous),
    (_METEO_RE, _meteo),
)


class RussianWordFormation(SegmentRule):
    """Russian word formation copied into English ("in 2024 year", "avalanche-dangerous").

    ## What it does
    Flags four shapes that Russian forms one way and English another, with the English
    form as the suggestion:
    - a year before "year of birth" («1951 года рождения», "a man of 1951 year of birth"):
      English says "born in 1951";
    - a preposition, a year and the word "year" («в 2024 году», "in 2024 year"): English
      names the year alone ("in 2024"); "2024 year-end" and "for 2024 year to date" are
      English;
    - a noun hyphenated to "dangerous" («лавиноопасный», "avalanche-dangerous"): English
      says "avalanche-prone" or "at risk of avalanches";
    - "meteo-" as a prefix before a word in lower case («метеозависимый»,
      "meteo-dependent"): English says "weather-" ("weather-sensitive"); Meteo-France and
      MeteoGroup are names.

    ## Why it matters
    These are word-by-word renderings of Russian morphology. No English writer forms the
    words this way, so each one marks the text as machine-translated.

    ## Example
    FAIL: `A resident of 1951 year of birth was detained.` / `In 2024 year output grew.`
    PASS: `A resident born in 1951 was detained.` / `In 2024 output grew.` /
    `Profits for 2024 year to date rose.`

    ## Options
    None.
    """

    code = "TQ502"
    name = "calqued-word-formation"
    severity = Severity.WARNING
    languages = frozenset({"en"})
    trigger = _TRIGGER_RE

    def check_segment(self, segment: Segment, index: int) -> Iterator[Finding]:
        for pattern, explain in _SHAPES:
            for m in pattern.finditer(segment.text):
                message, suggestion = explain(m)
                yield Finding(index, m.start(), m.end(), message, suggestion=suggestion)
