"""Rows past SPILL_BYTES go to disk, a bucket of keys at a time; the issues do not change."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from helpers import bilingual_pairs

from tqcheck import rows
from tqcheck.config import Config
from tqcheck.document import Document
from tqcheck.engine import Checker
from tqcheck.readers import read_document

REPEATED = ("Переговоры возобновятся в понедельник.", "Talks will resume on Monday in Minsk.")


def _documents(tmp_path: Path) -> list[Document]:
    """The bilingual cases in two files, every other pair in each (one source translated
    two ways across the files), each file with one sentence that the other repeats."""
    pairs = bilingual_pairs()
    documents = []
    for name, half in (("a.tsv", pairs[::2]), ("b.tsv", pairs[1::2])):
        path = tmp_path / name
        lines = [f"{source}\t{target}\n" for source, target in [*half, REPEATED]]
        path.write_text("source\ttarget\n" + "".join(lines), encoding="utf-8")
        documents.append(read_document(path, name))
    return documents


def test_spilled_rows_give_the_same_issues(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    documents = _documents(tmp_path)
    checker = Checker(Config(group=True))
    held = checker.check_documents(documents)
    assert {"TQ104", "TQ203", "TQ204"} <= {issue.code for issue in held}
    repeat = next(issue for issue in held if issue.code == "TQ104")
    assert repeat.path == "b.tsv"
    assert repeat.message == "this sentence already appears at a.tsv:55:40"
    monkeypatch.setattr(rows, "SPILL_BYTES", 0)  # every merge writes its rows to disk
    assert checker.check_documents(documents) == held


def test_spilled_summaries_merge_and_pickle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = _documents(tmp_path)
    checker = Checker(Config(select=("TQ104", "TQ203", "TQ204")))
    expected = checker.finish(checker.merge([checker.collect(d) for d in documents]))
    assert all(expected.values())
    monkeypatch.setattr(rows, "SPILL_BYTES", 0)

    def spilled() -> list[dict[str, rows.Rows]]:
        return [checker.merge([checker.collect(d)]) for d in documents]

    first, second = spilled()
    assert all(summary.spill is not None for summary in (*first.values(), *second.values()))
    # The second file's rows come back from its spill with their paths renumbered.
    assert checker.finish(checker.merge([first, second])) == expected
    pickled = pickle.loads(pickle.dumps(checker.merge(spilled())))
    assert all(summary.spill is None for summary in pickled.values())
    assert checker.finish(pickled) == expected
