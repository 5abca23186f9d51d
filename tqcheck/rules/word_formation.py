"""Russian word formation and syntax copied into English (TQ502): «1951 г. р.», «в 2024 году»,
«в 3 раза», «напомнил, что»."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from tqcheck.document import Segment
from tqcheck.issue import Severity
from tqcheck.lexicon import pos_lemmas
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
_NUMBER_WORDS = (
    r"\d+(?:[.,]\d+)?|one and a half|two and a half|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|several|many"
)
# «в 3 раза», «в полтора раза»: "by" + a number + "times" ("grew by 3 times"); not a
# multiple of something named after it ("by 3 times the average", "by 2 times as much").
_BY_TIMES_RE = re.compile(
    rf"\bby[ \u00a0]+(?P<n>{_NUMBER_WORDS})[ \u00a0]+times\b"
    r"(?![ \u00a0]+(?:the|its|their|his|her|our|your|that|this|those|these|what|as|a|an)\b)",
    re.IGNORECASE,
)
# «через 9 минут после старта»: "in" + a span + "after" ("in 9 minutes after the start").
_IN_AFTER_RE = re.compile(
    rf"\bin[ \u00a0]+(?P<span>(?:{_NUMBER_WORDS}|a few)[ \u00a0]+"
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?))[ \u00a0]+after\b",
    re.IGNORECASE,
)
# «напомнил, что»: "reminded that" with no one reminded; "was reminded that" is English.
_REMINDED_RE = re.compile(r"\b(?P<verb>remind(?:s|ed|ing)?),?[ \u00a0]+that\b", re.IGNORECASE)
_PASSIVE_BEFORE_RE = re.compile(r"\b(?:was|were|be|been|being|is|are|am|get|got) $", re.IGNORECASE)
# «парашютисты-пожарные», «спасатели-водолазы»: two plural agent nouns hyphenated.
_PLURAL_PAIR_RE = re.compile(
    r"\b(?P<a>[A-Za-z][a-z]{2,}(?:er|or|ist|ian|ant|ent|ee)s)"
    r"-(?P<b>[a-z]{3,}(?:er|or|ist|ian|ant|ent|ee)s)\b"
)


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


def _by_times(m: re.Match[str]) -> tuple[str, str]:
    english = f"{m['n']} times"
    return (
        f'"{m.group()}" copies Russian «в … раз(а)»: English says "{english}" '
        f'("grew {english} over", "{english} as many") or "-fold" ("threefold")',
        english,
    )


def _in_after(m: re.Match[str]) -> tuple[str, str]:
    english = f"{m['span']} after"
    return (
        f'"{m.group()}" copies Russian «через … после»: English says "{english}"',
        english,
    )


def _reminded(m: re.Match[str]) -> tuple[str, str] | None:
    if _PASSIVE_BEFORE_RE.search(m.string, max(0, m.start() - 7), m.start()):
        return None
    english = {"remind": "recall", "reminds": "recalls", "reminding": "recalling"}.get(
        m["verb"].lower(), "recalled"
    )
    return (
        f'"{m.group()}" copies Russian «напомнил, что»: English reminds someone ("reminded '
        f'reporters that") or says "{english} that"',
        f"{english} that",
    )


def _plural_pair(m: re.Match[str]) -> tuple[str, str | None] | None:
    if not all(_plural_noun(w.lower()) for w in (m["a"], m["b"])):
        return None
    return (
        f'"{m.group()}" copies a Russian hyphenated pair of plurals (спасатели-водолазы): '
        'English makes one noun describe the other ("rescue divers", "parachute '
        'firefighters")',
        None,
    )


def _plural_noun(word: str) -> bool:
    """A plural noun and nothing else (firefighters; not "pilots", also a verb)."""
    lemmas = pos_lemmas(word)
    return set(lemmas) == {"NOUN"} and word not in lemmas["NOUN"]


#: each shape, and what to say of a match: the message and the English form.
_Explain = Callable[[re.Match[str]], tuple[str, str | None] | None]
#: and its severity when not the rule's: "by 3 times" also comes from non-native writers.
#: A cheap hint comes first: a segment is searched only for the shapes whose hint it holds.
_SHAPES: tuple[tuple[str, re.Pattern[str], _Explain, Severity | None], ...] = (
    (r"\d\d\d\d[ \u00a0]+year", _BIRTH_YEAR_RE, _birth_year, None),
    (r"\d\d\d\d[ \u00a0]+year", _YEAR_WORD_RE, _year_word, None),
    (r"-dangerous", _DANGEROUS_RE, _dangerous, None),
    (r"meteo-", _METEO_RE, _meteo, None),
    (r"times\b", _BY_TIMES_RE, _by_times, Severity.INFO),
    (r"after\b", _IN_AFTER_RE, _in_after, None),
    (r"remind", _REMINDED_RE, _reminded, None),
    (r"[a-z]s-[a-z]", _PLURAL_PAIR_RE, _plural_pair, None),
)
_HINTS = {hint: re.compile(hint, re.IGNORECASE) for hint, *_ in _SHAPES}
_TRIGGER_RE = re.compile("|".join(_HINTS), re.IGNORECASE)


class RussianWordFormation(SegmentRule):
    """Russian word formation copied into English ("in 2024 year", "avalanche-dangerous").

    ## What it does
    Flags shapes that Russian forms one way and English another, with the English form as
    the suggestion:
    - a year before "year of birth" («1951 года рождения», "a man of 1951 year of birth"):
      English says "born in 1951";
    - a preposition, a year and the word "year" («в 2024 году», "in 2024 year"): English
      names the year alone ("in 2024"); "2024 year-end" and "for 2024 year to date" are
      English;
    - a noun hyphenated to "dangerous" («лавиноопасный», "avalanche-dangerous"): English
      says "avalanche-prone" or "at risk of avalanches";
    - "meteo-" as a prefix before a word in lower case («метеозависимый»,
      "meteo-dependent"): English says "weather-" ("weather-sensitive"); Meteo-France and
      MeteoGroup are names;
    - "by" + a number + "times" («в 3 раза», "grew by 3 times", "by one and a half times"):
      English says "three times" or "threefold"; "by 3 times the average" is English. Some
      non-native writers say it too, so it is a style point (info);
    - "in" + a span + "after" («через 9 минут после», "in 9 minutes after the start"):
      English says "9 minutes after"; "in the 10 minutes after" is English;
    - "reminded that" with no one reminded («напомнил, что»): English reminds someone or
      says "recalled that"; "was reminded that" is English;
    - two plural agent nouns hyphenated («спасатели-водолазы», "rescuers-divers",
      "paratroopers-firefighters"): English makes one noun describe the other; words that
      are also verbs ("pilots") or plural only ("arms", "sales") are not paired this way.

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
        hinted = {hint for hint, found in _HINTS.items() if found.search(text)}
        for hint, pattern, explain, severity in _SHAPES:
            if hint not in hinted:
                continue
            for m in pattern.finditer(text):
                explained = explain(m)
                if explained is not None:
                    message, suggestion = explained
                    yield Finding(index, m.start(), m.end(), message, suggestion, severity)
