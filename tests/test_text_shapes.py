"""Text shapes: line endings, Unicode normalization, invisible characters, a very long line,
empty and blank files. Positions are counted in the file's own characters, lines end at
CRLF, CR or LF, and what a reader sees decides what is a finding."""

from __future__ import annotations

import re
import sys
import time
import unicodedata
from collections.abc import Sequence
from pathlib import Path

import pytest

from tqcheck.api import check_text
from tqcheck.cli import main
from tqcheck.config import Config
from tqcheck.document import Document
from tqcheck.engine import Checker
from tqcheck.errors import InputError
from tqcheck.issue import Issue
from tqcheck.readers import ReadOptions, po, read_document, subtitles, table, text_document

CHECKER = Checker(Config(select=("ALL",)))

Found = tuple[str, int, int, int, int]  # code, line, column, end line, end column


def findings(document: Document) -> list[Found]:
    """The document's issues with every rule, each checked to read back as its text from
    its line and column."""
    issues = CHECKER.check(document)
    assert_read_back(document, issues)
    return [(i.code, i.line, i.column, i.end_line, i.end_column) for i in issues]


def assert_read_back(document: Document, issues: Sequence[Issue]) -> None:
    starts = [0] + [m.end() for m in re.finditer(r"\r\n?|\n", document.text)]
    for issue in issues:
        start = starts[issue.line - 1] + issue.column - 1
        end = starts[issue.end_line - 1] + issue.end_column - 1
        assert start <= end <= len(document.text)
        assert document.text[start:end] == issue.text, issue


def with_line_endings(text: str, endings: Sequence[str]) -> str:
    """``text`` (LF line endings) with its line breaks written as ``endings``, in turn."""
    lines = text.split("\n")
    return "".join(line + endings[n % len(endings)] for n, line in enumerate(lines[:-1]))


# --- line endings ---------------------------------------------------------------------------

TEXT = (
    "Lukashenko met Putin in Minsk.\n"
    "We signed the the deal , ok.\n"
    "\n"
    "They are equipped and equipped.\n"
    "Later Lukashenka  left.\n"
    "We signed the the deal , ok.\n"
)
TEXT_FOUND = [
    ("TQ101", 2, 11, 2, 18),
    ("TQ606", 2, 23, 2, 25),
    ("TQ102", 4, 10, 4, 31),
    ("TQ201", 5, 7, 5, 17),
    ("TQ605", 5, 17, 5, 19),
    ("TQ104", 6, 1, 6, 29),
    ("TQ101", 6, 11, 6, 18),
    ("TQ606", 6, 23, 6, 25),
]
# A translation split over two lines of the file: the doubled word spans them.
PO_TEXT = (
    'msgid ""\nmsgstr ""\n"Language: en\\n"\n\n'
    'msgid "Мы подписали сделку."\nmsgstr ""\n"We signed the "\n'
    '"the deal , it is equipped and equipped."\n'
)
PO_FOUND = [("TQ101", 7, 12, 8, 5), ("TQ606", 8, 10, 8, 12), ("TQ102", 8, 19, 8, 40)]
# A quoted cell with a line break inside.
TABLE_TEXT = 'source\ttarget\nМы подписали.\t"We signed the\nthe the deal , ok."\n'
TABLE_FOUND = [("TQ103", 2, 26, 3, 8), ("TQ606", 3, 13, 3, 15)]
SRT_TEXT = (
    "1\n00:00:01,000 --> 00:00:02,000\nWe met\nthe deal , ok.\n\n"
    "2\n00:00:03,000 --> 00:00:04,000\n<i>They are equipped and equipped.</i>\n"
)
SRT_FOUND = [("TQ606", 4, 9, 4, 11), ("TQ102", 8, 13, 8, 34)]

ENDINGS = {
    "LF": ["\n"],
    "CRLF": ["\r\n"],
    "CR": ["\r"],
    # A CR ending is never followed by an LF one: before an empty line, the two are a CRLF.
    "mixed": ["\r\n", "\n", "\r"],
    "mixed-other": ["\n", "\r", "\r\n"],
}
CASES = {
    "text": ("t.txt", TEXT, TEXT_FOUND),
    "po": ("t.po", PO_TEXT, PO_FOUND),
    "table": ("t.tsv", TABLE_TEXT, TABLE_FOUND),
    "subtitles": ("t.srt", SRT_TEXT, SRT_FOUND),
}


