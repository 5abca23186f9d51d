"""A reproducible news-like Russian→English corpus with a known share of injected defects.

    python benchmarks/corpus.py --segments 100000 --seed 1 --out benchmarks/.cache/corpus-100000

writes, into the output folder:

- ``source.ru.txt`` and ``target.en.txt``: one segment a line, line-aligned;
- ``corpus.tsv``: the same pairs as a table with the header ``source<TAB>target``;
- ``corpus.po``: the same pairs as Gettext PO (msgid the source, msgstr the translation);
- ``injected.json``: the defects injected, by kind, with their line numbers and the rule
  codes expected to catch them.

Segments are made from parallel templates (``templates.py``) whose slots are filled from
bilingual lists (``vocab.py``), so the English is good and every source has one translation;
then a share of the segments (5 % by default) gets one defect each (``defects.py``). Only
``random.Random.random()`` is used, whose sequence for a seed Python keeps from version to
version, so a seed gives the same corpus on any Python 3.10 or newer. Pure standard library.
"""

from __future__ import annotations

import argparse
import bisect
import csv
import hashlib
import itertools
import json
import random
import re
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import defects
import templates
import vocab

GENERATOR_FILES = ("corpus.py", "templates.py", "vocab.py", "defects.py")
DEFAULT_SHARE = 0.05
# A segment whose sentences were all seen before is made again, up to this many times.
MAX_ATTEMPTS = 30
MIN_WORDS, MAX_WORDS = 15, 40
# How many follow-up sentences a segment gets: 0, 1 or 2, with these weights.
FOLLOW_WEIGHTS = (0.3, 0.5, 0.2)
# People: how many of each gender, how fast their frequency falls with rank, the share of
# women where a topic does not fix the gender.
CAST_SIZE = 1500
CAST_EXPONENT = 0.7
FEMALE_SHARE = 0.4


# --- Random choices on top of random() only ----------------------------------------------------


def pick(rng: random.Random, items: Sequence[Any]) -> Any:
    return items[int(rng.random() * len(items))]


def between(rng: random.Random, low: int, high: int) -> int:
    """An integer in [low, high]."""
    return low + int(rng.random() * (high - low + 1))


def weighted(rng: random.Random, weights: Sequence[float]) -> int:
    """An index drawn with the given weights."""
    x = rng.random() * sum(weights)
    for i, w in enumerate(weights):
        x -= w
        if x < 0:
            return i
    return len(weights) - 1


def shuffled(rng: random.Random, items: Sequence[Any]) -> list[Any]:
    out = list(items)
    for i in range(len(out) - 1, 0, -1):
        j = int(rng.random() * (i + 1))
        out[i], out[j] = out[j], out[i]
    return out


def sample_indices(rng: random.Random, n: int, k: int) -> list[int]:
    """k distinct indices of range(n), sorted (a partial Fisher–Yates shuffle)."""
    swapped: dict[int, int] = {}
    out = []
    for i in range(k):
        j = i + int(rng.random() * (n - i))
        out.append(swapped.get(j, j))
        swapped[j] = swapped.get(i, i)
    return sorted(out)


# --- Numbers, written the Russian and the English way --------------------------------------


def plural_genitive(n: int) -> bool:
    """Whether a Russian noun after n takes the genitive plural (5 рублей, 12 матчей)."""
    return n % 100 in range(11, 15) or n % 10 in (0, 5, 6, 7, 8, 9)


def safe_int(rng: random.Random, low: int, high: int) -> str:
    """An integer in [low, high] after which a Russian noun is genitive plural."""
    while True:
        n = between(rng, low, high)
        if plural_genitive(n):
            return str(n)


