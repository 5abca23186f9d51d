"""The output formats: golden files for each, plus the structure of JSON and SARIF.

Regenerate the golden files after an intended change with
``TQCHECK_UPDATE_GOLDEN=1 pytest tests/test_formatters.py`` and review the diff.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

import tqcheck
from tqcheck.formatters import FORMATS, render, render_statistics, sarif
from tqcheck.formatters.full import MAX_WIDTH, excerpt
from tqcheck.formatters.github import escape_data, escape_property
from tqcheck.issue import Issue, Severity
from tqcheck.registry import all_rules
from tqcheck.rules.base import Rule, SegmentRule

ROOT = Path(__file__).parent.parent
GOLDEN = Path(__file__).parent / "golden"
JSON_SCHEMA = ROOT / "docs" / "json-schema.json"
ANSI = "\x1b["

NEWS = "texts/news.txt"
INTERVIEW = "texts/interview.txt"
SOURCES = {
    NEWS: (
        "Die Regierung hat hat am Montag beschlossen, die Steuern zu senken.\n"
        "\tZürich meldete am Dienstag einen neuen Rekord.\n"
        "According to the report published by the ministry on Tuesday evening, the committee "
        "will have to take a decision about the future of the programme before the end of "
        "the year, after months of debate in parliament.\n"
        "The talks were held in Paris and\n"
        "in Paris and in Berlin.\n"
    ),
    INTERVIEW: (
        "F: Wie war die Konferenz in 東京?\r\n"  # CRLF line ends, wide characters
        "A: Sie war sehr sehr gut, 東京 東京 war toll.\r\n"
    ),
}


# Every file checked and the encoding it was read in (JSON lists them, sorted by path).
FILES = [(NEWS, "utf-8"), (INTERVIEW, "utf-16")]


def _issue(
    path: str, span: str, code: str, rule: str, severity: Severity, message: str, **extra: Any
) -> Issue:
    """An issue for the first occurrence of ``span`` in ``SOURCES[path]``."""
    text = SOURCES[path]
    start = text.index(span)

    def position(offset: int) -> tuple[int, int]:
        before = re.split(r"\r\n|\r|\n", text[:offset])
        return len(before), len(before[-1]) + 1

    (line, column), (end_line, end_column) = position(start), position(start + len(span))
    return Issue(
        path, line, column, end_line, end_column, code, rule, severity, message, span, **extra
    )


ISSUES = [
    _issue(
        INTERVIEW,
        "sehr sehr",
        "TQ101",
        "repeated-word",
        Severity.ERROR,
        'Repeated word "sehr"',
        suggestion="sehr",
    ),
    _issue(
        INTERVIEW,
        "東京 東京",
        "TQ101",
        "repeated-word",
        Severity.ERROR,
        'Repeated word "東京"',
        suggestion="東京",
        unit="seg-2",
        side="target",
    ),
    _issue(
        NEWS,
        "hat hat",
        "TQ101",
        "repeated-word",
        Severity.ERROR,
        'Repeated word "hat"',
        suggestion="hat",
    ),
    _issue(
        NEWS,
        "Zürich",
        "TQ201",
        "name-spelling",
        Severity.WARNING,
        'Name "Zürich" is spelled "Zurich" in 75% of the document, e.g. line 9',
        suggestion="Zurich",
    ),
    _issue(
        NEWS,
        "take a decision",
        "TQ305",
        "calque",
        Severity.INFO,
        'Calque: "take a decision" reads as translated; English says "make a decision"',
        suggestion="make a decision",
    ),
    _issue(
        NEWS,
        "in Paris and\nin Paris and",
        "TQ103",
        "looping-phrase",
        Severity.WARNING,
        'Phrase "in Paris and" written twice in a row',
    ),
]


class RepeatedWord(SegmentRule):
    """A word written twice in a row ("the the").

    ## What it does
    Flags a word followed directly by the same word.
    """

    code = "TQ101"
    name = "repeated-word"
    severity = Severity.ERROR


class LoopingPhrase(SegmentRule):
    """A phrase repeated in a loop."""

    code = "TQ103"
    name = "looping-phrase"


class RepeatedSentence(SegmentRule):
    """A sentence written twice (finds nothing here: SARIF lists it all the same)."""

    code = "TQ104"
    name = "repeated-sentence"


class NameSpelling(SegmentRule):
    """A name spelled differently from the rest of the document."""

    code = "TQ201"
    name = "name-spelling"


class Calque(SegmentRule):
    """A phrase copied word for word from the source language."""

    code = "TQ305"
    name = "calque"
    severity = Severity.INFO


FAKE_RULES: dict[str, type[Rule]] = {
    rule.code: rule
    for rule in (RepeatedWord, LoopingPhrase, RepeatedSentence, NameSpelling, Calque)
}


@pytest.fixture
def pinned(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fixed version and rule set, so that the golden files do not follow the project's."""
    monkeypatch.setattr(tqcheck, "__version__", "0.0.0-test")
    monkeypatch.setattr(sarif, "all_rules", lambda: FAKE_RULES)


