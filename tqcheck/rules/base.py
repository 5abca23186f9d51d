"""What a rule is: a class with its code, name, default severity, options and docstring.

Segment rules look at one segment at a time. Document rules need the whole document (or the
whole run, with grouping) and work in three steps so that a corpus can be checked in parts:
``collect`` a summary from each document, ``merge`` the summaries, then ``check`` each
document against the merged summary.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from tqcheck.document import Document, Segment
from tqcheck.issue import Severity

CODE_RE = re.compile(r"^[A-Z]{2,4}[0-9]{3}$")
NAME_RE = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
DOC_HEADINGS = ("What it does", "Why it matters", "Example", "Options")


@dataclass(frozen=True, slots=True)
class Finding:
    """What a rule yields: a span of one segment's text and what to say about it.

    ``start`` and ``end`` are offsets into ``document.segments[segment].text``.
    ``severity`` overrides the rule's own where one entry of a data-driven rule is surer or
    less sure than the rest.
    """

    segment: int
    start: int
    end: int
    message: str
    suggestion: str | None = None
    severity: Severity | None = None


@dataclass
class RuleContext:
    """What the run tells every rule: languages and the project's own data."""

    target_lang: str = "en"
    source_lang: str | None = None
    allowed: frozenset[str] = frozenset()
    glossaries: tuple[str, ...] = ()
    calques: tuple[Mapping[str, Any], ...] = ()
    config_path: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


class Rule:
    """Base of all rules. Subclasses set the class attributes and one of the check methods."""

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity] = Severity.WARNING
    scope: ClassVar[str] = "segment"
    #: option name -> default value; configuration may override them per rule.
    options: ClassVar[Mapping[str, Any]] = {}
    #: target languages the rule applies to; None means any.
    languages: ClassVar[frozenset[str] | None] = None
    #: whether the rule runs when nothing selects it explicitly.
    default_enabled: ClassVar[bool] = True

    def __init__(self, context: RuleContext, options: Mapping[str, Any] | None = None) -> None:
        self.context = context
        self.opts: dict[str, Any] = {**self.options, **(options or {})}

    @classmethod
    def summary(cls) -> str:
        doc = inspect.getdoc(cls) or ""
        return doc.strip().splitlines()[0] if doc.strip() else ""

    @classmethod
    def documentation(cls) -> str:
        return inspect.getdoc(cls) or ""

    def applies_to(self, target_lang: str) -> bool:
        return self.languages is None or target_lang.split("-")[0].lower() in self.languages


class SegmentRule(Rule):
    """A rule that judges each segment on its own.

    ``trigger``, when set, is a pattern that every segment with a finding matches: the engine
    finds the segments that match it in one scan of the document and skips the rest, so a
    rule pays for a segment only where it may have something to say.
    """

    scope = "segment"
    trigger: ClassVar[re.Pattern[str] | None] = None

    def check_segment(self, segment: Segment, index: int) -> Iterable[Finding]:
        raise NotImplementedError


class DocumentRule(Rule):
    """A rule that needs statistics over a whole document or run: map (collect a summary
    per document), merge, finish (what the checks need of the merged summary), check."""

    scope = "document"

    def collect(self, document: Document) -> Any:
        """Return this document's mergeable summary."""
        raise NotImplementedError

    def merge(self, summaries: list[Any]) -> Any:
        """Combine summaries of several documents (or partitions) into one."""
        raise NotImplementedError

    def finish(self, summary: Any) -> Any:
        """What :meth:`check_document` needs of the whole run's merged summary, computed
        once and handed to every check (to other processes too, so it should be small):
        the summary itself unless a rule says otherwise."""
        return summary

    def check_document(self, document: Document, summary: Any) -> Iterable[Finding]:
        """Findings of one document, ``summary`` being what :meth:`finish` returned."""
        raise NotImplementedError
