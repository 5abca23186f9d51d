"""Source and translation (TQ9xx): what a translation must carry over from its source.

Numbers, placeholders, tags, URLs and e-mail addresses of the source must come back in the
translation; its length should stay in proportion to the source's; and where a reference
translation is at hand, the translation should resemble it. Every rule here needs a source
(or a reference) and does nothing on monolingual text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import product
from typing import Any

from tqcheck.document import Segment
from tqcheck.issue import Severity
from tqcheck.lexicon import MONTH_NAMES
from tqcheck.rules.base import Finding, RuleContext, SegmentRule

# --- Markup: URLs, e-mail addresses, tags and placeholders -----------------------------------


@dataclass(frozen=True, slots=True)
class Mark:
    """A URL, e-mail address, tag or placeholder of a text; ``key`` is what is compared."""

    start: int
    end: int
    text: str
    key: str


_URL_RE = re.compile(r"(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>\"'«»“”‘’]+", re.IGNORECASE)
_EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}(?![\w-])")
_URL_TRAILING = ".,;:!?…'\""
_CLOSERS = {")": "(", "]": "[", "}": "{"}
# A path segment, first host label or query value that names a language ("ru", "en-us"):
# sites keep one page per language, so a translation may point to its own language's page.
_URL_LANGUAGE_RE = re.compile(
    r"(?<=[/.=])[a-z]{2}(?:[-_][a-z]{2})?(?=[/?#&]|$)|(?<=//)[a-z]{2}(?=\.[^/]*\.)"
)


def _trim_url(url: str) -> str:
    """A URL without the sentence punctuation and unbalanced closing brackets after it."""
    while url:
        last = url[-1]
        unbalanced = last in _CLOSERS and url.count(_CLOSERS[last]) < url.count(last)
        if last in _URL_TRAILING or unbalanced:
            url = url[:-1]
        else:
            break
    return url


def _url_key(url: str) -> str:
    """Scheme and host in lower case, no trailing slash, language codes made neutral."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        scheme, rest = "", url
    host, slash, path = rest.partition("/")
    key = f"{scheme.lower()}{sep}{host.lower()}{slash}{path}".rstrip("/")
    return _URL_LANGUAGE_RE.sub("*", key)


def urls(text: str) -> list[Mark]:
    if "://" not in text and "www." not in text.lower():
        return []
    marks = []
    for m in _URL_RE.finditer(text):
        url = _trim_url(m.group())
        if "." in url:
            marks.append(Mark(m.start(), m.start() + len(url), url, _url_key(url)))
    return marks


def emails(text: str) -> list[Mark]:
    if "@" not in text:
        return []
    return [
        Mark(m.start(), m.end(), m.group(), m.group().lower()) for m in _EMAIL_RE.finditer(text)
    ]


_TAG_RE = re.compile(
    r"<(?P<close>/?)(?P<name>[A-Za-z][\w:.-]*|\d+)"
    r"(?:\s+[\w:.-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'<>=]+))?)*\s*(?P<empty>/?)>"
)
_VOID_ELEMENTS = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)


def tags(text: str) -> list[Mark]:
    """HTML/XML tags written in the text, keyed by kind and name: <b>, </b>, <br/>."""
    if "<" not in text:
        return []
    marks = []
    for m in _TAG_RE.finditer(text):
        name = m["name"].lower()
        if m["close"]:
            key = f"</{name}>"
        elif m["empty"] or name in _VOID_ELEMENTS:
            key = f"<{name}/>"
        else:
            key = f"<{name}>"
        marks.append(Mark(m.start(), m.end(), m.group(), key))
    return marks


# printf and the formats derived from it; "%%" is a placeholder too (a literal percent sign
# in a format string). A "%" after a digit is a percent sign, and the space flag is left out
# so that "50% off" holds no "% o".
_PLACEHOLDER_RE = re.compile(
    r"(?P<named>%\([\w.-]+\)[-+0# ]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa])"
    r"|(?P<ruby>%\{\w+\})"
    r"|(?P<percent>%%)"
    r"|(?<!\d)%(?:\d+\$)?(?P<printf>[-+0#']*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|ll|[hlLqjzt])?"
    r"[diouxXeEfFgGaAcspn@])"
    r"|(?P<qt>(?<!\d)%\d{1,2}(?![\d$]))"
    r"|(?P<shell>\$\{\w+\}|\$(?!(?:US|USD|CA|CAD|AU|AUD|NZ|NZD|HK|HKD|SG|SGD)\b)[A-Za-z_]\w*)"
)
# What every placeholder starts with: a "%" that does not follow a digit ("2.3%" is a
# percentage), "%(", "%{", "%%", a brace, "$" before a name. (Each branch starts with a
# character, not the look-behind, so that a search skips to those characters at C speed.)
_PLACEHOLDER_HINT_RE = re.compile(r"%(?<!\d%)|%[({%]|\{|\$[A-Za-z_{]")
_ICU_RE = re.compile(
    r"\s*(?P<name>\w+)\s*,\s*(?P<type>plural|select|selectordinal|number|date|time|"
    r"spellout|ordinal|duration)\s*(?:,(?P<rest>.*))?",
    re.DOTALL,
)
_FIELD_RE = re.compile(r"\s*(?P<name>(?:\w+(?:\.\w+|\[\w+\])*)?)(?:![rsa])?(?::[^{}]*)?\s*")
_MUSTACHE_RE = re.compile(r"\{\s*(?P<name>[^{}]*?)\s*\}")