def decimal(rng: random.Random, low: float, high: float, places: int = 1) -> tuple[str, str]:
    """A decimal in [low, high) as (Russian, English): ("2,5", "2.5"); trailing zeros are
    dropped ("3", not "3.0") unless places is 2 (a price, a rate)."""
    scale = 10**places
    value = between(rng, int(low * scale), int(high * scale) - 1)
    whole, frac = divmod(value, scale)
    if places == 1 and frac == 0:
        return str(whole), str(whole)
    digits = f"{frac:0{places}d}"
    return f"{whole},{digits}", f"{whole}.{digits}"


def grouped(n: int) -> tuple[str, str]:
    """A large integer grouped in thousands: ("12 500", "12,500")."""
    en = f"{n:,}"
    return en.replace(",", " "), en


def amount(rng: random.Random, ru_unit: str, en_word: str) -> SimpleNamespace:
    """An amount of money in millions or billions: «1,2 млрд рублей» / "1.2 billion roubles"."""
    if rng.random() < 0.7:
        ru, en = decimal(rng, 1.1, 99.9)
    else:
        ru = en = str(between(rng, 10, 99) * 10)
    return SimpleNamespace(ru=f"{ru} {ru_unit}", en=f"{en} {en_word}")


# --- Slot makers ----------------------------------------------------------------------------


def _surname_forms(ru: str, en: str, female: bool) -> tuple[str, str, str, str]:
    """(Russian nominative, genitive/accusative, dative, English) of a surname."""
    if ru.endswith("енко"):
        return ru, ru, ru, en
    if ru.endswith("ий"):  # -ский, -цкий
        stem = ru[:-2]
        if female:
            return stem + "ая", stem + "ой", stem + "ой", en[:-1] + "aya"
        return ru, stem + "ого", stem + "ому", en
    if female:
        return ru + "а", ru + "ой", ru + "ой", en + "a"
    return ru, ru + "а", ru + "у", en


def _female_accusative(name: str) -> str:
    if name.endswith("ая"):
        return name[:-2] + "ую"
    if name.endswith("а"):
        return name[:-1] + "у"
    if name.endswith("я"):
        return name[:-1] + "ю"
    return name


def make_person(rng: random.Random, female: bool) -> SimpleNamespace:
    first_ru, first_gen, first_en = pick(rng, vocab.FEMALE_NAMES if female else vocab.MALE_NAMES)
    last_ru, last_gen, last_dat, last_en = _surname_forms(*pick(rng, vocab.SURNAMES), female)
    acc = (
        f"{_female_accusative(first_ru)} {_female_accusative(last_ru)}"
        if female
        else f"{first_gen} {last_gen}"
    )
    return SimpleNamespace(
        en=f"{first_en} {last_en}",
        en_first=first_en,
        en_last=last_en,
        ru=f"{first_ru} {last_ru}",
        ru_gen=f"{first_gen} {last_gen}",
        ru_acc=acc,
        ru_last=last_ru,
        ru_last_gen=last_gen,
        ru_last_dat=last_dat,
        a="а" if female else "",
        he="she" if female else "he",
        He="She" if female else "He",
        his="her" if female else "his",
        On="Она" if female else "Он",
        on="она" if female else "он",
        ego="ее" if female else "его",
        which="которая" if female else "который",
    )


@dataclass
class Cast:
    """The people of the news: a fixed list per gender drawn from the seed, named with
    Zipf-like frequencies (a few people are in the news often, most rarely)."""

    people: dict[bool, list[SimpleNamespace]]
    cumulative: list[float]

    @classmethod
    def draw(cls, rng: random.Random, size: int = CAST_SIZE) -> Cast:
        people: dict[bool, list[SimpleNamespace]] = {}
        for female in (False, True):
            seen: set[str] = set()
            cast = people[female] = []
            while len(cast) < size:
                person = make_person(rng, female)
                if person.en not in seen:
                    seen.add(person.en)
                    cast.append(person)
        weights = [1 / (rank + 1) ** CAST_EXPONENT for rank in range(size)]
        return cls(people, list(itertools.accumulate(weights)))

    def pick(self, rng: random.Random, gender: str | None) -> SimpleNamespace:
        female = gender == "f" if gender else rng.random() < FEMALE_SHARE
        rank = bisect.bisect_right(self.cumulative, rng.random() * self.cumulative[-1])
        return self.people[female][min(rank, len(self.cumulative) - 1)]


