"""Documents and segments: the text a check sees, and the way back to the file's lines.

A reader turns a file into a :class:`Document` holding :class:`Segment` objects. Each segment
knows where its text starts in the file, so a rule only ever deals with offsets inside a
segment, and one place (:meth:`Document.position`) turns them into lines and columns.
The shared analysis every rule may need (tokens, sentences) is computed once per segment,
on first use.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from itertools import repeat
from typing import Any, NamedTuple

from tqcheck.lexicon import MONTH_ABBREVIATIONS

# A word: letters/digits with inner apostrophes or hyphens ("don't", "state-of-the-art").
# Combining marks: a word in decomposed form (NFD, "cafe\u0301") is still one word.
MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
WORD_RE = re.compile(
    rf"[^\W_][{MARKS}]*(?:[\w’'{MARKS}]*[^\W_][{MARKS}]*)?"
    rf"(?:-[^\W_][{MARKS}]*(?:[\w’'{MARKS}]*[^\W_][{MARKS}]*)?)*"
)

# An invisible hint where a word may break across lines: the text reads as if it were not there.
SOFT_HYPHEN = "\u00ad"

# Punctuation around a word, which no token begins or ends with.
_PUNCTUATION = ".,;:!?()[]{}\"'“”‘’«»„—–-…/"
# A sentence ends at . ! ? … (with closing quotes/brackets) followed by space and a capital,
# a digit or an opening quote; common abbreviations and initials do not end a sentence.
_SENTENCE_END_RE = re.compile(r"""[.!?…]+["”’»)\]]*(?=\s+["“‘«(\[]?[A-ZÀ-ÖØ-ÞА-ЯЁ0-9])""")
_ABBREVIATIONS = (
    frozenset(
        [
            "mr",
            "mrs",
            "ms",
            "dr",
            "prof",
            "st",
            "jr",
            "sr",
            "vs",
            "etc",
            "e.g",
            "i.e",
            "no",
            "nos",
            "fig",
            "approx",
            "gen",
            "col",
            "lt",
            "sgt",
            "capt",
            "gov",
            "sen",
            "rep",
            "inc",
            "ltd",
            "co",
            "corp",
            "u.s",
            "p.m",
            "a.m",
        ]
    )
    | MONTH_ABBREVIATIONS
)


class Token(NamedTuple):
    """A word of a segment: its offsets in the segment text and the text itself (a tuple:
    segments hold one per word, so they must be cheap to make)."""

    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass(eq=False)
class Segment:
    """A unit of text checked on its own: a line of a plain-text file, a PO entry, …

    ``offset`` is where ``text`` starts in the file's text. When the file writes the text
    differently from how it reads (escapes in PO strings, entities in XML, a string split
    over several lines), ``anchors`` maps it back: sorted ``(text_index, file_offset)``
    pairs, each saying that ``text[text_index]`` stands at ``file_offset``, the characters
    after it following one for one up to the next anchor. ``source`` is the source-language
    text of the unit where there is one; ``unit`` its id in the file.
    """

    text: str
    offset: int = 0
    unit: str | None = None
    source: str | None = None
    side: str | None = None
    anchors: tuple[tuple[int, int], ...] | None = None
    #: inline markup of the unit (XLIFF <g>/<x>/<ph>/<pc>…), each as "name:id", in order.
    source_tags: tuple[str, ...] = ()
    target_tags: tuple[str, ...] = ()
    #: a reference translation of the unit, for reference-based rules.
    reference: str | None = None

    def file_offset(self, index: int) -> int:
        """Where ``text[index]`` (or the end, for ``index == len(text)``) is in the file."""
        if not self.anchors:
            return self.offset + index
        k = bisect.bisect_right(self.anchors, (index, sys.maxsize)) - 1
        if k < 0:
            return self.anchors[0][1]
        text_index, file_offset = self.anchors[k]
        return file_offset + index - text_index

    @cached_property
    def tokens(self) -> list[Token]:
        # Built by C functions only: calling Token() once a word costs as much as finding it.
        found = list(WORD_RE.finditer(self.text))
        starts, ends = map(re.Match.start, found), map(re.Match.end, found)
        texts = map(re.Match.group, found)
        return list(map(tuple.__new__, repeat(Token), zip(starts, ends, texts, strict=True)))

    @cached_property
    def words(self) -> list[str]:
        """The tokens' texts in lower case, without their offsets: a third of the cost of
        ``tokens``, enough for a rule to tell whether a segment needs a closer look."""
        if "tokens" in self.__dict__:
            return [t.text.lower() for t in self.tokens]
        return WORD_RE.findall(self.text.lower())

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Sentence spans (start, end) within the segment text, whitespace trimmed."""
        spans: list[tuple[int, int]] = []
        start = 0
        text = self.text
        for m in _SENTENCE_END_RE.finditer(text):
            before = text[start : m.start()].rsplit(None, 1)
            last_word = before[-1].lower().strip("(\"“'‘") if before else ""
            if last_word in _ABBREVIATIONS or (len(last_word) == 1 and last_word.isalpha()):
                continue
            spans.append((start, m.end()))
            start = m.end()
        spans.append((start, len(text)))
        trimmed = []
        for s, e in spans:
            chunk = text[s:e]
            ls = len(chunk) - len(chunk.lstrip())
            rs = len(chunk.rstrip())
            if rs > ls:
                trimmed.append((s + ls, s + rs))
        return trimmed

    @cached_property
    def sentence_starts(self) -> frozenset[int]:
        """Offsets of the first word of each sentence (after any opening quote)."""
        starts = set()
        for s, e in self.sentences:
            m = WORD_RE.search(self.text, s, e)
            if m:
                starts.add(m.start())
        return frozenset(starts)


@dataclass(eq=False)
class Document:
    """A file's text and its segments. ``path`` is what issues report ("-" for stdin)."""

    path: str
    text: str
    segments: list[Segment] = field(default_factory=list)
    encoding: str = "utf-8"
    #: lines of the file before ``text`` starts: a large file is read as a run of partitions.
    line_base: int = 0
    #: the reader's format name ("text", "po", "xliff", …).
    format: str = "text"
    #: languages the file itself states (XLIFF, PO and TMX headers), if any.
    source_lang: str | None = None
    target_lang: str | None = None
    #: document-wide analyses shared between rules, computed once (see ``shared``).
    analyses: dict[str, Any] = field(default_factory=dict, repr=False)

    def shared(self, key: str, compute: Callable[[Document], Any]) -> Any:
        """The analysis ``key`` of this document, computed by ``compute`` on first use."""
        if key not in self.analyses:
            self.analyses[key] = compute(self)
        return self.analyses[key]

    @cached_property
    def _line_starts(self) -> list[int]:
        starts = [0]
        text = self.text
        for m in re.finditer(r"\r\n|\r|\n", text):
            starts.append(m.end())
        return starts

    @cached_property
    def _joined(self) -> tuple[str, list[int]]:
        """The segment texts joined by line breaks, and where each one starts there."""
        starts = []
        position = 0
        for segment in self.segments:
            starts.append(position)
            position += len(segment.text) + 1
        return "\n".join(s.text for s in self.segments), starts

    @cached_property
    def capitalized_tokens(self) -> list[list[Token]]:
        """For each segment, its tokens that begin with a capital letter (names, acronyms).
        A token never spans white space, so only the white-space-separated pieces that are
        not all lower case need tokenizing: one split of the whole text finds them."""
        text, starts = self._joined
        found: list[list[Token]] = [[] for _ in self.segments]
        cursor = 0
        for piece in [p for p in text.split() if not p.islower()]:
            # No piece between the cursor and this one holds it: those have no capital.
            at = text.find(piece, cursor)
            cursor = at + len(piece)
            si = bisect.bisect_right(starts, at) - 1
            base = at - starts[si]
            core = piece.strip(_PUNCTUATION)
            if core.isalpha():  # one word between punctuation: the token is the word
                if core[0].isupper():
                    start = base + piece.index(core)
                    found[si].append(Token(start, start + len(core), core))
                continue
            for m in WORD_RE.finditer(piece):
                word = m.group()
                if word[:1].isupper():
                    found[si].append(Token(base + m.start(), base + m.end(), word))
        return found

    def segments_matching(self, pattern: re.Pattern[str]) -> list[int]:
        """Indices of the segments whose text matches ``pattern``, from one scan of all
        of them (a match that runs over a break counts for every segment it touches)."""
        text, starts = self._joined
        found: list[int] = []
        position = 0
        while (m := pattern.search(text, position)) is not None:
            first = bisect.bisect_right(starts, m.start()) - 1
            last = bisect.bisect_right(starts, max(m.start(), m.end() - 1)) - 1
            found.extend(range(max(first, found[-1] + 1 if found else 0), last + 1))
            if last + 1 >= len(starts):
                break
            position = starts[last + 1]
        return found

    def locate(self, segment: Segment, index: int) -> tuple[int, int]:
        """1-based (line, column) in the file of ``segment.text[index]``."""
        return self.position(segment.file_offset(index))

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset in the file's text."""
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return self.line_base + line + 1, offset - self._line_starts[line] + 1


# Where a document keeps what without_soft_hyphens made of it: None when that is itself
# (never a reference to itself, which would keep it alive until a garbage collection).
_READ = "_without_soft_hyphens"


def without_soft_hyphens(document: Document) -> Document:
    """The document as a reader sees it: soft hyphens (U+00AD, invisible hints where a word
    may break) taken out of its segments' texts and sources, so that every rule reads the
    words whole, with anchors composed with the segments' own so that every other character
    keeps its place in the file. Only segments holding one are copied; a document without
    any is returned as it is, and the one given is never changed. What is made is kept with
    the document, so that its collect and its check read one copy, with the analyses cached
    on it, and a copy (or a document without any) is not scanned again."""
    if _READ in document.__dict__:
        return document.__dict__[_READ] or document
    segments = document.segments
    for n, segment in enumerate(document.segments):
        text, source = segment.text, segment.source
        if SOFT_HYPHEN not in text and (source is None or SOFT_HYPHEN not in source):
            continue
        # (index in the new text, index in the old) where each kept piece and each old
        # anchor inside one starts, and the end; those that follow on need no anchor.
        points: list[tuple[int, int]] = []
        old = new = 0
        for piece in text.split(SOFT_HYPHEN):
            end = old + len(piece)
            if piece:
                inner = [i for i, _ in segment.anchors or () if old < i < end]
                points += [(new + i - old, i) for i in (old, *inner)]
            old, new = end + 1, new + len(piece)
        points.append((new, len(text)))
        anchors: list[tuple[int, int]] = []
        for index, old_index in points:
            offset = segment.file_offset(old_index)
            if not anchors or anchors[-1][1] + index - anchors[-1][0] != offset:
                anchors.append((index, offset))
        if segments is document.segments:
            segments = list(segments)
        segments[n] = dataclasses.replace(
            segment,
            text=text.replace(SOFT_HYPHEN, ""),
            source=None if source is None else source.replace(SOFT_HYPHEN, ""),
            offset=anchors[0][1],
            anchors=tuple(anchors) if len(anchors) > 1 else None,
        )
    if segments is document.segments:
        document.__dict__[_READ] = None
        return document
    read = dataclasses.replace(document, segments=segments, analyses={})
    read.__dict__[_READ] = None
    document.__dict__[_READ] = read
    return read


def split_lines(text: str) -> list[Segment]:
    """Plain text: one segment per non-blank line (MT output keeps a segment a line)."""
    return [Segment(m.group(), m.start()) for m in re.finditer(r"[^\r\n]*[^\s][^\r\n]*", text)]