def _brace_groups(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Spans of the balanced top-level {…} groups of text[start:end]."""
    depth = 0
    opened = 0
    for i in range(start, len(text) if end is None else end):
        ch = text[i]
        if ch == "{":
            if depth == 0:
                opened = i
            depth += 1
        elif ch == "}" and depth:
            depth -= 1
            if depth == 0:
                yield opened, i + 1


def _brace_placeholder(text: str, start: int, end: int) -> list[Mark]:
    """The placeholders of one {…} group: a Python/ICU argument (with, for ICU plural and
    select, each placeholder of its branches once, since languages have different numbers
    of branches), a {{template}} variable, or nothing (braces around prose)."""
    inner = text[start + 1 : end - 1]
    group = text[start:end]
    mustache = _MUSTACHE_RE.fullmatch(inner)
    if mustache:
        return [Mark(start, end, group, "{{" + mustache["name"] + "}}")]
    icu = _ICU_RE.fullmatch(inner)
    if icu:
        marks = [Mark(start, end, group, "{" + icu["name"] + "}")]
        if icu["rest"] and icu["type"] in ("plural", "select", "selectordinal"):
            seen: set[str] = set()
            rest = start + 1 + icu.start("rest")
            for s, e in _brace_groups(text, rest, end - 1):
                for mark in placeholders(text[s + 1 : e - 1], s + 1):
                    if mark.key not in seen:
                        seen.add(mark.key)
                        marks.append(mark)
        return marks
    simple = _FIELD_RE.fullmatch(inner)
    if simple:
        return [Mark(start, end, group, "{" + simple["name"] + "}")]
    return []


def placeholders(text: str, offset: int = 0) -> list[Mark]:
    """printf (%s, %1$s, %.2f, %%), Python (%(name)s, {name}, {0}), Ruby (%{name}), Qt (%1),
    ICU ({count, plural, …}: keyed by the argument's name), shell and template ($VAR,
    ${VAR}, {{var}}) placeholders, in order; offsets are text's plus ``offset``."""
    if not _PLACEHOLDER_HINT_RE.search(text):
        return []
    marks = []
    for m in _PLACEHOLDER_RE.finditer(text):
        key = "%" + m["printf"] if m["printf"] is not None else m.group()
        marks.append(Mark(offset + m.start(), offset + m.end(), m.group(), key))
    if "{" in text:
        # Blank out what the expression found ("${VAR}", "%{name}") before pairing braces.
        found = [Mark(m.start - offset, m.end - offset, m.text, m.key) for m in marks]
        blanked = _blank(text, found)
        for s, e in _brace_groups(blanked):
            marks += [
                Mark(mark.start + offset, mark.end + offset, mark.text, mark.key)
                for mark in _brace_placeholder(blanked, s, e)
            ]
        marks.sort(key=lambda mark: mark.start)
    return marks


def markup(text: str) -> list[Mark]:
    """URLs, e-mail addresses, tags and placeholders of a text."""
    return [*urls(text), *emails(text), *tags(text), *placeholders(text)]


def _blank(text: str, marks: list[Mark]) -> str:
    if not marks:
        return text
    chars = list(text)
    for mark in marks:
        chars[mark.start : mark.end] = " " * (mark.end - mark.start)
    return "".join(chars)


def blank_markup(text: str) -> str:
    """The text with its URLs, e-mail addresses, tags and placeholders blanked out."""
    return _blank(text, markup(text))


def _placeholders_outside_links(text: str) -> list[Mark]:
    """The placeholders of a text that are not inside a URL ("%20") or an address."""
    hinted = _PLACEHOLDER_HINT_RE.search(text)
    if not hinted and "%" not in text:
        return []
    links = [*urls(text), *emails(text)]
    # Blanking a link may leave a "%" after a blank instead of after a digit.
    return placeholders(_blank(text, links)) if hinted or links else []


def _listed(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def whole_segment(
    index: int,
    target: str,
    message: str,
    suggestion: str | None = None,
    severity: Severity | None = None,
) -> Finding:
    """A finding on the whole translation (white space around it left out)."""
    start = len(target) - len(target.lstrip())
    return Finding(index, start, max(start, len(target.rstrip())), message, suggestion, severity)


def missing_from_translation(index: int, target: str, what: str, items: list[str]) -> Finding:
    """One finding on the whole translation for everything of the source it lacks."""
    if len(items) == 1:
        return whole_segment(
            index, target, f"{what} {items[0]} of the source is missing from the translation"
        )
    return whole_segment(
        index, target, f"{what}s {_listed(items)} of the source are missing from the translation"
    )


def _diff(source: list[Mark], target: list[Mark]) -> tuple[list[Mark], list[Mark]]:
    """The source's marks whose key the target has fewer times (the first of each key), and
    the target's marks beyond the source's count of their key (the later ones)."""
    if not source and not target:
        return [], []
    wanted = Counter(m.key for m in source)
    have = Counter(m.key for m in target)
    missing = []
    for mark in source:
        if have[mark.key] < wanted[mark.key]:
            missing.append(mark)
            have[mark.key] = wanted[mark.key]  # report each key once
    extra = []
    seen: Counter[str] = Counter()
    for mark in target:
        seen[mark.key] += 1
        if seen[mark.key] > wanted[mark.key]:
            extra.append(mark)
    return missing, extra


def _compared(
    index: int,
    target: str,
    what: str,
    source_marks: list[Mark],
    target_marks: list[Mark],
    shown: Callable[[Mark], str],
) -> Iterator[Finding]:
    """One finding on the whole translation for the marks it lacks, and one on each mark
    the source does not have."""
    missing, extra = _diff(source_marks, target_marks)
    if missing:
        yield missing_from_translation(index, target, what, [shown(m) for m in missing])
    for mark in extra:
        yield Finding(index, mark.start, mark.end, f"{what} {shown(mark)} is not in the source")


def source_of(segment: Segment) -> str | None:
    """The segment's source, where it has one and a translation to compare with it (an
    empty translation is TQ804's)."""
    return segment.source if segment.text.strip() else None


# --- Numbers ---------------------------------------------------------------------------------

_SPACES = " \u00a0\u202f\u2009"
# Languages that write a decimal point and group thousands with commas: there "1,500" is
# 1500 and "1.500" is 1.5. Elsewhere (and when the language is unknown) a single separator
# before three digits may be either.
_POINT_DECIMAL = frozenset({"en", "zh", "ja", "ko", "he", "th", "hi", "ms", "ga"})
# Languages where "billion" is 10^12 (the long scale).
_LONG_SCALE = frozenset({"de", "fr", "es", "it", "nl", "pl", "pt", "sv", "da", "no", "nb", "fi"})
# A numeric date: d.m.y, d/m/y, d-m-y (four- or two-digit year) or ISO y-m-d.
_DATE_RE = re.compile(
    r"(?<![\w./:+-])(?:(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
    r"|(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2}))(?![\w+]|[./:,-]\d)"
)
# A number: digits grouped in threes by spaces ("10 000", "1 000,5"), or digits joined by
# points, commas or colons ("1,000.5", "1.5", "10:30", "1.2.10"). Not after a letter or a
# digit ("MP3", "Win10"), so codes keep their digits to themselves.
_NUMBER_RE = re.compile(
    rf"(?<![^\W\d_])(?<!\d)(?:\d{{1,3}}(?:[{_SPACES}]\d{{3}})+(?!\d)(?:[.,]\d+)?"
    r"|\d+(?:[.,:]\d+)*)"
)
# A magnitude word after a number ("10 тыс.", "1,5 млн", "2 billion"): value → scale.
_SCALE_RE = re.compile(
    rf"[{_SPACES}]?(?P<word>тыс(?:яч[а-яё]*|\.)?|млн|миллион[а-яё]*|млрд|миллиард[а-яё]*"
    r"|трлн|триллион[а-яё]*|thousands?|millions?|billions?|trillions?|mln|mn|bn|tn"
    r"|mio\.?|mrd\.?|tsd\.?|milliard\w*|million\w*|mill[oó]n\w*|billion\w*)(?![^\W\d_])"
    r"|(?P<short>[kKmMbB])(?![^\W\d_])",
    re.IGNORECASE,
)
# Prefixes of the magnitude words, in the order they are tried ("milliard" before "mill").
_SCALES: tuple[tuple[str, int], ...] = (
    ("тыс", 10**3),
    ("thousand", 10**3),
    ("tsd", 10**3),
    ("млн", 10**6),
    ("миллион", 10**6),
    ("mln", 10**6),
    ("mn", 10**6),
    ("mio", 10**6),
    ("млрд", 10**9),
    ("миллиард", 10**9),
    ("milliard", 10**9),
    ("mrd", 10**9),
    ("bn", 10**9),
    ("mill", 10**6),
    ("трлн", 10**12),
    ("триллион", 10**12),
    ("trillion", 10**12),
)
_SHORT_SCALES = {"k": 10**3, "m": 10**6, "b": 10**9}
# Between a magnitude and a smaller one ("1 млн 200 тыс."), and between the ends of a range.
_SPACE_GAP_RE = re.compile(rf"[{_SPACES}]+")
_RANGE_GAP_RE = re.compile(r"\s*(?:[-–—]|до|to)\s*")
# The first year of "2022-23", and a decade ("90-х", "1990s", "'90s").
_YEAR_BEFORE_RE = re.compile(r"(?<!\d)(\d\d)\d\d[-–—/]$")
_DECADE_RE = re.compile(r"(?:['’]?s|-(?:х|е|ые|ых|ым|ми))(?![^\W\d_])")
_SMALL = frozenset(Decimal(i) for i in range(13))
_ROMAN_RE = re.compile(r"(?<![^\W\d_])[IVXLCDM]+(?![^\W\d_])")
_VALID_ROMAN_RE = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_WORD_RE = re.compile(r"[^\W\d_]+")
# "в 1,5 раза" (1.5 times) and "50% more", "by 50%": a ratio and the same as a percentage.
_TIMES_RE = re.compile(r"\b[вВ]\s+(\d+(?:[.,]\d+)?)\s+раза?\b")
_PERCENT_MORE_RE = re.compile(
    r"\bby\s+(\d+(?:\.\d+)?)\s?(?:%|percent|per cent)"
    r"|(\d+(?:\.\d+)?)\s?(?:%|percent|per cent)\s+(?:more|less|fewer|[a-z]{2,}er)\b"
)
# One and a half of a unit of time, in the next smaller unit: «полтора года» is 18 months.
_HALF_AGAIN_RE = re.compile(r"п(?<!\wп)ол(?:тора|торы|утора)\s+(год|лет|месяц|сут|час|минут)")
_HALF_AGAIN = {
    "год": (18,),
    "лет": (18,),
    "месяц": (6, 45),
    "сут": (36,),
    "час": (90,),
    "минут": (90,),
}
_DIGITS_RE = re.compile(r"\d+")
# Anything after a digit that may start a magnitude word (a superset of _SCALE_RE's).
_SCALE_HINT_RE = re.compile(
    rf"\d[{_SPACES}]?(тыс|млн|млрд|трлн|миллиард|милл|трил|thous|milliard|mil|bil|tril|mn|bn|tn|mio|mrd"
    r"|tsd|[kmb])",
    re.IGNORECASE,
)
# The power of ten each magnitude hint stands for (short scale).
_HINT_POWERS = {
    **dict.fromkeys(["тыс", "thous", "tsd", "k"], 3),
    **dict.fromkeys(["млн", "милл", "mil", "mn", "mio", "m"], 6),
    **dict.fromkeys(["млрд", "миллиард", "milliard", "bil", "bn", "mrd", "b"], 9),
    **dict.fromkeys(["трлн", "трил", "tril", "tn"], 12),
}
_WORD_GAP_RE = re.compile(r"[\s‐‑-]+(?:and[\s‐‑-]+)?")


def _entries(
    spec: str, value: int | str, multiplier: bool = False
) -> dict[str, tuple[Decimal, bool]]:
    return dict.fromkeys(spec.split(), (Decimal(value), multiplier))


_EN_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen"
)
_EN_ORDINALS = (
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
    "twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
)
_EN_TENS = "twenty thirty forty fifty sixty seventy eighty ninety"


def _en_words() -> dict[str, tuple[Decimal, bool]]:
    table: dict[str, tuple[Decimal, bool]] = {}
    pairs = zip(_EN_UNITS.split(), _EN_ORDINALS.split(), strict=True)
    for value, (unit, ordinal) in enumerate(pairs):
        table |= _entries(f"{unit} {ordinal}", value)
    for i, ten in enumerate(_EN_TENS.split()):
        table |= _entries(f"{ten} {ten[:-1]}ieth", 20 + 10 * i)
    for value, unit in enumerate(_EN_UNITS.split()[2:11], start=2):
        table |= _entries(f"{unit}fold", value)
    table |= _entries("dozen", 12) | _entries("twice double doubled", 2)
    table |= _entries("thrice triple tripled", 3) | _entries("quadruple", 4)
    table |= _entries("hundred hundredth", 100, True) | _entries("thousand thousandth", 1000, True)
    table |= _entries("million millionth", 10**6, True) | _entries("billion", 10**9, True)
    return table | _entries("trillion", 10**12, True)


_RU_ADJECTIVE_ENDINGS = (
    "ый ой ий ого его ому ему ым им ом ем ая яя ую юю ое ее ые ие ых их ыми ими ей"
)
# Russian number words (ё written е): cardinal forms, then stems that take endings.
_RU_CARDINALS = {
    0: "ноль нуль ноля нуля нолю нулю нолем нулем",
    1: "один одна одно одни одного одной одному одним одном одну одних одними",
    2: "два две двух двум двумя двое двоих",
    3: "три трех трем тремя трое троих",
    4: "четыре четырех четырем четырьмя четверо четверых",
    5: "пять пяти пятью пятеро пятерых",
    6: "шесть шести шестью шестеро",
    7: "семь семи семеро",
    8: "восемь восьми восемью восьмью",
    9: "девять девяти девятью",
    10: "десять десяти десятью",
    40: "сорок сорока",
    80: "восьмидесяти восьмьюдесятью",
    90: "девяносто девяноста",
    100: "сто ста",
    200: "двести двухсот двумстам двумястами двухстах",
    300: "триста трехсот тремстам тремястами трехстах",
    400: "четыреста четырехсот четыремстам четырьмястами четырехстах",
    800: "восьмисот восьмистам восьмистах",
}
_RU_TEENS_AND_TENS = {
    11: "одиннадцат",
    12: "двенадцат",
    13: "тринадцат",
    14: "четырнадцат",
    15: "пятнадцат",
    16: "шестнадцат",
    17: "семнадцат",
    18: "восемнадцат",
    19: "девятнадцат",
    20: "двадцат",
    30: "тридцат",
}
_RU_COMPOUND_TENS = {50: "пят", 60: "шест", 70: "сем", 80: "восем"}
_RU_HUNDREDS = {500: "пят", 600: "шест", 700: "сем", 800: "восем", 900: "девят"}
_RU_ORDINAL_STEMS = {
    1: "перв",
    2: "втор",
    4: "четверт",
    5: "пят",
    6: "шест",
    7: "седьм",
    8: "восьм",
    9: "девят",
    10: "десят",
    40: "сороков",
    50: "пятидесят",
    60: "шестидесят",
    70: "семидесят",
    80: "восьмидесят",
    90: "девяност",
    100: "сот",
    1000: "тысячн",
}


def _ru_words() -> dict[str, tuple[Decimal, bool]]:
    table: dict[str, tuple[Decimal, bool]] = {}
    for value, spec in _RU_CARDINALS.items():
        table |= _entries(spec, value)
    for value, stem in _RU_TEENS_AND_TENS.items():
        table |= _entries(f"{stem}ь {stem}и {stem}ью", value)
    for value, stem in _RU_COMPOUND_TENS.items():
        table |= _entries(f"{stem}ьдесят {stem}идесяти {stem}ьюдесятью", value)
    for value, stem in _RU_HUNDREDS.items():
        table |= _entries(f"{stem}ьсот {stem}исот {stem}истам {stem}ьюстами {stem}истах", value)
    for value, stem in (_RU_ORDINAL_STEMS | _RU_TEENS_AND_TENS).items():
        forms = (stem + ending for ending in _RU_ADJECTIVE_ENDINGS.split())
        table |= _entries(" ".join(forms), value)
    table |= _entries("полтора полторы полутора", "1.5")
    # Spans of time in one word: "за сутки" is "in 24 hours", "двое суток" 48 hours.
    table |= _entries("сутки суток суткам сутками сутках", 24, True)
    table |= _entries("полчаса получаса", 30)
    table |= _entries("полгода полугода", 6)
    table |= _entries("полвека полувека", 50)
    table |= _entries("третий третья третье третьи третьего третьей третьему третьим", 3)
    table |= _entries("третьем третью третьих третьими", 3)
    for stem, value in (("тысяч", 10**3), ("миллион", 10**6), ("миллиард", 10**9)):
        endings = ("", "а", "и", "ы", "у", "ей", "ам", "ами", "ах", "ов")
        table |= _entries(" ".join(stem + ending for ending in endings), value, True)
    return table


_NUMBER_WORDS = {"en": _en_words(), "ru": _ru_words()}
_ALL_NUMBER_WORDS = {**_NUMBER_WORDS["en"], **_NUMBER_WORDS["ru"]}
_MONTH_NAMES = {
    1: "january jan januar janvier enero gennaio",
    2: "february feb februar février fevrier febrero febbraio",
    3: "march mar märz marz mars marzo",
    4: "april apr avril abril aprile",
    5: "may mai mayo maggio май мая мае маю маем",
    6: "june jun juni juin junio giugno",
    7: "july jul juli juillet julio luglio",
    8: "august aug août aout agosto",
    9: "september sep sept septembre septiembre settembre",
    10: "october oct oktober octobre octubre ottobre",
    11: "november nov novembre noviembre",
    12: "december dec dezember décembre decembre diciembre dicembre",
}
_MONTHS = {name: month for month, spec in _MONTH_NAMES.items() for name in spec.split()}
_RU_MONTH_STEMS = {
    "январ": 1,
    "феврал": 2,
    "март": 3,
    "апрел": 4,
    "июн": 6,
    "июл": 7,
    "август": 8,
    "сентябр": 9,
    "октябр": 10,
    "ноябр": 11,
    "декабр": 12,
}
# English words that are months only with a capital ("may", "march").
_CAPITALIZED_MONTHS = frozenset({"may", "march", "mar", "jan", "sept", "dec"})


@dataclass(frozen=True, slots=True)
class _Part:
    """One number a reading needs: its possible values, and whether a month name may
    stand for it (the day and month of a numeric date)."""

    values: frozenset[Decimal]
    month: bool = False


@dataclass(frozen=True, slots=True)
class NumberToken:
    """A number, date or time of a text and the ways to read it; it is present in another
    text when every part of one of its readings is."""

    start: int
    end: int
    text: str
    readings: tuple[tuple[_Part, ...], ...]
    date: bool = False

    @property
    def shown(self) -> str:
        return " ".join(self.text.split())

    @property
    def small(self) -> bool:
        """Whether it may be a number that a text writes in words (zero to twelve)."""
        return any(len(r) == 1 and not r[0].values.isdisjoint(_SMALL) for r in self.readings)


@dataclass
class _Pool:
    """Every number a text may mean, and the months it names."""

    numbers: set[Decimal] = field(default_factory=set)
    months: set[int] = field(default_factory=set)

    def has(self, token: NumberToken) -> bool:
        return any(
            all(
                not part.values.isdisjoint(self.numbers)
                or (part.month and any(v in self.months for v in part.values))
                for part in reading
            )
            for reading in token.readings
        )


def primary_language(lang: str | None) -> str | None:
    """The language of a tag without its region or script ("en-US" → "en")."""
    return lang.split("-")[0].split("_")[0].lower() if lang else None


def _year_values(digits: str) -> frozenset[Decimal]:
    year = int(digits)
    if len(digits) == 4:
        return frozenset({Decimal(year)})
    return frozenset({Decimal(year), Decimal(1900 + year), Decimal(2000 + year)})


def _date_token(m: re.Match[str]) -> NumberToken:
    if m["iy"]:
        day, month, year = m["id"], m["im"], m["iy"]
    else:
        day, month, year = m["a"], m["b"], m["y"]
    parts = tuple(
        _Part(frozenset({Decimal(int(d))}), month=1 <= int(d) <= 12) for d in (day, month)
    )
    return NumberToken(m.start(), m.end(), m.group(), ((*parts, _Part(_year_values(year))),), True)


def _plain_values(digits: str, point_decimal: bool) -> set[Decimal]:
    """What digits joined by points and commas may mean ({} for a version number)."""
    groups = re.split(r"[.,]", digits)
    seps = re.findall(r"[.,]", digits)
    if not seps:
        return {Decimal(digits)}
    if len(set(seps)) == 2:  # 1,000,000.5 / 1.000,5: the last separator is the decimal one
        last = seps[-1]
        if seps.count(last) == 1 and all(len(g) == 3 for g in groups[1:-1]):
            return {Decimal("".join(groups[:-1]) + "." + groups[-1])}
        return set()
    if len(seps) > 1:  # 1,000,000 / 1.000.000
        if len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]):
            return {Decimal("".join(groups))}
        return set()
    integer, fraction = groups
    decimal = Decimal(f"{integer}.{fraction}")
    if len(fraction) != 3 or len(integer) > 3 or integer.startswith("0"):
        return {decimal}
    thousands = Decimal(integer + fraction)
    if point_decimal:
        return {decimal} if seps[0] == "." else {thousands}
    return {decimal, thousands}