@pytest.mark.parametrize("endings", ENDINGS.values(), ids=ENDINGS.keys())
@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_line_endings_give_the_same_findings(
    tmp_path: Path, case: tuple[str, str, list[Found]], endings: list[str]
) -> None:
    name, text, expected = case
    path = tmp_path / name
    path.write_bytes(with_line_endings(text, endings).encode("utf-8"))
    assert findings(read_document(path, name)) == expected


# --- Unicode normalization ------------------------------------------------------------------

ACCENTED = (
    "The café café in Zürich opened on Monday.\n"
    "We met José Müller in Zürich. Later José Muller spoke. José Müller left.\n"
    "They were équipés and équipés , said Renée  Brontë.\n"
    "Chloé said «oui» to the Société Générale (SG).\n"
)
NFC_FOUND = [
    ("TQ101", 1, 5, 1, 14),
    ("TQ201", 2, 42, 2, 48),
    ("TQ102", 3, 11, 3, 30),
    ("TQ606", 3, 30, 3, 32),
    ("TQ605", 3, 43, 3, 45),
    ("TQ604", 4, 12, 4, 17),
]
# The same findings, each column moved on by the combining marks NFD writes before it.
NFD_FOUND = [
    ("TQ101", 1, 5, 1, 16),
    ("TQ201", 2, 46, 2, 52),
    ("TQ102", 3, 11, 3, 34),
    ("TQ606", 3, 34, 3, 36),
    ("TQ605", 3, 48, 3, 50),
    ("TQ604", 4, 13, 4, 18),
]


def test_nfc_text_with_accents() -> None:
    text = unicodedata.normalize("NFC", ACCENTED)
    assert findings(text_document(text, "nfc.txt")) == NFC_FOUND


def test_nfd_positions_are_counted_in_the_files_own_characters() -> None:
    """Rules that do not read words find the same in NFD, further right by the marks."""
    text = unicodedata.normalize("NFD", ACCENTED)
    found = findings(text_document(text, "nfd.txt"))
    assert [f for f in found if f[0] in ("TQ604", "TQ605", "TQ606")] == NFD_FOUND[3:]


def test_nfd_text_gives_the_findings_of_nfc() -> None:
    text = unicodedata.normalize("NFD", ACCENTED)
    assert findings(text_document(text, "nfd.txt")) == NFD_FOUND


# --- invisible characters -------------------------------------------------------------------

ZERO_WIDTH = {
    "ZWSP": "\u200b",
    "ZWNJ": "\u200c",
    "ZWJ": "\u200d",
    "WJ": "\u2060",
    "ZWNBSP": "\ufeff",
    "SHY": "\u00ad",
    "LRM": "\u200e",
    "RLM": "\u200f",
}
INVISIBLE = {
    **ZERO_WIDTH,
    "ALM": "\u061c",
    "NBSP": "\u00a0",
    "NNBSP": "\u202f",
    "LRE": "\u202a",
    "PDF": "\u202c",
    "LRI": "\u2066",
    "PDI": "\u2069",
    "CGJ": "\u034f",
}
BUSY = (
    "Lukashenko met Putin. We signed the the deal , it is equipped and equipped "
    "(VGS) “on the territory of” Minsk - 10 000 «ok»"
)


@pytest.mark.parametrize("char", INVISIBLE.values(), ids=INVISIBLE.keys())
def test_invisible_characters_anywhere_do_not_break_rules(char: str) -> None:
    """One invisible character at each place in turn, then between all characters."""
    texts = [BUSY[:n] + char + BUSY[n:] for n in range(len(BUSY) + 1)]
    texts.append(char.join(BUSY))
    for n, text in enumerate(texts):
        findings(text_document(f"{text}\nLukashenko{char}\n{char}\n", f"{n}.txt"))


@pytest.mark.parametrize("char", ZERO_WIDTH.values(), ids=ZERO_WIDTH.keys())
def test_words_joined_by_an_invisible_character_are_not_a_repetition(char: str) -> None:
    """ "the\u200bthe" reads "thethe": one word to the reader, not a doubled one."""
    assert findings(text_document(f"We signed the{char}the deal.\n", "t.txt")) == []