def _role(table: Sequence[tuple[str, str, str]]) -> Callable[[random.Random], SimpleNamespace]:
    def make(rng: random.Random) -> SimpleNamespace:
        ru, ru_gen, en = pick(rng, table)
        return SimpleNamespace(ru=ru, ru_gen=ru_gen, en=en)

    return make


def _pair(table: Sequence[tuple[str, str]]) -> Callable[[random.Random], SimpleNamespace]:
    def make(rng: random.Random) -> SimpleNamespace:
        ru, en = pick(rng, table)
        return SimpleNamespace(ru=ru, en=en)

    return make


def _city(table: Sequence[tuple[str, ...]]) -> Callable[[random.Random], SimpleNamespace]:
    def make(rng: random.Random) -> SimpleNamespace:
        ru, ru_gen, ru_in, ru_to, en = pick(rng, table)
        return SimpleNamespace(ru=ru, ru_gen=ru_gen, ru_in=ru_in, ru_to=ru_to, en=en)

    return make


def country(rng: random.Random) -> SimpleNamespace:
    ru, ru_gen, ru_acc, ru_in, ru_adj, en, en_adj = pick(rng, vocab.COUNTRIES)
    return SimpleNamespace(
        ru=ru, ru_gen=ru_gen, ru_acc=ru_acc, ru_in=ru_in, ru_adj=ru_adj, en=en, en_adj=en_adj
    )


def _team(table: Sequence[tuple[str, ...]]) -> Callable[[random.Random], SimpleNamespace]:
    def make(rng: random.Random) -> SimpleNamespace:
        ru, ru_gen, ru_ins, gender, en = pick(rng, table)
        endings = {"m": ("", "ся"), "f": ("а", "сь"), "n": ("о", "сь"), "pl": ("и", "сь")}[gender]
        return SimpleNamespace(
            ru=ru, ru_gen=ru_gen, ru_ins=ru_ins, en=en, a=endings[0], s=endings[1]
        )

    return make


def _date(months: Sequence[int], with_year: bool) -> Callable[[random.Random], SimpleNamespace]:
    def make(rng: random.Random) -> SimpleNamespace:
        day, month = between(rng, 1, 28), pick(rng, months)
        year = between(rng, vocab.FIRST_YEAR, vocab.LAST_YEAR)
        ru_month, _, _, en_month = vocab.MONTHS[month - 1]
        ru, en = f"{day} {ru_month}", f"{day} {en_month}"
        if with_year:
            ru, en = f"{ru} {year} года", f"{en} {year}"
        return SimpleNamespace(ru=ru, en=en, day=day, month=month, year=year)

    return make


def month_year(rng: random.Random) -> SimpleNamespace:
    gen, loc, dat, en = pick(rng, vocab.MONTHS)
    year = between(rng, vocab.FIRST_YEAR, vocab.LAST_YEAR)
    return SimpleNamespace(
        ru=f"{loc} {year} года",
        ru_by=f"к {dat} {year} года",
        ru_end=f"конца {gen} {year} года",
        en=f"{en} {year}",
    )


def month(rng: random.Random) -> SimpleNamespace:
    _, loc, _, en = pick(rng, vocab.MONTHS)
    return SimpleNamespace(ru=loc, en=en)


def number_word(low: int) -> Callable[[random.Random], SimpleNamespace]:
    def make(rng: random.Random) -> SimpleNamespace:
        n = between(rng, low, 15)
        ru, ru_gen, ru_dat, en = vocab.NUMBER_WORDS[n - 2]
        ru_nth, en_nth = vocab.ORDINALS[n - 1]
        return SimpleNamespace(
            ru=ru,
            ru_gen=ru_gen,
            ru_dat=ru_dat,
            en=en,
            en_cap=en.capitalize(),
            ru_nth=ru_nth,
            en_nth=en_nth,
        )

    return make