def _scales(m: re.Match[str], lang: str | None) -> set[int]:
    if m["short"]:
        return {1, _SHORT_SCALES[m["short"].lower()]}
    word = m["word"].lower()
    if word.startswith("billion"):
        if lang in _LONG_SCALE:
            return {10**12}
        return {10**9} if lang is not None else {10**9, 10**12}
    if word == "tn":  # trillion, or tonnes
        return {1, 10**12}
    return {next(scale for prefix, scale in _SCALES if word.startswith(prefix))}


def _hour_part(hour: int) -> _Part:
    """An hour on the 24-hour clock, which a translation may give on the 12-hour one."""
    return _Part(frozenset({Decimal(hour), Decimal(hour % 12 or 12)}))


def _values(digits: str, lang: str | None) -> set[Decimal]:
    if digits.isdigit():
        return {Decimal(digits)}
    grouped = any(ch in _SPACES for ch in digits)
    plain = re.sub(f"[{_SPACES}]", "", digits)
    return _plain_values(plain.replace(",", ".") if grouped else plain, lang in _POINT_DECIMAL)


def _scaled(text: str, end: int, lang: str | None) -> tuple[set[int], int]:
    """The scales a magnitude word at text[end:] may mean ({} without one), and its end."""
    m = _SCALE_RE.match(text, end)
    return (_scales(m, lang), m.end()) if m else (set(), end)


