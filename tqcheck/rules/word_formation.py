"""Russian word formation copied into English (TQ502): «1951 г. р.», «в 2024 году»."""

from __future__ import annotations

import re
from collections.abc import Iterator

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
    r"(?![\w’'-]|[ \u00a0]+to[ \u00a0]+date\b)",
    re.IGNORECASE,
)
# «лавиноопасный», «пожароопасный»: a noun hyphenated to "dangerous" ("avalanche-dangerous").
_DANGEROUS_RE = re.compile(r"\b(?P<noun>[a-z]{3,})-dangerous\b", re.IGNORECASE)
# «метеозависимый», «метеоусловия»: "meteo-" as a prefix ("meteo-dependent", "meteo-conditions").
_METEO_RE = re.compile(r"\b[Mm]eteo-(?P<rest>[a-z]{3,})\b")
_TRIGGER_RE = re.compile(r"\d\d\d\d[ \u00a0]+year|-dangerous|meteo-", re.IGNORECASE)


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
        text = segment.text
        for m in _BIRTH_YEAR_RE.finditer(text):
            yield Finding(
                index,
                m.start(),
                m.end(),
                f'"{m.group()}" copies Russian «{m["year"]} года рождения»: write "born in '
                f'{m["year"]}"',
                suggestion=f"born in {m['year']}",
            )
        for m in _YEAR_WORD_RE.finditer(text):
            if _BIRTH_YEAR_RE.match(text, m.start("year")):
                continue  # reported above
            english = f"{m['prep']} {m['year']}"
            yield Finding(
                index,
                m.start(),
                m.end(),
                f'"{m.group()}" follows Russian, which names a year with the word «год» '
                f'(«в {m["year"]} году»): English names the year alone ("{english}")',
                suggestion=english,
            )
        for m in _DANGEROUS_RE.finditer(text):
            yield Finding(
                index,
                m.start(),
                m.end(),
                f'"{m.group()}" copies a Russian compound in -опасный: write "{m["noun"]}-prone" '
                f'or "at risk of …"',
                suggestion=f"{m['noun']}-prone",
            )
        for m in _METEO_RE.finditer(text):
            english = f"{'W' if m.group()[0] == 'M' else 'w'}eather-{m['rest']}"
            yield Finding(
                index,
                m.start(),
                m.end(),
                f'"{m.group()}" copies the Russian prefix метео-: English says "{english}"',
                suggestion=english,
            )