@pytest.mark.parametrize("char", ZERO_WIDTH.values(), ids=ZERO_WIDTH.keys())
def test_a_name_holding_an_invisible_character_is_not_another_spelling(char: str) -> None:
    text = f"Lukashenko met Putin. Later Luka{char}shenko left Minsk. Lukashenko spoke.\n"
    assert findings(text_document(text, "t.txt")) == []


@pytest.mark.parametrize(
    "text", ["We signed the\u061cthe deal.", "We signed the deal\u061c.", "\u061cWe signed."]
)
def test_an_arabic_letter_mark_is_not_arabic_text(text: str) -> None:
    assert findings(text_document(text + "\n", "t.txt")) == []


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009", "\u3000", "\t"])
def test_words_apart_by_any_space_are_a_repetition(space: str) -> None:
    document = text_document(f"We signed the{space}the deal.\n", "t.txt")
    assert findings(document) == [("TQ101", 1, 11, 1, 18)]


@pytest.mark.parametrize(
    "text",
    [
        "We signed the\u200b the deal.",
        "We signed the \u200bthe deal.",
        "We signed the\u2060 the deal.",
        "We signed the\ufeff the deal.",
        "We signed the\u200e the deal.",
        "We signed the \u200fthe deal.",
        "We signed th\u00ade the deal.",
    ],
    ids=["ZWSP-before", "ZWSP-after", "WJ", "ZWNBSP", "LRM", "RLM", "SHY-inside"],
)
def test_words_apart_by_a_space_and_an_invisible_character_are_a_repetition(text: str) -> None:
    found = findings(text_document(text + "\n", "t.txt"))
    assert [(code, line, column, end_line) for code, line, column, end_line, _ in found] == [
        ("TQ101", 1, 11, 1)
    ]


# A soft hyphen (U+00AD) is a hint where a word may break: every rule reads the word without
# it, while positions still count it as one of the file's characters.


def test_a_soft_hyphen_before_a_repeated_word_keeps_its_column() -> None:
    document = text_document("Our com\u00admittee signed the the deal.\n", "t.txt")
    assert findings(document) == [("TQ101", 1, 23, 1, 30)]


def test_a_soft_hyphen_in_a_po_translation(tmp_path: Path) -> None:
    path = tmp_path / "t.po"
    path.write_text(
        'msgid "Мы подписали сделку."\nmsgstr "We signed th\u00ade the deal."\n', "utf-8"
    )
    assert findings(read_document(path, str(path))) == [("TQ101", 2, 19, 2, 27)]


def test_a_soft_hyphen_in_an_xliff_target(tmp_path: Path) -> None:
    path = tmp_path / "t.xlf"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
        '<file original="t" source-language="ru" target-language="en" datatype="plaintext">'
        "<body>\n"
        '<trans-unit id="1"><source>Мы подписали сделку.</source>\n'
        "<target>We &amp; they signed th&#173;e the deal.</target></trans-unit>\n"
        "</body></file></xliff>\n",
        "utf-8",
    )
    assert findings(read_document(path, str(path))) == [("TQ101", 5, 30, 5, 43)]


def test_a_soft_hyphen_inside_a_name_spelled_two_ways() -> None:
    text = "Lukashenko met Putin. Later Luka\u00adshenka left. Lukashenko spoke.\n"
    assert findings(text_document(text, "t.txt")) == [("TQ201", 1, 29, 1, 40)]


# --- line breaks that only str.splitlines() knows -------------------------------------------

SPLITLINES_ONLY = {"LS": "\u2028", "PS": "\u2029", "NEL": "\x85"}


# polib reads the file with str.splitlines(), which also ends a line at U+2028, U+2029 and
# U+0085, though PO (like GNU gettext) ends a line only at a line feed: the reader hides them.
@pytest.mark.parametrize("char", SPLITLINES_ONLY.values(), ids=SPLITLINES_ONLY.keys())
def test_unicode_line_separator_inside_a_po_string(char: str) -> None:
    text = f'msgid "Мы подписали."\nmsgstr "We signed{char}the the deal."\n'
    document = po.read(text, "t.po", ReadOptions())
    assert [s.text for s in document.segments] == [f"We signed{char}the the deal."]
    assert findings(document) == [("TQ101", 2, 19, 2, 26)]


