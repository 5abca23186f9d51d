"""Glossary terms of the source (TQ302): a source term whose required translation is absent.

The glossaries are those of TQ301 (see :mod:`tqcheck.terms`), read here for their pairs:
the `source` column of a CSV/TSV glossary with its `target` (or `preferred`) terms, and the
source-language terms of a TBX entry with its usable target-language terms.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from typing import Any

from tqcheck.document import Segment
from tqcheck.issue import Severity
from tqcheck.lexicon import inflections
from tqcheck.rules.base import Finding, RuleContext, SegmentRule
from tqcheck.rules.source import primary_language, whole_segment
from tqcheck.terms import SourceEntry, TermMatcher, load_glossary


def source_entries(
    paths: Sequence[str], source_lang: str | None, target_lang: str = "en"
) -> tuple[SourceEntry, ...]:
    """The source terms of the glossaries, each with its allowed translations: a TBX
    entry's terms in the source language (in any language but the target's when the source
    language is unknown), every term of a CSV/TSV glossary's `source` column."""
    source_lang = primary_language(source_lang)
    return tuple(
        entry
        for path in paths
        for entry in load_glossary(path, target_lang).sources
        if entry.language is None or source_lang is None or entry.language == source_lang
    )


@cache
def _target_matcher(entry: SourceEntry) -> TermMatcher[bool]:
    """The entry's target terms, in any case, with the inflections of their last word."""
    forms: dict[str, list[bool]] = {}
    for term in entry.targets:
        head, _, last = term.rpartition(" ")
        forms[term.casefold()] = [True]
        for form in inflections(last):
            forms[f"{head} {form}".lstrip().casefold()] = [True]
    return TermMatcher(forms, ignore_case=True)


class GlossaryTargetMissing(SegmentRule):
    """A glossary's source term in the source, without its translation in the target.

    ## What it does
    For each source term of the glossaries named in the configuration
    (`glossaries = ["terms.tsv"]`) found in a segment's source, looks in the translation
    for one of the target terms the glossary gives for it (the `target`/`preferred` column
    of a CSV or TSV glossary, several separated by `;`; the preferred, admitted and
    unmarked terms of a TBX entry), in any case and with any inflection of its last word
    ("special military operations"). When none is there, the segment is flagged with the
    term the glossary asks for. Source terms match as whole words, lower-case words of a
    term in any case and capitals exactly ("СВО"), and only in the form the glossary
    writes them: list inflected source forms separately if they matter. A TBX entry's
    source terms are those in the source language (in any language but the target's when
    the source language is unknown).

    ## Why it matters
    A glossary is the client's decision; MT engines ignore it and translate the term their
    own way, or differently in every segment.

    ## Example
    With the row `source=СВО  target=special military operation;SMO`:
    Source: `СВО началась в феврале.`
    FAIL: `The NWO began in February.`
    PASS: `The special military operation began in February.`

    ## Options
    None; the rule does nothing without `glossaries` in the configuration.
    """

    code = "TQ302"
    name = "glossary-target-missing"
    severity = Severity.WARNING

    def __init__(self, context: RuleContext, options: Mapping[str, Any] | None = None) -> None:
        super().__init__(context, options)
        entries = source_entries(context.glossaries, context.source_lang, context.target_lang)
        forms: dict[str, list[SourceEntry]] = {}
        for entry in entries:
            forms.setdefault(entry.source, []).append(entry)
        self._sources = TermMatcher(forms)

    def check_segment(self, segment: Segment, index: int) -> Iterator[Finding]:
        source = segment.source
        if source is None or not self._sources or not segment.text.strip():
            return
        reported: set[str] = set()
        for _start, _end, entries in self._sources.finditer(source):
            term = entries[0].source
            if term in reported:
                continue
            reported.add(term)
            if any(next(_target_matcher(e).finditer(segment.text), None) for e in entries):
                continue
            entry = entries[0]
            wanted = " or ".join(f'"{t}"' for t in entry.targets)
            yield whole_segment(
                index,
                segment.text,
                f"source term «{term}» should be translated {wanted} (glossary {entry.glossary})",
                entry.targets[0],
                entry.severity,
            )