def _following(text: str, end: int, gap: re.Pattern[str]) -> re.Match[str] | None:
    """The number right after text[end:] and a gap."""
    between = gap.match(text, end)
    return _NUMBER_RE.match(text, between.end()) if between else None


def _number_token(text: str, m: re.Match[str], lang: str | None) -> NumberToken:
    digits = m.group()
    runs = _DIGITS_RE.findall(digits)
    readings: list[tuple[_Part, ...]] = []
    scales, end = _scaled(text, m.end(), lang)
    if ":" in digits:
        hour, minute = int(runs[0]), int(runs[1])
        if len(runs) == 2 and len(runs[1]) == 2 and hour <= 24 and minute < 60:
            minutes = (_Part(frozenset({Decimal(minute)})),) if minute else ()
            readings.append((_hour_part(hour), *minutes))
    else:
        values = _values(digits, lang)
        if scales:
            values = {v * s for v, s in product(values, scales)}
            # "1 млн 200 тыс.": a smaller magnitude right after adds to this one.
            follow = _following(text, end, _SPACE_GAP_RE)
            more, follow_end = _scaled(text, follow.end(), lang) if follow else (set(), end)
            if follow and more and max(more) < min(scales):
                added = {v * s for v, s in product(_values(follow.group(), lang), more)}
                values = {a + b for a, b in product(values, added)}
                end = follow_end
        else:
            # "200–300 тыс.": the magnitude of a range's end may apply to its start.
            follow = _following(text, end, _RANGE_GAP_RE)
            if follow:
                values |= {v * s for v, s in product(values, _scaled(text, follow.end(), lang)[0])}
            values |= _year_forms(text, m, runs)
        if values:
            readings.append((_Part(frozenset(values)),))
        if len(runs) == 2 and "." in digits and not scales and len(runs[1]) == 2:
            first, second = int(runs[0]), int(runs[1])
            if 1 <= first <= 31 and 1 <= second <= 12:  # 04.11: a day and a month
                readings.append(
                    tuple(_Part(frozenset({Decimal(v)}), True) for v in (first, second))
                )
            if first <= 23 and second < 60:  # 10.30: a time
                readings.append((_hour_part(first), _Part(frozenset({Decimal(second)}))))
    if not readings or (any(ch in _SPACES for ch in digits) and not scales):
        # A version number, a list ("1,2,3") or digit groups that may be separate numbers.
        readings.append(tuple(_Part(frozenset({Decimal(r)})) for r in runs))
    return NumberToken(m.start(), end, text[m.start() : end], tuple(readings))


