"""Reading files in any encoding: byte-order marks, legacy code pages, declared encodings,
forced ones, damaged UTF-8 and binary files.

Each fixture in tests/hostile/encodings/ holds non-ASCII text and, after it, a doubled word:
finding it at the same line and column as in the UTF-8 file proves that positions are
counted in characters of the decoded text, whatever the bytes were.
"""

from __future__ import annotations

import codecs
import warnings
from pathlib import Path

import pytest

from tqcheck import Checker, Config
from tqcheck.document import Document
from tqcheck.encodings import (
    LEGACY,
    DecodeWarning,
    check_encoding,
    collect_warnings,
    declared_encoding,
    decode,
)
from tqcheck.errors import InputError, UsageError
from tqcheck.readers import ReadOptions, read_document

FIXTURES = Path(__file__).parent / "hostile" / "encodings"
CHECKER = Checker(Config(select=("TQ101",)))

RUSSIAN = (
    "Переговоры в Минске закончились в понедельник.\n"
    "Стороны подписали подписали соглашение о сотрудничестве.\n"
)
DOUBLED_RU = [(2, 9, "подписали подписали")]


def read(name: str, **options: str) -> Document:
    path = FIXTURES / name
    return read_document(path, name, ReadOptions(**options))  # type: ignore[arg-type]


def findings(document: Document) -> list[tuple[int, int, str]]:
    return [(issue.line, issue.column, issue.text) for issue in CHECKER.check(document)]


def quietly(name: str, **options: str) -> tuple[Document, list[str]]:
    """The document and the DecodeWarnings reading it gave."""
    with collect_warnings() as messages:
        document = read(name, **options)
    return document, messages


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("utf-8.txt", "utf-8"),
        ("utf-8-bom.txt", "utf-8-sig"),
        ("utf-16-le-bom.txt", "utf-16"),
        ("utf-16-be-bom.txt", "utf-16"),
        ("utf-32-le-bom.txt", "utf-32"),
        ("utf-32-be-bom.txt", "utf-32"),
        ("cp1251.txt", "cp1251"),
        ("koi8-r.txt", "koi8-r"),
    ],
)
def test_russian_in_every_encoding(name: str, encoding: str) -> None:
    document, messages = quietly(name)
    assert (document.encoding, messages) == (encoding, [])
    assert document.text.replace("\r\n", "\n") == RUSSIAN  # the UTF-16 LE file has CRLF
    assert findings(document) == DOUBLED_RU


def test_cp1252_with_curly_quotes_and_accents() -> None:
    document, messages = quietly("cp1252.txt")
    assert (document.encoding, messages) == ("cp1252", [])
    assert document.text.startswith("The café “Le Zinc” is closed — it’s a pity.\nCafé “Zinc”:")
    assert findings(document) == [(2, 24, "the the")]


def test_latin_1_reads_as_cp1252() -> None:
    """Latin-1 and cp1252 differ only at 0x80-0x9F, control codes in Latin-1 that no text
    holds, so a Latin-1 file reads the same in cp1252, the name it is given."""
    document, messages = quietly("latin-1.txt")
    assert (document.encoding, messages) == ("cp1252", [])
    assert document.text == "Le garçon à la fenêtre.\nOù est le le café?\n"
    assert findings(document) == [(2, 8, "le le")]


def test_po_header_charset() -> None:
    document, messages = quietly("ru-cp1251.po")
    assert (document.encoding, messages) == ("cp1251", [])
    assert document.target_lang == "ru"
    assert [s.text for s in document.segments] == ["Стороны подписали подписали соглашение."]
    assert findings(document) == [(11, 17, "подписали подписали")]


# Where "the the" is on line 3, after the Cyrillic source, counted in characters.
COLUMNS = {"windows-1251.xlf": 93, "windows-1251.tmx": 122}


@pytest.mark.parametrize("name", ["windows-1251.xlf", "windows-1251.tmx"])
def test_xml_declaration(name: str) -> None:
    document, messages = quietly(name)
    assert (document.encoding, messages) == ("cp1251", [])
    [segment] = document.segments
    assert (segment.source, segment.text) == (
        "Стороны подписали соглашение.",
        "The parties signed the the agreement.",
    )
    assert findings(document) == [(3, COLUMNS[name], "the the")]


@pytest.mark.parametrize(
    ("name", "declaration", "relabelled", "fmt"),
    [
        ("ru-cp1251.po", b"charset=CP1251", b"charset=KOI8-R", "po"),
        ("windows-1251.xlf", b'encoding="windows-1251"', b'encoding="koi8-r"', "xliff"),
        ("windows-1251.tmx", b'encoding="windows-1251"', b'encoding="koi8-r"', "tmx"),
    ],
)
def test_declaration_wins_over_the_guess(
    tmp_path: Path, name: str, declaration: bytes, relabelled: bytes, fmt: str
) -> None:
    """The same cp1251 bytes declared as KOI8-R are read as KOI8-R (into nonsense)."""
    data = (FIXTURES / name).read_bytes()
    assert declared_encoding(data, fmt) == "cp1251"
    path = tmp_path / name
    path.write_bytes(data.replace(declaration, relabelled))
    document = read_document(path, name)
    assert document.encoding == "koi8-r"
    assert document.text == data.replace(declaration, relabelled).decode("koi8-r")


