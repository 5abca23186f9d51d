"""Terminology (TQ2xx, TQ3xx): one term rendered several ways, and glossary terms."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from tqcheck.document import Document, Segment
from tqcheck.issue import Severity
from tqcheck.rules.acronyms import acronym_analysis
from tqcheck.rules.base import DocumentRule, Finding, RuleContext, SegmentRule
from tqcheck.terms import family_matcher, glossary_matcher, term_families

# (count, path, line, column, text of the first use) of one rendering group
_Use = tuple[int, str, int, int, str]
# family index -> group index -> its use
_Uses = dict[int, dict[int, _Use]]
# a rendering found: segment index, start, end, (family index, group index) pairs
_Found = tuple[int, int, int, tuple[tuple[int, int], ...]]


def _count(n: int) -> str:
    return "once" if n == 1 else f"{n} times"


class TermVariants(DocumentRule):
    """One source term rendered both in a standard way and as an MT artefact.

    ## What it does
    Knows, for each source language, how English renders its common terms and acronyms
    (`tqcheck/data/terms/<src>-en.toml`: Russian «СВО» is "SMO" or "special military
    operation"; "NWO", "NMD" and "SVO" are MT artefacts). When a document (or the run, with
    grouping) uses two or more renderings of one term and at least one of them is such a
    variant, every use of a variant is reported, naming the other renderings used.
    A transliteration of the term used alone ("Minselkhoz" for «Минсельхоз», "Gosduma")
    is reported too: it is the source term, not translated.
    An acronym and its expansion count as one rendering; mixing standard renderings only
    ("Ukrainian Armed Forces" and "AFU") is normal English and is not reported. An acronym
    the document itself defines by an expansion that is none of a term's renderings stands
    for that expansion, not for the term: "radiofrequency (RF)" is not Russian «РФ» anywhere
    in that document (while "Union State (SG)" still renders «СГ»). Without a
    `source-lang` every shipped language is used.

    ## Why it matters
    MT translates each sentence on its own, so one term comes out under several names and
    the reader takes them for different things. A variant next to the standard rendering
    is a sure sign of it, even inside a definition such as "Union State (SG)".

    ## Example
    FAIL: `The SMO began in February. During the NWO period exports fell.`
    PASS: `The Ukrainian Armed Forces (AFU) advanced. The AFU took the town.`

    ## Options
    None; the renderings come with tqcheck.
    """

    code = "TQ202"
    name = "term-variants"
    severity = Severity.WARNING
    scope = "document"
    languages = frozenset({"en"})

    def __init__(self, context: RuleContext, options: Mapping[str, Any] | None = None) -> None:
        super().__init__(context, options)
        self._families = term_families(context.source_lang)
        self._matcher = family_matcher(context.source_lang)

    def _find(self, document: Document) -> list[_Found]:
        """Every rendering in the document: (segment, start, end, its families and groups).
        Found once for collect and check."""
        found = []
        redefined = self._redefined(document)
        for si, segment in enumerate(document.segments):
            # In a line of capitals (a heading) acronyms cannot be told from ordinary words.
            if segment.text.isupper():
                continue
            for start, end, values in self._matcher.finditer(segment.text):
                other = redefined.get(segment.text[start:end], set())
                kept = tuple(v for v in values if v[0] not in other)
                if kept:
                    found.append((si, start, end, kept))
        return found

    def _redefined(self, document: Document) -> dict[str, set[int]]:
        """Acronyms the document defines as something else: acronym → the families it would
        render but whose renderings its expansions do not contain ("radiofrequency (RF)" is
        not Russian «РФ»; "Union State (SG)" is «СГ»)."""
        meant: dict[str, set[int]] = {}
        for d in acronym_analysis(document).definitions:
            families = meant.setdefault(d.acronym, set())
            families |= {
                f for _, _, values in self._matcher.finditer(d.long_form) for f, _ in values
            }
        return {
            acronym: {f for _, _, values in self._matcher.finditer(acronym) for f, _ in values}
            - families
            for acronym, families in meant.items()
        }

    def _renderings(self, document: Document) -> list[_Found]:
        return document.shared(f"term-renderings:{self.context.source_lang}", self._find)

    def collect(self, document: Document) -> _Uses:
        uses: _Uses = {}
        for si, start, end, values in self._renderings(document):
            segment = document.segments[si]
            for family, group in values:
                groups = uses.setdefault(family, {})
                if group in groups:
                    count, path, line, col, text = groups[group]
                    groups[group] = (count + 1, path, line, col, text)
                else:
                    line, col = document.locate(segment, start)
                    text = " ".join(segment.text[start:end].split())
                    groups[group] = (1, document.path, line, col, text)
        return uses

    def merge(self, summaries: list[Any]) -> _Uses:
        merged: _Uses = {}
        for summary in summaries:
            for family, groups in summary.items():
                into = merged.setdefault(family, {})
                for group, use in groups.items():
                    if group in into:
                        count, path, line, col, text = into[group]
                        into[group] = (count + use[0], path, line, col, text)
                    else:
                        into[group] = use
        return merged

    def check_document(self, document: Document, summary: _Uses) -> Iterator[Finding]:
        families = self._families
        mixed = {
            family: groups
            for family, groups in summary.items()
            if len(groups) > 1 and any(families[family].is_variant(g) for g in groups)
        }
        # A transliteration used alone ("Minselkhoz" throughout) is the source term untranslated.
        alone = {
            family
            for family, groups in summary.items()
            if len(groups) == 1 and self._transliterated(family, *groups.items())
        }
        if not (mixed or alone):
            return
        for si, start, end, values in self._renderings(document):
            segment = document.segments[si]
            flagged = next(
                (
                    (f, g)
                    for f, g in values
                    if (f in mixed and families[f].is_variant(g)) or f in alone
                ),
                None,
            )
            if flagged is None:
                continue
            family, group = flagged
            text = " ".join(segment.text[start:end].split())
            term = families[family]
            if family in alone:
                message = (
                    f'"{text}" is {term.language} «{term.source}» ({term.meaning}) in Latin '
                    f'letters, not translated: write "{term.preferred[0]}"'
                )
            else:
                message = self._message(document, text, family, group, mixed[family])
            yield Finding(si, start, end, message, suggestion=term.preferred[0])

    def _transliterated(self, family: int, only: tuple[int, _Use]) -> bool:
        """Whether a family's only rendering is a variant that transliterates its term."""
        group, (_, _, _, _, text) = only
        term = self._families[family]
        return term.is_variant(group) and term.transliterates(text)

    def _message(
        self,
        document: Document,
        text: str,
        family: int,
        group: int,
        groups: dict[int, _Use],
    ) -> str:
        others = []
        for g, (count, path, line, col, first) in sorted(groups.items()):
            if g == group:
                continue
            where = f"{line}:{col}" if path == document.path else f"{path}:{line}:{col}"
            used = where if count == 1 else f"{_count(count)}, first at {where}"
            others.append(f'"{first}" ({used})')
        names = [f'"{text}"', *others]
        listed = " and ".join(names) if len(names) == 2 else ", ".join(names[:-1])
        if len(names) > 2:
            listed += f" and {names[-1]}"
        verb = "both render" if len(names) == 2 else "all render"
        term = self._families[family]
        return (
            f"{listed} {verb} {term.language} «{term.source}» ({term.meaning}); "
            f'use one rendering: "{term.preferred[0]}"'
        )