def times(rng: random.Random) -> SimpleNamespace:
    n = between(rng, 3, 9)
    ru, _, _, en = vocab.NUMBER_WORDS[n - 2]
    return SimpleNamespace(ru=f"{ru} {'раза' if n < 5 else 'раз'}", en=en)


def ordinal(high: int) -> Callable[[random.Random], SimpleNamespace]:
    """An ordinal up to ``high``: «пятое» (место), «пятом» (периоде), "fifth"."""

    def make(rng: random.Random) -> SimpleNamespace:
        ru, en = vocab.ORDINALS[between(rng, 1, high) - 1]
        if ru.endswith("ий"):  # третий
            return SimpleNamespace(ru_acc=ru[:-2] + "ье", ru_prep=ru[:-2] + "ьем", en=en)
        return SimpleNamespace(ru_acc=ru[:-2] + "ое", ru_prep=ru[:-2] + "ом", en=en)

    return make


def percent(low: float, high: float, places: int = 1) -> Callable[[random.Random], Any]:
    def make(rng: random.Random) -> SimpleNamespace:
        ru, en = decimal(rng, low, high, places)
        if places == 2:
            ru, en = ru.rstrip("0").rstrip(","), en.rstrip("0").rstrip(".")
        return SimpleNamespace(ru=f"{ru}%", en=f"{en}%")

    return make


def rate(rng: random.Random) -> SimpleNamespace:
    """A key rate in quarter points: «16,25%» / "16.25%"."""
    quarters = between(rng, 20, 84)
    whole, frac = divmod(quarters * 25, 100)
    if frac == 0:
        return SimpleNamespace(ru=f"{whole}%", en=f"{whole}%")
    digits = f"{frac:02d}".rstrip("0")
    return SimpleNamespace(ru=f"{whole},{digits}%", en=f"{whole}.{digits}%")


def thousands(rng: random.Random) -> SimpleNamespace:
    ru, en = grouped(between(rng, 100, 9999) * 10)
    return SimpleNamespace(ru=ru, en=en)


def roubles(rng: random.Random) -> SimpleNamespace:
    ru, en = decimal(rng, 1.1, 999.9)
    while "," not in ru:
        ru, en = decimal(rng, 1.1, 999.9)
    return SimpleNamespace(ru=f"{ru} рубля", en=f"{en} roubles")


def dollars(rng: random.Random) -> SimpleNamespace:
    ru, en = decimal(rng, 1.1, 99.9)
    return SimpleNamespace(ru=f"{ru} млрд долларов", en=f"${en} billion")


def fx_rate(rng: random.Random) -> SimpleNamespace:
    ru, en = decimal(rng, 60, 110, places=2)
    return SimpleNamespace(ru=ru, en=en)


def degrees(rng: random.Random) -> SimpleNamespace:
    ru, en = decimal(rng, 0.1, 5.9)
    while "," not in ru:
        ru, en = decimal(rng, 0.1, 5.9)
    return SimpleNamespace(ru=ru, en=en)


def _score(high: int) -> Callable[[random.Random], SimpleNamespace]:
    def make(rng: random.Random) -> SimpleNamespace:
        a = between(rng, 1, high)
        b = between(rng, 0, a - 1)
        return SimpleNamespace(ru=f"{a}:{b}", en=f"{a}-{b}")

    return make


def tennis_score(rng: random.Random) -> SimpleNamespace:
    sets = [pick(rng, ((6, 0), (6, 1), (6, 2), (6, 3), (6, 4), (7, 5), (7, 6))) for _ in range(2)]
    return SimpleNamespace(
        ru=", ".join(f"{a}:{b}" for a, b in sets), en=", ".join(f"{a}-{b}" for a, b in sets)
    )


