"""The library API as a pipeline uses it, the README's snippet, and third-party rules."""

from __future__ import annotations

import re
from collections.abc import Iterator
from importlib.metadata import EntryPoint
from pathlib import Path

import pytest

import tqcheck
from tqcheck import Checker, Config, Issue, Severity, check_text
from tqcheck.document import Segment
from tqcheck.errors import UsageError
from tqcheck.readers import text_document
from tqcheck.registry import all_rules
from tqcheck.rules.base import Finding, SegmentRule

README = Path(__file__).parent.parent / "README.md"


def test_check_text_returns_frozen_issues_with_json_fields() -> None:
    [issue] = check_text("We signed the the agreement in Minsk.")
    assert isinstance(issue, Issue)
    assert issue.to_dict() == {
        "path": "<text>",
        "line": 1,
        "column": 11,
        "end_line": 1,
        "end_column": 18,
        "code": "TQ101",
        "rule": "repeated-word",
        "severity": "error",
        "message": '"the" is repeated: "the the"',
        "text": "the the",
        "suggestion": "the",
        "unit": None,
        "side": None,
    }
    with pytest.raises(AttributeError):
        issue.line = 2  # type: ignore[misc]


def test_checker_is_reused_over_many_documents() -> None:
    checker = Checker(Config(select=("TQ1",)))
    texts = ["The talks ended.", "They are equipped and equipped.", "the the"]
    found = [[i.code for i in checker.check(text_document(t))] for t in texts]
    assert found == [[], ["TQ102"], ["TQ101"]]


def test_readme_library_snippet_runs(capsys: pytest.CaptureFixture[str]) -> None:
    snippet = re.search(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert snippet
    exec(compile(snippet.group(1), "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "1 11 TQ101" in out and "TQ102" in out


class _ShoutingRule(SegmentRule):
    """Text in capitals.

    ## What it does
    Flags "LOUD".

    ## Why it matters
    A test.

    ## Example
    FAIL: `LOUD`

    ## Options
    None.
    """

    code = "XT001"
    name = "shouting"
    severity = Severity.INFO

    def check_segment(self, segment: Segment, index: int) -> Iterator[Finding]:
        start = segment.text.find("LOUD")
        if start >= 0:
            yield Finding(index, start, start + 4, '"LOUD" is shouting')


def _with_plugin(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    entry = EntryPoint(name="shout", value=value, group="tqcheck.rules")
    monkeypatch.setattr(
        "tqcheck.registry.entry_points", lambda group: [entry] if group == "tqcheck.rules" else []
    )
    all_rules.cache_clear()


def test_third_party_rules_register_through_entry_points(monkeypatch: pytest.MonkeyPatch) -> None:
    _with_plugin(monkeypatch, f"{__name__}:_ShoutingRule")
    try:
        assert "XT001" in all_rules()
        issues = Checker(Config(select=("XT",))).check(text_document("Say it LOUD."))
        assert [(i.code, i.column, i.text) for i in issues] == [("XT001", 8, "LOUD")]
    finally:
        all_rules.cache_clear()


def test_a_duplicate_rule_code_is_an_error_at_load_time(monkeypatch: pytest.MonkeyPatch) -> None:
    class Duplicate(_ShoutingRule):
        code = "TQ101"
        name = "another-repeated-word"

    globals()["_Duplicate"] = Duplicate
    _with_plugin(monkeypatch, f"{__name__}:_Duplicate")
    try:
        with pytest.raises(UsageError, match="TQ101 is defined twice"):
            all_rules()
    finally:
        all_rules.cache_clear()
        del globals()["_Duplicate"]


def test_version_is_exposed() -> None:
    assert re.match(r"^\d+\.\d+\.\d+", tqcheck.__version__)
