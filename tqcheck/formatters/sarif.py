"""``sarif``: SARIF 2.1.0 for code-scanning services (GitHub code scanning and others).

The driver lists every known rule, so that a service can show the rules that found nothing.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from tqcheck.issue import Issue, Severity
from tqcheck.registry import all_rules
from tqcheck.rules.base import Rule

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/tqcheck/"
LEVELS: dict[Severity, str] = {
    Severity.ERROR: "error",
    Severity.WARNING: "warning",
    Severity.INFO: "note",
}


def _rule_descriptor(rule: type[Rule]) -> dict[str, Any]:
    documentation = rule.documentation()
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary()},
        "fullDescription": {"text": documentation},
        "help": {"text": documentation, "markdown": documentation},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
    }


def _descriptors(issues: Sequence[Issue]) -> list[dict[str, Any]]:
    """Every registered rule, then a bare entry for any other code that found something."""
    descriptors = [_rule_descriptor(rule) for rule in all_rules().values()]
    known = {descriptor["id"] for descriptor in descriptors}
    for issue in issues:
        if issue.code not in known:
            known.add(issue.code)
            descriptors.append({"id": issue.code, "name": issue.rule})
    return descriptors


def artifact_uri(path: str) -> str:
    """``path`` as a URI reference: percent-encoded, and relative when given relative."""
    encoded = quote(path)
    return f"file://{encoded}" if path.startswith("/") else encoded


def _result(issue: Issue, rule_index: int) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": issue.code,
        "ruleIndex": rule_index,
        "level": LEVELS[issue.severity],
        "message": {"text": issue.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": artifact_uri(issue.path)},
                    "region": {
                        "startLine": issue.line,
                        "startColumn": issue.column,
                        "endLine": issue.end_line,
                        "endColumn": issue.end_column,
                        "snippet": {"text": issue.text},
                    },
                }
            }
        ],
    }
    properties = {
        key: value
        for key, value in (
            ("suggestion", issue.suggestion),
            ("unit", issue.unit),
            ("side", issue.side),
        )
        if value is not None
    }
    if properties:
        result["properties"] = properties
    return result


def render(issues: Sequence[Issue]) -> str:
    from tqcheck import __version__  # here, not at the top: tqcheck imports the formatters

    rules = _descriptors(issues)
    index = {descriptor["id"]: i for i, descriptor in enumerate(rules)}
    log = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "tqcheck",
                        "version": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": [_result(issue, index[issue.code]) for issue in issues],
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
