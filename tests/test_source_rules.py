"""Rules that compare a translation with its source (TQ9xx, TQ803/804, TQ203–205, TQ302)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from sacrebleu.metrics import CHRF

from tqcheck import Checker, Config
from tqcheck.document import Document, Segment
from tqcheck.issue import Issue
from tqcheck.rules import consistency, glossary_source, source, untranslated
from tqcheck.rules.source import compare_numbers, placeholders, tags, urls

SOURCE_RULES = (
    "TQ901",
    "TQ902",
    "TQ903",
    "TQ904",
    "TQ905",
    "TQ906",
    "TQ803",
    "TQ804",
    "TQ203",
    "TQ204",
    "TQ205",
    "TQ302",
)


def _document(pairs: list[tuple[str | None, str]], path: str = "doc.txt") -> Document:
    """A document of one segment a line, each with its source."""
    document = Document(path, "\n".join(target for _, target in pairs))
    offset = 0
    for src, target in pairs:
        document.segments.append(Segment(target, offset, source=src))
        offset += len(target) + 1
    return document


def _check(code: str, pairs: list[tuple[str | None, str]], **config: Any) -> list[Issue]:
    return Checker(Config(select=(code,), **config)).check(_document(pairs))


# --- Numbers -----------------------------------------------------------------------------------

NUMBER_PAIRS = [
    # locale formats: space, no-break and narrow no-break thousands, decimal comma
    ("Сумма 1 000,5 руб.", "A sum of 1,000.5 rubles", "ru", "en", True),
    ("Сумма 1\u00a0000,5 руб.", "A sum of 1,000.5 rubles", "ru", "en", True),
    ("Сумма 1\u202f000,5 руб.", "A sum of 1,000.5 rubles", "ru", "en", True),
    ("10 000 человек", "10,000 people", "ru", "en", True),
    ("0,5 %", "0.5%", "ru", "en", True),
    ("0,5 %", "5%", "ru", "en", False),
    ("1,500 people", "1 500 человек", "en", "ru", True),
    ("1,500 people", "1,5 человека", "en", "ru", False),
    ("1.5 kg", "1,5 кг", "en", "ru", True),
    ("1,500 кг", "1.5 kg", "ru", "en", True),
    # magnitude words
    ("10 тыс. человек", "10,000 people", "ru", "en", True),
    ("10 тыс. человек", "10 thousand people", "ru", "en", True),
    ("10 тыс. человек", "10 people", "ru", "en", False),
    ("1,5 млн", "1.5 million", "ru", "en", True),
    ("1,5 млн", "1,500,000", "ru", "en", True),
    ("1,5 млн", "1.5m", "ru", "en", True),
    ("1,5 млн", "1.5 billion", "ru", "en", False),
    ("2 млрд", "2 billion", "ru", "en", True),
    ("2 млрд", "$2bn", "ru", "en", True),
    ("2 млрд", "2 million", "ru", "en", False),
    ("1 млн 200 тыс. рублей", "1.2 million rubles", "ru", "en", True),
    ("1 млн 200 тыс. рублей", "1.3 million rubles", "ru", "en", False),
    ("200-300 тыс. человек", "200,000-300,000 people", "ru", "en", True),
    ("полтора миллиона", "1.5 million", "ru", "en", True),
    # percentages, ordinals, years, decades, Roman numerals
    ("рост на 5 %", "growth of 5%", "ru", "en", True),
    ("рост на 5 %", "growth of 6%", "ru", "en", False),
    ("3-й этап", "the 3rd stage", "ru", "en", True),
    ("3-й этап", "the third stage", "ru", "en", True),
    ("в 2023 году", "in 2022", "ru", "en", False),
    ("в 90-х годах", "in the 1990s", "ru", "en", True),
    ("в сезоне 2022-2023", "in the 2022-23 season", "ru", "en", True),
    ("XX век", "the 20th century", "ru", "en", True),
    ("двадцать первого века", "of the 21st century", "ru", "en", True),
    # small numbers in words
    ("3 человека", "three people", "ru", "en", True),
    ("12 человек", "twelve people", "ru", "en", True),
    ("Семь человек", "7 people", "ru", "en", True),
    ("в 3 раза", "threefold", "ru", "en", True),
    ("3 files", "drei Dateien", "en", "de", True),
    ("13 files", "dreizehn Dateien", "en", "de", False),
    # dates and times
    ("04.11.2023", "4 November 2023", "ru", "en", True),
    ("04.11.2023", "11 April 2023", "ru", "en", True),
    ("04.11.2023", "4 April 2023", "ru", "en", False),
    ("04.11.2023", "2023-11-04", "ru", "en", True),
    ("4 ноября 2023 года", "04.11.2023", "ru", "en", True),
    ("в 22:00", "at 10 p.m.", "ru", "en", True),
    ("в 10.30", "at 10:30", "ru", "en", True),
    ("с 9:00 до 18:00", "from 9 a.m. to 6 p.m.", "ru", "en", True),
    # numbers that are not quantities: codes, versions, markup
    ("«Большая двадцатка»", "the G20", "ru", "en", True),
    ("Версия 1.2.10", "Version 1.2.11", "ru", "en", False),
    ("см. https://example.com/page2", "see https://example.com/page2", "ru", "en", True),
    ("Осталось %1$s", "%1$s left", "ru", "en", True),
    ("5 мая 100 человек", "On May 5 100 people", "ru", "en", True),
]


@pytest.mark.parametrize(("src", "target", "source_lang", "target_lang", "match"), NUMBER_PAIRS)
def test_numbers_match_by_value(
    src: str, target: str, source_lang: str, target_lang: str, match: bool
) -> None:
    missing, extra = compare_numbers(src, target, source_lang, target_lang)
    assert (not missing and not extra) is match, ([t.text for t in missing], extra)


def test_number_findings_name_what_is_missing_and_what_is_extra() -> None:
    missing, extra = compare_numbers("Пришли 10\u00a0000 человек.", "1,000 came.", "ru", "en")
    assert [t.shown for t in missing] == ["10 000"]
    assert [(t.start, t.end, t.shown) for t in extra] == [(0, 5, "1,000")]
    issues = _check("TQ901", [("Пришли 10\u00a0000 человек.", "1,000 came.")], source_lang="ru")
    assert [(i.column, i.text, i.message) for i in issues] == [
        (1, "1,000", '"1,000" is not in the source'),
        (1, "1,000 came.", "number 10 000 of the source is missing from the translation"),
    ]


# --- Markup ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "%s and %d, %1$s, %.2f, %%",
            [("%s", "%s"), ("%d", "%d"), ("%1$s", "%s"), ("%.2f", "%.2f"), ("%%", "%%")],
        ),
        (
            "%(name)s {name} {0} {} {name!r:>10}",
            [
                ("%(name)s", "%(name)s"),
                ("{name}", "{name}"),
                ("{0}", "{0}"),
                ("{}", "{}"),
                ("{name!r:>10}", "{name}"),
            ],
        ),
        (
            "$HOME ${PATH} {{ user }} %{count} %1",
            [
                ("$HOME", "$HOME"),
                ("${PATH}", "${PATH}"),
                ("{{ user }}", "{{user}}"),
                ("%{count}", "%{count}"),
                ("%1", "%1"),
            ],
        ),
        (
            "{n, plural, one {# file in {dir}} other {# files in {dir}}}",
            [
                ("{n, plural, one {# file in {dir}} other {# files in {dir}}}", "{n}"),
                ("{dir}", "{dir}"),
            ],
        ),
        ("{n, number, integer}", [("{n, number, integer}", "{n}")]),
        ("50% off, 5 %d, 100%s, $US 5 and {some words here}", [("%d", "%d")]),
    ],
)
def test_placeholders(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.key) for m in placeholders(text)] == expected


def test_icu_branches_count_each_inner_placeholder_once() -> None:
    ru = "{n, plural, one {{x} файл} few {{x} файла} many {{x} файлов} other {{x} файла}}"
    en = "{n, plural, one {{x} file} other {{x} files}}"
    assert [m.key for m in placeholders(ru)] == [m.key for m in placeholders(en)] == ["{n}", "{x}"]


def test_tags_are_compared_by_kind_and_name() -> None:
    text = 'a <b>b</b> <br> <br /> <A HREF="x">c</a> <0>d</0>'
    assert [m.key for m in tags(text)] == [
        "<b>",
        "</b>",
        "<br/>",
        "<br/>",
        "<a>",
        "</a>",
        "<0>",
        "</0>",
    ]


def test_inline_tags_of_the_unit() -> None:
    segment = Segment("Click Save", source="Нажмите Сохранить")
    segment.source_tags = ("g:1", "x:2")
    segment.target_tags = ("g:1", "ph:3")
    document = Document("u.xlf", "Click Save", [segment])
    issues = Checker(Config(select=("TQ903",))).check(document)
    assert [i.message for i in issues] == [
        "tag x:2 of the source is missing from the translation",
        "tag ph:3 is not in the source",
    ]


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("HTTPS://Example.COM/Path/", "https://example.com/Path"),
        ("https://ru.example.com/ru/page?lang=ru", "https://*.example.com/*/page?lang=*"),
        ("https://example.com/a_(b)).", "https://example.com/a_(b)"),
    ],
)
def test_url_keys(url: str, key: str) -> None:
    assert [m.key for m in urls(f"see {url} now")] == [key]


# --- Length ratio ------------------------------------------------------------------------------


def test_length_bounds_follow_the_language_pair() -> None:
    chinese = "会议持续了三个小时，双方同意再次会面并继续讨论。"  # 24 characters
    english = (
        "The meeting lasted three hours, and the two sides agreed to meet again and to "
        "continue the discussion."
    )
    pair = [(chinese, english)]
    assert _check("TQ905", pair, source_lang="zh", target_lang="en") == []
    assert len(_check("TQ905", pair, source_lang="ru", target_lang="en")) == 1


# --- Untranslated and empty --------------------------------------------------------------------


def test_same_as_source_in_another_script_needs_no_source_language() -> None:
    issues = _check("TQ803", [("Сохранить", "Сохранить")])
    assert [(i.column, i.text) for i in issues] == [(1, "Сохранить")]


def test_empty_target_of_a_bilingual_unit() -> None:
    document = _document([("Сохранить", ""), ("Открыть", "Open")])
    issues = Checker(Config(select=("TQ804",))).check(document)
    assert [(i.line, i.column, i.text) for i in issues] == [(1, 1, "")]


# --- Consistency -------------------------------------------------------------------------------


def test_inconsistent_translation_reports_sacrebleu_chrf() -> None:
    majority, minority = "Press the Save button.", "Click the Save button."
    pairs = [
        ("Нажмите «Сохранить».", majority),
        ("Нажмите «Сохранить».", majority),
        ("Нажмите «Сохранить».", minority),
    ]
    issues = _check("TQ203", pairs)
    expected = CHRF().sentence_score(minority, [majority]).score
    assert [i.line for i in issues] == [3]
    found = re.search(r"chrF ([\d.]+)", issues[0].message)
    assert found and found.group(1) == f"{expected:.1f}"
    rule = consistency.InconsistentTranslation(Checker().context)
    assert rule.chrf(minority, majority) == expected
    assert issues[0].suggestion == majority


def _count_chrf_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    calls: list[tuple[str, str]] = []
    original = CHRF.sentence_score

    def counting(self: CHRF, hypothesis: str, references: list[str]) -> object:
        calls.append((hypothesis, references[0]))
        return original(self, hypothesis, references)

    monkeypatch.setattr(CHRF, "sentence_score", counting)
    return calls


def test_no_chrf_when_every_source_is_distinct(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _count_chrf_calls(monkeypatch)
    pairs = [(f"Строка номер {i}", f"Line number {i % 7}") for i in range(2000)]
    assert _check("TQ203", pairs) == []
    assert calls == []


def test_chrf_once_per_distinct_pair(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _count_chrf_calls(monkeypatch)
    pairs = [("Файл не найден.", "File not found.")] * 5 + [("Файл не найден.", "No file.")] * 3
    assert [i.line for i in _check("TQ203", pairs)] == [6, 7, 8]
    assert calls == [("No file.", "File not found.")]


def test_grouping_compares_files() -> None:
    checker = Checker(Config(select=("TQ203", "TQ205"), source_lang="ru"))
    first = _document([("Итоги СВО подвели.", "The NWO results were summed up.")], "a.txt")
    second = _document([("Итоги СВО подвели.", "The results of the NMD were summed up.")], "b.txt")
    issues = checker.check_documents([first, second], group=True)
    assert [(i.path, i.code, i.text) for i in issues] == [
        ("b.txt", "TQ203", "The results of the NMD were summed up."),
        ("b.txt", "TQ205", "NMD"),
    ]
    assert "a.txt:1:5" in issues[1].message
    assert checker.check_documents([first, second], group=False) == []


# --- Glossary ----------------------------------------------------------------------------------

TBX = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX"><text><body>
  <termEntry>
    <langSet xml:lang="ru"><tig><term>СВО</term></tig></langSet>
    <langSet xml:lang="en">
      <tig><term>special military operation</term>
        <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
      <tig><term>NWO</term>
        <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
    </langSet>
  </termEntry>
</body></text></martif>
"""


