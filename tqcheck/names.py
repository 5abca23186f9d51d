"""Names in a document and the spelling variants among them.

A name is a capitalized word that is not ordinary English vocabulary (Lukashenko, Roscosmos,
Zelenskyy). Two spellings are variants of one name when their transliteration-folded forms
are equal (Zelensky / Zelenskyy / Zelenskiy, Sergei / Sergey, Yevgeny / Evgeny, Tchaikovsky /
Chaikovsky), differ only in a Russian ё (Fyodorov / Fedorov) or are one edit apart in a
long name (Lukashenko / Lukashenka, Gaddafi / Qaddafi), unless the difference is morphology
(Russia / Russian, Kuznetsov / Kuznetsova, Germany / Germans), another form of the name (a
final a for e: Europa / Europe) or both are well-known distinct names (Colombia / Columbia,
Francesco / Francesca).
Candidates are compared within blocks that share the start or the end of their folded form,
so the cost grows with the number of distinct names, not with its square."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from typing import NamedTuple

from rapidfuzz.distance import Levenshtein

from tqcheck.document import MARKS, WORD_RE, Document
from tqcheck.lexicon import is_english_word, load_word_list

_POSSESSIVE_RE = re.compile(r"(?:['’]s|['’])$")
_LETTER = rf"(?:[^\W\d_]|[{MARKS}])"  # a letter, or a combining mark of a decomposed one
_NAME_RE = re.compile(rf"^[^\W\d_](?:{_LETTER}|['’])*(?:-[^\W\d_](?:{_LETTER}|['’])*)*$")
# Transliteration folding, applied in order to a lower-case, accent-free name.
_FOLDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"^ye", "e"),  # Russian initial Е: Yevgeny / Evgeny, Yelena / Elena
        (r"tch", "ch"),
        (r"kh", "h"),
        (r"zh", "j"),
        (r"dzh|dj", "j"),
        (r"dz", "d"),  # Belarusian ДЗ for Russian Д: Dzmitry / Dmitry, Zhodzina / Zhodino
        (r"ph", "f"),
        (r"ck|q|c(?=[aoukrlt])", "k"),
        (r"w", "v"),
        (r"x", "ks"),
        (r"ts|tz", "c"),
        (r"y", "i"),
        (r"ie", "i"),
        (r"([a-z])\1+", r"\1"),
    )
)
_MIN_FUZZY_LENGTH = 6

# Lower-case Cyrillic letters as English transliterates them (Russian and Ukrainian).
_CYRILLIC_TO_LATIN = str.maketrans(
    {
        **dict(zip("абвгґдезийіклмнопрстуфыэ", "abvggdeziyiklmnoprstufye", strict=True)),
        **{"ё": "yo", "є": "ye", "ї": "yi", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch"},
        **{"ш": "sh", "щ": "shch", "ю": "yu", "я": "ya", "ъ": "", "ь": "", "’": "", "'": ""},
    }
)


def transliterate(text: str) -> str:
    """Lower-case Cyrillic in Latin letters, as English writes them: «поляков» → polyakov."""
    return text.translate(_CYRILLIC_TO_LATIN)


def unaccented(text: str) -> str:
    """Text without its diacritics (ÚŠP → USP), as NFKD decomposes them."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """The transliteration-folded form of a name: Zelenskyy, Zelenskiy → zelenski (cached:
    TQ201 folds each spelling of a pair, TQ907 each capitalized word of a translation)."""
    text = unaccented(name.lower())
    text = text.replace("’", "").replace("'", "")
    for pattern, replacement in _FOLDS:
        text = pattern.sub(replacement, text)
    return text


@cache
def known_names() -> frozenset[str]:
    """Well-known distinct English names (places, given names, surnames)."""
    return load_word_list("names", "en.txt")


@cache
def _east_slavic_forms() -> dict[str, int]:
    """Folded form -> its name, for the Russian, Ukrainian and Belarusian forms of one name
    that folding cannot join (Vladimir / Volodymyr, Kiev / Kyiv, Grodno / Hrodna)."""
    return {
        fold(form): number
        for number, line in enumerate(sorted(load_word_list("names", "east-slavic.txt")))
        for form in line.split()
    }


def east_slavic_forms(a: str, b: str) -> bool:
    """Whether two spellings are the Russian, Ukrainian or Belarusian forms of one name."""
    forms = _east_slavic_forms()
    key_a, key_b = fold(a), fold(b)
    return key_a != key_b and forms.get(key_a, -1) == forms.get(key_b, -2)


class NameOccurrence(NamedTuple):
    """A candidate name where it stands (a tuple: one is made per capitalized word)."""

    segment: int
    start: int
    end: int
    text: str
    #: followed by another capitalized word, as a given name is ("Roberto Rossi").
    leads_name: bool


def _lower_words(document: Document) -> set[str]:
    """The words of the document that begin with a lower-case letter. Tokens never span
    white space, so each distinct white-space-separated piece is tokenized once."""
    pieces = {piece for segment in document.segments for piece in segment.text.split()}
    return {
        word
        for piece in pieces
        if not piece.isupper()
        for word in WORD_RE.findall(piece)
        if word[:1].islower()
    }


def name_occurrences(document: Document) -> list[NameOccurrence]:
    """Every candidate name of the document, possessives stripped, in document order."""
    lower_words = _lower_words(document)
    stems: dict[str, str | None] = {}  # a capitalized word -> its name, decided once
    found = []
    for si, tokens in enumerate(document.capitalized_tokens):
        text = document.segments[si].text
        for ti, token in enumerate(tokens):
            word = token.text
            if word not in stems:
                stems[word] = _name_stem(word, lower_words)
            stem = stems[word]
            if stem is None:
                continue
            # Followed by another capitalized word, white space between: no token between.
            nxt = tokens[ti + 1] if ti + 1 < len(tokens) else None
            leads = bool(nxt and text[token.end : nxt.start].isspace())
            found.append(NameOccurrence(si, token.start, token.start + len(stem), stem, leads))
    return found


def _name_stem(word: str, lower_words: set[str]) -> str | None:
    """The name a capitalized word is, possessive stripped; None for an acronym, a short
    word, ordinary English, or a word the document also writes in lower case."""
    if word.isupper() or len(word) < 3:
        return None
    stem = _POSSESSIVE_RE.sub("", word)
    if len(stem) < 3 or not _NAME_RE.match(stem) or stem.lower() in lower_words:
        return None
    return None if is_english_word(stem) else stem


# Masculine and feminine forms of Slavic surnames (Kowalski/Kowalska, Tolstoy/Tolstaya).
_GENDER_ENDINGS = frozenset(
    frozenset(pair)
    for pair in (
        ("ski", "ska"),
        ("cki", "cka"),
        ("sky", "skaya"),
        ("skiy", "skaya"),
        ("skii", "skaia"),
        ("ý", "á"),
        ("y", "aya"),
        ("iy", "aya"),
        ("yy", "aya"),
        ("oy", "aya"),
        ("ij", "aja"),
    )
)


def _gendered(a: str, b: str) -> bool:
    for pair in _GENDER_ENDINGS:
        end_a, end_b = sorted(pair)
        for x, y in ((a, b), (b, a)):
            if x.endswith(end_a) and y.endswith(end_b) and x[: -len(end_a)] == y[: -len(end_b)]:
                return True
    return False


def _morphology(a: str, b: str) -> bool:
    """Inflection or derivation rather than spelling: one is the other plus an ending."""
    la, lb = a.lower(), b.lower()
    if la.startswith(lb) or lb.startswith(la) or _gendered(la, lb):
        return True
    # Germany / Germans, Sweden / Swedes: a plural against its country (not s for z:
    # Ekibastuz / Ekibastus is one name transliterated two ways).
    return la[:-1] == lb[:-1] and "s" in (la[-1], lb[-1]) and "z" not in (la[-1], lb[-1])


def are_variants(a: str, b: str, key_a: str, key_b: str) -> bool:
    """Whether two different spellings name the same thing."""
    known = known_names()
    if a.lower() == b.lower():  # "McCLANAHAN" is emphasis, not another spelling
        return False
    if (a in known and b in known) or _gendered(a.lower(), b.lower()):
        return False
    if key_a == key_b or _yo_spelling(key_a, key_b):
        return True
    if _initial_h_for_g(a, b, key_a, key_b):
        key_a, key_b = key_a[1:], key_b[1:]
        return key_a == key_b or _one_edit(a, b, key_a, key_b)
    if min(len(key_a), len(key_b)) < _MIN_FUZZY_LENGTH:
        return False
    return _one_edit(a, b, key_a, key_b)


def _one_edit(a: str, b: str, key_a: str, key_b: str) -> bool:
    """Whether two names are one transliteration edit apart, not morphology."""
    if _morphology(a, b) or _morphology(key_a, key_b):
        return False
    if Levenshtein.distance(key_a, key_b, score_cutoff=1) > 1:
        return False
    return _transliteration_edit(key_a, key_b)


def _initial_h_for_g(a: str, b: str, key_a: str, key_b: str) -> bool:
    """Initial "h" for "g", in names of five letters or more: Ukrainian and Belarusian "h"
    before a consonant where Russian has "g" (Hrodna / Grodno), or Russian "g" for the "h"
    of a well-known name (Gamburg / Hamburg, Gomel / Homel). Two names unknown both, the h
    before a vowel, are English surnames (Haskell, Gaskell)."""
    if {key_a[:1], key_b[:1]} != {"g", "h"} or min(len(key_a), len(key_b)) < 5:
        return False
    h_form = key_a if key_a[0] == "h" else key_b
    known = known_names()
    return h_form[1] not in _VOWELS or a in known or b in known


def gendered_given_names(a: str, b: str) -> bool:
    """Roberto/Roberta, Daniele/Daniela, Maria/Marie: two given names that differ in a final
    a, o or e (a gender's or a language's form), not in spelling."""
    return a[:-1] == b[:-1] and a[-1] != b[-1] and {a[-1], b[-1]} <= set("aoe")


def same_given_name(a: str, b: str) -> bool:
    """Whether two given names may be one name spelled two ways: equal once folded (Sergei /
    Sergey, Yevgeny / Evgeny) or one transliteration edit apart, however short (Sara / Sarah).
    Gendered forms (Roberto / Roberta) and other names (Alexander / Marta) are not."""
    if gendered_given_names(a, b):
        return False
    key_a, key_b = fold(a), fold(b)
    if key_a == key_b or _yo_spelling(key_a, key_b) or east_slavic_forms(a, b):
        return True
    return Levenshtein.distance(key_a, key_b, score_cutoff=1) <= 1 and _transliteration_edit(
        key_a, key_b
    )


# Russian ё between consonants, written "yo" (folded to "io") or "e": Fyodorov / Fedorov,
# Semyonova / Semenova, Pyotr / Petr, Alyona / Alena.
_YO_RE = re.compile(r"(?<=[bcdfghjklmnprstvz])io(?=[bcdfghjklmnprstvz])")


def _yo_spelling(key_a: str, key_b: str) -> bool:
    """Whether two folded names differ only in ё written "yo" or "e" (four letters or more)."""
    if min(len(key_a), len(key_b)) < 4 or "io" not in key_a + key_b:
        return False
    return _YO_RE.sub("e", key_a) == _YO_RE.sub("e", key_b)


_VOWELS = frozenset("aeiou")
# Letters that transliteration systems swap for one another (Gaddafi/Kaddafi, -enko/-enka,
# Russian g for Ukrainian h: Lugansk/Luhansk).
_SWAPPABLE = (_VOWELS, frozenset("gk"), frozenset("sz"), frozenset("gh"))


def _transliteration_edit(key_a: str, key_b: str) -> bool:
    """Whether the single edit between two folded names is one transliteration makes: a vowel
    for a vowel (Lukashenko/Lukashenka), g/k, s/z, or a vowel or "h" added or dropped
    (Alexander/Alexandr) — and not at the very start (Humpty/Dumpty, Edison/Addison). A final
    a for e is another form of the name, not another spelling (Europa/Europe, Roma/Rome)."""
    [(op, pos_a, pos_b)] = Levenshtein.editops(key_a, key_b)
    if op == "replace":
        pair = {key_a[pos_a], key_b[pos_b]}
        if pair == {"a", "e"} and pos_a == len(key_a) - 1:
            return False
        return any(pair <= group for group in _SWAPPABLE) and (pos_a > 0 or pair <= {"g", "k"})
    letter = key_a[pos_a] if op == "delete" else key_b[pos_b]
    return letter in _VOWELS | {"h"} and pos_a > 0


def _blocks(keys: Iterable[str]) -> dict[str, list[str]]:
    blocks: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        blocks["^" + key[:2]].append(key)
        blocks[key[-3:] + "$"].append(key)
        blocks["=" + _YO_RE.sub("e", key)].append(key)  # Pyotr / Petr share neither
        if key[:1] in "gh":
            blocks["~" + key[1:4]].append(key)  # Grodno / Hrodna
    return blocks


def variant_clusters(spellings: Iterable[str]) -> list[list[str]]:
    """Groups of two or more spellings that are variants of one name."""
    by_key: dict[str, list[str]] = defaultdict(list)
    for spelling in sorted(set(spellings)):
        by_key[fold(spelling)].append(spelling)
    parent: dict[str, str] = {s: s for group in by_key.values() for s in group}

    def find(s: str) -> str:
        while parent[s] != s:
            parent[s] = parent[parent[s]]
            s = parent[s]
        return s

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for key, group in by_key.items():
        for a, b in _pairs(group):
            if are_variants(a, b, key, key):
                union(a, b)
    forms = _east_slavic_forms()
    listed: dict[int, str] = {}
    for key, group in by_key.items():
        if key in forms:
            union(listed.setdefault(forms[key], group[0]), group[0])
    for block in _blocks(by_key).values():
        if len(block) < 2:
            continue
        for key_a, key_b in _pairs(sorted(set(block))):
            if abs(len(key_a) - len(key_b)) > 1:
                continue
            for a in by_key[key_a]:
                for b in by_key[key_b]:
                    if are_variants(a, b, key_a, key_b):
                        union(a, b)
    clusters: dict[str, list[str]] = defaultdict(list)
    for spelling in parent:
        clusters[find(spelling)].append(spelling)
    return [sorted(c) for c in clusters.values() if len(c) > 1]


def _pairs(items: list[str]) -> Iterator[tuple[str, str]]:
    for i, a in enumerate(items):
        for b in items[i + 1 :]:
            yield a, b
