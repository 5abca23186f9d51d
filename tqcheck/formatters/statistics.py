"""Statistics: how many issues each rule found, most frequent first."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from tqcheck.formatters.concise import style_code
from tqcheck.issue import Issue, Severity

_SEVERITY_WIDTH = max(len(f"[{severity}]") for severity in Severity)


def render(issues: Sequence[Issue], color: bool) -> str:
    """One line per rule and severity (a rule may report single findings at another
    severity than its default), then the total; "" when there are no issues."""
    if not issues:
        return ""
    counts = Counter((issue.code, issue.severity, issue.rule) for issue in issues)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0][0], -item[0][1]))
    count_width = max(5, len(str(len(issues))))
    code_width = max(len(code) for code, _, _ in counts)
    lines = [
        f"{count:>{count_width}}  {style_code(code, severity, color)}"
        f"{' ' * (code_width - len(code))}  {f'[{severity}]':<{_SEVERITY_WIDTH}}  {rule}"
        for (code, severity, rule), count in ranked
    ]
    lines.append(f"{len(issues):>{count_width}}  total")
    return "\n".join(lines) + "\n"
