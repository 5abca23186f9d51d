"""Machine-translation defects injected into good generated translations, one per segment.

Each kind is a function from a segment (its sentences and slots) and the random generator to
the defective translation and a short description of the change, or None when the segment
offers no place for that kind (the generator then makes another segment). ``EXPECTED`` names
the rule codes that should catch each kind.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol


class Random(Protocol):
    def random(self) -> float: ...


@dataclass(frozen=True)
class Injected:
    text: str
    detail: str


Sentence = tuple[str, str]  # (Russian, English)
Defect = Callable[[list[Sentence], dict[str, Any], Random], "Injected | None"]


def _pick(rng: Random, items: list[Any]) -> Any:
    return items[int(rng.random() * len(items))]


def _target(sentences: list[Sentence]) -> str:
    return " ".join(en for _, en in sentences)


def _splice(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


_FUNCTION_WORD_RE = re.compile(r"(?<![\w-])(the|of|to|in|on|for|with|at|by|a)(?= [a-z])")


def doubled_word(sentences: list[Sentence], slots: dict[str, Any], rng: Random) -> Injected | None:
    """A function word written twice ("the the")."""
    text = _target(sentences)
    matches = list(_FUNCTION_WORD_RE.finditer(text))
    if not matches:
        return None
    m = _pick(rng, matches)
    return Injected(_splice(text, m.end(), m.end(), " " + m.group()), f"{m.group()} {m.group()}")


def self_coordination(
    sentences: list[Sentence], slots: dict[str, Any], rng: Random
) -> Injected | None:
    """The second of two coordinated nouns replaced by the first ("trade and trade")."""
    text = _target(sentences)
    pairs = [v.en for k, v in slots.items() if re.fullmatch(r"co\d*", k) and v.en in text]
    if not pairs:
        return None
    pair = _pick(rng, pairs)
    first = pair.split(" and ")[0]
    return Injected(text.replace(pair, f"{first} and {first}", 1), f"{first} and {first}")


# Transliteration variants: (pattern, replacement), tried in order; the first that changes
# the name gives its one alternative spelling.
_VARIANTS: tuple[tuple[str, str], ...] = (
    (r"enko$", "enka"),
    (r"sky$", "skiy"),
    (r"ei$", "ey"),
    (r"ai$", "ay"),
    (r"([^aeiou])y$", r"\1iy"),
    (r"yev$", "iev"),
    (r"yov$", "iov"),
    (r"x", "ks"),
    (r"kh", "h"),
    (r"ya", "ia"),
    (r"yu", "iu"),
    (r"ts", "tz"),
    (r"v$", "w"),
)


def name_variant_of(name: str) -> str | None:
    """Another transliteration of a name (Lukashenko → Lukashenka, Sergei → Sergey), the same
    one every time, or None when no rule applies."""
    for pattern, replacement in _VARIANTS:
        variant = re.sub(pattern, replacement, name, count=1)
        if variant != name:
            return variant
    return None


def name_variant(sentences: list[Sentence], slots: dict[str, Any], rng: Random) -> Injected | None:
    """One person's surname (or given name) spelled by another transliteration."""
    text = _target(sentences)
    choices = []
    for key, value in slots.items():
        if not key.startswith("p") or not hasattr(value, "en_last"):
            continue
        for name in (value.en_last, value.en_first):
            variant = name_variant_of(name)
            if variant and re.search(rf"\b{name}\b", text):
                choices.append((name, variant))
                break
    if not choices:
        return None
    name, variant = _pick(rng, choices)
    return Injected(re.sub(rf"\b{name}\b", variant, text), f"{name} → {variant}")


def calque(sentences: list[Sentence], slots: dict[str, Any], rng: Random) -> Injected | None:
    """A calque of Russian «на территории» for "in" ("on the territory of")."""
    text = _target(sentences)
    places = [v.en for k, v in slots.items() if k.startswith(("city", "rcity", "country"))]
    spots = [m for p in places for m in re.finditer(rf"\bin {re.escape(p)}\b", text)]
    if not spots:
        return None
    m = _pick(rng, spots)
    new = "on the territory of " + m.group()[3:]
    return Injected(_splice(text, m.start(), m.end(), new), new)