def test_declaration_that_does_not_fit_is_ignored_with_a_warning(tmp_path: Path) -> None:
    data = (FIXTURES / "windows-1251.xlf").read_bytes()
    path = tmp_path / "t.xlf"
    path.write_bytes(data.replace(b"windows-1251", b"UTF-8"))
    with collect_warnings() as messages:
        document = read_document(path, "t.xlf")
    assert document.encoding == "cp1251"
    assert messages == ["t.xlf: declares utf-8 but is not in it; read as cp1251"]


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        (b'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=CHARSET\\n"\n', "po"),
        (b'msgid "x"\nmsgstr "Content-Type: text/plain; charset=koi8-r"\n', "po"),
        (b'msgid ""\n"continued"\nmsgstr "Content-Type: text/plain; charset=koi8-r"\n', "po"),
        (b'<?xml version="1.0" encoding="UTF-16"?><xliff/>', "xliff"),
        (b'<?xml version="1.0" encoding="base64"?><xliff/>', "xliff"),
        (b'<?xml version="1.0" encoding="koi8-r"?><xliff/>', "text"),
        (b"<xliff/>", "xliff"),
    ],
)
def test_no_usable_declaration(data: bytes, fmt: str) -> None:
    """A template's placeholder, a charset outside the PO header (or in an entry that only
    starts like one), UTF-16 declared in ASCII, a codec that is not a text encoding, a
    declaration in a format that has none, no declaration."""
    assert declared_encoding(data, fmt) is None


def test_po_header_after_comments_and_with_crlf() -> None:
    data = (
        b'# comment\r\n#, fuzzy\r\nmsgid ""\r\nmsgstr ""\r\n'
        b'"Language: ru\\n"\r\n"Content-Type: text/plain; charset=koi8-r\\n"\r\n'
    )
    assert declared_encoding(data, "po") == "koi8-r"


@pytest.mark.parametrize("name", ["image.png", "archive.gz"])
def test_binary_files(name: str) -> None:
    with pytest.raises(InputError, match=f"^{name}: binary file, not text$"):
        read(name)


@pytest.mark.parametrize(
    "data",
    [
        b"\x00\x01\x02binary\x00",  # valid UTF-8, but NUL characters
        codecs.BOM_UTF16_LE + "text\x00".encode("utf-16-le"),  # a BOM does not make it text
        bytes(range(256)) * 4,
    ],
)
def test_binary_bytes(data: bytes) -> None:
    with pytest.raises(InputError, match=r"^f: binary file, not text$"):
        decode(data, "f")


def test_invalid_utf_8_is_replaced_and_positions_stay_right() -> None:
    """One U+FFFD per invalid sequence: the lone 0xFF, and the cut-off 3-byte sequence
    E2 82 as a whole; each is one column."""
    document, messages = quietly("invalid-utf-8.txt")
    assert document.encoding == "utf-8"
    assert document.text == (
        "Переговоры в Минске\ufffd закончились.\nСтороны\ufffd подписали подписали соглашение.\n"
    )
    assert messages == [
        "invalid-utf-8.txt:1:20: 2 invalid utf-8 byte sequences replaced by U+FFFD "
        "(the first is here)"
    ]
    assert findings(document) == [(2, 10, "подписали подписали")]


def test_mostly_legacy_bytes_are_not_damaged_utf_8() -> None:
    """A cp1251 file with one valid UTF-8 sequence by chance ("Рё", D0 B8) is cp1251."""
    text = "Переговоры Рёбера в Минске закончились.\n"
    assert decode(text.encode("cp1251"), "f") == (text, "cp1251")


def test_utf_8_with_one_stray_latin_1_byte() -> None:
    with collect_warnings() as messages:
        text, encoding = decode("“Quoted” text and ".encode() + b"caf\xe9\n", "f")
    assert (text, encoding) == ("“Quoted” text and caf\ufffd\n", "utf-8")
    assert messages == [
        "f:1:22: 1 invalid utf-8 byte sequence replaced by U+FFFD (the first is here)"
    ]


def test_invalid_bytes_after_a_bom() -> None:
    data = codecs.BOM_UTF8 + b"ok\n\xffok\n"
    with collect_warnings() as messages:
        assert decode(data, "f") == ("ok\n\ufffdok\n", "utf-8-sig")
    assert messages == [
        "f:2:1: 1 invalid utf-8 byte sequence replaced by U+FFFD (the first is here)"
    ]


