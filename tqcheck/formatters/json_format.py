"""``json``: one document with every issue and a summary; see docs/json-schema.json."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from typing import Any

from tqcheck.issue import Issue, Severity

SCHEMA_VERSION = 2


def summary(issues: Sequence[Issue]) -> dict[str, Any]:
    by_severity = Counter(issue.severity for issue in issues)
    return {
        "files": len({issue.path for issue in issues}),
        "issues": len(issues),
        "by_severity": {str(sev): by_severity[sev] for sev in sorted(Severity, reverse=True)},
        "by_rule": dict(sorted(Counter(issue.code for issue in issues).items())),
    }


def render(issues: Sequence[Issue], files: Sequence[tuple[str, str]] = ()) -> str:
    """The document; ``files`` are the (path, encoding) of every file checked."""
    from tqcheck import __version__  # here, not at the top: tqcheck imports the formatters

    document = {
        "version": __version__,
        "schema": SCHEMA_VERSION,
        "files": [{"path": path, "encoding": encoding} for path, encoding in sorted(files)],
        "issues": [issue.to_dict() for issue in issues],
        "summary": summary(issues),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
