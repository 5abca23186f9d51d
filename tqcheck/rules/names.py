"""Consistency of names (TQ201): one person or place, one spelling."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from tqcheck.document import Document
from tqcheck.issue import Severity
from tqcheck.names import NameOccurrence, name_occurrences, variant_clusters
from tqcheck.rules.base import DocumentRule, Finding


@dataclass
class SpellingStats:
    count: int = 0
    leading: int = 0
    first: tuple[str, int, int] = ("", 0, 0)


@dataclass
class NameSummary:
    """Per spelling: how often, how often as a given name, and where first."""

    spellings: dict[str, SpellingStats] = field(default_factory=dict)


def _occurrences(document: Document) -> list[NameOccurrence]:
    return document.shared("names", name_occurrences)


class NameSpelling(DocumentRule):
    """One name spelled two ways ("Lukashenko" and "Lukashenka").

    ## What it does
    Collects the capitalized names of the document, clusters the spellings that are
    transliteration variants of one another (Lukashenko/Lukashenka, Zelensky/Zelenskyy,
    Gaddafi/Qaddafi, Sergei/Sergey, Roskosmos/Roscosmos) and flags every occurrence of the
    less frequent spellings, suggesting the most frequent one. No pairs are listed in
    advance. Inflections and derivations (Russia/Russian, Kuznetsov/Kuznetsova), possessives
    and well-known distinct names (Austria/Australia, Colombia/Columbia) are not variants.
    With grouping, spellings are counted over every file of the run.

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

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Keyed by the summary object itself (held here, so its id cannot be reused).
        self._resolved: tuple[Any, dict[str, tuple[str, SpellingStats]]] | None = None

    def collect(self, document: Document) -> NameSummary:
        summary = NameSummary()
        for occ in _occurrences(document):
            stats = summary.spellings.get(occ.text)
            if stats is None:
                seg = document.segments[occ.segment]
                line, col = document.locate(seg, occ.start)
                stats = summary.spellings[occ.text] = SpellingStats(
                    first=(document.path, line, col)
                )
            stats.count += 1
            stats.leading += occ.leads_name
        return summary

    def merge(self, summaries: list[Any]) -> NameSummary:
        merged = NameSummary()
        for summary in summaries:
            for spelling, stats in summary.spellings.items():
                into = merged.spellings.setdefault(spelling, SpellingStats(first=stats.first))
                into.count += stats.count
                into.leading += stats.leading
        return merged

    def _minorities(self, summary: NameSummary) -> dict[str, tuple[str, SpellingStats]]:
        """Minority spelling -> (majority spelling, majority stats); computed once a summary."""
        if self._resolved is not None and self._resolved[0] is summary:
            return self._resolved[1]
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
                if self._given_name_pair(major, minor, spellings):
                    continue
                result[minor] = (major, spellings[major])
        self._resolved = (summary, result)
        return result

    @staticmethod
    def _given_name_pair(a: str, b: str, spellings: dict[str, SpellingStats]) -> bool:
        """Roberto/Roberta, Daniele/Daniela: gendered given names (a final a, o or e), each
        mostly followed by a surname. Sergei/Sergey is a transliteration, not gender."""
        if a[:-1] != b[:-1] or not {a[-1], b[-1]} <= set("aoe"):
            return False
        return all(spellings[s].leading * 2 > spellings[s].count for s in (a, b))

    def check_document(self, document: Document, summary: Any) -> Iterator[Finding]:
        minorities = self._minorities(summary)
        if not minorities:
            return
        for occ in _occurrences(document):
            if occ.text not in minorities:
                continue
            major, stats = minorities[occ.text]
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
