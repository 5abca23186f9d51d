"""SRT and WebVTT subtitles: one segment per cue, its text lines joined with "\\n".

Formatting tags (<i>, <b>, <font …>, WebVTT's <c.…>, <v …> and timestamps, SSA's {\\an8})
are left out of the text and WebVTT's character references (&amp;) read as what they stand
for; anchors map the rest to the file. A cue's unit is its SRT number or WebVTT id, else its
1-based position. With ``--source`` naming another subtitle file, each cue takes the text of
the source cue with the same unit, else of the source cue it overlaps most in time.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tqcheck.document import Document, Segment
from tqcheck.errors import InputError
from tqcheck.readers.mapped import MappedText
from tqcheck.readers.text import decode, read_bytes

if TYPE_CHECKING:
    from tqcheck.readers import ReadOptions

_LINE_RE = re.compile(r"([^\r\n]*)(\r\n|\r|\n|$)")
_SRT_TIME = r"(\d+):(\d{2}):(\d{2})[,.](\d{3})"
_VTT_TIME = r"(?:(\d+):)?(\d{2}):(\d{2})\.(\d{3})"
_SRT_TIMING_RE = re.compile(rf"\s*{_SRT_TIME}\s*-->\s*{_SRT_TIME}(?:\s.*)?")
_VTT_TIMING_RE = re.compile(rf"\s*{_VTT_TIME}[ \t]+-->[ \t]+{_VTT_TIME}(?:[ \t].*)?")
_VTT_HEADER_RE = re.compile(r"WEBVTT(?:[ \t].*)?")
_VTT_SKIPPED_RE = re.compile(r"(?:NOTE|STYLE|REGION)(?:[ \t].*)?")
_TAG = r"</?(?:[ibus]|font|c|v|lang|ruby|rt)(?=[\s.>])[^<>]*>|<\d+(?::\d+)+\.\d+>|\{\\[^{}]*\}"
_SRT_MARKUP_RE = re.compile(_TAG, re.IGNORECASE)
_VTT_MARKUP_RE = re.compile(rf"{_TAG}|&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z]+);", re.IGNORECASE)


@dataclass
class _Cue:
    unit: str
    start: int  # milliseconds
    end: int
    text: MappedText


def _milliseconds(groups: tuple[str | None, ...]) -> int | None:
    hours, minutes, seconds, millis = (int(g or 0) for g in groups)
    if minutes > 59 or seconds > 59:
        return None
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis


def _timing(line: str, vtt: bool) -> tuple[int, int] | None:
    m = (_VTT_TIMING_RE if vtt else _SRT_TIMING_RE).fullmatch(line)
    if not m:
        return None
    start, end = _milliseconds(m.groups()[:4]), _milliseconds(m.groups()[4:])
    return None if start is None or end is None else (start, end)


def _blocks(text: str) -> list[list[tuple[int, int, str]]]:
    """Runs of non-blank lines, each line as (1-based number, offset, text)."""
    blocks: list[list[tuple[int, int, str]]] = []
    block: list[tuple[int, int, str]] = []
    for number, m in enumerate(_LINE_RE.finditer(text), start=1):
        if m.group(1).strip():
            block.append((number, m.start(), m.group(1)))
        elif block:
            blocks.append(block)
            block = []
        if not m.group(2):
            break
    if block:
        blocks.append(block)
    return blocks


def _cue_text(lines: list[tuple[int, int, str]], after: int, vtt: bool) -> MappedText:
    """The text of a cue's lines, markup left out; empty text stands at ``after``."""
    markup = _VTT_MARKUP_RE if vtt else _SRT_MARKUP_RE
    mapped = MappedText(after)
    for i, (_, offset, line) in enumerate(lines):
        if i:  # the line break, whichever the file writes
            previous_end = lines[i - 1][1] + len(lines[i - 1][2])
            mapped.add(previous_end, "\n", offset - previous_end)
        pos = 0
        for m in markup.finditer(line):
            mapped.add(offset + pos, line[pos : m.start()])
            if m.group().startswith("&"):
                mapped.add(offset + m.start(), html.unescape(m.group()), len(m.group()))
            pos = m.end()
        mapped.add(offset + pos, line[pos:])
    return mapped


def _cues(text: str, path: str) -> list[_Cue]:
    vtt = path.lower().endswith(".vtt") or text.startswith("WEBVTT")
    blocks = _blocks(text)
    if vtt:
        if not blocks or blocks[0][0][0] != 1 or not _VTT_HEADER_RE.fullmatch(blocks[0][0][2]):
            raise InputError(f"{path}:1: not a WebVTT file: the first line must be WEBVTT")
        blocks = [b for b in blocks[1:] if not _VTT_SKIPPED_RE.fullmatch(b[0][2])]
    cues: list[_Cue] = []
    for position, block in enumerate(blocks, start=1):
        # An id (SRT: the cue number) may come before the timing line.
        has_id = "-->" not in block[0][2] and len(block) > 1
        number, offset, line = block[1] if has_id else block[0]
        timing = _timing(line, vtt)
        if timing is None:
            expected = "00:00:01.000 --> 00:00:02.000" if vtt else "00:00:01,000 --> 00:00:02,000"
            what = "malformed timestamp line" if "-->" in line else "no timestamp line"
            raise InputError(f"{path}:{number}: {what}; expected {expected}")
        unit = block[0][2].strip() if has_id else str(position)
        text_lines = block[2:] if has_id else block[1:]
        stray = next((n for n, _, t in text_lines if "-->" in t), None)
        if stray is not None:
            raise InputError(
                f"{path}:{stray}: a timestamp line inside a cue; is a blank line missing?"
            )
        cues.append(_Cue(unit, *timing, _cue_text(text_lines, offset + len(line), vtt)))
    return cues


def _counterpart(cue: _Cue, by_unit: dict[str, _Cue], sources: list[_Cue]) -> _Cue | None:
    """The source cue of the same unit, else the one overlapping ``cue`` most in time."""
    if cue.unit in by_unit:
        return by_unit[cue.unit]
    overlap, best = max(
        ((min(cue.end, s.end) - max(cue.start, s.start), s) for s in sources),
        key=lambda pair: pair[0],
        default=(0, None),
    )
    return best if overlap > 0 else None


def read(text: str, path: str, options: ReadOptions) -> Document:
    cues = _cues(text, path)
    document = Document(path=path, text=text)
    if options.source is None:
        document.segments = [c.text.segment(c.unit, None, None) for c in cues]
        return document
    name = str(options.source)
    sources = _cues(decode(read_bytes(options.source, name), name, options.encoding)[0], name)
    by_unit: dict[str, _Cue] = {}
    for s in sources:
        by_unit.setdefault(s.unit, s)
    segments: list[Segment] = []
    for cue in cues:
        match = _counterpart(cue, by_unit, sources)
        segments.append(cue.text.segment(cue.unit, match.text.text if match else None))
    document.segments = segments
    return document
