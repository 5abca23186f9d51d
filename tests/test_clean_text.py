"""Careful human English must produce no warning or error: every one would be a false alarm."""

from __future__ import annotations

from pathlib import Path

import pytest

from tqcheck import Checker, Config, Severity
from tqcheck.readers import read_document

CLEAN = sorted((Path(__file__).parent / "clean").glob("*.txt"))


def test_the_clean_corpus_is_large_enough() -> None:
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in CLEAN)
    assert len(CLEAN) >= 5 and words >= 4000


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_no_warning_or_error_on_clean_text(path: Path) -> None:
    issues = Checker(Config(select=("ALL",))).check(read_document(path, str(path)))
    loud = [
        f"{i.line}:{i.column} {i.code} {i.text!r}: {i.message}"
        for i in issues
        if i.severity >= Severity.WARNING
    ]
    assert loud == []


def test_no_warning_or_error_when_the_clean_corpus_is_grouped() -> None:
    checker = Checker(Config(select=("ALL",), group=True))
    issues = checker.check_documents([read_document(p, str(p)) for p in CLEAN])
    assert [
        f"{i.path}:{i.line} {i.code} {i.text!r}" for i in issues if i.severity >= Severity.WARNING
    ] == []
