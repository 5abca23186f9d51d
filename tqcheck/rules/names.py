"""Consistency of names (TQ201): one person or place, one spelling."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from tqcheck.document import Document
from tqcheck.issue import Severity
from tqcheck.names import (
    NameOccurrence,
    are_variants,
    east_slavic_forms,
    fold,
    gendered_given_names,
    name_occurrences,
    same_given_name,
    variant_clusters,
)
from tqcheck.rules.base import DocumentRule, Finding


@dataclass
class SpellingStats:
    count: int = 0
    leading: int = 0
    first: tuple[str, int, int] = ("", 0, 0)
    #: the names written just before it, as a given name before a surname ("Marta Nowak").
    given: set[str] = field(default_factory=set)
    #: the names written just after it, as a surname after a given name.
    family: set[str] = field(default_factory=set)


@dataclass
class NameSummary:
    """Per spelling: how often, how often as a given name, and where first."""

    spellings: dict[str, SpellingStats] = field(default_factory=dict)


def _occurrences(document: Document) -> list[NameOccurrence]:
    return document.shared("names", name_occurrences)


# Titles that stand where a given name would ("Mrs Grigoryeva"): they tell no one apart.
_HONORIFICS = frozenset(
    {"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Sir", "Dame", "Lord", "Lady", "Rev"}
    | {"Gen", "Col", "Capt", "Sgt", "Lt", "Maj", "Cpl"}
)


def _with_given_names(document: Document) -> Iterator[tuple[NameOccurrence, str | None]]:
    """Each name with the name just before it, only white space between ("Marta Nowak"), if
    there is one and it is not a title ("Mrs")."""
    before: NameOccurrence | None = None
    for occ in _occurrences(document):
        given = None
        if before is not None and before.segment == occ.segment and before.text not in _HONORIFICS:
            between = document.segments[occ.segment].text[before.end : occ.start]
            given = before.text if between.isspace() else None
        yield occ, given
        before = occ


# "Samarkand (Samarqand in Uzbek)", "Kyiv (also Kiev)": a few words at most around the other
# spelling inside the parenthesis that follows the first.
_OPENS_ALTERNATIVE_RE = re.compile(r"\s*\((?:\s*[^\W\d_][\w’'-]*[,:;]?){0,3}\s*")
_CLOSES_ALTERNATIVE_RE = re.compile(r"(?:[\s,:;]*[^\W\d_][\w’'-]*){0,3}\s*\)")


def _alternative_pairs(document: Document) -> set[frozenset[str]]:
    """Spellings given as deliberate alternatives, the second in parentheses right after the
    first ("Samarkand (Samarqand in Uzbek)", "Kyiv (formerly Kiev)")."""
    pairs: set[frozenset[str]] = set()
    occurrences = _occurrences(document)
    for k, occ in enumerate(occurrences):
        text = document.segments[occ.segment].text
        # Most names stand before no ")": a cheap test spares the regex's backtracking.
        if text.find(")", occ.end) < 0 or not _CLOSES_ALTERNATIVE_RE.match(text, occ.end):
            continue
        for before in reversed(occurrences[max(0, k - 4) : k]):
            if before.segment != occ.segment:
                break
            if before.text != occ.text and _OPENS_ALTERNATIVE_RE.fullmatch(
                text, before.end, occ.start
            ):
                pairs.add(frozenset((before.text, occ.text)))
                break
    return pairs


# Works whose titles keep their own spelling of a name: Byron's poem "Mazeppa" (Mazepa).
_WORKS = frozenset(
    ["poem", "opera", "novel", "film", "movie", "play", "ballet", "song", "symphony", "painting"]
)
_OPENING_QUOTES = "\"“«'‘"
_CLOSING_QUOTES = "\"”»'’"


def _is_title(text: str, start: int, end: int) -> bool:
    """Whether a name is a work's title: quoted alone ("Mazeppa") or after the kind of work
    ("the opera Mazeppa")."""
    quoted = start > 0 and end < len(text) and text[start - 1] in _OPENING_QUOTES
    if quoted and text[end] in _CLOSING_QUOTES:
        return True
    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1].lower() in _WORKS


def _different_people(a: SpellingStats, b: SpellingStats) -> bool:
    """Two spellings that each come with their own given names, none of them a variant of
    the other's (Alexander Novak, Marta Nowak): two people, not one name spelled two ways."""
    if not (a.given and b.given):
        return False
    return not any(same_given_name(x, y) for x in a.given for y in b.given)


def _two_peoples_forms(a: str, b: str, spellings: dict[str, SpellingStats]) -> bool:
    """Vladimir Putin and Volodymyr Zelensky: the Russian and the Ukrainian form of one given
    name, each its own person's (no surname shared). With one surname ("Vladimir Zelensky",
    "Volodymyr Zelensky") they are one person's name written two ways. Two transliterations
    of one form (Pyotr / Petr) are not let off."""
    if not east_slavic_forms(a, b) or are_variants(a, b, fold(a), fold(b)):
        return False
    stats_a, stats_b = spellings[a], spellings[b]
    if not all(s.leading * 2 > s.count for s in (stats_a, stats_b)):
        return False
    surnames = {fold(name) for name in stats_a.family}
    return not any(fold(name) in surnames for name in stats_b.family)