def test_forced_encoding() -> None:
    """Mac Cyrillic forced on the cp1251 file: its lower-case letters are cp1251's, its
    capitals are not."""
    document, messages = quietly("cp1251.txt", encoding="MacCyrillic")
    assert (document.encoding, messages) == ("mac-cyrillic", [])
    assert document.text == (
        "ѕереговоры в ћинске закончились в понедельник.\n"
        "—тороны подписали подписали соглашение о сотрудничестве.\n"
    )
    assert findings(document) == DOUBLED_RU


def test_forced_encoding_that_does_not_fit() -> None:
    """UTF-8 forced on the cp1251 file: each of its 90 Cyrillic letters is a byte that is
    not UTF-8, and becomes one U+FFFD."""
    document, messages = quietly("cp1251.txt", encoding="utf-8")
    assert document.encoding == "utf-8"
    assert [len(line) for line in document.text.splitlines()] == [
        len(line) for line in RUSSIAN.splitlines()
    ]
    assert messages == [
        "cp1251.txt:1:1: 90 invalid utf-8 byte sequences replaced by U+FFFD (the first is here)"
    ]


def test_forced_encoding_wins_over_a_declaration() -> None:
    document, _ = quietly("ru-cp1251.po", encoding="koi8-r")
    assert document.encoding == "koi8-r"


def test_a_bom_wins_over_a_forced_encoding() -> None:
    document, _ = quietly("utf-8-bom.txt", encoding="cp1251")
    assert (document.encoding, document.text) == ("utf-8-sig", RUSSIAN)


def test_forced_encoding_applies_to_the_source_file() -> None:
    options = ReadOptions(source=FIXTURES / "koi8-r.txt", encoding="koi8-r")
    document = read_document(FIXTURES / "koi8-r.txt", "koi8-r.txt", options)
    assert [s.source for s in document.segments] == RUSSIAN.splitlines()


@pytest.mark.parametrize("name", ["no-such-encoding", "base64", "rot13"])
def test_unknown_encoding_is_a_usage_error(name: str) -> None:
    with pytest.raises(UsageError, match=f"^unknown encoding '{name}'$"):
        ReadOptions(encoding=name)


def test_encoding_names_are_pythons() -> None:
    assert ReadOptions(encoding="Windows-1251").encoding == "cp1251"
    assert check_encoding("latin_1") == "iso8859-1"
    assert all(check_encoding(name) == name for name in LEGACY)


@pytest.mark.parametrize(
    "text",
    [
        "Мы подписали подписали договор.",
        "ВНИМАНИЕ: СИСТЕМА ПЕРЕЗАГРУЖАЕТСЯ",
        "Ошибка: файл %s не найден.\nНажмите любую клавишу.",
        "Съешь же ещё этих мягких французских булок, да выпей чаю.",
        "Привет!",
        "США",
        'msgstr "Файл не найден"',
        'ООО "Ромашка"',
    ],
)
@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r"])
def test_short_russian_cp1251_or_koi8_r(text: str, encoding: str) -> None:
    """A line or two is too little for charset-normalizer alone to tell the two apart."""
    assert decode(text.encode(encoding), "f") == (text, encoding)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Переговори у Києві завершилися. Сторони домовилися про все.", "koi8-u"),
        ("Переговори у Києві завершилися. Сторони домовилися про все.", "cp1251"),
        ("Zażółć gęślą jaźń, wszyscy ludzie rodzą się wolni.", "cp1250"),
        ("Příliš žluťoučký kůň úpěl ďábelské ódy.", "cp1250"),
        ("Señor Muñoz dijo: «¿Qué tal?»", "cp1252"),
        ("Η συνάντηση έγινε στην Αθήνα χθες το απόγευμα.", "cp1253"),
        ("Переговоры в Минске закончились.", "iso8859-5"),
        ("Переговоры в Минске закончились.", "cp866"),
    ],
)
def test_other_legacy_encodings(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding), "f") == (text, encoding)


def test_encodings_outside_the_legacy_list() -> None:
    text = "東京で会議が開かれました。参加者は多かったです。今日はいい天気ですね。\n"
    assert decode(text.encode("shift_jis"), "f") == (text, "cp932")


def test_collect_warnings_leaves_other_warnings_alone() -> None:
    with warnings.catch_warnings(record=True) as shown:
        warnings.simplefilter("always")
        with collect_warnings() as messages:
            warnings.warn("a file", DecodeWarning, stacklevel=1)
            warnings.warn("something else", UserWarning, stacklevel=1)
    assert messages == ["a file"]
    assert [str(w.message) for w in shown] == ["something else"]


def test_decode_warning_reaches_library_callers() -> None:
    with pytest.warns(DecodeWarning, match=r"^f:1:1: 1 invalid utf-8 byte sequence"):
        decode(b"\xff\xd0\x9f\xd1\x80\xd0\xb8", "f")
