"""What several test modules share: running the CLI in-process, and the bilingual cases."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tqcheck.cli import main

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).parent.parent


def lint(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """``tqcheck lint ARGS`` in this process: its exit status, stdout and stderr."""
    with pytest.raises(SystemExit) as exit_info:
        main(["lint", *args])
        sys.exit(0)
    out, err = capsys.readouterr()
    code = exit_info.value.code
    return (code if isinstance(code, int) else 0), out, err


def bilingual_pairs() -> list[tuple[str, str]]:
    """(source, target) lines: sample.tsv's rows and every line-aligned bilingual case of the
    rule fixtures (one source translated two ways, one term rendered two ways …)."""
    rows = (ROOT / "fixtures" / "formats" / "sample.tsv").read_text(encoding="utf-8")
    pairs = [(source, target) for source, target in (r.split("\t") for r in rows.splitlines()[1:])]
    for fixture in sorted((ROOT / "fixtures" / "rules").glob("TQ*.toml")):
        data = tomllib.loads(fixture.read_text(encoding="utf-8"))
        for case in data.get("case", []):
            if "source" in case and "glossaries" not in data and "options" not in data:
                source, text = case["source"].split("\n"), case["text"].split("\n")
                if len(source) == len(text):
                    pairs += zip(source, text, strict=True)
    return pairs