class NameSpelling(DocumentRule):
    """One name spelled two ways ("Lukashenko" and "Lukashenka").

    ## What it does
    Collects the capitalized names of the document, clusters the spellings that are
    transliteration variants of one another (Lukashenko/Lukashenka, Zelensky/Zelenskyy,
    Gaddafi/Qaddafi, Sergei/Sergey, Roskosmos/Roscosmos) and flags every occurrence of the
    less frequent spellings, suggesting the most frequent one. Ukrainian and Belarusian "h"
    for Russian "g" is a transliteration (Lugansk/Luhansk; at the start before a consonant,
    Grodno/Hrodna, or for a well-known name's "h", Gomel/Homel). The Russian, Ukrainian and
    Belarusian forms of a name that folding cannot join are listed
    (`tqcheck/data/names/east-slavic.txt`: Kiev/Kyiv, Nikolaev/Mykolaiv, Vladimir/Volodymyr);
    two such given names before their own surnames are two people (Vladimir Putin, Volodymyr
    Zelensky), before one surname one person's name. Inflections and derivations
    (Russia/Russian, Kuznetsov/Kuznetsova), possessives, other forms of a name (a final a
    for e: Europa/Europe) and well-known distinct names (Austria/Australia,
    Colombia/Columbia) are not variants. Initial "Ye" and "E" are one
    transliteration of Russian "Е" (Yevgeny/Evgeny), and "yo" and "e" between consonants
    are two of Russian "ё" (Fyodorov/Fedorov, Pyotr/Petr); Belarusian "dz" is Russian "d"
    (Dzmitry/Dmitry, Zhodzina/Zhodino). Two spellings that each come with
    their own given name, the given names not variants of each other, are two people
    (Alexander Novak and Marta Nowak); with one given name spelled two ways (Sara Nowak,
    Sarah Novak) or without one, they are one name. A spelling used as the title of a work,
    quoted alone or after the kind of work ("the opera Mazeppa" beside Mazepa), is the
    title's own and is not reported there. With grouping, spellings are counted
    over every file of the run. A spelling given in parentheses right after the other,
    a few words at most beside it ("Samarkand (Samarqand in Uzbek)", "Kyiv (formerly Kiev)"),
    is a deliberate alternative: that pair is not reported in that document.

    ## Why it matters
    MT renders a name afresh in each sentence and may switch transliteration systems mid-
    text: the reader wonders whether two people are meant.

    ## Example
    FAIL: `Alexander Lukashenko met Shoigu. Later Lukashenka said …`
    PASS: `Russia and the Russian army; Kuznetsov and his wife Kuznetsova.`

    ## Options
    - `min_count` (integer, default 1): report a minority spelling only when the majority
      spelling occurs at least this many times.
    """

    code = "TQ201"
    name = "name-spelling"
    severity = Severity.WARNING
    options = {"min_count": 1}

    def collect(self, document: Document) -> NameSummary:
        summary = NameSummary()
        for occ, given in _with_given_names(document):
            stats = summary.spellings.get(occ.text)
            if stats is None:
                seg = document.segments[occ.segment]
                line, col = document.locate(seg, occ.start)
                stats = summary.spellings[occ.text] = SpellingStats(
                    first=(document.path, line, col)
                )
            stats.count += 1
            stats.leading += occ.leads_name
            if given is not None:
                stats.given.add(given)
                summary.spellings[given].family.add(occ.text)
        return summary

    def merge(self, summaries: list[Any]) -> NameSummary:
        merged = NameSummary()
        for summary in summaries:
            for spelling, stats in summary.spellings.items():
                into = merged.spellings.setdefault(spelling, SpellingStats(first=stats.first))
                into.count += stats.count
                into.leading += stats.leading
                into.given |= stats.given
                into.family |= stats.family
        return merged

    def finish(self, summary: NameSummary) -> dict[str, tuple[str, SpellingStats]]:
        """Minority spelling -> (majority spelling, majority stats)."""
        allowed = {a.casefold() for a in self.context.allowed}
        spellings = summary.spellings
        result: dict[str, tuple[str, SpellingStats]] = {}
        for cluster in variant_clusters(spellings):
            if any(s.casefold() in allowed for s in cluster):
                continue
            ranked = sorted(cluster, key=lambda s: (-spellings[s].count, spellings[s].first))
            major = ranked[0]
            if spellings[major].count < int(self.opts["min_count"]):
                continue
            for minor in ranked[1:]:
                if (
                    self._given_name_pair(major, minor, spellings)
                    or _different_people(spellings[major], spellings[minor])
                    or _two_peoples_forms(major, minor, spellings)
                ):
                    continue
                result[minor] = (major, spellings[major])
        return result

    @staticmethod
    def _given_name_pair(a: str, b: str, spellings: dict[str, SpellingStats]) -> bool:
        """Roberto/Roberta, Daniele/Daniela: gendered given names (a final a, o or e), each
        mostly followed by a surname. Sergei/Sergey is a transliteration, not gender."""
        if not gendered_given_names(a, b):
            return False
        return all(spellings[s].leading * 2 > spellings[s].count for s in (a, b))

    def check_document(
        self, document: Document, minorities: dict[str, tuple[str, SpellingStats]]
    ) -> Iterator[Finding]:
        if not minorities:
            return
        alternatives = document.shared("name_alternatives", _alternative_pairs)
        for occ in _occurrences(document):
            if occ.text not in minorities:
                continue
            major, stats = minorities[occ.text]
            if frozenset((occ.text, major)) in alternatives:
                continue  # given as a deliberate alternative in this document
            if _is_title(document.segments[occ.segment].text, occ.start, occ.end):
                continue  # a work's title keeps its own spelling
            path, line, col = stats.first
            where = f"{line}:{col}" if path == document.path else f"{path}:{line}:{col}"
            times = "once" if stats.count == 1 else f"{stats.count} times"
            yield Finding(
                occ.segment,
                occ.start,
                occ.end,
                f'"{occ.text}" is also spelled "{major}" ({times}, first at {where}); '
                "use one spelling",
                suggestion=major,
            )
