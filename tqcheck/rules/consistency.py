"""Consistency with the source (TQ203–TQ205): one source, one translation.

These rules compare segments with each other through their sources: a source translated two
ways, two sources given one translation, and a source term rendered two ways. With grouping
they compare every file of the run.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import Any, ClassVar, NamedTuple

from tqcheck.document import Document
from tqcheck.issue import Severity
from tqcheck.lexicon import FUNCTION_WORDS, is_english_word
from tqcheck.rows import POSITION, Rows, runs, stable_hash
from tqcheck.rules.acronyms import known_acronyms
from tqcheck.rules.base import DocumentRule, Finding, RuleContext
from tqcheck.rules.source import whole_segment

_TRAILING_PUNCTUATION = " .!?…:;,"


def _key(text: str) -> str:
    """A text compared as a whole: case, spacing and final punctuation left out."""
    return " ".join(text.casefold().split()).rstrip(_TRAILING_PUNCTUATION)


class _Keys(NamedTuple):
    """A segment with a source and a translation, each side's key as a hash and its words."""

    segment: int
    source: int
    source_words: int
    target: int
    target_words: int


def _keys(document: Document) -> list[_Keys]:
    """Every segment with a source and a non-empty translation (hashes only: the texts are
    the segments' own, and a corpus's keys would double its memory)."""
    keys = []
    for i, segment in enumerate(document.segments):
        if segment.source is None or not segment.source.strip() or not segment.text.strip():
            continue
        source, target = _key(segment.source), _key(segment.text)
        keys.append(
            _Keys(
                i,
                stable_hash(source),
                len(source.split()),
                stable_hash(target),
                len(target.split()),
            )
        )
    return keys


def _where(document: Document, first: tuple[str, int, int]) -> str:
    path, line, col = first
    return f"{line}:{col}" if path == document.path else f"{path}:{line}:{col}"


def _uses(count: int, where: str) -> str:
    """ "at 3:1" for one use, "at 3:1 and 2 more times" for three."""
    if count == 1:
        return f"at {where}"
    return f"at {where} and {count - 1} more time{'s' if count > 2 else ''}"


# One row per compared segment: the hashes of its key and of its variant, where it is, and
# the variant as written (its first 128 bytes of UTF-8), to quote when it is the majority.
_SHOWN_BYTES = 128
_VARIANT_DTYPE = [
    ("key", "<u8"),
    ("variant", "<u8"),
    *POSITION,
    ("shown", f"S{_SHOWN_BYTES}"),
]


@dataclass(frozen=True, slots=True)
class _Majority:
    """The most frequent variant of a key that has several: how often, where first."""

    variant: int
    count: int
    first: tuple[str, int, int]
    #: as written at its first use; None when longer than the summary keeps.
    text: str | None


def _majorities(summary: Rows) -> dict[int, _Majority]:
    """Key hash -> its majority variant, for the keys with two variants or more (of equally
    frequent variants the first seen wins)."""
    import numpy as np

    majorities: dict[int, _Majority] = {}
    for rows in summary.groups():
        keys, variants = rows["key"], rows["variant"]
        starts, ends = runs(keys)
        # The keys whose rows do not all have one variant: a change of variant inside a run.
        changes = np.flatnonzero((variants[1:] != variants[:-1]) & (keys[1:] == keys[:-1]))
        varied = np.unique(np.searchsorted(starts, changes, side="right") - 1)
        for start, end in zip(starts[varied], ends[varied], strict=True):
            # Variants in the order first seen, with their counts; the first row of each is
            # its first use, since the run is sorted by position.
            found, first_rows, counts = np.unique(
                variants[start:end], return_index=True, return_counts=True
            )
            best = min(range(len(found)), key=lambda k: (-counts[k], first_rows[k]))
            row = rows[start + first_rows[best]]
            shown = bytes(row["shown"])
            majorities[int(keys[start])] = _Majority(
                int(found[best]),
                int(counts[best]),
                (summary.paths[row["path"]], int(row["line"]), int(row["column"])),
                shown.decode() if len(shown) < _SHOWN_BYTES else None,
            )
    return majorities


