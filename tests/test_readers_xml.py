"""XML readers (XLIFF 1.2/2.0, TMX) and the safe XML layer under them: the exact segments,
their positions in the file, languages, empty targets, malformed and hostile files."""

from __future__ import annotations

import builtins
import html
import json
import re
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tqcheck.document import Document, Segment
from tqcheck.errors import InputError
from tqcheck.readers import ReadOptions, read_document, tmx, xliff, xmlsafe

ROOT = Path(__file__).parent.parent
FORMATS = ROOT / "fixtures" / "formats"
HOSTILE = Path(__file__).parent / "hostile"

Reader = Callable[[str, str, ReadOptions], Document]
_REFERENCE = re.compile(r"&(?:#[0-9]+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos);")


def read(path: Path) -> Document:
    return read_document(path, str(path))


def read_xliff(text: str, name: str = "t.xlf") -> Document:
    return xliff.read(text, name, ReadOptions())


def read_tmx(text: str, name: str = "t.tmx") -> Document:
    return tmx.read(text, name, ReadOptions())


Row = tuple[str | None, str | None, str, tuple[str, ...], tuple[str, ...]]


def rows(document: Document) -> list[Row]:
    return [(s.unit, s.source, s.text, s.source_tags, s.target_tags) for s in document.segments]


def by_unit(document: Document, unit: str) -> Segment:
    return next(s for s in document.segments if s.unit == unit)


def offset_of(text: str, line: int, column: int) -> int:
    """The offset of a 1-based (line, column), lines counted as in any editor."""
    starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]
    return starts[line - 1] + column - 1


