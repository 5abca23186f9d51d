"""Locale (TQ7xx): dates and numbers written the source language's way."""

from __future__ import annotations

import re
from collections.abc import Iterator

from tqcheck.document import Segment
from tqcheck.issue import Severity
from tqcheck.lexicon import MONTH_NAMES
from tqcheck.rules.base import Finding, SegmentRule
from tqcheck.rules.punctuation import code_spans, in_spans

# d.m.y, d/m/y, d-m-y with a four-digit year (1600–2199) or a two-digit one; not part of a
# longer dotted, slashed or dashed chain (versions, IP addresses, URLs, phone numbers).
_DATE_RE = re.compile(
    r"(?<![\w./:+])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)"
    r"(?P<year>(?:1[6-9]|2[01])\d\d|\d\d)(?![\w+]|[./:,]\d)"
)
# A day and month without a year (03.06, 17.06), alone or as a range ("03.06 - 17.06"); the
# pattern begins with a digit, so that a search skips to one (the look-behind comes after it).
_SHORT_DATE = r"(?P<{0}day>\d\d)\.(?P<{0}month>0[1-9]|1[0-2])(?![\w%]|[.,:/]?\d)"
_SHORT_DATE_RE = re.compile(
    r"(?=\d(?<![\w.,/:+-]\d))"
    + _SHORT_DATE.format("")
    + r"(?:\s*(?:-|–|—|\bto\b|\band\b|\btill\b|\buntil\b)\s*"
    + _SHORT_DATE.format("end")
    + ")?",
    re.IGNORECASE,
)
# The word before a day and month that makes it a date ("from 03.06", "until 15.09").
_DATE_WORD_BEFORE_RE = re.compile(
    r"\b(?:from|since|until|till|through|to|on|before|after|between)\s+$", re.IGNORECASE
)
# Cheap to search, so that most segments never meet the lookbehinds above.
_DATE_HINT_RE = re.compile(r"\d[./-]\d\d?[./-]\d|\d\d\.[01]\d")
# Numbered things whose labels look like dates: "version 10.11.12", "section 1.10.11".
_NUMBERED_RE = re.compile(
    r"(?:\b(?:version|ver|release|build|section|chapter|clause|article|paragraph|para|item|"
    r"step|rule|figure|fig|table|no|nos|page|pp?)\.?|[§#№])\s*$",
    re.IGNORECASE,
)


def _year(digits: str) -> int:
    """A two-digit year the POSIX way: 69–99 are 19xx, 00–68 are 20xx."""
    year = int(digits)
    if len(digits) == 4:
        return year
    return year + (1900 if year >= 69 else 2000)


