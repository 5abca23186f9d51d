"""TSV and CSV: one segment per row, the target cell's text, with the source cell as source.

The csv module parses; positions come from walking the raw text record by record beside it,
so a quoted cell (doubled quotes, line breaks inside) still maps to the file character for
character. Columns are chosen by ``--source-column``/``--target-column`` (a header name or a
1-based number), else by header names (source/src/original, target/tgt/translation, or two
language codes, the first the source), else a two-column file is (source, target).
"""

from __future__ import annotations

import csv
import io
import re
from typing import TYPE_CHECKING

from tqcheck.document import Document
from tqcheck.errors import InputError
from tqcheck.readers.mapped import MappedText

if TYPE_CHECKING:
    from tqcheck.readers import ReadOptions

_ROLES = {
    "source": "source",
    "src": "source",
    "original": "source",
    "target": "target",
    "tgt": "target",
    "translation": "target",
}
# A header that names a language: "ru", "en-US", "pt_BR" (two-letter primary subtag; "id" is
# taken for a key column, far likelier in a table than Indonesian).
_LANGUAGE_RE = re.compile(r"(?!id\b)[a-z]{2}(?:[-_][a-z0-9]{2,8})*", re.IGNORECASE)


def _delimiter(text: str, path: str) -> str:
    suffix = path.lower().rpartition(".")[2]
    if suffix == "tsv":
        return "\t"
    if suffix == "csv":
        return ","
    try:
        return csv.Sniffer().sniff(text[:65536], delimiters="\t,;|").delimiter
    except csv.Error:
        raise InputError(
            f"{path}: cannot tell the column delimiter; name the file .tsv or .csv"
        ) from None


def _parse(text: str, path: str, delimiter: str, quoting: int) -> list[list[str]]:
    """The records' cell values (a blank line is an empty record)."""
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=delimiter, quoting=quoting, strict=True
    )
    rows: list[list[str]] = []
    start = 1  # the line the record being read starts on
    try:
        for row in reader:
            rows.append(row)
            start = reader.line_num + 1
    except csv.Error as exc:
        if str(exc) == "unexpected end of data":
            message = f"{path}:{start}: a quoted cell on this line is never closed"
        else:
            message = f"{path}:{reader.line_num}: not a valid table: {exc}"
        raise InputError(message) from None
    return rows


def _rows(text: str, path: str, delimiter: str) -> tuple[list[list[str]], bool]:
    """The records' cell values, and whether cells may be quoted. Quoting is Excel's; a TSV
    whose quotes do not parse that way is linear TSV, its quotes plain text (MT output often
    opens a quote it never closes)."""
    try:
        return _parse(text, path, delimiter, csv.QUOTE_MINIMAL), True
    except InputError:
        if delimiter != "\t":
            raise
        return _parse(text, path, delimiter, csv.QUOTE_NONE), False


def _cell(text: str, pos: int, value: str, quoted: bool) -> tuple[MappedText, int]:
    """The cell that starts at ``pos`` and reads ``value``, mapped; and where it ends."""
    cell = MappedText(pos + 1 if quoted else pos)
    if quoted:
        pos += 1
        while True:
            quote = text.index('"', pos)
            cell.add(pos, text[pos:quote])
            if not text.startswith('""', quote):
                pos = quote + 1
                break
            cell.add(quote, '"', 2)
            pos = quote + 2
    else:
        cell.add(pos, value)
        pos += len(value)
    return cell, pos


def _records(text: str, path: str, delimiter: str) -> list[list[MappedText]]:
    """Every record of the file (blank lines as empty records), its cells mapped."""
    rows, quoted_cells = _rows(text, path, delimiter)
    records: list[list[MappedText]] = []
    pos = 0
    for row in rows:
        cells: list[MappedText] = []
        for i, value in enumerate(row):
            if i:
                pos += 1  # the delimiter
            cell, pos = _cell(text, pos, value, quoted_cells and text.startswith('"', pos))
            cells.append(cell)
        pos += 2 if text.startswith("\r\n", pos) else 1  # the line break (none at the end)
        records.append(cells)
    return records


def _language(name: str) -> str | None:
    name = name.strip()
    return name.replace("_", "-").lower() if _LANGUAGE_RE.fullmatch(name) else None


def _column(option: str, names: list[str] | None, width: int, flag: str, path: str) -> int:
    """The 0-based column an option names, by 1-based number or header name."""
    if option.isdigit():
        if not 1 <= int(option) <= width:
            raise InputError(f"{path}: {flag} {option}: the file has {width} columns")
        return int(option) - 1
    if names is None:
        raise InputError(f"{path}: {flag} {option}: the file has no header row; give a number")
    folded = [n.strip().casefold() for n in names]
    if option.strip().casefold() not in folded:
        raise InputError(f"{path}: {flag} {option}: no such column ({', '.join(names)})")
    return folded.index(option.strip().casefold())


def _is_header(row: list[str], options: ReadOptions) -> bool:
    """Whether the first row names the columns: a role (source, target…), a column the
    options name, or two language codes (one alone may well be a word: "no", "is")."""
    options_named = (options.source_column, options.target_column)
    wanted = {o.strip().casefold() for o in options_named if o and not o.isdigit()}
    folded = {n.strip().casefold() for n in row}
    return bool(folded & (_ROLES.keys() | wanted)) or sum(map(bool, map(_language, row))) >= 2


def _columns(
    names: list[str] | None, width: int, options: ReadOptions, path: str
) -> tuple[int | None, int]:
    """(source, target) columns, 0-based; the source may be missing."""
    chosen: dict[str, int] = {}
    for role, option, flag in (
        ("source", options.source_column, "--source-column"),
        ("target", options.target_column, "--target-column"),
    ):
        if option:
            chosen[role] = _column(option, names, width, flag, path)
    if names:
        for i, name in enumerate(names):
            role = _ROLES.get(name.strip().casefold())
            if role and role not in chosen and i not in chosen.values():
                chosen[role] = i
        languages = [i for i, n in enumerate(names) if _language(n) and i not in chosen.values()]
        if len(languages) == 2 - len(chosen):
            for role in ("source", "target"):
                if role not in chosen:
                    chosen[role] = languages.pop(0)
    if width <= 2:
        rest = [i for i in range(width) if i not in chosen.values()]
        for role in ("target", "source") if width == 1 else ("source", "target"):
            if role not in chosen and rest:
                chosen[role] = rest.pop(0)
    if "target" not in chosen:
        raise InputError(
            f"{path}: cannot tell which of the {width} columns is the translation; give "
            "--target-column (a header name or a 1-based number), and --source-column"
        )
    return chosen.get("source"), chosen["target"]


def read(text: str, path: str, options: ReadOptions) -> Document:
    records = _records(text, path, _delimiter(text, path))
    document = Document(path=path, text=text)
    first = next((r for r in records if r), None)
    if first is None:
        return document
    first_row = [c.text for c in first]
    names = first_row if _is_header(first_row, options) else None
    source_col, target_col = _columns(names, len(first_row), options, path)
    if names:
        document.target_lang = _language(names[target_col])
        document.source_lang = _language(names[source_col]) if source_col is not None else None
    for number, cells in enumerate(records, start=1):
        if not cells or (names and cells is first):
            continue
        source = None
        if source_col is not None and source_col < len(cells):
            source = cells[source_col].text
        # A row cut short has an empty target where its last cell ends.
        target = cells[target_col] if target_col < len(cells) else MappedText(cells[-1].end)
        document.segments.append(target.segment(f"row {number}", source))
    return document