def _assert_golden(name: str, actual: str) -> None:
    path = GOLDEN / f"{name}.txt"
    if os.environ.get("TQCHECK_UPDATE_GOLDEN") == "1":
        path.write_text(actual, encoding="utf-8", newline="\n")
    assert actual == path.read_text(encoding="utf-8")


@pytest.mark.usefixtures("pinned")
@pytest.mark.parametrize("fmt", FORMATS)
def test_golden(fmt: str) -> None:
    _assert_golden(fmt, render(fmt, ISSUES, sources=SOURCES, files=FILES))


def test_statistics_golden() -> None:
    _assert_golden("statistics", render_statistics(ISSUES))


@pytest.mark.parametrize("fmt", FORMATS)
def test_output_ends_with_newline(fmt: str) -> None:
    assert render(fmt, ISSUES, sources=SOURCES).endswith("\n")


@pytest.mark.parametrize("fmt", ["concise", "full", "github"])
def test_line_formats_print_nothing_without_issues(fmt: str) -> None:
    assert render(fmt, [], sources={}) == ""


def test_statistics_prints_nothing_without_issues() -> None:
    assert render_statistics([]) == ""


def test_unknown_format() -> None:
    with pytest.raises(ValueError, match="unknown output format 'xml'"):
        render("xml", ISSUES, sources=SOURCES)


@pytest.mark.parametrize("fmt", FORMATS)
def test_colour_only_when_asked(fmt: str) -> None:
    assert ANSI not in render(fmt, ISSUES, sources=SOURCES)
    coloured = render(fmt, ISSUES, sources=SOURCES, color=True)
    assert (ANSI in coloured) == (fmt in ("concise", "full"))
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == render(fmt, ISSUES, sources=SOURCES)


def test_statistics_colour_only_when_asked() -> None:
    assert ANSI not in render_statistics(ISSUES)
    coloured = render_statistics(ISSUES, color=True)
    assert "\x1b[31mTQ101" in coloured
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == render_statistics(ISSUES)


def test_statistics_counts_each_severity_of_a_rule_apart() -> None:
    raised = dataclasses.replace(ISSUES[3], severity=Severity.ERROR)
    lines = render_statistics([*ISSUES, raised]).splitlines()
    assert lines[0] == "    3  TQ101  [error]    repeated-word"
    assert "    1  TQ201  [error]    name-spelling" in lines
    assert "    1  TQ201  [warning]  name-spelling" in lines
    assert lines[-1] == "    7  total"


def test_json_structure() -> None:
    data = json.loads(render("json", ISSUES, sources=SOURCES, files=FILES))
    assert data["version"] == tqcheck.__version__
    assert data["schema"] == 2
    assert data["files"] == [
        {"path": INTERVIEW, "encoding": "utf-16"},
        {"path": NEWS, "encoding": "utf-8"},
    ]
    assert data["issues"] == [issue.to_dict() for issue in ISSUES]
    assert data["summary"] == {
        "files": 2,
        "issues": 6,
        "by_severity": {"error": 3, "warning": 2, "info": 1},
        "by_rule": {"TQ101": 3, "TQ103": 1, "TQ201": 1, "TQ305": 1},
    }


def test_json_without_issues() -> None:
    data = json.loads(render("json", [], sources={}))
    assert data["files"] == []
    assert data["issues"] == []
    assert data["summary"]["by_severity"] == {"error": 0, "warning": 0, "info": 0}


def test_json_schema_documents_every_issue_field() -> None:
    schema = json.loads(JSON_SCHEMA.read_text(encoding="utf-8"))
    issue_schema = schema["$defs"]["issue"]
    fields = [field.name for field in dataclasses.fields(Issue)]
    assert list(issue_schema["properties"]) == fields
    assert issue_schema["required"] == fields