def indicator(rng: random.Random) -> SimpleNamespace:
    ru, ru_up, ru_down, en = pick(rng, vocab.INDICATORS)
    up = rng.random() < 0.7
    return SimpleNamespace(
        ru=ru, ru_verb=ru_up if up else ru_down, en=en, en_verb="grew" if up else "fell"
    )


def project(rng: random.Random) -> SimpleNamespace:
    ru, ru_nom, en = pick(rng, vocab.PROJECTS)
    return SimpleNamespace(ru=ru, ru_nom=ru_nom, en=en)


def discovery(rng: random.Random) -> SimpleNamespace:
    ru, en, advantages = pick(rng, vocab.DISCOVERIES)
    adv = pick(rng, advantages)
    return SimpleNamespace(ru=ru, en=en, adv_ru=vocab.ADVANTAGES[adv], adv_en=adv)


def rouble_move(rng: random.Random) -> SimpleNamespace:
    """A move of the rouble and a reason that fits its direction."""
    ru, en = pick(rng, vocab.FX_MOVES)
    reason_ru, reason_en = pick(rng, vocab.FX_REASONS[en])
    return SimpleNamespace(ru=ru, en=en, reason_ru=reason_ru, reason_en=reason_en)


def offence(rng: random.Random) -> SimpleNamespace:
    ru, ru_prep, en = pick(rng, vocab.OFFENCES)
    return SimpleNamespace(ru=ru, ru_prep=ru_prep, en=en)


def trillions(rng: random.Random) -> SimpleNamespace:
    ru, en = decimal(rng, 1.1, 9.9)
    return SimpleNamespace(ru=f"{ru} трлн рублей", en=f"{en} trillion roubles")


WINTER, SUMMER = (11, 12, 1, 2, 3), (5, 6, 7, 8, 9)

#: slot kind (a template field without its trailing digits) -> maker
MAKERS: dict[str, Callable[[random.Random], Any]] = {
    "pol": _role(vocab.POLITICAL_ROLES),
    "eco": _role(vocab.ECONOMIC_ROLES),
    "sci": _role(vocab.SCIENCE_ROLES),
    "city": _city(vocab.CITIES),
    "rcity": _city(vocab.RUSSIAN_CITIES),
    "country": country,
    "day": _pair(vocab.WEEKDAYS),
    "date": _date(range(1, 13), with_year=False),
    "datey": _date(range(1, 13), with_year=True),
    "wdate": _date(WINTER, with_year=False),
    "sdate": _date(SUMMER, with_year=False),
    "monthy": month_year,
    "month": month,
    "year": lambda rng: str(between(rng, vocab.FIRST_YEAR, vocab.LAST_YEAR)),
    "pct": percent(0.1, 9.9),
    "bigpct": percent(10, 79.9),
    "rate": rate,
    "bn": lambda rng: amount(rng, "млрд рублей", "billion roubles"),
    "mln": lambda rng: amount(rng, "млн рублей", "million roubles"),
    "tn": trillions,
    "usd": dollars,
    "rub": roubles,
    "k": thousands,
    "fxrate": fx_rate,
    "tdec": degrees,
    "n": number_word(2),
    "nb": number_word(5),
    "x": times,
    "nth": ordinal(10),
    "hper": ordinal(3),
    "votes": lambda rng: safe_int(rng, 226, 449),
    "senators": lambda rng: safe_int(rng, 100, 170),
    "temp": lambda rng: safe_int(rng, 5, 40),
    "wind": lambda rng: safe_int(rng, 15, 40),
    "pts": lambda rng: safe_int(rng, 15, 60),
    "games": lambda rng: safe_int(rng, 5, 30),
    "hpts": lambda rng: safe_int(rng, 5, 40),
    "hgames": lambda rng: safe_int(rng, 40, 68),
    "aces": lambda rng: str(between(rng, 5, 20)),
    "mins": lambda rng: safe_int(rng, 60, 200),
    "km": lambda rng: safe_int(rng, 20, 400),
    "plows": lambda rng: str(between(rng, 5, 99) * 10),
    "trees": lambda rng: safe_int(rng, 20, 900),
    "seed": lambda rng: str(between(rng, 1, 16)),
    "journal": lambda rng: pick(rng, vocab.JOURNALS),
    "co": _pair(vocab.COORDINATIONS),
    "bill": _pair(vocab.BILLS),
    "agenda": _pair(vocab.AGENDA),
    "official": _pair(vocab.OFFICIALS),
    "offence": offence,
    "disc": discovery,
    "field": _pair(vocab.FIELDS),
    "cold": _pair(vocab.COLD_WEATHER),
    "warm": _pair(vocab.WARM_WEATHER),
    "outage": _pair(vocab.OUTAGES),
    "project": project,
    "period": _pair(vocab.PERIODS),
    "visit": _pair(vocab.VISIT_LENGTHS),
    "comp": _pair(vocab.COMPANIES),
    "bank": _pair(vocab.BANKS),
    "fc": _team(vocab.FOOTBALL_CLUBS),
    "hc": _team(vocab.HOCKEY_CLUBS),
    "score": _score(5),
    "hscore": _score(7),
    "tscore": tennis_score,
    "uni": _pair(vocab.INSTITUTIONS),
    "ind": indicator,
    "move": _pair(vocab.RATE_MOVES),
    "fx": rouble_move,
    "updown": _pair(vocab.UP_DOWN),
    "shares": _pair(vocab.SHARE_MOVES),
    "reason": _pair(vocab.SHARE_REASONS),
    "round": _pair(vocab.ROUNDS),
}