def _variant_rows(by_source: bool, min_words: int, document: Document) -> tuple[Any, list[Any]]:
    """The document's rows, and the segment of each."""
    import numpy as np

    rows = []
    segments = []
    for keys in document.shared("consistency-keys", _keys):
        if by_source:
            key, variant, words = keys.source, keys.target, keys.source_words
        else:
            key, variant, words = keys.target, keys.source, keys.target_words
        if words >= min_words:
            segment = document.segments[keys.segment]
            shown = " ".join((segment.text if by_source else segment.source or "").split())
            start = len(segment.text) - len(segment.text.lstrip())
            line, col = document.locate(segment, start)
            encoded = shown.encode()
            # One byte more than the row holds when longer: then it is not quoted.
            kept = encoded if len(encoded) < _SHOWN_BYTES else encoded[:_SHOWN_BYTES]
            rows.append((key, variant, 0, line, col, kept))
            segments.append(keys.segment)
    return np.array(rows, dtype=_VARIANT_DTYPE), segments


class _VariantRule(DocumentRule):
    """Groups segments by one side (the key) and counts the variants of the other."""

    #: whether the key is the source (TQ203) or the translation (TQ204).
    by_source: ClassVar[bool]

    def _rows(self, document: Document) -> tuple[Any, list[int]]:
        min_words = int(self.opts["min_words"])
        key = f"variants:{self.by_source}:{min_words}"
        return document.shared(key, partial(_variant_rows, self.by_source, min_words))

    def collect(self, document: Document) -> Rows:
        return Rows.of(document.path, _VARIANT_DTYPE, "key", self._rows(document)[0])

    def merge(self, summaries: list[Any]) -> Rows:
        return Rows.merge(summaries)

    def finish(self, summary: Rows) -> dict[int, _Majority]:
        return _majorities(summary)

    def _minorities(
        self, document: Document, majorities: dict[int, _Majority]
    ) -> Iterator[tuple[int, _Majority]]:
        """(segment, the majority) for each segment whose variant is not the majority's."""
        if not majorities:
            return
        rows, segments = self._rows(document)
        for row, segment in zip(rows, segments, strict=True):
            majority = majorities.get(int(row["key"]))
            if majority is not None and int(row["variant"]) != majority.variant:
                yield segment, majority


class InconsistentTranslation(_VariantRule):
    """One source segment translated in different ways.

    ## What it does
    Groups the segments by their source (ignoring case, spacing and final punctuation) and,
    where one source has several translations (compared the same way), flags each segment
    whose translation is not the most frequent one (of equally frequent ones, the first),
    naming it, where it is, and the chrF score between the two (sacrebleu's sentence chrF,
    0–100: near 100 the two differ in a word, low they differ throughout). chrF is computed
    once per distinct pair of translations. Sources shorter than `min_words` words are left
    out: short interface strings ("Open", "Close") may rightly be translated by context.

    ## Why it matters
    A translation memory, a subtitle file or a help text that says one thing two ways looks
    careless, and the reader (or the next MT training run) takes the difference to mean
    something.

    ## Example
    Source, twice: `Нажмите кнопку «Сохранить».`
    FAIL: `Press the Save button.` … `Click the Save button.`
    PASS: `Press the Save button.` … `Press the Save button`

    ## Options
    - `min_words` (integer, default 2): shorter sources are not compared.
    """

    code = "TQ203"
    name = "inconsistent-translation"
    severity = Severity.WARNING
    options = {"min_words": 2}
    by_source = True

    def __init__(self, context: RuleContext, options: Mapping[str, Any] | None = None) -> None:
        super().__init__(context, options)
        self._scores: dict[tuple[str, str], float] = {}
        self._chrf: Any = None

    def chrf(self, hypothesis: str, reference: str) -> float:
        """Sentence chrF of one translation against the other, computed once per pair."""
        pair = (hypothesis, reference)
        if pair not in self._scores:
            if self._chrf is None:
                from sacrebleu.metrics import CHRF

                self._chrf = CHRF()
            self._scores[pair] = self._chrf.sentence_score(hypothesis, [reference]).score
        return self._scores[pair]

    def check_document(
        self, document: Document, summary: dict[int, _Majority]
    ) -> Iterator[Finding]:
        for i, majority in self._minorities(document, summary):
            text = document.segments[i].text
            where = _uses(majority.count, _where(document, majority.first))
            if majority.text is None:  # too long to keep in the summary
                message = f"the same source is translated differently {where}"
            else:
                score = self.chrf(" ".join(text.split()), majority.text)
                message = (
                    f"the same source is translated differently {where} (chrF {score:.1f}): "
                    f'"{majority.text}"'
                )
            yield whole_segment(i, text, message, majority.text)


