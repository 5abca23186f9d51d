"""Gettext PO: one segment per translation, a msgstr or each msgstr[n] of a plural entry.

polib parses the file. Positions come from the file's own lines: from the line where polib
says an entry starts, the msgstr strings are found and unescaped again beside polib, so each
character of a translation maps to its place in the file, across escapes and strings split
over several lines. The header is skipped, and so are obsolete entries and, unless
``include_fuzzy`` is set, fuzzy ones; its Language (and X-Source-Language) name the
document's languages.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import polib

from tqcheck.document import Document
from tqcheck.errors import InputError
from tqcheck.readers.mapped import MappedText

if TYPE_CHECKING:
    from tqcheck.readers import ReadOptions

# The escapes polib.unescape decodes; any other backslash is kept as written, as polib does.
_ESCAPE_RE = re.compile(r'\\([\\ntrvbf"])')
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "v": "\v", "b": "\b", "f": "\f", "\\": "\\", '"': '"'}
_POLIB_ERROR_RE = re.compile(r"\(line (\d+)\)(?::\s*(.+))?")
_UNIT_MAX = 60


_SPLITLINES_ONLY = "\x85\u2028\u2029"


class _Lines:
    """The file's lines as polib counts them (str.splitlines), with their offsets."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines(keepends=True)
        self.starts = [0]
        for line in self.lines:
            self.starts.append(self.starts[-1] + len(line))

    def stripped(self, index: int) -> tuple[str, int]:
        """Line ``index`` (0-based) stripped as polib strips it, and where that starts."""
        line = self.lines[index]
        return line.strip(), self.starts[index] + len(line) - len(line.lstrip())


def _add_string(mapped: MappedText, content: str, start: int) -> None:
    """Append a quoted string's content (without its quotes), which starts at ``start``."""
    pos = 0
    for m in _ESCAPE_RE.finditer(content):
        mapped.add(start + pos, content[pos : m.start()])
        mapped.add(start + m.start(), _ESCAPES[m.group(1)], 2)
        pos = m.end()
    mapped.add(start + pos, content[pos:])


def _translations(lines: _Lines, first: int) -> dict[int, MappedText]:
    """The translations of the entry starting on line ``first`` (0-based), mapped: msgstr as
    form 0, or each msgstr[n]. polib has parsed the file, so its lines are well formed; an
    entry cut off by the end of the file before its msgstr has none."""
    forms: dict[int, MappedText] = {}
    current: MappedText | None = None
    for index in range(first, len(lines.lines)):
        line, start = lines.stripped(index)
        if line.startswith("msgstr["):
            quote = line.find('"') + 1
            current = forms[int(line[7])] = MappedText(start + quote)
            _add_string(current, line[quote:-1], start + quote)
        elif line.startswith("msgstr"):
            rest = line[len("msgstr") :]
            quote = len(line) - len(rest.lstrip()) + 1
            current = forms[0] = MappedText(start + quote)
            _add_string(current, line[quote:-1], start + quote)
        elif current is None or not line:
            continue
        elif line.startswith('"'):
            _add_string(current, line[1:-1], start + 1)
        else:
            break
    return forms


def _unit(entry: polib.POEntry) -> str:
    """A readable id: ``msgctxt|msgid``, or the msgid; line breaks shown as \\n."""
    unit = entry.msgid if entry.msgctxt is None else f"{entry.msgctxt}|{entry.msgid}"
    unit = unit.translate({ord("\n"): "\\n", ord("\t"): "\\t", ord("\r"): "\\r"})
    return unit if len(unit) <= _UNIT_MAX else unit[: _UNIT_MAX - 1] + "…"


def _language(value: str | None) -> str | None:
    """A header's language as tqcheck writes it: "en_US" → "en-us"."""
    value = (value or "").strip()
    return value.replace("_", "-").lower() or None


def _syntax_error(path: str, text: str, lines: _Lines, exc: Exception) -> InputError:
    """polib's error, with its line as the file counts lines (polib counts as splitlines)."""
    m = _POLIB_ERROR_RE.search(str(exc))
    if not m:
        return InputError(f"{path}: not a valid PO file: {exc}")
    line = Document(path, text).position(lines.starts[int(m.group(1)) - 1])[0]
    detail = f" ({m.group(2)})" if m.group(2) else ""
    return InputError(f"{path}:{line}: not a valid PO file: syntax error{detail}")


def _stand_ins(text: str) -> tuple[dict[int, str], dict[int, str]]:
    """Translation tables that hide U+0085, U+2028 and U+2029 behind private-use characters
    the text lacks, one for one, and give them back. polib breaks lines with
    str.splitlines(), at those too, though a PO file ends a line only at a line feed."""
    if not any(ch in text for ch in _SPLITLINES_ONLY):
        return {}, {}
    free = (chr(c) for c in range(0xE000, 0xF900) if chr(c) not in text)
    hide = {ord(ch): next(free) for ch in _SPLITLINES_ONLY if ch in text}
    return hide, {ord(stand_in): chr(ch) for ch, stand_in in hide.items()}


def read(text: str, path: str, options: ReadOptions) -> Document:
    hide, back = _stand_ins(text)
    parsed = text.translate(hide)
    lines = _Lines(parsed)
    try:
        po = polib.pofile(parsed)
    except (OSError, ValueError) as exc:
        raise _syntax_error(path, text, lines, exc) from None
    document = Document(
        path=path,
        text=text,
        source_lang=_language(po.metadata.get("X-Source-Language")),
        target_lang=_language(po.metadata.get("Language")),
    )
    for entry in po:
        if entry.obsolete or (entry.fuzzy and not options.include_fuzzy):
            continue
        unit = _unit(entry).translate(back)
        forms = _translations(lines, max(entry.linenum - 1, 0))
        for n, mapped in sorted(forms.items()):
            if entry.msgid_plural:
                source = entry.msgid_plural if n else entry.msgid
                segment = mapped.segment(f"{unit}[{n}]", source.translate(back))
            else:
                segment = mapped.segment(unit, entry.msgid.translate(back))
            segment.text = segment.text.translate(back)
            document.segments.append(segment)
    return document