class Slots(dict[str, Any]):
    """The slot values of one segment, drawn on first use: ``{p.en}`` and ``{p.ru}`` of a
    segment name the same person. Slots of one kind (``p``, ``p2``) get different values."""

    def __init__(self, rng: random.Random, cast: Cast, gender: str | None) -> None:
        super().__init__()
        self.rng = rng
        self.cast = cast
        self.gender = gender

    def __missing__(self, key: str) -> Any:
        kind = key.rstrip("0123456789")
        siblings = [v for k, v in self.items() if k.rstrip("0123456789") == kind]
        for _ in range(50):
            value = self._make(kind)
            if value not in siblings:
                break
        self[key] = value
        return value

    def _make(self, kind: str) -> Any:
        if kind == "p":
            return self.cast.pick(self.rng, self.gender)
        if kind in templates.QUOTES:
            ru, en = render(pick(self.rng, templates.QUOTES[kind]), self)
            return SimpleNamespace(ru=ru, en=en)
        return MAKERS[kind](self.rng)


def render(pair: tuple[str, str], slots: Slots) -> tuple[str, str]:
    ru, en = pair
    return ru.format_map(slots), en.format_map(slots)


def capitalize(text: str) -> str:
    return text[:1].upper() + text[1:]


# --- Segments -------------------------------------------------------------------------------

_KEY_RE = re.compile(r"[\W_]+")


def sentence_key(sentence: str) -> bytes:
    """A sentence compared as TQ104 compares it (case and punctuation left out), hashed."""
    key = _KEY_RE.sub(" ", sentence.casefold()).strip()
    return hashlib.blake2b(key.encode(), digest_size=8).digest()


def make_sentences(rng: random.Random, cast: Cast) -> tuple[list[defects.Sentence], Slots]:
    """One segment's sentences (a lead and its follow-ups) and their slots."""
    topic = templates.TOPICS[weighted(rng, [t.weight for t in templates.TOPICS])]
    lead = pick(rng, topic.leads)
    slots = Slots(rng, cast, topic.gender)
    sentences = [tuple(map(capitalize, render((lead.ru, lead.en), slots)))]
    words = len(sentences[0][1].split())
    wanted = 1 + weighted(rng, FOLLOW_WEIGHTS)
    for follow in shuffled(rng, templates.FOLLOWS[lead.group]):
        if len(sentences) >= wanted and words >= MIN_WORDS:
            break
        ru, en = map(capitalize, render(follow, slots))
        if words + len(en.split()) <= MAX_WORDS:
            sentences.append((ru, en))
            words += len(en.split())
    return sentences, slots  # type: ignore[return-value]