@pytest.mark.parametrize("source_lang", ["ru", None])
def test_glossary_target_missing_with_tbx(tmp_path: Path, source_lang: str | None) -> None:
    glossary = tmp_path / "terms.tbx"
    glossary.write_text(TBX, encoding="utf-8")
    pairs = [
        ("СВО началась.", "The NWO began."),
        ("СВО началась.", "The special military operation began."),
    ]
    issues = _check("TQ302", pairs, source_lang=source_lang, glossaries=(str(glossary),))
    assert [(i.line, i.message) for i in issues] == [
        (
            1,
            'source term «СВО» should be translated "special military operation" '
            "(glossary terms.tbx)",
        ),
    ]


# --- Monolingual text --------------------------------------------------------------------------


def test_monolingual_text_is_never_analysed(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_args: object) -> None:
        raise AssertionError("analysed a segment without a source")

    for module in (source, untranslated, consistency, glossary_source):
        for name in ("blank_markup", "compare_numbers", "placeholders", "tags", "urls"):
            if hasattr(module, name):
                monkeypatch.setattr(module, name, fail)
    monkeypatch.setattr(consistency, "_source_terms", fail)
    monkeypatch.setattr(CHRF, "sentence_score", fail)
    document = _document([(None, "Revenue was 1.5 million, see {x} <b>here</b>.")] * 3)
    for segment in document.segments:
        segment.reference = "Something else entirely."
    config = Config(select=SOURCE_RULES, source_lang="ru")
    assert Checker(config).check(document) == []
