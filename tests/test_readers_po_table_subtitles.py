"""PO, TSV/CSV and subtitle readers: the segments they make and the way back to the file."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tqcheck.document import Document, Segment
from tqcheck.errors import InputError
from tqcheck.readers import ReadOptions, read_document

ROOT = Path(__file__).parent.parent
FORMATS = ROOT / "fixtures" / "formats"
PO_ESCAPES = {"\n": "n", "\t": "t", '"': '"', "\\": "\\"}


def read(name: str, **options: object) -> Document:
    path = FORMATS / name
    return read_document(path, str(path), ReadOptions(**options))  # type: ignore[arg-type]


def rows(document: Document) -> list[tuple[str | None, str | None, str]]:
    return [(s.unit, s.source, s.text) for s in document.segments]


def segment(document: Document, unit: str) -> Segment:
    return next(s for s in document.segments if s.unit == unit)


def at(document: Document, segment: Segment, word: str, nth: int = 0) -> tuple[int, int]:
    """(line, column) of the ``nth`` ``word`` of the segment, after checking that the file
    has that word, character for character, where the segment says it is."""
    index = -1
    for _ in range(nth + 1):
        index = segment.text.index(word, index + 1)
    for i in range(index, index + len(word)):
        assert document.text[segment.file_offset(i)] == segment.text[i]
    return document.locate(segment, index)


def read_text(text: str, name: str, tmp_path: Path, **options: object) -> Document:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return read_document(path, name, ReadOptions(**options))  # type: ignore[arg-type]


# --- PO -----------------------------------------------------------------------------------

PO_SEGMENTS = [
    (
        "headline|Лукашенко провёл переговоры в Минске",
        "Лукашенко провёл переговоры в Минске",
        "Lukashenko held talks in Minsk",
    ),
    (
        'Он сказал: "Да".\\nМы подписали соглашение.',
        'Он сказал: "Да".\nМы подписали соглашение.',
        'He said: "Yes".\nWe signed the the agreement.',
    ),
    (
        "Александр Лукашенко встретился с делегацией из 12 стран.",
        "Александр Лукашенко встретился с делегацией из 12 стран.",
        "Alexander Lukashenka met a delegation from 15 countries.",
    ),
    ("Министерство обороны", "Министерство обороны", "Министерство обороны"),
    ("Сохранить", "Сохранить", ""),
    ("Переговоры длились %d час[0]", "Переговоры длились %d час", "The talks lasted %d hour"),
    ("Переговоры длились %d час[1]", "Переговоры длились %d часов", "The talks lasted %d hours"),
]
PO_FUZZY = (
    "Переговоры продолжатся завтра.",
    "Переговоры продолжатся завтра.",
    "The talks will will continue tomorrow.",
)


def test_po_segments_skip_header_fuzzy_and_obsolete() -> None:
    document = read("sample.po")
    assert rows(document) == PO_SEGMENTS
    assert all(s.side == "target" for s in document.segments)
    assert (document.source_lang, document.target_lang) == ("ru", "en")


def test_po_fuzzy_entries_with_the_option() -> None:
    document = read("sample.po", include_fuzzy=True)
    assert rows(document) == [*PO_SEGMENTS, PO_FUZZY]
    assert at(document, document.segments[-1], "will will") == (47, 19)
    assert not any("old old" in s.text for s in document.segments)  # obsolete


def test_po_positions_after_escapes_on_the_same_line() -> None:
    document = read("sample.po")
    quoted = document.segments[1]
    assert at(document, quoted, "He said") == (19, 9)
    assert at(document, quoted, "Yes") == (19, 20)  # after \"
    assert at(document, quoted, "We signed") == (19, 28)  # after \" and \n
    assert at(document, quoted, "the the") == (19, 38)
    # an escaped character stands where its escape starts
    for i, char in enumerate(quoted.text):
        offset = quoted.file_offset(i)
        if char in '"\n':
            assert document.text[offset : offset + 2] == "\\" + PO_ESCAPES[char]
    end = quoted.file_offset(len(quoted.text))
    assert document.text[end] == '"' and document.position(end) == (19, 56)


def test_po_positions_across_a_split_string_and_plural_forms() -> None:
    document = read("sample.po")
    split = document.segments[2]
    assert at(document, split, "Alexander") == (26, 2)
    assert at(document, split, "Lukashenka") == (26, 12)
    assert at(document, split, "from 15") == (27, 2)  # second line of the string
    assert at(document, split, "15") == (27, 7)
    assert at(document, document.segments[0], "Minsk") == (15, 34)
    assert at(document, document.segments[5], "hour") == (40, 32)
    assert at(document, document.segments[6], "hours") == (41, 32)
    empty = document.segments[4]
    assert document.position(empty.offset) == (35, 9)  # between the quotes of msgstr ""


def test_po_escapes_crlf_and_a_file_without_header(tmp_path: Path) -> None:
    text = 'msgid "Tab"\r\nmsgstr ""\r\n"a\\tb \\\\ c\\a "\r\n\r\n"the the\\n"\r\n'
    document = read_text(text, "x.po", tmp_path)
    (only,) = document.segments
    # polib leaves \a as written; blank lines inside a string are skipped like polib does
    assert (only.unit, only.text) == ("Tab", "a\tb \\ c\\a the the\n")
    assert at(document, only, "b") == (3, 5)
    assert at(document, only, "c\\a") == (3, 10)
    assert at(document, only, "the the") == (5, 2)
    assert (document.source_lang, document.target_lang) == (None, None)


def test_po_unit_ids_are_shortened(tmp_path: Path) -> None:
    msgid = "x" * 70
    text = f'msgctxt "menu"\nmsgid "{msgid}"\nmsgstr "y"\n'
    (only,) = read_text(text, "x.po", tmp_path).segments
    assert only.unit == f"menu|{'x' * 54}…" and len(only.unit) == 60
    assert only.source == msgid


def test_po_language_tags_are_normalised(tmp_path: Path) -> None:
    text = 'msgid ""\nmsgstr "Language: en_US\\n"\n\nmsgid "a"\nmsgstr "b"\n'
    assert read_text(text, "x.po", tmp_path).target_lang == "en-us"


def test_malformed_po_names_file_and_line() -> None:
    with pytest.raises(InputError) as error:
        read("malformed/broken.po")
    assert str(error.value) == (
        f"{FORMATS / 'malformed/broken.po'}:6: not a valid PO file: syntax error "
        "(unescaped double quote found)"
    )


def test_po_error_line_counts_lines_as_the_file_does(tmp_path: Path) -> None:
    # A U+2028 inside a string is no line break in PO: the error is on the file's line 3.
    text = 'msgid "a\u2028b"\nmsgstr "b\u2028c"\nmsgstr broken\n'
    with pytest.raises(InputError, match=r"^x\.po:3: "):
        read_text(text, "x.po", tmp_path)


# --- TSV and CSV --------------------------------------------------------------------------

TABLE_SEGMENTS = [
    ("row 2", "Лукашенко провёл переговоры в Минске.", "Lukashenko held talks in Minsk."),
    ("row 3", "Мы подписали соглашение.", "We signed the the agreement."),
    ("row 4", "Встреча длилась 3 часа.", "The meeting lasted 5 hours."),
    ("row 5", "Министерство обороны", "Министерство обороны"),
    ("row 6", "Сохранить", ""),
]


def test_tsv_segments_languages_and_positions() -> None:
    document = read("sample.tsv")
    assert rows(document) == [
        *TABLE_SEGMENTS,
        # an unclosed quote: linear TSV, where quotes are text
        ("row 7", "Он сказал: «Да».", 'He said: "Yes.'),
        (
            "row 8",
            "Александр Лукашенко встретился с делегацией.",
            "Alexander Lukashenka met a delegation.",
        ),
    ]
    assert (document.source_lang, document.target_lang) == ("ru", "en")
    assert at(document, segment(document, "row 3"), "the the") == (3, 36)
    assert at(document, segment(document, "row 7"), '"Yes.') == (7, 27)
    empty = segment(document, "row 6")
    assert document.position(empty.offset) == (6, 11)


def test_csv_segments_and_a_quoted_multiline_cell() -> None:
    document = read("sample.csv")
    assert rows(document) == [
        *TABLE_SEGMENTS,
        (
            "row 7",
            "Он сказал: «Да».\nАлександр Лукашенко встретился с делегацией.",
            'He said: "Yes."\nAlexander Lukashenka met the the delegation.',
        ),
    ]
    assert (document.source_lang, document.target_lang) == (None, None)
    assert at(document, segment(document, "row 4"), "5 hours") == (4, 45)  # quoted cell
    cell = segment(document, "row 7")
    assert at(document, cell, "He said") == (8, 48)
    assert at(document, cell, "Yes.") == (8, 59)  # after a doubled quote
    assert document.text[cell.file_offset(cell.text.index('"'))] == '"'
    assert at(document, cell, "Lukashenka") == (9, 11)  # second line of the cell
    assert at(document, cell, "the the") == (9, 26)
    end = cell.file_offset(len(cell.text))
    assert document.text[end - 1 : end + 1] == '."'


def test_csv_crlf_doubled_quotes_and_sniffed_delimiter(tmp_path: Path) -> None:
    document = read_text('Привет,Hello\r\n"Да\r\nнет","a ""b""\r\nthe the"\r\n', "x.csv", tmp_path)
    assert rows(document) == [
        ("row 1", "Привет", "Hello"),
        ("row 2", "Да\r\nнет", 'a "b"\r\nthe the'),
    ]
    assert at(document, document.segments[1], "b") == (3, 11)  # after a doubled quote
    assert at(document, document.segments[1], "the the") == (4, 1)
    sniffed = read_text(
        'id;en;de\n1;Hello;Hallo\n2;"x;y";z\n', "x.txt", tmp_path, input_format="table"
    )
    assert rows(sniffed) == [("row 2", "Hello", "Hallo"), ("row 3", "x;y", "z")]
    assert (sniffed.source_lang, sniffed.target_lang) == ("en", "de")


@pytest.mark.parametrize(
    ("text", "options", "expected"),
    [
        # role names win over position; extra columns are fine
        (
            "id\tsource\ttarget\tnote\n1\tПривет\tHello\tx\n2\tДа\n",
            {},
            [("row 2", "Привет", "Hello"), ("row 3", "Да", "")],
        ),
        # no header: a two-column file is (source, target), a one-column file a target
        ("Привет\tHello\n", {}, [("row 1", "Привет", "Hello")]),
        ("Hello\n\nWorld\n", {}, [("row 1", None, "Hello"), ("row 3", None, "World")]),
        # options by number (no header) and by name (the header then found by it)
        ("a\tb\tc\n", {"target_column": "3"}, [("row 1", None, "c")]),
        ("A\tB\tC\n1\t2\t3\n", {"target_column": "c", "source_column": "a"}, [("row 2", "1", "3")]),
        # one two-letter word is no header
        ("No\tНет\n", {}, [("row 1", "No", "Нет")]),
    ],
)
def test_table_columns(tmp_path: Path, text: str, options: dict, expected: list) -> None:
    assert rows(read_text(text, "x.tsv", tmp_path, **options)) == expected


@pytest.mark.parametrize(
    ("text", "options", "message"),
    [
        (
            "a\tb\tc\n1\t2\t3\n",
            {},
            "x.tsv: cannot tell which of the 3 columns is the translation; give --target-column",
        ),
        ("a\tb\n", {"target_column": "5"}, "x.tsv: --target-column 5: the file has 2 columns"),
        (
            "a\tb\n",
            {"source_column": "1", "target_column": "en"},
            "x.tsv: --target-column en: the file has no header row",
        ),
        ("ru\ten\n", {"target_column": "de"}, "x.tsv: --target-column de: no such column (ru, en)"),
    ],
)
def test_table_column_errors(tmp_path: Path, text: str, options: dict, message: str) -> None:
    with pytest.raises(InputError, match="^" + message.replace("(", r"\(").replace(")", r"\)")):
        read_text(text, "x.tsv", tmp_path, **options)


def test_malformed_csv_names_file_and_line(tmp_path: Path) -> None:
    with pytest.raises(InputError) as error:
        read("malformed/broken.csv")
    path = FORMATS / "malformed/broken.csv"
    assert str(error.value) == f"{path}:3: a quoted cell on this line is never closed"
    with pytest.raises(InputError, match=r"^x\.csv:2: not a valid table: ',' expected after '\"'"):
        read_text('a,b\nc,"d"e\n', "x.csv", tmp_path)


# --- SRT and WebVTT -------------------------------------------------------------------------


def test_srt_cues_aligned_with_a_source_file() -> None:
    document = read("sample.srt", source=FORMATS / "sample.ru.srt")
    assert rows(document) == [
        ("1", "Лукашенко провёл переговоры в Минске.", "Lukashenko held talks in Minsk."),
        ("2", "Мы подписали соглашение.", "We signed the the agreement."),
        ("3", "Встреча длилась 3 часа.", "The meeting lasted 5 hours."),
        ("4", "Министерство обороны", "Министерство обороны"),
        ("5", "Сохранить", ""),
        # no cue 7 in the source: the one it overlaps in time
        (
            "7",
            "Александр Лукашенко встретился\nс делегацией.",
            "Alexander Lukashenka met\nthe the delegation.",
        ),
        ("8", None, "Thanks for watching."),  # nothing at that time in the source
    ]
    assert all(s.side == "target" for s in document.segments)


def test_srt_positions_around_tags_and_crlf_line_breaks() -> None:
    document = read("sample.srt")
    assert all(s.source is None and s.side is None for s in document.segments)
    assert at(document, segment(document, "2"), "the the") == (7, 14)  # after <i>
    assert at(document, segment(document, "3"), "The meeting") == (11, 7)  # after {\an8}
    assert at(document, segment(document, "3"), "5") == (11, 26)
    cue = segment(document, "7")
    assert at(document, cue, "Lukashenka") == (22, 14)  # inside <b>…</b>
    assert at(document, cue, "met") == (22, 29)  # after </b>
    assert at(document, cue, "the the") == (23, 1)  # the second line
    assert document.text[cue.file_offset(cue.text.index("\n")) :].startswith("\r\n")
    empty = segment(document, "5")
    assert document.position(empty.offset) == (18, 30)  # end of its timestamp line


def test_vtt_cues_ids_entities_and_tags() -> None:
    document = read("sample.vtt")
    assert rows(document) == [
        ("intro", None, "Lukashenko held talks in Minsk."),
        ("2", None, "We signed the the agreement & left."),
        ("3", None, "The meeting lasted 5 hours."),
        ("4", None, "Министерство обороны"),
        ("5", None, ""),
        ("closing", None, "Alexander Lukashenka met\nthe the delegation."),
    ]
    cue = segment(document, "2")
    assert at(document, cue, "the the") == (10, 21)  # after <v Anchor>
    assert document.text[cue.file_offset(cue.text.index("&")) :].startswith("&amp;")
    assert at(document, cue, "left") == (10, 45)  # after &amp;
    assert at(document, segment(document, "closing"), "the the") == (23, 1)


def test_vtt_aligned_with_an_srt_source() -> None:
    document = read("sample.vtt", source=FORMATS / "sample.ru.srt")
    assert [s.source for s in document.segments][:2] == [
        "Лукашенко провёл переговоры в Минске.",  # "intro" overlaps cue 1
        "Мы подписали соглашение.",  # position 2 is cue 2
    ]


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("x.srt", "1\n00:00:01,000 --> 00:00:02,000\nA\n\n2\nB\n", "x.srt:6: no timestamp line"),
        (
            "x.srt",
            "1\n00:00:01,000 --> 00:00:02,000\nA\n2\n00:00:03,000 --> 00:00:04,000\nB\n",
            "x.srt:5: a timestamp line inside a cue",
        ),
        ("x.vtt", "1\n00:00:01.000 --> 00:00:02.000\nA\n", "x.vtt:1: not a WebVTT file"),
        (
            "x.vtt",
            "WEBVTT\n\n00:00:01,000 --> 00:00:02,000\nA\n",
            "x.vtt:3: malformed timestamp line; expected 00:00:01.000",
        ),
    ],
)
def test_subtitle_errors(tmp_path: Path, name: str, text: str, message: str) -> None:
    with pytest.raises(InputError, match="^" + message):
        read_text(text, name, tmp_path)


def test_malformed_srt_names_file_and_line() -> None:
    with pytest.raises(InputError) as error:
        read("malformed/broken.srt")
    assert str(error.value) == (
        f"{FORMATS / 'malformed/broken.srt'}:6: malformed timestamp line; "
        "expected 00:00:01,000 --> 00:00:02,000"
    )


# --- end to end -------------------------------------------------------------------------------


def test_cli_reports_po_findings_at_their_place_with_the_unit() -> None:
    beside_python = Path(sys.executable).parent / "tqcheck"
    exe = str(beside_python) if beside_python.exists() else shutil.which("tqcheck")
    assert exe, "the tqcheck command is installed"
    result = subprocess.run(
        [exe, "lint", "fixtures/formats/sample.po", "--format", "json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 1, result.stderr
    issues = json.loads(result.stdout)["issues"]
    repeated = [i for i in issues if i["code"] == "TQ101"]
    assert [(i["line"], i["column"], i["end_column"], i["text"], i["unit"]) for i in repeated] == [
        (19, 38, 45, "the the", 'Он сказал: "Да".\\nМы подписали соглашение.')
    ]
    assert repeated[0]["path"] == "fixtures/formats/sample.po"
    assert repeated[0]["side"] == "target"