@dataclass
class Generator:
    """Makes segments whose sentences are new to the corpus, injecting defects on demand."""

    rng: random.Random
    cast: Cast
    seen: set[bytes] = field(default_factory=set)
    repeats: int = 0  # segments accepted with a sentence seen before (after MAX_ATTEMPTS)

    def segment(self, kind: str | None) -> tuple[str, str, str | None]:
        """(source, translation, what was injected) of a new segment, with a defect of the
        given kind when one is asked for."""
        for attempt in range(MAX_ATTEMPTS * (20 if kind else 1)):
            sentences, slots = make_sentences(self.rng, self.cast)
            words = sum(len(en.split()) for _, en in sentences)
            keys = [sentence_key(en) for _, en in sentences if len(en.split()) >= 6]
            fresh = not any(k in self.seen for k in keys) and len(set(keys)) == len(keys)
            if words < MIN_WORDS or (not fresh and attempt + 1 < MAX_ATTEMPTS):
                continue
            target, detail = " ".join(en for _, en in sentences), None
            if kind is not None:
                injected = defects.KINDS[kind][0](sentences, slots, self.rng)
                if injected is None:
                    continue
                target, detail = injected.text, injected.detail
            self.repeats += not fresh
            self.seen.update(keys)
            return " ".join(ru for ru, _ in sentences), target, detail
        raise RuntimeError(f"cannot make a segment for {kind!r}")


@dataclass
class Summary:
    """What was made: the defects injected (segment index -> kind, change, text) and how
    many segments repeat a sentence seen before."""

    segments: int
    injected: dict[int, tuple[str, str, str]] = field(default_factory=dict)
    repeats: int = 0


def generate(segments: int, seed: int, share: float, summary: Summary) -> Iterator[tuple[str, str]]:
    """The segments of a corpus, one at a time (source, translation); ``summary`` records
    the defects injected and the repeats."""
    rng = random.Random(seed)
    count = round(segments * share)
    positions = sample_indices(rng, segments, count)
    kinds = list(defects.KINDS)
    plan = dict(
        zip(positions, shuffled(rng, [kinds[i % len(kinds)] for i in range(count)]), strict=True)
    )
    gen = Generator(rng, Cast.draw(rng))
    for i in range(segments):
        kind = plan.get(i)
        source, target, detail = gen.segment(kind)
        if kind and detail:
            summary.injected[i] = (kind, detail, target)
        summary.repeats = gen.repeats
        yield source, target


# --- Output ---------------------------------------------------------------------------------


def po_string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
    return '"' + escaped.replace("\r", "\\r").replace("\n", "\\n") + '"'


PO_HEADER = (
    "Project-Id-Version: tqcheck benchmark corpus\\n",
    "MIME-Version: 1.0\\n",
    "Content-Type: text/plain; charset=UTF-8\\n",
    "Content-Transfer-Encoding: 8bit\\n",
    "Language: en\\n",
    "X-Source-Language: ru\\n",
)


