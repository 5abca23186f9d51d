"""Every rule is complete: code, name, severity, the four documentation headings, a fixture,
and the generated rule reference is up to date."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tqcheck.cli import rules_markdown
from tqcheck.registry import all_rules
from tqcheck.rules.base import CODE_RE, DOC_HEADINGS, NAME_RE

ROOT = Path(__file__).parent.parent


@pytest.mark.parametrize("code", list(all_rules()))
def test_rule_is_complete(code: str) -> None:
    rule = all_rules()[code]
    assert CODE_RE.match(rule.code) and rule.code.startswith("TQ")
    assert NAME_RE.match(rule.name)
    assert rule.scope in ("segment", "document")
    doc = rule.documentation()
    assert rule.summary() and rule.summary().endswith((".", ")"))
    for heading in DOC_HEADINGS:
        assert re.search(rf"^## {heading}$", doc, re.M), f"{code}: no '## {heading}'"
    assert (ROOT / "fixtures" / "rules" / f"{code}.toml").is_file()


def test_codes_and_names_are_unique() -> None:
    rules = all_rules()
    assert len({r.name for r in rules.values()}) == len(rules)


def test_docs_rules_md_is_generated_from_the_docstrings() -> None:
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == rules_markdown(), (
        "regenerate it: tqcheck rules --markdown > docs/rules.md"
    )