class InconsistentSource(_VariantRule):
    """One translation given to different source segments.

    ## What it does
    Groups the segments by their translation (ignoring case, spacing and final
    punctuation; translations of at least `min_words` words) and, where one translation
    renders several sources, flags each segment whose source is not the most frequent one,
    naming that source and where it is.

    ## Why it matters
    Two different sources rarely mean exactly the same: one of the translations may have
    lost a difference (a negation, a number, another term), or the sources differ only by
    a typo that should be fixed at the source.

    ## Example
    Sources: `Файл сохранён.` … `Файл не сохранён.`
    FAIL: `The file has been saved.` for both
    PASS: `The file has been saved.` … `The file has not been saved.`

    ## Options
    - `min_words` (integer, default 3): shorter translations are not compared.
    """

    code = "TQ204"
    name = "inconsistent-source"
    severity = Severity.INFO
    options = {"min_words": 3}
    by_source = False

    def check_document(
        self, document: Document, summary: dict[int, _Majority]
    ) -> Iterator[Finding]:
        for i, majority in self._minorities(document, summary):
            where = _uses(majority.count, _where(document, majority.first))
            quoted = f": «{majority.text}»" if majority.text is not None else ""
            yield whole_segment(
                i,
                document.segments[i].text,
                f"the same translation renders a different source {where}{quoted}",
            )


# --- Source terms and their renderings ------------------------------------------------------

# An acronym of the source, and any Russian case ending written after it ("МИДа", "НАТО-вский").
_SOURCE_ACRONYM_RE = re.compile(r"(?<![\w-])([A-ZА-ЯЁ]{2,6})(?:-?[а-яё]{1,3})?(?![\w-])")
# What a sentence's first word follows: nothing, an end of sentence or an opening mark.
_SENTENCE_OPENERS = '.!?…:«"“„(—–-'
# (A pattern tries each position of the text: it fails faster on a character class than
# on a look-behind, so the look-behinds come after the first character.)
_TARGET_ACRONYM_RE = re.compile(r"[A-Z](?<![\w-].)[A-Z0-9]{1,5}(?![\w-])")
# A word of the translation; a possessive "'s" is not part of it.
_AFTER_FIRST_LETTER = r"[\w-]*(?:['’](?!s\b)[\w-]+)*"
_TARGET_WORD_RE = re.compile(rf"[A-Za-z]{_AFTER_FIRST_LETTER}")
_LINKING_WORDS = frozenset({"of", "the", "and", "for", "on", "de", "la", "du", "von", "van"})
# A run of capitalized words of the translation (as _TARGET_WORD_RE finds them, each
# beginning a word of its own, not inside "o'Brien" or "34U"), linking words allowed
# inside, separated by white space only.
_CAPITALIZED_RUN_RE = re.compile(
    rf"[A-Z](?<![\w-].)(?<!\w['’].){_AFTER_FIRST_LETTER}"
    rf"(?:\s+(?:(?:{'|'.join(sorted(_LINKING_WORDS))})\s+)*[A-Z]{_AFTER_FIRST_LETTER})*"
)


def _source_terms(source: str) -> dict[str, str]:
    """The acronyms of a source (key → as written first). Names are left to TQ201: a
    source name aligned by co-occurrence takes in whatever capitalized words surround it in
    news (given names shared by several people, "Moscow Exchange on Tuesday")."""
    terms: dict[str, str] = {}
    if source.isupper():  # a heading in capitals: acronyms cannot be told from words
        return terms
    for m in _SOURCE_ACRONYM_RE.finditer(source):
        terms.setdefault(m[1], m[1])
    return terms


def _kind(candidate: str) -> str:
    """ "acronym" or "phrase" (capitalized words, an acronym spelled out)."""
    return "acronym" if _TARGET_ACRONYM_RE.fullmatch(candidate) else "phrase"