@pytest.mark.parametrize("issues", [ISSUES, []])
def test_json_matches_schema(issues: list[Issue]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(JSON_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(json.loads(render("json", issues, sources=SOURCES, files=FILES)), schema)


def _sarif_run(issues: list[Issue]) -> dict[str, Any]:
    log = json.loads(render("sarif", issues, sources=SOURCES))
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert log["version"] == "2.1.0"
    [run] = log["runs"]
    return run


def test_sarif_structure() -> None:
    run = _sarif_run(ISSUES)
    driver = run["tool"]["driver"]
    assert driver["name"] == "tqcheck"
    assert driver["version"] == tqcheck.__version__
    assert driver["informationUri"] == "https://pypi.org/project/tqcheck/"
    registered = list(all_rules())
    assert [rule["id"] for rule in driver["rules"]][: len(registered)] == registered
    assert run["columnKind"] == "unicodeCodePoints"
    assert len(run["results"]) == len(ISSUES)
    for result, issue in zip(run["results"], ISSUES, strict=True):
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"] == issue.code
        assert (
            result["level"]
            == {"error": "error", "warning": "warning", "info": "note"}[str(issue.severity)]
        )
        assert result["message"]["text"] == issue.message
        [location] = result["locations"]
        physical = location["physicalLocation"]
        assert physical["artifactLocation"]["uri"] == issue.path
        assert physical["region"] == {
            "startLine": issue.line,
            "startColumn": issue.column,
            "endLine": issue.end_line,
            "endColumn": issue.end_column,
            "snippet": {"text": issue.text},
        }
        assert result.get("properties", {}).get("suggestion") == issue.suggestion


def test_sarif_rule_descriptors() -> None:
    rules = _sarif_run([])["tool"]["driver"]["rules"]
    for descriptor, rule in zip(rules, all_rules().values(), strict=True):
        assert descriptor == {
            "id": rule.code,
            "name": rule.name,
            "shortDescription": {"text": rule.summary()},
            "fullDescription": {"text": rule.documentation()},
            "help": {"text": rule.documentation(), "markdown": rule.documentation()},
            "defaultConfiguration": {"level": sarif.LEVELS[rule.severity]},
        }


def test_sarif_lists_an_unregistered_code_that_found_something() -> None:
    stranger = dataclasses.replace(ISSUES[0], code="XY001", rule="plugin-rule")
    run = _sarif_run([stranger])
    rules = run["tool"]["driver"]["rules"]
    assert rules[-1] == {"id": "XY001", "name": "plugin-rule"}
    assert run["results"][0]["ruleIndex"] == len(rules) - 1


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        ("a/b.txt", "a/b.txt"),
        ("my docs/Übersetzung #2.txt", "my%20docs/%C3%9Cbersetzung%20%232.txt"),
        ("/srv/a.txt", "file:///srv/a.txt"),
    ],
)
def test_sarif_uri(path: str, uri: str) -> None:
    assert sarif.artifact_uri(path) == uri


def test_github_escapes() -> None:
    assert escape_data("100% done\r\nnext: a,b") == "100%25 done%0D%0Anext: a,b"
    assert escape_property("dir:x/a,b%.txt") == "dir%3Ax/a%2Cb%25.txt"
    issue = dataclasses.replace(ISSUES[2], path="a,b:c.txt", message="line one\nline two")
    assert render("github", [issue], sources={}) == (
        "::error file=a%2Cb%3Ac.txt,line=1,col=15,endLine=1,endColumn=22,"
        "title=TQ101 repeated-word::line one%0Aline two\n"
    )


def test_github_leaves_out_columns_of_a_multi_line_span() -> None:
    assert render("github", ISSUES[-1:], sources=SOURCES) == (
        "::warning file=texts/news.txt,line=4,endLine=5,title=TQ103 looping-phrase::"
        'Phrase "in Paris and" written twice in a row\n'
    )


def test_full_without_source_shows_no_excerpt() -> None:
    assert render("full", ISSUES[2:3], sources={}) == (
        'texts/news.txt:1:15: TQ101 [error] Repeated word "hat"\n      = suggestion: "hat"\n\n'
    )


def test_excerpt_of_a_short_line_is_the_line() -> None:
    shown = excerpt("a\tbc", 2, 3)
    assert (shown.text, shown.caret_offset, shown.caret_width) == ("a   bc", 4, 1)


def test_excerpt_marks_an_empty_span_with_one_caret() -> None:
    shown = excerpt("word", 4, 4)
    assert (shown.caret_offset, shown.caret_width) == (4, 1)


def test_excerpt_counts_wide_and_zero_width_characters() -> None:
    shown = excerpt("東京e\u0301 x", 5, 6)
    assert (shown.text, shown.caret_offset) == ("東京e\u0301 x", 6)


def test_excerpt_shows_control_characters_as_pictures() -> None:
    assert excerpt("a\x1b[31mb", 0, 1).text == "a\u241b[31mb"


@pytest.mark.parametrize("start", [0, 150, 295])
def test_excerpt_of_a_long_line_keeps_the_span_in_view(start: int) -> None:
    line = "".join(chr(ord("a") + i % 26) for i in range(300))
    shown = excerpt(line, start, start + 5)
    assert len(shown.text) <= MAX_WIDTH + 2
    assert shown.text[shown.caret_offset : shown.caret_offset + 5] == line[start : start + 5]
    assert shown.text.startswith("…") == (start > 0)
    assert shown.text.endswith("…") == (start < 295)


def test_excerpt_of_a_span_longer_than_the_window() -> None:
    line = "x" * 10 + "y" * 300
    shown = excerpt(line, 10, 310)
    assert shown.text == "…" + "y" * MAX_WIDTH + "…"
    assert (shown.caret_offset, shown.caret_width) == (1, MAX_WIDTH)