@pytest.mark.parametrize("char", SPLITLINES_ONLY.values(), ids=SPLITLINES_ONLY.keys())
def test_unicode_line_separator_in_text_table_and_subtitles(char: str) -> None:
    """Lines end at CR and LF only: a Unicode separator is a character of the line."""
    assert findings(text_document(f"Ok{char}we signed the the deal.\n", "t.txt")) == [
        ("TQ101", 1, 14, 1, 21)
    ]
    cells = f"source\ttarget\nДа.\tOk{char}we signed the the deal.\n"
    assert findings(table.read(cells, "t.tsv", ReadOptions())) == [("TQ101", 2, 18, 2, 25)]
    cue = f"1\n00:00:01,000 --> 00:00:02,000\nOk{char}we signed the the deal.\n"
    assert findings(subtitles.read(cue, "t.srt", ReadOptions())) == [("TQ101", 3, 14, 3, 21)]


@pytest.mark.parametrize("char", SPLITLINES_ONLY.values(), ids=SPLITLINES_ONLY.keys())
def test_unicode_line_separator_in_a_line_aligned_source(char: str) -> None:
    issues = check_text(
        "We signed the the deal.\nOk.\n",
        source=f"Мы подписали{char}сделку.\nХорошо.\n",
        config=Config(select=("TQ101", "TQ803")),
    )
    assert [(i.code, i.line, i.column, i.unit) for i in issues] == [("TQ101", 1, 11, "1")]


def test_a_line_aligned_source_may_not_fake_its_line_count() -> None:
    with pytest.raises(InputError, match="has 2 lines but its source"):
        check_text("One.\nTwo.\n", source="Один.\n")


# --- a very long line -----------------------------------------------------------------------

NEWS = (
    "The government of Belarus announced on Monday that talks with its neighbours "
    "would resume next week in Minsk. "
)
LONG_LINE_LIMIT = 60.0


def test_a_ten_megabyte_line(tmp_path: Path) -> None:
    count = 10_000_000 // len(NEWS)
    path = tmp_path / "long.txt"
    path.write_text(NEWS * count + "They signed the the deal.\n", encoding="utf-8")
    started = time.perf_counter()
    document = read_document(path, "long.txt")
    issues = CHECKER.check(document)
    elapsed = time.perf_counter() - started
    sys.stderr.write(f"10 MB line checked in {elapsed:.1f} s\n")
    assert elapsed < LONG_LINE_LIMIT
    repeated = [i for i in issues if i.code == "TQ101"]
    column = len(NEWS) * count + len("They signed ") + 1
    assert [(i.line, i.column, i.end_column, i.text) for i in repeated] == [
        (1, column, column + 7, "the the")
    ]
    # Every copy of the sentence after the first is a repeated sentence, and nothing else.
    assert {i.code for i in issues} == {"TQ101", "TQ104"}
    assert sum(i.code == "TQ104" for i in issues) == count - 1


# --- empty and blank files ------------------------------------------------------------------

BLANK = {
    "empty": b"",
    "bom": b"\xef\xbb\xbf",
    "lf": b"\n\n\n",
    "crlf": b"\r\n\r\n",
    "cr": b"\r\r",
    "spaces": b"  \n\t\n \r\n",
    "unicode-spaces": "\u00a0\n\u3000\u2003\n\u202f".encode(),
}


@pytest.mark.parametrize("content", BLANK.values(), ids=BLANK.keys())
@pytest.mark.parametrize("suffix", [".txt", ".md", ".po", ".tsv", ".csv", ".srt"])
def test_empty_and_blank_files_have_no_issue(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str, content: bytes
) -> None:
    path = tmp_path / f"blank{suffix}"
    path.write_bytes(content)
    with pytest.raises(SystemExit) as exit_info:
        main(["lint", str(path), "--select", "ALL"])
        sys.exit(0)
    assert exit_info.value.code == 0
    assert capsys.readouterr() == ("", "")