def _year_forms(text: str, m: re.Match[str], runs: list[str]) -> set[Decimal]:
    """Other ways to write a year or decade: "90-х" is the 1990s, "1990s" the '90s, and
    the "23" of "2022-23" is 2023."""
    if len(runs) != 1:
        return set()
    value = int(runs[0])
    if len(runs[0]) == 2:
        before = _YEAR_BEFORE_RE.search(text, max(0, m.start() - 5), m.start())
        if before:
            return {Decimal(int(before[1]) * 100 + value)}
    if value % 10 == 0 and _DECADE_RE.match(text, m.end()):
        if len(runs[0]) == 2:
            return {Decimal(1900 + value), Decimal(2000 + value)}
        if len(runs[0]) == 4:
            return {Decimal(value % 100)}
    return set()


def _tokens(text: str, lang: str | None) -> list[NumberToken]:
    """The numbers, dates and times of a text whose markup is blanked out."""
    dates = [_date_token(m) for m in _DATE_RE.finditer(text)]
    if dates:
        chars = list(text)
        for token in dates:
            chars[token.start : token.end] = " " * (token.end - token.start)
        text = "".join(chars)
    numbers: list[NumberToken] = []
    for m in _NUMBER_RE.finditer(text):
        if not numbers or m.start() >= numbers[-1].end:  # not the "200 тыс." of "1 млн 200 тыс."
            numbers.append(_number_token(text, m, lang))
    return sorted(dates + numbers, key=lambda t: t.start)