def _target_candidates(text: str) -> dict[str, tuple[int, int]]:
    """The renderings a term may have in a translation, with their first spans: acronyms
    and runs of capitalized words ("Supreme State Council", linking words allowed inside)."""
    found: dict[str, tuple[int, int]] = {}
    if text.isupper():
        return found
    for m in _TARGET_ACRONYM_RE.finditer(text):
        found.setdefault(m.group(), m.span())
    # One scan finds the runs; only those of several words (most are one) are split up.
    for run in _CAPITALIZED_RUN_RE.finditer(text):
        if len(run.group().split(maxsplit=1)) > 1:
            _add_run(found, text, list(_TARGET_WORD_RE.finditer(text, *run.span())))
    return found


def _starts_sentence(text: str, index: int) -> bool:
    """Whether ``text[index]`` begins a sentence, as far as the text before it tells."""
    before = text[:index].rstrip()
    return not before or before[-1] in _SENTENCE_OPENERS


def _add_run(found: dict[str, tuple[int, int]], text: str, run: list[re.Match[str]]) -> None:
    """Add a run of capitalized words, without the linking words around it and without an
    English word capitalized because it starts a sentence ("The", "Results of the NMD")."""
    while run and (
        run[0].group().lower() in FUNCTION_WORDS
        or run[0].group() in _LINKING_WORDS
        or (is_english_word(run[0].group()) and _starts_sentence(text, run[0].start()))
    ):
        run = run[1:]
    while run and run[-1].group() in _LINKING_WORDS:
        run = run[:-1]
    if len(run) >= 2:
        found.setdefault(text[run[0].start() : run[-1].end()], (run[0].start(), run[-1].end()))


@dataclass
class _SegmentTerms:
    """A segment's source terms and candidate renderings, and where it is."""

    path: str
    segment: int
    terms: dict[str, str]
    candidates: dict[str, tuple[int, int, int, int]]  # start, end, line, column


@dataclass
class _TermSummary:
    """The segments with source terms, and how many segments have each candidate (of those
    without terms only the count is kept: memory grows with the distinct candidates)."""

    segments: list[_SegmentTerms] = field(default_factory=list)
    candidate_count: Counter[str] = field(default_factory=Counter)


@dataclass(frozen=True, slots=True)
class _Flag:
    """A term rendered in a minority way, and the majority rendering of the term."""

    term: str
    rendering: str
    majority: str
    first: tuple[str, int, int]
    count: int


# path -> (segment, flag) in the summary's order. Segments are told apart by position, not
# by index alone: the partitions of a file read in parts share its path and number their
# segments afresh.
_Flags = dict[str, list[tuple[_SegmentTerms, _Flag]]]