def assert_positions(document: Document) -> None:
    """Every character of every segment stands where the file writes it: as itself, as an
    entity or character reference, or as the CR LF that reads as a newline."""
    text = document.text
    for segment in document.segments:
        for i, char in enumerate(segment.text):
            offset = segment.file_offset(i)
            if text[offset] == char or (char == "\n" and text.startswith("\r\n", offset)):
                continue
            reference = _REFERENCE.match(text, offset)
            assert reference is not None, (segment.unit, i, char, text[offset : offset + 10])
            assert html.unescape(reference.group()) == char
        for i in {0, len(segment.text) // 2, len(segment.text)}:
            line, column = document.locate(segment, i)
            assert offset_of(text, line, column) == segment.file_offset(i)


def assert_at(document: Document, segment: Segment, needle: str) -> None:
    """``needle`` occurs in the segment and the file has it at the mapped position."""
    i = segment.text.index(needle)
    line, column = document.locate(segment, i)
    assert document.text[offset_of(document.text, line, column) :].startswith(needle)


# --- XLIFF 1.2 ---------------------------------------------------------------------------------


def test_xliff_1_2_segments() -> None:
    document = read(FORMATS / "sample.xlf")
    assert (document.source_lang, document.target_lang) == ("ru-ru", "en-us")
    assert rows(document) == [
        (
            "headline",
            "Третья линия минского метро откроется 30 декабря",
            "Third line of Minsk metro to open on December 30",
            (),
            (),
        ),
        (
            "lead",
            "Об этом в понедельник сообщил министр транспорта и коммуникаций Алексей Авраменко.",
            "Minister of Transport & Communications Alexei Avramenko announced the the news on "
            "Monday.",
            (),
            (),
        ),
        (
            "cost",
            "Стоимость первой очереди составила 320 млн рублей.",
            "The first stage cost 230 million rubles.",
            (),
            (),
        ),
        (
            "stations",
            "На линии будет четыре станции: «Вокзальная», «Площадь Франтишка Богушевича», "
            "«Юбилейная площадь» и «Слуцкий гостинец», сообщил Авраменко.",
            "The line will have four stations — Vokzalnaya, Ploshcha Frantsishka Bahushevicha,\n"
            "Yubileinaya Ploshcha and Slutsky Gastsinets, Avramenka said.",
            (),
            (),
        ),
        (
            "interval",
            "Интервал движения в часы пик составит 7 минут, заявил Авраменко.",
            "Trains will run every 7 minutes at peak hours, Avramenko said.",
            (),
            (),
        ),
        (
            "timetable",
            "Расписание движения поездов опубликовано на сайте метрополитена.",
            "The train timetable has been published on the metro website.",
            ("g:1",),
            (),
        ),
        (
            "ui.arrival",
            "Поезд прибудет через  мин.",
            "The train will arrive in a few minutes.",
            ("ph:1",),
            ("g:2",),
        ),
        ("ui.buy", "Купить проездной", "Купить проездной", (), ()),
        ("ui.transfer", "Пересадка на Автозаводскую линию", "", (), ()),
        ("ui.exit", "Выход в город", "", (), ()),
    ]
    assert {s.side for s in document.segments} == {"target"}


def test_xliff_1_2_positions() -> None:
    document = read(FORMATS / "sample.xlf")
    assert_positions(document)
    lead = by_unit(document, "lead")
    assert lead.anchors is not None and len(lead.anchors) == 3  # text, "&amp;", text
    assert_at(document, lead, "the the news")  # after the entity, on the same line
    assert document.locate(lead, lead.text.index("the the")) == (14, 87)
    stations = by_unit(document, "stations")
    assert_at(document, stations, " Vokzalnaya")  # after a character reference
    assert_at(document, stations, "Avramenka")  # on the target's second line
    assert document.locate(stations, stations.text.index("Avramenka"))[0] == 28


def test_xliff_empty_and_missing_targets_are_placed() -> None:
    document = read(FORMATS / "sample.xlf")
    empty = by_unit(document, "ui.transfer")
    assert document.text.startswith("<target/>", empty.offset)
    missing = by_unit(document, "ui.exit")
    assert document.text[: missing.offset].endswith("<source>Выход в город</source>")
    assert document.locate(empty, 0) == (49, 9)


# --- XLIFF 2.0 ---------------------------------------------------------------------------------


def test_xliff_2_0_segments() -> None:
    document = read(FORMATS / "sample.xliff")
    assert (document.source_lang, document.target_lang) == ("ru", "en-gb")
    assert rows(document) == [
        (
            "title/1",
            "«Союз МС-24» стартовал с Байконура",
            "Soyuz MS-24 lifts off from Baikonur",
            (),
            (),
        ),
        (
            "p1/1",
            "Ракета-носитель «Союз-2.1а» стартовала в 18:44 по московскому времени, "
            "сообщили в Роскосмосе.",
            "The Soyuz-2.1a rocket lifted off at 18:44 Moscow time, Roscosmos said.",
            (),
            (),
        ),
        (
            "p1/2",
            "Экипаж проведёт на станции 176 суток и выполнит более 50 экспериментов.",
            "The crew will spend 167 days on the station & carry out out more than 50 experiments.",
            (),
            (),
        ),
        (
            "p2/1",
            "На борту находятся Олег Кононенко, Николай Чуб и астронавт НАСА Лорал О’Хара.",
            "On board are Oleg Kononenko, Nikolai Chub\n"
            "and NASA astronaut Loral O’Hara, Roskosmos reported.",
            (),
            (),
        ),
        ("p3", "Стыковка с МКС запланирована на 21:32.", "", (), ()),
        ("p4", "Трансляция запуска доступна на сайте Роскосмоса.", "", (), ()),
        ("ui.share/s1", "Поделиться в Telegram", "Share on Telegram", ("pc:1",), ()),
        ("ui.comments/s1", "Комментарии ()", "Comments ()", ("ph:1",), ("ph:1",)),
        ("ui.comments/s2", "Новых: ", "New: ", ("ph:2",), ()),
        ("ui.more/s1", "Читать далее", "Читать далее", (), ()),
    ]


def test_xliff_2_0_positions_and_empty_targets() -> None:
    document = read(FORMATS / "sample.xliff")
    assert_positions(document)
    crew = by_unit(document, "p1/2")
    assert_at(document, crew, "out out")
    assert document.locate(crew, crew.text.index("out out")) == (20, 73)
    assert_at(document, by_unit(document, "p2/1"), "Roskosmos")
    empty = by_unit(document, "p3")
    assert document.text.startswith("</target>", empty.offset)
    missing = by_unit(document, "p4")
    assert document.text[: missing.offset].endswith("сайте Роскосмоса.</source>")


def test_several_files_prefix_units_with_the_original() -> None:
    document = read_xliff(
        '<xliff version="1.2">'
        '<file original="a.html" source-language="RU" target-language="EN">'
        '<body><trans-unit id="1"><source>да</source><target>yes</target></trans-unit>'
        "</body></file>"
        '<file original="b.html"><body><trans-unit id="1"><source>нет</source>'
        "<target>no</target></trans-unit></body></file>"
        '<file><body><trans-unit id="1"><source>ну</source><target>well</target></trans-unit>'
        "</body></file></xliff>"
    )
    assert [(s.unit, s.text) for s in document.segments] == [
        ("a.html#1", "yes"),
        ("b.html#1", "no"),
        ("3#1", "well"),  # a file without an original: its position
    ]
    assert (document.source_lang, document.target_lang) == ("ru", "en")


def test_sdlxliff_segments_by_mrk() -> None:
    text = (
        '<xliff version="1.2" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0">\n'
        '<file original="news.docx" source-language="ru-RU" target-language="en-US"><body>\n'
        '<trans-unit id="a1b2">\n'
        "<source>Привет. Как дела?</source>\n"
        '<seg-source><mrk mtype="seg" mid="1">Привет.</mrk> '
        '<mrk mtype="seg" mid="2">Как <g id="5">дела</g>?</mrk></seg-source>\n'
        '<target><mrk mtype="seg" mid="1">Hello &amp; hello hello.</mrk> '
        '<mrk mtype="seg" mid="2"/></target>\n'
        "</trans-unit>\n"
        '<trans-unit id="s" translate="no"><source>x</source></trans-unit>\n'
        "</body></file></xliff>\n"
    )
    document = read_xliff(text, "news.sdlxliff")
    assert rows(document) == [
        ("a1b2/1", "Привет.", "Hello & hello hello.", (), ()),
        ("a1b2/2", "Как дела?", "", ("g:5",), ()),
    ]
    assert_positions(document)
    assert_at(document, document.segments[0], "hello hello")
    assert text.startswith('<mrk mtype="seg" mid="2"/>', document.segments[1].offset)


def test_crlf_and_astral_characters_keep_positions() -> None:
    text = (
        '<xliff version="1.2">\r\n<file source-language="ru" target-language="en"><body>\r\n'
        '<trans-unit id="1"><source>Ура 🎉</source><target>Hooray 🎉 &lt;3\r\n'
        "and and again 😀 x</target></trans-unit>\r\n</body></file></xliff>\r\n"
    )
    document = read_xliff(text)
    (segment,) = document.segments
    assert segment.text == "Hooray 🎉 <3\nand and again 😀 x"
    assert_positions(document)
    assert document.locate(segment, segment.text.index("and and")) == (4, 1)
    assert document.locate(segment, segment.text.index("x")) == (4, 17)


def test_cdata_is_text_at_its_place() -> None:
    text = (
        '<xliff version="1.2"><file><body><trans-unit id="1"><source>a</source>'
        "<target>A <![CDATA[<b>bold</b> & co]]> end</target></trans-unit></body></file></xliff>"
    )
    (segment,) = read_xliff(text).segments
    assert segment.text == "A <b>bold</b> & co end"
    assert text[segment.file_offset(segment.text.index("& co")) :].startswith("& co]]>")
    assert text[segment.file_offset(segment.text.index("end")) :].startswith("end</target>")


def test_utf16_file_declaring_its_encoding(tmp_path: Path) -> None:
    path = tmp_path / "u16.xlf"
    text = (
        '<?xml version="1.0" encoding="UTF-16"?>\n<xliff version="2.0" srcLang="ru" '
        'trgLang="en"><file id="f"><unit id="u"><segment><source>Мир</source>'
        "<target>Peace &amp; peace peace</target></segment></unit></file></xliff>\n"
    )
    path.write_text(text, encoding="utf-16")
    document = read(path)
    assert document.encoding == "utf-16"
    assert rows(document) == [("u", "Мир", "Peace & peace peace", (), ())]
    assert_at(document, document.segments[0], "peace peace")


def test_not_xliff() -> None:
    with pytest.raises(InputError, match=r"^t\.xlf:2: not an XLIFF file \(root element <tmx>\)$"):
        read_xliff('<?xml version="1.0"?>\n<tmx version="1.4"/>')


# --- TMX ---------------------------------------------------------------------------------------


def test_tmx_segments() -> None:
    document = read(FORMATS / "sample.tmx")
    assert (document.source_lang, document.target_lang) == ("ru-ru", "en-us")
    assert rows(document) == [
        (
            "mtz-1",
            "МТЗ выпустил 25-тысячный трактор с начала года",
            "MTZ produced its 52,000th tractor since the start of the year",
            (),
            (),
        ),
        (
            "mtz-2",
            "Об этом сообщил генеральный директор завода Виталий Вовк.",
            "This was reported by the plant's Research & Development director Vitaly Vovk, "
            "who who spoke to reporters.",
            (),
            (),
        ),
        (
            "mtz-3",
            "По словам Вовка, экспорт вырос на 12%.",
            "According to Vitaliy Vovk, exports grew by 12%.",
            ("bpt:1", "ept:1"),
            (),
        ),
        (
            "mtz-4",
            "Тракторы поставляются в 60 стран, в том числе в Китай и Индию.",
            "Tractors are supplied to 60 countries,\nincluding China and India.",
            (),
            ("hi",),
        ),
        ("5", "Версия  доступна для загрузки", "Version is available for download", ("ph:1",), ()),
        ("ui.catalog", "Каталог техники", "Каталог техники", (), ()),
        ("ui.dealers", "Дилерская сеть", "", (), ()),
        ("ui.service", "Сервисные центры", "", (), ()),
    ]


def test_tmx_positions_and_empty_targets() -> None:
    document = read(FORMATS / "sample.tmx")
    assert_positions(document)
    reported = by_unit(document, "mtz-2")
    assert_at(document, reported, "who who")
    assert document.locate(reported, reported.text.index("who who")) == (12, 116)
    assert_at(document, by_unit(document, "mtz-4"), " and India")  # after an inline tag
    assert document.text.startswith("<seg/>", by_unit(document, "ui.dealers").offset)
    missing = by_unit(document, "ui.service")
    assert document.text[: missing.offset].endswith("<seg>Сервисные центры</seg></tuv>")


def test_tmx_languages_without_a_header_source() -> None:
    document = read_tmx(
        '<tmx version="1.4"><header srclang="*all*"/><body>'
        '<tu><tuv xml:lang="ru"><seg>Мир</seg></tuv><tuv xml:lang="ru-RU"><seg>Мир</seg></tuv>'
        '<tuv xml:lang="de"><seg>Frieden</seg></tuv><tuv xml:lang="EN"><seg>Peace</seg></tuv>'
        "</tu></body></tmx>"
    )
    assert (document.source_lang, document.target_lang) == ("ru", "de")
    assert rows(document) == [("1", "Мир", "Frieden", (), ())]


def test_tmx_regional_variants_are_different_languages() -> None:
    document = read_tmx(
        '<tmx version="1.4"><header srclang="en-US"/><body><tu>'
        '<tuv xml:lang="en-US"><seg>color</seg></tuv><tuv xml:lang="en-GB"><seg>colour</seg></tuv>'
        "</tu></body></tmx>"
    )
    assert (document.source_lang, document.target_lang) == ("en-us", "en-gb")
    assert rows(document) == [("1", "color", "colour", (), ())]


# --- malformed and hostile files ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("broken.xlf", ":7: malformed XML: mismatched tag (column 67)"),
        ("broken.tmx", ":7: malformed XML: not well-formed (invalid token) (column 70)"),
    ],
)
def test_malformed_files_name_file_and_line(name: str, message: str) -> None:
    path = FORMATS / "malformed" / name
    with pytest.raises(InputError) as info:
        read(path)
    assert str(info.value) == f"{path}{message}"