def ambiguous_date(
    sentences: list[Sentence], slots: dict[str, Any], rng: Random
) -> Injected | None:
    """A date with its month as a word written as numbers, day first ("04.11.2023")."""
    text = _target(sentences)
    dates = [
        v
        for k, v in slots.items()
        if k.startswith("datey") and v.day <= 12 and v.day != v.month and v.en in text
    ]
    if not dates:
        return None
    date = _pick(rng, dates)
    numeric = f"{date.day:02d}.{date.month:02d}.{date.year}"
    return Injected(text.replace(date.en, numeric, 1), f"{date.en} → {numeric}")


def untranslated(sentences: list[Sentence], slots: dict[str, Any], rng: Random) -> Injected | None:
    """A sentence left in Russian (the whole segment when it has one sentence)."""
    k = int(rng.random() * len(sentences))
    parts = [ru if i == k else en for i, (ru, en) in enumerate(sentences)]
    return Injected(" ".join(parts), f"sentence {k + 1} of {len(sentences)} in Russian")


_DIGITS_RE = re.compile(r"\d+")


def number_changed(
    sentences: list[Sentence], slots: dict[str, Any], rng: Random
) -> Injected | None:
    """A number of the translation that differs from the source's by one in its last digit."""
    text = _target(sentences)
    source = " ".join(ru for ru, _ in sentences)
    runs = list(_DIGITS_RE.finditer(text))
    order = sorted(range(len(runs)), key=lambda _: rng.random())
    for i in order:
        m = runs[i]
        digits = m.group()
        changed = digits[:-1] + str((int(digits[-1]) + 1) % 10)
        if changed.lstrip("0") == "" or changed in source or changed in text:
            continue
        return Injected(_splice(text, m.start(), m.end(), changed), f"{digits} → {changed}")
    return None


_CLAUSE_COMMA_RE = re.compile(r"(?<=[a-z]), (?=[a-z])")


def spaced_hyphen(sentences: list[Sentence], slots: dict[str, Any], rng: Random) -> Injected | None:
    """A spaced hyphen in place of a comma between clauses (" - ")."""
    text = _target(sentences)
    commas = [m for m in _CLAUSE_COMMA_RE.finditer(text) if len(text[: m.start()].split()) >= 5]
    if not commas:
        return None
    m = _pick(rng, commas)
    return Injected(_splice(text, m.start(), m.end(), " - "), "comma → spaced hyphen")


def guillemets(sentences: list[Sentence], slots: dict[str, Any], rng: Random) -> Injected | None:
    """«…»: Russian quotation marks left in the English."""
    text = _target(sentences)
    if "“" not in text:
        return None
    return Injected(text.replace("“", "«", 1).replace("”", "»", 1), "“…” → «…»")


_LOOKALIKES = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у"}
_WORD_RE = re.compile(r"\b[a-z]{4,}\b")


def mixed_script(sentences: list[Sentence], slots: dict[str, Any], rng: Random) -> Injected | None:
    """A Latin word with one Cyrillic look-alike letter ("mаrket" with a Cyrillic а)."""
    text = _target(sentences)
    words = [m for m in _WORD_RE.finditer(text) if any(c in _LOOKALIKES for c in m.group())]
    if not words:
        return None
    m = _pick(rng, words)
    positions = [i for i, c in enumerate(m.group()) if c in _LOOKALIKES]
    i = m.start() + _pick(rng, positions)
    return Injected(
        _splice(text, i, i + 1, _LOOKALIKES[text[i]]), f"Cyrillic {text[i]} in {m.group()}"
    )


_INNER_SPACE_RE = re.compile(r"(?<=[a-z]) (?=[a-z])")