class SourceTermVariants(DocumentRule):
    """One source term rendered in different ways ("СВО" as "NWO" here and "NMD" there).

    ## What it does
    Finds, from the document alone, how each source term is rendered in each segment, and
    flags the segments that render a term differently from the majority. The source terms
    are the source's acronyms (СВО, ВГС, НАТО); names are TQ201's (aligned by co-occurrence,
    a name would take in the capitalized words around it). A segment's candidate renderings
    are the translation's acronyms and its runs of capitalized words ("Supreme State
    Council"). The alignment is a competitive linking by Dice score over segments
    (2·both / (term's segments + rendering's segments)):

    1. a candidate can render a term only if every segment whose translation has the
       candidate has the term in its source;
    2. a candidate goes to the term of its segment with the highest Dice score, and to none
       when two terms tie (a name that always comes with the acronym);
    3. a term has a rendering in a segment only when exactly one candidate goes to it there.

    A term found in at least two segments with two different renderings, each the only one
    aligned in its segment, is reported where it follows the less frequent rendering (of
    equally frequent ones, the later). Acronyms are compared with acronyms and spelled-out
    forms with spelled-out forms, so an acronym next to its spelled-out form is not a
    variant; a well-known English acronym (EU, CSTO, AFU) is never reported as the variant,
    since it is either another entity or a standard rendering. English translations only:
    capitals mark names there, not in German.

    ## Why it matters
    MT renders a term afresh in every sentence; "NWO" and "NMD" for one «СВО» make the
    reader think of two things. Unlike TQ202 this needs no list of known renderings.

    ## Example
    Source: `СВО началась в феврале.` / `Итоги СВО обсудили в Кремле.`
    FAIL: `The NWO began in February.` / `The results of the NMD were discussed.`
    PASS: `The SMO began in February.` / `The results of the SMO were discussed.`

    ## Options
    None.
    """

    code = "TQ205"
    name = "source-term-variants"
    severity = Severity.WARNING
    languages = frozenset({"en"})

    def collect(self, document: Document) -> _TermSummary:
        summary = _TermSummary()
        for i, segment in enumerate(document.segments):
            if segment.source is None or not segment.text.strip():
                continue
            # Segments without terms count too: they show which candidates are not renderings.
            terms = _source_terms(segment.source)
            found = _target_candidates(segment.text)
            summary.candidate_count.update(found.keys())
            if not terms:
                continue
            candidates = {
                text: (start, end, *document.locate(segment, start))
                for text, (start, end) in found.items()
            }
            summary.segments.append(_SegmentTerms(document.path, i, terms, candidates))
        return summary

    def merge(self, summaries: list[Any]) -> _TermSummary:
        merged = _TermSummary([s for summary in summaries for s in summary.segments])
        for summary in summaries:
            merged.candidate_count.update(summary.candidate_count)
        return merged

    def finish(self, summary: _TermSummary) -> _Flags:
        """The minority renderings of the run."""
        term_count: Counter[str] = Counter()
        candidate_count = summary.candidate_count
        both: Counter[tuple[str, str]] = Counter()
        for seg in summary.segments:
            term_count.update(seg.terms.keys())
            both.update((t, c) for t in seg.terms for c in seg.candidates)
        # term -> [(segment, rendering)], in document order
        renderings: dict[str, list[tuple[_SegmentTerms, str]]] = defaultdict(list)
        for seg in summary.segments:
            aligned: dict[str, list[str]] = defaultdict(list)
            for c in seg.candidates:
                dice = {t: 2 * both[t, c] / (term_count[t] + candidate_count[c]) for t in seg.terms}
                if not dice:
                    continue
                best = max(dice.values())
                winners = [t for t, d in dice.items() if d == best]
                if len(winners) == 1 and both[winners[0], c] == candidate_count[c]:
                    aligned[winners[0]].append(c)
            for t, cs in aligned.items():
                if term_count[t] >= 2 and len(cs) == 1:
                    renderings[t].append((seg, cs[0]))
        by_segment: dict[int, list[_Flag]] = defaultdict(list)
        for term, uses in renderings.items():
            for kind in ("acronym", "phrase"):
                same_kind = [(seg, c) for seg, c in uses if _kind(c) == kind]
                counts = Counter(c for _, c in same_kind)
                if len(counts) < 2:
                    continue
                majority = max(counts, key=lambda c: counts[c])
                first = next(seg for seg, c in same_kind if c == majority)
                _, _, line, col = first.candidates[majority]
                for seg, c in same_kind:
                    # A well-known acronym is an entity of its own ("EU" next to «СВО»), or a
                    # standard rendering (TQ202 leaves those alone).
                    if c != majority and not (kind == "acronym" and c in known_acronyms()):
                        flag = _Flag(
                            seg.terms[term], c, majority, (first.path, line, col), counts[majority]
                        )
                        by_segment[id(seg)].append(flag)
        flags: _Flags = defaultdict(list)
        for seg in summary.segments:
            flags[seg.path] += [(seg, flag) for flag in by_segment.get(id(seg), ())]
        return flags

    def check_document(self, document: Document, summary: _Flags) -> Iterator[Finding]:
        for seg, flag in summary.get(document.path, ()):
            start, end, line, column = seg.candidates[flag.rendering]
            if seg.segment >= len(document.segments) or document.locate(
                document.segments[seg.segment], start
            ) != (line, column):
                continue  # a segment of another partition of the file
            where = _uses(flag.count, _where(document, flag.first))
            yield Finding(
                seg.segment,
                start,
                end,
                f'«{flag.term}» is rendered "{flag.rendering}" here but "{flag.majority}" '
                f"{where}; use one rendering",
                suggestion=flag.majority,
            )