@pytest.fixture
def no_io(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test on any connection or file opened from here on."""

    def refuse(*args: object, **kwargs: object) -> None:
        pytest.fail(f"I/O attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(builtins, "open", refuse)


@pytest.mark.parametrize(
    ("name", "reader", "message"),
    [
        ("billion_laughs.xlf", xliff.read, ":2: DOCTYPE with an internal subset refused ("),
        ("external_entity.xlf", xliff.read, ":2: DOCTYPE with an internal subset refused ("),
        (
            "remote_dtd.tmx",
            tmx.read,
            ':2: external DTD "http://127.0.0.1:9/tmx14.dtd" refused (files and the network are '
            "never read; remove the DOCTYPE or name a local DTD file)",
        ),
        ("deep_nesting.xlf", xliff.read, ":16: elements nested more than 1000 deep refused ("),
    ],
)
def test_hostile_files_are_refused(
    name: str, reader: Reader, message: str, request: pytest.FixtureRequest
) -> None:
    text = (HOSTILE / name).read_text(encoding="utf-8")
    request.getfixturevalue("no_io")
    started = time.perf_counter()
    with pytest.raises(InputError) as info:
        reader(text, name, ReadOptions())
    assert time.perf_counter() - started < 2
    assert str(info.value).startswith(name + message)
    assert "lol" not in str(info.value)
    assert "root:" not in str(info.value)


@pytest.mark.parametrize(
    ("doctype", "message"),
    [
        ('<!DOCTYPE xliff SYSTEM "/etc/xliff.dtd">', 'external DTD "/etc/xliff.dtd" refused'),
        (
            '<!DOCTYPE xliff PUBLIC "-//XLIFF//DTD XLIFF//EN" "file:///tmp/x.dtd">',
            'external DTD "file:///tmp/x.dtd" refused',
        ),
        (
            '<!DOCTYPE xliff [<!ENTITY % p SYSTEM "p.dtd"> %p;]>',
            "DOCTYPE with an internal subset refused",
        ),
    ],
)
def test_dtds_beyond_a_local_name_are_refused(doctype: str, message: str) -> None:
    with pytest.raises(InputError, match=f"^t\\.xlf:2: {re.escape(message)}"):
        read_xliff(f'<?xml version="1.0"?>\n{doctype}\n<xliff version="1.2"/>')


def test_a_local_dtd_name_is_accepted_and_not_read(no_io: None) -> None:
    for doctype in ("<!DOCTYPE xliff>", '<!DOCTYPE xliff SYSTEM "xliff-core-1.2.dtd">'):
        document = read_xliff(
            f'{doctype}<xliff version="1.2"><file><body><trans-unit id="1"><source>a</source>'
            "<target>b &#x263A; &apos;c&apos;</target></trans-unit></body></file></xliff>"
        )
        assert document.segments[0].text == "b ☺ 'c'"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '<xliff version="1.2">\n<file><body><trans-unit id="1"><source>&nbsp;</source>'
            "</trans-unit></body></file></xliff>",
            "t.xlf:2: undefined entity reference refused (only &amp; &lt; &gt; &quot; &apos; "
            "and character references are allowed)",
        ),
        (
            '<!DOCTYPE xliff SYSTEM "xliff.dtd">\n<xliff version="1.2"><file><body>\n'
            '<trans-unit id="1"><source>&copy;</source></trans-unit></body></file></xliff>',
            "t.xlf:3: entity reference &copy; refused (only &amp; &lt; &gt; &quot; &apos; "
            "and character references are allowed)",
        ),
    ],
)
def test_other_entity_references_are_refused(text: str, message: str) -> None:
    with pytest.raises(InputError) as info:
        read_xliff(text)
    assert str(info.value) == message


def test_each_layer_refuses_on_its_own(monkeypatch: pytest.MonkeyPatch, no_io: None) -> None:
    """Were the DOCTYPE check gone, entity declarations would still be refused; were both
    gone, external entities would still not be read."""
    text = (HOSTILE / "external_entity.xlf").read_bytes().decode("utf-8")
    monkeypatch.setattr(xmlsafe._TreeBuilder, "doctype", lambda *args: None)
    with pytest.raises(InputError, match=r"^t\.xlf:3: ENTITY declaration of x refused \("):
        read_xliff(text)
    monkeypatch.setattr(xmlsafe._TreeBuilder, "entity_decl", lambda *args: None)
    with pytest.raises(
        InputError, match=r'^t\.xlf:10: external entity "file:///etc/passwd" refused \('
    ):
        read_xliff(text)


def test_remote_dtd_is_never_fetched(tmp_path: Path) -> None:
    """A loopback server sees no connection: one would wait in its backlog to be accepted."""
    path = tmp_path / "remote.tmx"
    with socket.create_server(("127.0.0.1", 0)) as server:
        port = server.getsockname()[1]
        path.write_text(
            f'<!DOCTYPE tmx SYSTEM "http://127.0.0.1:{port}/tmx14.dtd">\n<tmx version="1.4"/>',
            encoding="utf-8",
        )
        with pytest.raises(InputError, match="external DTD"):
            read(path)
        server.settimeout(0.2)
        with pytest.raises(TimeoutError):
            server.accept()


def test_deep_nesting_is_refused_quickly() -> None:
    depth = xmlsafe.MAX_DEPTH
    ok = "<a>" * depth + "</a>" * depth
    assert xmlsafe.parse(ok, "ok.xml").name == "a"
    started = time.perf_counter()
    with pytest.raises(InputError, match=r"^deep\.xml:1: elements nested more than 1000 deep"):
        xmlsafe.parse("<a>" * 100_000 + "</a>" * 100_000, "deep.xml")
    assert time.perf_counter() - started < 1


def test_inner_text_options() -> None:
    text = '<seg>a <ph x="1">{0}</ph><hi x="2">b<bpt i="3">&lt;i&gt;</bpt>c</hi> d</seg>'
    root = xmlsafe.parse(text, "s.xml")
    everything = xmlsafe.inner_text(root)
    assert everything.text == "a {0}b<i>c d"
    assert everything.tags == ()
    native = xmlsafe.inner_text(
        root, tags={"ph", "hi", "bpt"}, skip={"ph", "bpt"}, id_attrs=("i", "x")
    )
    assert native.text == "a bc d"
    assert native.tags == ("ph:1", "hi:2", "bpt:3")
    assert native.anchors == (
        (0, text.index("a <ph")),
        (2, text.index("b<bpt")),
        (3, text.index("c</hi>")),
        (4, text.index(" d</seg>")),
    )


# --- end to end --------------------------------------------------------------------------------


def test_cli_reports_the_doubled_word_where_the_file_has_it() -> None:
    path = "fixtures/formats/sample.xlf"
    result = subprocess.run(
        [sys.executable, "-m", "tqcheck", "lint", path, "--format", "json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    issues = json.loads(result.stdout)["issues"]
    (doubled,) = [i for i in issues if i["code"] == "TQ101"]
    raw = (ROOT / path).read_text(encoding="utf-8")
    start = raw.index("the the news")
    line = raw.count("\n", 0, start) + 1
    column = start - raw.rfind("\n", 0, start)
    assert (doubled["line"], doubled["column"]) == (line, column) == (14, 87)
    assert (doubled["end_line"], doubled["end_column"]) == (14, 94)
    assert doubled["text"] == "the the"
    assert (doubled["unit"], doubled["side"]) == ("lead", "target")