def _compose(run: list[tuple[Decimal, bool]]) -> Decimal:
    """The value of consecutive number words: "twenty five" 25, "две тысячи двадцать" 2020."""
    total = current = Decimal(0)
    for value, multiplier in run:
        if multiplier:
            current = max(current, Decimal(1)) * value
            if value >= 1000:
                total, current = total + current, Decimal(0)
        else:
            current += value
    return total + current


def _month(word: str) -> int | None:
    """The month a word names (English, German, French, Spanish, Italian, Russian)."""
    lower = word.lower().replace("ё", "е")
    if lower in _MONTHS:
        capital_only = lower in _CAPITALIZED_MONTHS
        return None if capital_only and not word[0].isupper() else _MONTHS[lower]
    for stem, month in _RU_MONTH_STEMS.items():
        if lower.startswith(stem) and len(lower) <= len(stem) + 3:
            return month
    return None


def _roman(numeral: str) -> int:
    values = [_ROMAN_VALUES[ch] for ch in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _add_words(pool: _Pool, text: str, lang: str | None) -> None:
    """Add the numbers a text writes in words (English and Russian) or Roman numerals, and
    the months it names."""
    table = _NUMBER_WORDS.get(lang, {}) if lang else _ALL_NUMBER_WORDS
    run: list[tuple[Decimal, bool]] = []
    last_end = 0
    for m in _WORD_RE.finditer(text):
        word = m.group()
        month = _month(word)
        if month is not None:
            pool.months.add(month)
        entry = table.get(word.lower().replace("ё", "е"))
        if entry is None:
            continue
        if run and not _WORD_GAP_RE.fullmatch(text, last_end, m.start()):
            pool.numbers.add(_compose(run))
            run = []
        run.append(entry)
        pool.numbers.add(entry[0])
        last_end = m.end()
    if run:
        pool.numbers.add(_compose(run))
    # A ratio is a percentage: "в 1,5 раза больше" is "50% more" (and "150% of").
    for m in _TIMES_RE.finditer(text):
        times = Decimal(m[1].replace(",", "."))
        pool.numbers |= {(times - 1) * 100, times * 100}
    for m in _PERCENT_MORE_RE.finditer(text):
        pool.numbers.add(1 + Decimal(m[1] or m[2]) / 100)
    for m in _HALF_AGAIN_RE.finditer(text):
        pool.numbers |= {Decimal(n) for n in _HALF_AGAIN[m[1]]}
    for m in _ROMAN_RE.finditer(text):
        if _VALID_ROMAN_RE.fullmatch(m.group()):
            pool.numbers.add(Decimal(_roman(m.group())))


def _pool(tokens: Iterable[NumberToken]) -> _Pool:
    pool = _Pool()
    for token in tokens:
        for reading in token.readings:
            for part in reading:
                pool.numbers |= part.values
    return pool


def _magnitudes(text: str) -> list[tuple[str, int]]:
    """Each run of digits with the power of ten of the magnitude word after it (0 without
    one), sorted: the numbers of a text, whatever their order, in a form cheap to compare."""
    powers = {m.start(): _HINT_POWERS[m[1].lower()] for m in _SCALE_HINT_RE.finditer(text)}
    # A hint starts at the last digit of the run it follows.
    return sorted((m.group(), powers.get(m.end() - 1, 0)) for m in _DIGITS_RE.finditer(text))


def compare_numbers(
    source: str, target: str, source_lang: str | None, target_lang: str | None
) -> tuple[list[NumberToken], list[NumberToken]]:
    """The numbers of the source missing from the target, and the target's numbers that
    are not in the source. Numbers match by value, however the locale writes them;
    numbers in words, Roman numerals and month names count where they can stand for one."""
    source_runs, target_runs = _DIGITS_RE.findall(source), _DIGITS_RE.findall(target)
    source_lang, target_lang = primary_language(source_lang), primary_language(target_lang)
    if sorted(source_runs) == sorted(target_runs):
        # The same digits on both sides (or none): only a magnitude word could make them
        # mean different numbers, and everything else this function accepts; so do the
        # same digits with the same magnitudes after them ("5 млрд" / "5 billion"), where no
        # language of the pair reads "billion" as a million million.
        if not _SCALE_HINT_RE.search(source) and not _SCALE_HINT_RE.search(target):
            return [], []
        if (
            source_lang not in _LONG_SCALE
            and target_lang not in _LONG_SCALE
            and _magnitudes(source) == _magnitudes(target)
        ):
            return [], []
    source, target = blank_markup(source), blank_markup(target)
    source_tokens, target_tokens = _tokens(source, source_lang), _tokens(target, target_lang)
    target_pool, source_pool = _pool(target_tokens), _pool(source_tokens)
    missing = [t for t in source_tokens if not target_pool.has(t)]
    if missing:
        _add_words(target_pool, target, target_lang)
        # Small numbers may be words of a language whose number words are not known here.
        unknown_words = target_lang not in _NUMBER_WORDS
        missing = [t for t in missing if not target_pool.has(t) and not (unknown_words and t.small)]
    extra = [t for t in target_tokens if not source_pool.has(t)]
    if extra:
        _add_words(source_pool, source, source_lang)
        unknown_words = source_lang not in _NUMBER_WORDS
        extra = [t for t in extra if not source_pool.has(t) and not (unknown_words and t.small)]
    return missing, extra


# --- Rules -----------------------------------------------------------------------------------


class NumberMismatch(SegmentRule):
    """A number of the source missing from the translation, or one the source does not have.

    ## What it does
    Compares the numbers, dates and times of each segment with those of its source, by
    value, whatever the locale writes them like: "1 000,5" (thousands grouped by spaces,
    no-break or thin spaces; a decimal comma) is "1,000.5"; "10 тыс." is 10,000; "1,5 млн"
    is "1.5 million" or "1,500,000"; "2 млрд" is "2 billion"; "5 %" is "5%"; "3-й" is "3rd";
    "90-х" is "the 1990s"; 22:00 may become 10 p.m. A numeric date may come back with its
    month as a word, read either way ("04.11.2023" → "4 November 2023" or "11 April 2023").
    Numbers that the other text writes in words ("three", "a thousand", «двадцать первого»)
    or as Roman numerals ("XX век" → "20th century") count as present, and so do spans of
    time in one word («сутки» → "24 hours", «полгода» → "6 months", «полтора года» → "18
    months") and a ratio given as a percentage («в 1,5 раза больше» → "50% more", «в 1,5
    раза быстрее» → "50% faster"). Where a Russian source names months in
    words and has no numeric date, a month the translation names that the source does not
    is flagged ("до 31 августа" → "until 31 July"). A single point or
    comma before three digits ("1,500") is read both ways unless the language settles it
    (in English "1,500" is 1500 and "1.500" is 1.5). Numbers in URLs, e-mail addresses, tags,
    placeholders and codes ("MP3", "Win10") are left out. Missing numbers are reported on the
    whole segment; a number the source does not have is flagged where it stands.

    ## Why it matters
    A wrong number is the costliest translation error (a price, a dose, a date) and MT
    makes it: it drops a "thousand", turns «млрд» into "million" or loses a digit.

    ## Example
    Source: `Выручка составила 1,5 млрд рублей.`
    FAIL: `Revenue was 1.5 million roubles.`
    PASS: `Revenue was 1.5 billion roubles.` / `Revenue was RUB 1,500,000,000.`

    ## Options
    None.
    """

    code = "TQ901"
    name = "number-mismatch"
    severity = Severity.ERROR

    def check_segment(self, segment: Segment, index: int) -> Iterator[Finding]:
        source = source_of(segment)
        if source is None:
            return
        missing, extra = compare_numbers(
            source, segment.text, self.context.source_lang, self.context.target_lang
        )
        if missing:
            shown = list(dict.fromkeys(t.shown for t in missing))
            what = "date" if all(t.date for t in missing) else "number"
            yield missing_from_translation(index, segment.text, what, shown)
        for token in extra:
            yield Finding(index, token.start, token.end, f'"{token.shown}" is not in the source')
        yield from _other_months(source, segment.text, index)


# The months a Russian source names in words (searched in its lower-case form), and those
# an English translation names; the look-behinds stand after a first character, so that a
# search skips to the letters a month can begin with.
_RU_MONTH_RE = re.compile(
    rf"(?<![а-яё])(?:{'|'.join(_RU_MONTH_STEMS)}|ма(?:ем|[йяюе]))[а-яё]{{0,3}}(?![а-яё])"
)
_EN_MONTH_RE = re.compile("(?:" + "|".join(rf"{m[0]}(?<!\w.){m[1:]}" for m in MONTH_NAMES) + r")\b")
_NUMERIC_DATE_RE = re.compile(r"\d[./-]\d")


def _other_months(source: str, target: str, index: int) -> Iterator[Finding]:
    """Months the translation names in words where its Russian source names others in words
    ("до 31 августа" → "until 31 July"); a source with a numeric date is not compared."""
    months = list(_EN_MONTH_RE.finditer(target))
    if not months or _NUMERIC_DATE_RE.search(source):
        return
    named = {_month(word) for word in _RU_MONTH_RE.findall(source.lower())} - {None}
    if not named:
        return
    for m in months:
        if _MONTHS[m.group().lower()] not in named:
            listed = " and ".join(MONTH_NAMES[n - 1] for n in sorted(named))
            yield Finding(
                index,
                m.start(),
                m.end(),
                f'"{m.group()}" is not in the source, which names {listed}',
            )


class PlaceholderMismatch(SegmentRule):
    """A placeholder of the source missing from the translation, or one added to it.

    ## What it does
    Compares the placeholders of each segment with those of its source, as multisets:
    printf (`%s`, `%d`, `%1$s`, `%.2f`, `%%`), Python (`%(name)s`, `{name}`, `{0}`), Ruby
    (`%{name}`), Qt (`%1`), ICU (`{count, plural, …}`, compared by argument name; the
    placeholders inside plural and select branches count once each, since languages have
    different numbers of branches), shell and templates (`$VAR`, `${VAR}`, `{{var}}`).
    Positional printf placeholders match their plain form (`%1$s` is `%s`), so the
    translation may reorder them. Escapes inside URLs and e-mail addresses (`%20`) are not
    placeholders. Missing placeholders are reported on the whole segment;
    an added one is flagged where it stands.

    ## Why it matters
    The program fills placeholders in at run time: a missing one loses a value, an added or
    altered one shows raw code to the user or crashes the formatting call.

    ## Example
    Source: `Удалить %d файлов из {folder}?`
    FAIL: `Delete %d files from {dossier}?`
    PASS: `Delete %d files from {folder}?`

    ## Options
    None.
    """

    code = "TQ902"
    name = "placeholder-mismatch"
    severity = Severity.ERROR

    def check_segment(self, segment: Segment, index: int) -> Iterator[Finding]:
        source = source_of(segment)
        if source is None:
            return
        yield from _compared(
            index,
            segment.text,
            "placeholder",
            _placeholders_outside_links(source),
            _placeholders_outside_links(segment.text),
            lambda mark: mark.text,
        )


class TagMismatch(SegmentRule):
    """An inline tag of the source missing from the translation, or one added to it.

    ## What it does
    Compares, as multisets, the inline tags a reader found in the unit (XLIFF `<g>`, `<x/>`,
    `<ph>`, `<pc>`…, as name and id) and the HTML/XML tags written in the text itself
    (`<b>`, `</b>`, `<br/>`, `<a href="…">`, compared by kind and name: attributes may be
    translated, and `<br>` is `<br/>`). Missing tags are reported on the whole segment; an
    added tag written in the text is flagged where it stands.

    ## Why it matters
    A lost or extra tag breaks the formatting of the page (an unclosed `<b>` makes the rest
    bold), a link, or the file when it is merged back.

    ## Example
    Source: `Нажмите <b>Сохранить</b>.`
    FAIL: `Click <b>Save.`
    PASS: `Click <b>Save</b>.`

    ## Options
    None.
    """

    code = "TQ903"
    name = "tag-mismatch"
    severity = Severity.ERROR

    def check_segment(self, segment: Segment, index: int) -> Iterator[Finding]:
        source = source_of(segment)
        if source is None:
            return
        text = segment.text
        if segment.source_tags or segment.target_tags:
            wanted, have = Counter(segment.source_tags), Counter(segment.target_tags)
            missing = [t for t in wanted if have[t] < wanted[t]]
            extra = [t for t in have if have[t] > wanted[t]]
            if missing:
                yield missing_from_translation(index, text, "tag", missing)
            if extra:
                verb = "is" if len(extra) == 1 else "are"
                noun = "tag" if len(extra) == 1 else "tags"
                yield whole_segment(
                    index, text, f"{noun} {_listed(extra)} {verb} not in the source"
                )
        yield from _compared(index, text, "tag", tags(source), tags(text), lambda mark: mark.key)


class UrlEmailMismatch(SegmentRule):
    """A URL or e-mail address of the source missing from the translation, or changed.

    ## What it does
    Finds the URLs (`http://`, `https://`, `ftp://`, `www.`) and e-mail addresses of each
    segment's source and looks for each in the translation. The scheme and host may change
    case and a trailing slash may go; a language code in the path, first host label or query
    (`/ru/` → `/en/`, `ru.example.com` → `en.example.com`, `?lang=ru`) may change, since a
    translation may link to its own language's page. A URL or address of the translation
    that is not in the source is flagged where it stands (as changed when the source's is
    missing); a missing one is reported on the whole segment.

    ## Why it matters
    MT "translates" or garbles addresses (`www.пример.рф`, `info@exemple.com`), and a broken
    link or address is invisible until someone tries it.

    ## Example
    Source: `Пишите на info@example.com.`
    FAIL: `Write to info@exemple.com.`
    PASS: `Write to info@example.com.`

    ## Options
    None.
    """

    code = "TQ904"
    name = "url-email-mismatch"
    severity = Severity.ERROR

    def check_segment(self, segment: Segment, index: int) -> Iterator[Finding]:
        source = source_of(segment)
        if source is None:
            return
        for find, what in ((urls, "URL"), (emails, "e-mail address")):
            missing, extra = _diff(find(source), find(segment.text))
            for mark, original in zip(extra, missing, strict=False):
                yield Finding(
                    index,
                    mark.start,
                    mark.end,
                    f"{what} {mark.text} is not in the source, which has {original.text}",
                    suggestion=original.text,
                )
            for mark in extra[len(missing) :]:
                yield Finding(
                    index, mark.start, mark.end, f"{what} {mark.text} is not in the source"
                )
            if len(missing) > len(extra):
                shown = [m.text for m in missing[len(extra) :]]
                yield missing_from_translation(index, segment.text, what, shown)


# Characters a language needs for the same text, relative to alphabetic languages.
_DENSITY = {"zh": 0.3, "ja": 0.35, "ko": 0.45}


def _letters(text: str) -> int:
    return len("".join(text.split()))


class LengthRatio(SegmentRule):
    """A translation far shorter or far longer than its source.

    ## What it does
    Compares the length of each translation with its source's, in characters other than
    white space, and flags ratios below `min_ratio` or above `max_ratio` times what the
    language pair expects. Alphabetic languages are taken to need about as many characters
    as one another (Russian to English runs at 0.9–1.1); Chinese and Japanese write the
    same text in about a third of the characters and Korean in about half, which moves the
    bounds (a Chinese source may give an English text up to 2.5 / 0.3 ≈ 8 times as long).
    Short sources (under `min_length` characters) are left alone: their ratios vary too
    much.

    ## Why it matters
    A translation at a third of its source's length has usually lost a sentence or clause;
    one at three times its length has picked up text (MT hallucination, a loop, the source
    pasted in). It is worth a look, not proof.

    ## Example
    Source: `Совещание продолжалось три часа, и стороны договорились встретиться снова.`
    FAIL: `The meeting lasted.`
    PASS: `The meeting lasted three hours, and the parties agreed to meet again.`

    ## Options
    - `min_ratio` (float, default 0.4): the shortest acceptable length, as a share of the
      expected one.
    - `max_ratio` (float, default 2.5): the longest acceptable length, as a multiple of it.
    - `min_length` (integer, default 20): shorter sources are not checked.
    """

    code = "TQ905"
    name = "length-ratio"
    severity = Severity.INFO
    options = {"min_ratio": 0.4, "max_ratio": 2.5, "min_length": 20}

    def __init__(self, context: RuleContext, options: Mapping[str, Any] | None = None) -> None:
        super().__init__(context, options)
        target = _DENSITY.get(primary_language(context.target_lang) or "", 1.0)
        expected = target / _DENSITY.get(primary_language(context.source_lang) or "", 1.0)
        self._low = float(self.opts["min_ratio"]) * expected
        self._high = float(self.opts["max_ratio"]) * expected

    def check_segment(self, segment: Segment, index: int) -> Iterator[Finding]:
        source = source_of(segment)
        if source is None:
            return
        source_length = _letters(source)
        if source_length < int(self.opts["min_length"]):
            return
        ratio = _letters(segment.text) / source_length
        if ratio < self._low:
            yield whole_segment(
                index,
                segment.text,
                f"the translation is {ratio:.2f} times as long as the source (expected at "
                f"least {self._low:.2g}): part of it may be missing",
            )
        elif ratio > self._high:
            yield whole_segment(
                index,
                segment.text,
                f"the translation is {ratio:.1f} times as long as the source (expected at "
                f"most {self._high:.2g}): it may add text that is not in the source",
            )


class ReferenceChrf(SegmentRule):
    """A translation far from the reference translation (sentence chrF below a threshold).

    ## What it does
    Where a segment has a reference translation (from a reader that provides one) and a
    source, scores the translation against the reference with sacrebleu's sentence-level
    chrF (character n-gram F-score, 0–100) and flags scores below `threshold`. Off unless
    selected, since it needs references.

    ## Why it matters
    In an evaluation or a post-editing review a low chrF points at the segments that MT got
    most wrong, or that a translator rewrote, so that a reviewer reads those first.

    ## Example
    Reference: `The talks will resume on Monday.`
    FAIL: `Negotiations are renewed in the week.` (chrF about 20)
    PASS: `The talks will resume on Monday.`

    ## Options
    - `threshold` (float, default 40.0): the lowest chrF accepted.
    """

    code = "TQ906"
    name = "reference-chrf"
    severity = Severity.WARNING
    default_enabled = False
    options = {"threshold": 40.0}

    def __init__(self, context: RuleContext, options: Mapping[str, Any] | None = None) -> None:
        super().__init__(context, options)
        self._chrf: Any = None

    def check_segment(self, segment: Segment, index: int) -> Iterator[Finding]:
        if segment.reference is None or source_of(segment) is None:
            return
        if self._chrf is None:
            from sacrebleu.metrics import CHRF

            self._chrf = CHRF()
        score = self._chrf.sentence_score(segment.text, [segment.reference]).score
        threshold = float(self.opts["threshold"])
        if score < threshold:
            yield whole_segment(
                index,
                segment.text,
                f"chrF against the reference is {score:.1f}, below {threshold:.1f}",
            )