class Writers:
    """The corpus files, written a segment at a time."""

    def __init__(self, out: Path, seed: int) -> None:
        out.mkdir(parents=True, exist_ok=True)
        self.files = [
            (out / name).open("w", encoding="utf-8", newline="")
            for name in ("source.ru.txt", "target.en.txt", "corpus.tsv", "corpus.po")
        ]
        self.source, self.target, tsv, self.po = self.files
        self.tsv = csv.writer(tsv, delimiter="\t", lineterminator="\n")
        self.tsv.writerow(["source", "target"])
        self.po.write(f"# Benchmark corpus, seed {seed}: see benchmarks/corpus.py\n")
        self.po.write('msgid ""\nmsgstr ""\n')
        self.po.writelines(f'"{line}"\n' for line in PO_HEADER)
        self.po_sources: set[bytes] = set()

    def write(self, line: int, source: str, target: str) -> None:
        self.source.write(source + "\n")
        self.target.write(target + "\n")
        self.tsv.writerow([source, target])
        # msgid the source, msgstr the translation; a repeated source gets a msgctxt.
        self.po.write(f"\n#: target.en.txt:{line}\n")
        key = hashlib.blake2b(source.encode(), digest_size=16).digest()
        if key in self.po_sources:
            self.po.write(f'msgctxt "line {line}"\n')
        self.po_sources.add(key)
        self.po.write(f"msgid {po_string(source)}\nmsgstr {po_string(target)}\n")

    def close(self) -> None:
        for f in self.files:
            f.close()


def write_corpus(out: Path, segments: int, seed: int, share: float) -> Summary:
    summary = Summary(segments)
    writers = Writers(out, seed)
    try:
        for i, (source, target) in enumerate(generate(segments, seed, share, summary)):
            writers.write(i + 1, source, target)
    finally:
        writers.close()
    # Written last: its presence (with a matching generator version) marks a complete corpus.
    report = injected_report(summary, seed, share)
    (out / "injected.json").write_text(
        json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return summary


def injected_report(summary: Summary, seed: int, share: float) -> dict[str, Any]:
    kinds: dict[str, dict[str, Any]] = {
        kind: {"expected": list(codes), "count": 0, "lines": [], "examples": []}
        for kind, codes in defects.EXPECTED.items()
    }
    for i, (kind, detail, text) in sorted(summary.injected.items()):
        entry = kinds[kind]
        entry["count"] += 1
        entry["lines"].append(i + 1)
        if len(entry["examples"]) < 3:
            entry["examples"].append({"line": i + 1, "change": detail, "text": text})
    return {
        "segments": summary.segments,
        "seed": seed,
        "share": share,
        "injected": len(summary.injected),
        "repeated_sentence_segments": summary.repeats,
        "generator": generator_version(),
        "note": "lines are 1-based line numbers of target.en.txt (segment index + 1)",
        "kinds": kinds,
    }


def generator_version() -> str:
    """A hash of the generator's code: a cached corpus made by other code is made again."""
    digest = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for name in GENERATOR_FILES:
        digest.update((here / name).read_bytes())
    return digest.hexdigest()[:16]


def is_complete(out: Path, segments: int, seed: int, share: float) -> bool:
    try:
        report = json.loads((out / "injected.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return (
        report.get("segments"),
        report.get("seed"),
        report.get("share"),
        report.get("generator"),
    ) == (segments, seed, share, generator_version())


def ensure_corpus(
    out: Path,
    segments: int,
    seed: int,
    share: float = DEFAULT_SHARE,
    log: Callable[[str], None] | None = None,
) -> Path:
    """The corpus in ``out``, made there unless a complete one of the same size, seed, share
    and generator is already there."""
    if not is_complete(out, segments, seed, share):
        started = time.perf_counter()
        write_corpus(out, segments, seed, share)
        if log:
            log(f"generated {segments:,} segments in {time.perf_counter() - started:.1f} s: {out}")
    return out


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--segments", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--share",
        type=float,
        default=DEFAULT_SHARE,
        help="share of segments with an injected defect (default 0.05)",
    )
    parser.add_argument("--out", type=Path, required=True, help="output folder")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    summary = write_corpus(args.out, args.segments, args.seed, args.share)
    print(
        f"{args.segments:,} segments ({len(summary.injected):,} with a defect, "
        f"{summary.repeats:,} with a repeated sentence) in {time.perf_counter() - started:.1f} s "
        f"→ {args.out}"
    )


if __name__ == "__main__":
    main()