def doubled_space(sentences: list[Sentence], slots: dict[str, Any], rng: Random) -> Injected | None:
    """Two spaces between words."""
    text = _target(sentences)
    spaces = list(_INNER_SPACE_RE.finditer(text))
    if not spaces:
        return None
    m = _pick(rng, spaces)
    return Injected(_splice(text, m.start(), m.end(), "  "), "doubled space")


_TWO_WORDS_RE = re.compile(r"(?<![\w-])([a-z]+) ([a-z]+)(?![\w-])")


def looping_phrase(
    sentences: list[Sentence], slots: dict[str, Any], rng: Random
) -> Injected | None:
    """A two-word phrase written three times ("the talks the talks the talks")."""
    text = _target(sentences)
    pairs = [m for m in _TWO_WORDS_RE.finditer(text) if m.group(1) != m.group(2)]
    if not pairs:
        return None
    m = _pick(rng, pairs)
    loop = " ".join([m.group()] * 3)
    return Injected(_splice(text, m.start(), m.end(), loop), loop)


_CONTINENTAL_RE = re.compile(
    r"(?<![\d,.])(\d+)\.(\d+)(?=%| (?:billion|million|trillion)\b)"
    r"|(?<![\d,.])(\d{1,3}),(\d{3})(?![\d,.])"
)


def continental_number(
    sentences: list[Sentence], slots: dict[str, Any], rng: Random
) -> Injected | None:
    """A number written the Russian way in the English ("2,5%", "12 500")."""
    text = _target(sentences)
    numbers = list(_CONTINENTAL_RE.finditer(text))
    if not numbers:
        return None
    m = _pick(rng, numbers)
    new = f"{m[1]},{m[2]}" if m[1] else f"{m[3]} {m[4]}"
    return Injected(_splice(text, m.start(), m.end(), new), f"{m.group()} → {new}")


def straight_quotes(
    sentences: list[Sentence], slots: dict[str, Any], rng: Random
) -> Injected | None:
    """Straight quotes in a document that uses curly ones ("…")."""
    text = _target(sentences)
    if "“" not in text:
        return None
    return Injected(text.replace("“", '"', 1).replace("”", '"', 1), '“…” → "…"')


_PUNCT_AFTER_WORD_RE = re.compile(r"(?<=[a-z])[,.](?= |$)")


def space_before_punctuation(
    sentences: list[Sentence], slots: dict[str, Any], rng: Random
) -> Injected | None:
    """A space before a comma or full stop ("said ,")."""
    text = _target(sentences)
    marks = list(_PUNCT_AFTER_WORD_RE.finditer(text))
    if not marks:
        return None
    m = _pick(rng, marks)
    return Injected(_splice(text, m.start(), m.start(), " "), f"space before {m.group()}")


#: kind -> (function, the rule codes expected to catch it)
KINDS: dict[str, tuple[Defect, tuple[str, ...]]] = {
    "doubled_word": (doubled_word, ("TQ101",)),
    "self_coordination": (self_coordination, ("TQ102",)),
    "looping_phrase": (looping_phrase, ("TQ103",)),
    "name_variant": (name_variant, ("TQ201", "TQ205")),
    "calque": (calque, ("TQ501",)),
    "straight_quotes": (straight_quotes, ("TQ601",)),
    "spaced_hyphen": (spaced_hyphen, ("TQ603",)),
    "guillemets": (guillemets, ("TQ604",)),
    "doubled_space": (doubled_space, ("TQ605",)),
    "space_before_punctuation": (space_before_punctuation, ("TQ606",)),
    "ambiguous_date": (ambiguous_date, ("TQ701",)),
    "continental_number": (continental_number, ("TQ702",)),
    "untranslated": (untranslated, ("TQ801", "TQ803")),
    "mixed_script": (mixed_script, ("TQ802",)),
    "number_changed": (number_changed, ("TQ901",)),
}
EXPECTED: dict[str, tuple[str, ...]] = {kind: codes for kind, (_, codes) in KINDS.items()}
