"""The checking engine: selected rules, built once, run over documents.

A document's shared analysis is cached on its segments, so every rule reuses it. Document
rules run as map (collect a summary per document), merge, finish, check; with ``group`` the
merge spans every document of the run, so files that must agree with each other are checked as one
while each issue is still reported in its own file.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path, PurePath
from typing import Any

from tqcheck.config import Config
from tqcheck.document import Document, without_soft_hyphens
from tqcheck.issue import Issue, Severity
from tqcheck.languages import detect_source_language, use_detector
from tqcheck.registry import all_rules
from tqcheck.rules.base import DocumentRule, Finding, Rule, RuleContext, SegmentRule
from tqcheck.selection import check_selectors, is_ignored, select_rules


class Checker:
    """Rules and their data, loaded once and reused over any number of documents."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        use_detector(self.config.language_detector)
        rules = all_rules()
        for origin, selectors in (
            ("select", self.config.select or ()),
            ("ignore", self.config.ignore),
            ("extend-select", self.config.extend_select),
        ):
            check_selectors(selectors, rules, origin)
        self.context = RuleContext(
            target_lang=self.config.target_lang,
            source_lang=self.config.source_lang,
            allowed=self.config.allowed,
            glossaries=self.config.glossaries,
            calques=self.config.calques,
            config_path=self.config.path,
        )
        selected = select_rules(
            rules, self.config.select, self.config.ignore, self.config.extend_select
        )
        self.rules: list[Rule] = []
        for rule_cls in selected:
            settings = self.config.rules.get(rule_cls.code)
            rule = rule_cls(self.context, settings.options if settings else None)
            if rule.applies_to(self.config.target_lang):
                self.rules.append(rule)
        self._allowed = {a.casefold() for a in self.config.allowed}
        self._by_languages: dict[tuple[str | None, str], Checker] = {}

    @property
    def document_rules(self) -> list[DocumentRule]:
        return [r for r in self.rules if isinstance(r, DocumentRule)]

    def collect(self, document: Document) -> dict[str, Any]:
        """The mergeable summaries of one document, by rule code."""
        document = without_soft_hyphens(document)
        return {rule.code: rule.collect(document) for rule in self.document_rules}

    def merge(self, summaries: Sequence[dict[str, Any]]) -> dict[str, Any]:
        return {
            rule.code: rule.merge([s[rule.code] for s in summaries]) for rule in self.document_rules
        }

    def finish(self, merged: dict[str, Any]) -> dict[str, Any]:
        """What the checks need of the run's merged summaries, by rule code: what
        :meth:`check` takes, computed once for every document of the run."""
        return {rule.code: rule.finish(merged[rule.code]) for rule in self.document_rules}

    def for_document(self, document: Document) -> Checker:
        """The checker for the languages a file states itself (XLIFF, PO, TMX headers),
        which win over the configuration's, else for the source language detected from
        the document's source side; built once per language pair."""
        return self.for_languages(*self.languages_of(document))

    def languages_of(self, document: Document) -> tuple[str | None, str]:
        """(source, target) languages that :meth:`for_document` checks the document in."""
        source = document.source_lang or self.config.source_lang or detect_source_language(document)
        return source, document.target_lang or self.config.target_lang

    def for_languages(self, source: str | None, target: str) -> Checker:
        """This checker, or one built (once) for another pair of languages."""
        if (source, target) == (self.config.source_lang, self.config.target_lang):
            return self
        if (source, target) not in self._by_languages:
            self._by_languages[(source, target)] = Checker(
                self.config.with_overrides(source_lang=source, target_lang=target)
            )
        return self._by_languages[(source, target)]

    def check(self, document: Document, summaries: dict[str, Any] | None = None) -> list[Issue]:
        """Issues of one document, sorted; ``summaries`` are :meth:`finish`'s over a group
        (then the run's languages apply; alone, the document's own)."""
        document = without_soft_hyphens(document)
        if summaries is None:
            checker = self.for_document(document)
            if checker is not self:
                return checker.check(document)
            summaries = self.finish(self.collect(document))
        ignored = self._ignored_for(document.path)
        issues: list[Issue] = []
        for rule in self.rules:
            if ignored and is_ignored(type(rule), ignored):
                continue
            if isinstance(rule, SegmentRule):
                segments = document.segments
                candidates: Iterable[int] = (
                    range(len(segments))
                    if rule.trigger is None
                    else document.segments_matching(rule.trigger)
                )
                findings: Iterable[Finding] = (
                    f for i in candidates for f in rule.check_segment(segments[i], i)
                )
            elif isinstance(rule, DocumentRule):
                findings = rule.check_document(document, summaries[rule.code])
            else:  # pragma: no cover - the registry only admits the two kinds
                continue
            for finding in findings:
                issue = self._issue(document, rule, finding)
                if issue.text.casefold() not in self._allowed:
                    issues.append(issue)
        issues.sort(key=lambda i: i.sort_key)
        return issues

    def check_documents(
        self, documents: Iterable[Document], group: bool | None = None
    ) -> list[Issue]:
        """Issues of several documents; with grouping, consistency spans all of them."""
        group = self.config.group if group is None else group
        issues: list[Issue] = []
        if group:
            # Merged in path order, so the majority spelling, ties and "first at" do not
            # depend on the order in which files were given.
            docs = sorted(documents, key=lambda d: d.path)
            merged = self.finish(self.merge([self.collect(d) for d in docs]))
            for doc in docs:
                issues += self.check(doc, merged)
        else:
            for doc in documents:
                issues += self.check(doc)
        issues.sort(key=lambda i: i.sort_key)
        return issues

    def check_partitions(
        self, partitions: Callable[[], Iterable[Document]]
    ) -> Iterator[list[Issue]]:
        """Issues of one large file read as partitions, a sorted list per partition: a first
        pass collects and merges the summaries, a second checks each partition against
        them, so memory holds one partition and the summaries."""
        merged: dict[str, Any] | None = None
        for document in partitions():
            summary = self.collect(document)
            merged = summary if merged is None else self.merge([merged, summary])
        if merged is None:
            return
        finished = self.finish(merged)
        del merged  # the rows of a corpus, on disk past a size: removed here
        for document in partitions():
            yield self.check(document, finished)

    def _ignored_for(self, path: str) -> tuple[str, ...]:
        """Selectors of the per-file-ignores whose glob matches the path as given, relative
        to the working directory, or relative to the configuration file's folder."""
        if not self.config.per_file_ignores:
            return ()
        candidates = {PurePath(path).as_posix(), PurePath(path).name}
        absolute = Path(path).resolve()
        roots = [Path.cwd()] + (
            [Path(self.config.path).parent.resolve()] if self.config.path else []
        )
        for root in roots:
            if absolute.is_relative_to(root):
                candidates.add(absolute.relative_to(root).as_posix())
        ignored: list[str] = []
        for pattern, selectors in self.config.per_file_ignores.items():
            if any(fnmatch.fnmatch(c, pattern) for c in candidates):
                ignored += selectors
        return tuple(ignored)

    def _issue(self, document: Document, rule: Rule, finding: Finding) -> Issue:
        segment = document.segments[finding.segment]
        start = segment.file_offset(finding.start)
        # The end is just after the last flagged character, not where the next one stands
        # (which may lie past stripped markup or the line break of a split string).
        end = segment.file_offset(finding.end - 1) + 1 if finding.end > finding.start else start
        line, column = document.position(start)
        end_line, end_column = document.position(end)
        settings = self.config.rules.get(rule.code)
        severity: Severity = (
            (settings.severity if settings else None) or finding.severity or rule.severity
        )
        return Issue(
            path=document.path,
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column,
            code=rule.code,
            rule=rule.name,
            severity=severity,
            message=finding.message,
            text=document.text[start:end],
            suggestion=finding.suggestion,
            unit=segment.unit,
            side=segment.side,
        )
