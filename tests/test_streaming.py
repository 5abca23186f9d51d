"""Large plain-text files are read as partitions: the same findings as a whole read, in a
memory bound set by the partition size, not by the file."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from tqcheck import Checker, Config
from tqcheck.readers import read_document
from tqcheck.readers.stream import iter_partitions

ROOT = Path(__file__).parent.parent
SEED = (ROOT / "fixtures" / "seed_ru_en_belarus_security.txt").read_text(encoding="utf-8")
CLEAN = "".join(
    p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "clean").glob("*.txt"))
)


def _streamed(checker: Checker, path: Path, size: int) -> list[object]:
    batches = checker.check_partitions(lambda: iter_partitions(path, str(path), size))
    return [issue for batch in batches for issue in batch]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize("size", [97, 1000, 50_000])
def test_partitions_give_the_findings_of_a_whole_read(
    tmp_path: Path, newline: str, size: int
) -> None:
    path = tmp_path / "corpus.txt"
    text = (CLEAN + SEED + CLEAN[:5000] + SEED).replace("\n", newline)
    path.write_bytes(text.encode("utf-8"))
    checker = Checker(Config())
    whole = checker.check(read_document(path, str(path)))
    assert whole  # the seed's defects, twice, with cross-partition repeats and names
    assert _streamed(checker, path, size) == whole


def test_partitions_keep_line_numbers_and_all_text(tmp_path: Path) -> None:
    path = tmp_path / "lines.txt"
    path.write_text("".join(f"line {i}\n" for i in range(1, 1001)), encoding="utf-8")
    parts = list(iter_partitions(path, str(path), 500))
    assert len(parts) > 10
    assert "".join(p.text for p in parts) == path.read_text(encoding="utf-8")
    for part in parts:
        first = part.segments[0]
        line, _ = part.locate(first, 0)
        assert first.text == f"line {line}"


def _peak(checker: Checker, path: Path) -> int:
    tracemalloc.start()
    batches = checker.check_partitions(lambda: iter_partitions(path, str(path), 16_000))
    for _batch in batches:  # issues handed on, not kept, as a printer does
        pass
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def test_memory_is_bounded_by_the_partition_not_the_file(tmp_path: Path) -> None:
    # Repeating the corpus repeats its sentences and mixes its files' quote styles: leave
    # those two rules out so that the issues found do not dominate what is measured.
    checker = Checker(Config(ignore=("TQ104", "TQ601")))
    small, large = tmp_path / "small.txt", tmp_path / "large.txt"
    small.write_text(CLEAN * 8, encoding="utf-8")  # about 260 KB
    large.write_text(CLEAN * 32, encoding="utf-8")  # about 1 MB
    _peak(checker, small)  # warm the word caches, which grow with the vocabulary only
    # Four times the text: a linear cost would show as ~4x; the bound keeps it flat.
    assert _peak(checker, large) < 2 * _peak(checker, small)
