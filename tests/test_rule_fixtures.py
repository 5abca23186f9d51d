"""Every rule's fixture: the exact findings (line, column, flagged text) of each case."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tqcheck import Checker, Config
from tqcheck.config import RuleSettings
from tqcheck.readers import text_document
from tqcheck.readers.text import align_source
from tqcheck.registry import all_rules

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

FIXTURES = Path(__file__).parent.parent / "fixtures" / "rules"


def _cases() -> list[object]:
    params = []
    for path in sorted(FIXTURES.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for i, case in enumerate(data["case"]):
            params.append(pytest.param(data, case, id=f"{path.stem}-{i}"))
    return params


@pytest.mark.parametrize(("fixture", "case"), _cases())
def test_rule_fixture(fixture: dict, case: dict) -> None:
    code = fixture["rule"]
    config = Config(
        select=(code,),
        source_lang=case.get("source_lang"),
        glossaries=tuple(str((FIXTURES / g).resolve()) for g in fixture.get("glossaries", ())),
        rules={code: RuleSettings(options=fixture.get("options", {}))},
    )
    document = text_document(case["text"])
    if "source" in case:
        align_source(document, case["source"], "source")
    if "reference" in case:
        references = case["reference"].splitlines()
        for segment in document.segments:
            segment.reference = references[document.position(segment.offset)[0] - 1]
    issues = Checker(config).check(document)
    found = [{"line": i.line, "column": i.column, "text": i.text} for i in issues]
    assert found == case["expect"]
    assert all(i.code == code for i in issues)


def test_every_rule_has_a_fixture_with_failing_and_passing_cases() -> None:
    for code in all_rules():
        path = FIXTURES / f"{code}.toml"
        assert path.is_file(), f"{code} has no fixture"
        cases = tomllib.loads(path.read_text(encoding="utf-8"))["case"]
        assert any(c["expect"] for c in cases), f"{code}: no failing case"
        assert any(not c["expect"] for c in cases), f"{code}: no passing case"