class GlossaryTerm(SegmentRule):
    """A term that the project's glossary forbids.

    ## What it does
    Flags every forbidden term of the glossaries named in the configuration
    (`glossaries = ["terms.tsv"]`): the `forbidden` column of a CSV or TSV glossary, and the
    deprecated and superseded terms of a TBX file. Terms match in any case, as whole words,
    with the inflections of their last word ("log-in page" also finds "log-in pages").
    A term the glossary also lists as preferred or admitted is never flagged.
    CSV/TSV glossaries have a header row: `source`, `target` (or `preferred`), `forbidden`
    (several separated by `;`), `note` and, optionally, `severity` for that entry.

    ## Why it matters
    A glossary is the client's decision; MT engines ignore it and bring back the word the
    client ruled out.

    ## Example
    With the row `source=войти  target=sign in  forbidden=log in;login`:
    FAIL: `Log in with your e-mail address.`
    PASS: `Sign in with your e-mail address.`

    ## Options
    None; the rule does nothing without `glossaries` in the configuration.
    """

    code = "TQ301"
    name = "glossary-term"
    severity = Severity.WARNING
    languages = frozenset({"en"})

    def __init__(self, context: RuleContext, options: Mapping[str, Any] | None = None) -> None:
        super().__init__(context, options)
        self._matcher = glossary_matcher(context.glossaries, context.target_lang)

    def check_segment(self, segment: Segment, index: int) -> Iterator[Finding]:
        for start, end, values in self._matcher.finditer(segment.text):
            entry = values[0]
            if entry is None:
                continue
            text = " ".join(segment.text[start:end].split())
            message = f'"{text}" is a forbidden term in glossary {entry.glossary}'
            if entry.preferred:
                message += f'; use "{entry.preferred}"'
            if entry.note:
                message += f" ({entry.note})"
            yield Finding(index, start, end, message, entry.preferred, entry.severity)
