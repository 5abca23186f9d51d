"""The progress bar: on standard error only, counting segments, shown on a terminal for long
runs or when asked for; machine-readable output is never touched."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from helpers import lint

from tqcheck import Checker, Config, parallel
from tqcheck.document import Document
from tqcheck.parallel import Streamed, check_run
from tqcheck.progress import MANY_FILES, MANY_SEGMENTS, Bar, wanted
from tqcheck.readers import read_document
from tqcheck.readers.text import text_document

ROOT = Path(__file__).parent.parent
SEED = ROOT / "fixtures" / "seed_ru_en_belarus_security.txt"
FILES = [str(SEED), *sorted(str(p) for p in (ROOT / "fixtures" / "formats").glob("sample*"))]


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("fmt", ["json", "sarif", "concise"])
def test_the_bar_goes_to_stderr_and_leaves_the_output_alone(
    capsys: pytest.CaptureFixture[str], jobs: str, fmt: str
) -> None:
    code, out, err = lint([*FILES, "--format", fmt, "--jobs", jobs], capsys)
    assert err == ""  # not a terminal: no bar unless asked for
    shown = lint([*FILES, "--format", fmt, "--jobs", jobs, "--progress"], capsys)
    assert shown[:2] == (code, out)
    if fmt != "concise":
        json.loads(shown[1])
    segments = sum(len(read_document(Path(f), f).segments) for f in FILES)
    assert "tqcheck: 100%" in shown[2]
    assert f"{segments}/{segments}" in shown[2] and "seg/s" in shown[2]


def test_no_progress_turns_it_off(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = lint([*FILES, "--no-progress"], capsys)
    assert code == 1 and out and err == ""


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_shown_on_a_terminal_for_many_files_or_segments() -> None:
    small = text_document("One line.\n")
    large = text_document("A line.\n" * MANY_SEGMENTS)
    streamed = Streamed(SEED, str(SEED), "utf-8")
    terminal = _Terminal()
    assert not wanted(None, [small], terminal)
    assert wanted(None, [small] * MANY_FILES, terminal)
    assert wanted(None, [large], terminal)
    assert wanted(None, [streamed], terminal)
    assert not wanted(None, [large], io.StringIO())  # not a terminal
    assert wanted(True, [small], io.StringIO())
    assert not wanted(False, [large], terminal)


class _Counter:
    def __init__(self) -> None:
        self.total = 0
        self.done = 0

    def grow(self, segments: int) -> None:
        self.total += segments

    def advance(self, segments: int) -> None:
        self.done += segments


@pytest.mark.parametrize("jobs", [1, 2])
def test_segments_are_counted_once_a_pass(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    documents: list[Document | Streamed] = [read_document(Path(f), f) for f in FILES]
    segments = sum(len(d.segments) for d in documents if isinstance(d, Document))
    checker = Checker(Config())
    counter = _Counter()
    check_run(checker, documents, jobs=jobs, progress=counter)
    assert counter.total == counter.done == segments  # one pass each
    counter = _Counter()
    check_run(checker, documents, group=True, jobs=jobs, progress=counter)
    assert counter.total == counter.done == 2 * segments  # collect, then check
    # Chunks and partitions take two passes; a streamed file's total grows as it is read.
    monkeypatch.setattr(parallel, "CHUNK_THRESHOLD", 7)
    monkeypatch.setattr(parallel, "CHUNK_SEGMENTS", 7)
    path = tmp_path / "seed.txt"
    path.write_bytes(SEED.read_bytes())
    streamed = Streamed(path, "seed.txt", "utf-8", partition_chars=1000)
    counter = _Counter()
    check_run(checker, [*documents, streamed], jobs=jobs, progress=counter)
    passes = sum(
        len(d.segments) * (2 if len(d.segments) > 7 else 1)
        for d in documents
        if isinstance(d, Document)
    )
    seed = len(read_document(SEED, "s").segments)
    assert counter.total == counter.done == passes + 2 * seed


def test_the_bar_counts_segments_on_the_stream_it_is_given() -> None:
    stream = io.StringIO()
    bar = Bar(stream)
    bar.grow(10)
    bar.advance(4)
    bar.advance(6)
    bar.close()
    assert "tqcheck: 100%" in stream.getvalue()
    assert "10/10" in stream.getvalue()
