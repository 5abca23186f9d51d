"""Baselines: issues recorded once and not reported again, without touching the translation.

An issue is remembered by its file, rule code and flagged text (not its line, which moves as
the file is edited), with a count, so a new occurrence of the same text is still reported.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from tqcheck.errors import InputError
from tqcheck.issue import Issue

BASELINE_VERSION = 1


def write_baseline(path: Path, issues: Iterable[Issue]) -> int:
    """Record the issues in ``path`` (written atomically); returns how many."""
    counts = Counter(issue.fingerprint for issue in issues)
    entries = [
        {"path": p, "code": c, "text": t, "count": n} for (p, c, t), n in sorted(counts.items())
    ]
    data = {"version": BASELINE_VERSION, "issues": entries}
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=directory)
    except OSError as exc:
        raise InputError(f"{path}: cannot write the baseline: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=2)
            handle.write("\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return sum(counts.values())


def load_baseline(path: Path) -> Counter[tuple[str, str, str]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: baseline file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read baseline: {exc}") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: invalid baseline JSON at line {exc.lineno}") from None
    if not isinstance(data, dict) or data.get("version") != BASELINE_VERSION:
        raise InputError(f"{path}: not a tqcheck baseline (version {BASELINE_VERSION})")
    counts: Counter[tuple[str, str, str]] = Counter()
    try:
        for entry in data["issues"]:
            counts[(entry["path"], entry["code"], entry["text"])] += int(entry["count"])
    except (KeyError, TypeError, ValueError):
        raise InputError(f"{path}: malformed baseline entry") from None
    return counts


def filter_baseline(
    issues: Iterable[Issue], baseline: Counter[tuple[str, str, str]]
) -> list[Issue]:
    """The issues not covered by the baseline (each entry covers ``count`` occurrences)."""
    remaining = Counter(baseline)
    kept = []
    for issue in issues:
        key = issue.fingerprint
        if remaining[key] > 0:
            remaining[key] -= 1
        else:
            kept.append(issue)
    return kept