class AmbiguousDate(SegmentRule):
    """A numeric date that reads differently in Europe and the US (04.11.2023).

    ## What it does
    Flags a date written with numbers only (04.11.2023, 04/11/2023, 4-11-23) whose first two
    parts are both valid months and differ, so that it means 4 November to a European reader
    and 11 April to an American one. The suggestion writes the month as a word, taking the
    day first for dotted dates (the convention wherever they are used) and for any date when
    the source language is known and is not English; a slashed or dashed date from an
    unknown source gets no suggestion and only info severity, since US and UK English both
    write such dates natively (month first and day first respectively). Two-digit
    years are read the POSIX way (69–99 are 19xx). A dotted date that can only be read day
    first (25.12.2023) is not ambiguous, but it is the source's way of writing a date, not
    English's: it is reported at info, with the month as a word. Quiet on ISO dates
    (2023-04-11), slashed or dashed dates with a part over 12 (25/12/2023), equal parts
    (05.05.2023), times, decimals, versions and section numbers (v1.2.10, version 10.11.12,
    section 1.10.11), IP addresses and URLs.

    A day and month without a year (03.06, 17.06) is reported the same way (ambiguous, or
    day first at info) where the words around it make it a date, since "17.06" is also a
    decimal: a zero-padded day after a word that introduces a date (on, from, to, between,
    until …), either end of a range with such a day ("03.06–17.06", "from 03.06 to 17.06"),
    a day and month after since, until or till, or after a time and "on" ("18:00 on
    16.01"), or a range from one day to another of the same month ("from 20.07 to 26.07").
    A unit after it ("12.05 points", "10.05 rubles") makes it a number, and hours with 05
    or 10 minutes ("until 10.10") may be a time.

    ## Why it matters
    MT copies the source's numeric date unchanged; an English reader cannot tell which
    month is meant, and a wrong guess moves a meeting by months.

    ## Example
    FAIL: `The summit took place on 04.11.2023.`
    FAIL (info): `Open on 25.12.2023.`
    FAIL: `Entries are accepted from 03.06 to 17.06.`
    PASS: `The summit took place on 4 November 2023.` / `Filed on 2023-04-11.` /
    `Open on 25/12/2023.` / `Install version 1.2.10.`

    ## Options
    None.
    """

    code = "TQ701"
    name = "ambiguous-date"
    severity = Severity.WARNING
    trigger = _DATE_HINT_RE

    def check_segment(self, segment: Segment, index: int) -> Iterator[Finding]:
        text = segment.text
        known_source = self.context.source_lang not in (None, "en")
        for m in _DATE_RE.finditer(text):
            a, b, sep, year_digits = int(m["a"]), int(m["b"]), m["sep"], m["year"]
            if sep == "." and len(year_digits) == 4 and 12 < a <= 31 and 1 <= b <= 12:
                yield self._day_first(index, m, a, b, int(year_digits))
            if not (1 <= a <= 12 and 1 <= b <= 12) or a == b:
                continue
            if sep == "." and len(year_digits) == 2 and (len(m["a"]) < 2 or len(m["b"]) < 2):
                continue
            if sep != "." and text[m.start() - 1 : m.start()] == "-":
                continue
            if sep == "-" and text[m.end() : m.end() + 1] == "-":
                continue
            if _NUMBERED_RE.search(text, max(0, m.start() - 24), m.start()):
                continue
            year = _year(year_digits)
            day_first = f"{a} {MONTH_NAMES[b - 1]} {year}"
            month_first = f"{b} {MONTH_NAMES[a - 1]} {year}"
            yield Finding(
                index,
                m.start(),
                m.end(),
                f'"{m.group()}" is ambiguous: {a} {MONTH_NAMES[b - 1]} or {b} {MONTH_NAMES[a - 1]} '
                f'{year}? Write the month as a word ("{day_first}" or "{month_first}")',
                suggestion=day_first if sep == "." or known_source else None,
                # Slashed dates are native in US and UK English: worth a look, no more.
                severity=None if sep == "." or known_source else Severity.INFO,
            )

        yield from self._short_dates(text, index)

    @staticmethod
    def _short_dates(text: str, index: int) -> Iterator[Finding]:
        """Days and months without a year ("from 03.06 to 17.06", "until 15.09"): a
        zero-padded day after a word that introduces a date, either end of a range with
        one, any day and month after since/until/till/on ("on 14.03 visited", and "18:00
        on 16.01"), a range from one day to another of the same month; not a price or a count
        (a unit after it), nor what may be a time of day (hours, and 05 or 10 minutes)."""
        for m in _SHORT_DATE_RE.finditer(text):
            dates = [
                (m.start(p + "day"), m.end(p + "month"), int(m[p + "day"]), int(m[p + "month"]))
                for p in ("", "end")
                if m[p + "day"]
            ]
            if not all(1 <= day <= 31 for _, _, day, _ in dates) or all(
                day <= 23 and month in (5, 10) for _, _, day, month in dates
            ):
                continue  # no date, or a time of day the British way ("until 10.10")
            before = _DATE_WORD_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())
            word = before.group().split()[0].lower() if before else ""
            start = before.start() if before else m.start()  # where the date's words begin
            padded = any(day < 10 for _, _, day, _ in dates)
            one_month = len(dates) == 2 and dates[0][3] == dates[1][3]
            if not (
                (padded and (word or len(dates) == 2))
                or word in ("since", "until", "till", "on")
                or (one_month and word in ("from", "between"))
            ):
                continue
            if _UNIT_AFTER_RE.match(text, m.end()) or _NUMBERED_RE.search(
                text, max(0, start - 24), start
            ):
                continue
            for date_start, date_end, day, month in dates:
                english = f"{day} {MONTH_NAMES[month - 1]}"
                if day <= 12 and day != month:
                    message = (
                        f'"{text[date_start:date_end]}" is ambiguous: {english} or {month} '
                        f'{MONTH_NAMES[day - 1]}? Write the month as a word ("{english}")'
                    )
                    severity = None
                else:
                    message = (
                        f'"{text[date_start:date_end]}" is written the day.month way: '
                        f'English writes "{english}"'
                    )
                    severity = Severity.INFO
                yield Finding(index, date_start, date_end, message, english, severity)

    @staticmethod
    def _day_first(index: int, m: re.Match[str], day: int, month: int, year: int) -> Finding:
        """A dotted date that can only be day first (15.12.2024): clear, but the source's
        way of writing it, not English's."""
        english = f"{day} {MONTH_NAMES[month - 1]} {year}"
        return Finding(
            index,
            m.start(),
            m.end(),
            f'"{m.group()}" is written the day.month.year way: English writes "{english}"',
            suggestion=english,
            severity=Severity.INFO,
        )


# Units written out, singular or plural, US or UK spelling, with an SI prefix where one is
# used: "10,5 metres", "3,2 tonnes", "2,5 square kilometers", "1,5 kilowatt-hours".
_UNIT_WORDS = (
    r"(?:(?:square|cubic)\s+)?"
    r"(?:(?:kilo|centi|milli|micro|nano|mega|giga|tera)?"
    r"(?:met(?:re|er)|gram(?:me)?|lit(?:re|er)|watt(?:-hour)?|volt|joule|ton(?:ne)?)s?"
    r"|hectares?|acres?|miles?|yards?|feet|foot|inch(?:es)?|pounds?|ounces?|barrels?|"
    r"knots?|degrees?|calories?)"
)
_MAGNITUDE = (
    r"million|billion|trillion|thousand|mln|bln|bn|percent|per\s+cent|%|times|"
    r"km²|m²|km/h|kWh|MWh|MW|GW|kW|km|kg|cm|mm|mg|ml|ha|m|g|t|l|°C|°|"
    rf"{_UNIT_WORDS}|"
    r"hours?|minutes?|seconds?|days?|weeks?|months?|years?|points?|"
    r"euros?|dollars?|roubles?|rubles?|EUR|USD|RUB|€|\$|£"
)
# A unit or magnitude after a number: "15.06 million", "10.05 points" are no dates.
_UNIT_AFTER_RE = re.compile(rf"[ \u00a0]*(?:{_MAGNITUDE})(?![^\W\d_])")
# 1,5 million / 3,2 % / 2,5 km / €1,50 / 0,75: a comma before one or two decimals.
_DECIMAL_COMMA_RE = re.compile(
    r"(?<![\w.,])(?<!\d[ \u00a0\u202f\u2009])"
    r"(?:(?P<currency>[$€£¥₽])[ \u00a0]?)?(?P<number>(?P<int>\d{1,3}),(?P<frac>\d{1,2}))"
    r"(?![\d,]|\.\d)"
    rf"(?P<unit>[ \u00a0\u202f]?(?:{_MAGNITUDE})(?![^\W\d_]))?"
)
# 10 000 / 1 000 000 / 2 500,50: digits grouped in threes by spaces, not inside a longer run
# of digit groups (phone numbers, ISBNs) and not followed by a word ("100-metre", "100m").
_SPACE_GROUPED_RE = re.compile(
    r"(?<![\w.,+#])(?<!\d[ \u00a0\u202f\u2009])"
    r"(?P<number>[1-9]\d{0,2}(?:[ \u00a0\u202f\u2009]\d{3})+(?:,\d{1,2})?)"
    r"(?![\w-]|[.,]\d|[ \u00a0\u202f\u2009]\d)"
)
_GROUP_SEPARATOR_RE = re.compile(r"[ \u00a0\u202f\u2009]")
# Cheap to search, so that most segments never meet the lookbehinds above.
_DECIMAL_HINT_RE = re.compile(r"\d,\d\d?(?!\d)")
_GROUP_HINT_RE = re.compile(r"\d[ \u00a0\u202f\u2009]\d\d\d")


_SPACED_PERCENT_RE = re.compile(r"(?<![\w.,])(?P<digits>\d+(?:\.\d+)?)[ \u00a0\u202f]%")


class SourceNumberFormat(SegmentRule):
    """A number written the continental way: "1,5 million", "10 000".

    ## What it does
    Flags a decimal comma ("1,5 million", "3,2 %", "2,5 km", "10,5 metres", "€1,50", "0,75")
    and digits grouped in threes by spaces, no-break or thin spaces ("10 000", "1 000 000"),
    and suggests the English form ("1.5", "10,000"). A decimal comma is flagged only where
    it cannot be an English thousands separator: before a magnitude word, unit or currency,
    after a currency sign, after a leading zero, or in the tenths of a race time
    ("24:35,7"); so "1,000", "10,000", "1, 2 and 3", "0,1,2" and the point (0,1) stay quiet.
    Space-grouped digits are flagged only as one to three digits followed by groups of
    exactly three, not next to further digit groups (phone numbers, ISBNs) and not followed
    by a word or hyphen ("3 100-metre races"). A space between a number and "%" ("87 %") is
    reported as info only: it is the Russian and French convention, but SI style writes it
    too.

    ## Why it matters
    "1,5 million" reads as a typo or, worse, as 15 million; "10 000" splits across lines and
    looks foreign. MT copies both from Russian, German or French sources.

    ## Example
    FAIL: `Exports grew by 3,2 % to 1,5 million tonnes, and 10 000 jobs were created.`
    PASS: `Exports grew by 3.2% to 1.5 million tonnes, and 10,000 jobs were created.` /
    `Call 555 123 4567.` / `Options 1, 2 and 3.`

    ## Options
    None.
    """

    code = "TQ702"
    name = "source-number-format"
    severity = Severity.WARNING
    languages = frozenset({"en"})
    trigger = re.compile(rf"{_DECIMAL_HINT_RE.pattern}|{_GROUP_HINT_RE.pattern}|\d[ \u00a0\u202f]%")

    def check_segment(self, segment: Segment, index: int) -> Iterator[Finding]:
        text = segment.text
        code = code_spans(text)
        if _DECIMAL_HINT_RE.search(text):
            for m in _DECIMAL_COMMA_RE.finditer(text):
                if not in_spans(m.start(), code) and self._decimal(text, m):
                    english = f"{m['int']}.{m['frac']}"
                    yield Finding(
                        index,
                        m.start("number"),
                        m.end("number"),
                        f'"{m["number"]}" uses a decimal comma: English writes "{english}"',
                        suggestion=english,
                    )
        if _GROUP_HINT_RE.search(text):
            for m in _SPACE_GROUPED_RE.finditer(text):
                if in_spans(m.start(), code):
                    continue
                number = m["number"]
                integer, _, frac = number.partition(",")
                english = _GROUP_SEPARATOR_RE.sub(",", integer) + (f".{frac}" if frac else "")
                yield Finding(
                    index,
                    m.start(),
                    m.end(),
                    f'"{number}" groups digits with spaces'
                    f"{' and has a decimal comma' if frac else ''}: English writes "
                    f'"{english}"',
                    suggestion=english,
                )
        if "%" in text:
            for m in _SPACED_PERCENT_RE.finditer(text):
                if not in_spans(m.start(), code):
                    yield Finding(
                        index,
                        m.start(),
                        m.end(),
                        f'"{m.group()}": English news and UI text write no space before %',
                        suggestion=m["digits"] + "%",
                        # SI style (ISO 80000) does put a space there: a style point only.
                        severity=Severity.INFO,
                    )

    @staticmethod
    def _decimal(text: str, m: re.Match[str]) -> bool:
        """Whether the comma of a match can only be a decimal comma."""
        if m["currency"] or m["unit"]:
            return True
        # Tenths of a second after minutes and seconds: "24:35,7" (not a list "10:15,11:20").
        before, after = text[max(0, m.start() - 2) : m.start()], text[m.end() : m.end() + 1]
        if len(m["int"]) == 2 and before[:1].isdigit() and before[1:] == ":" and after != ":":
            return True
        # A leading zero: "0,75" — but not the point (0,1) or the interval [0,5].
        return m["int"] == "0" and not (m.start() and text[m.start() - 1] in "([{")
