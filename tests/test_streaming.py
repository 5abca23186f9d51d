"""Large plain-text files are read as partitions: the same findings as a whole read, in a
memory bound set by the partition size, not by the file."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest
from helpers import bilingual_pairs

from tqcheck import Checker, Config
from tqcheck.document import Document
from tqcheck.errors import InputError
from tqcheck.readers import ReadOptions, read_document
from tqcheck.readers.stream import (
    Aligned,
    count_lines,
    iter_aligned_partitions,
    iter_lines,
    iter_partitions,
)
from tqcheck.readers.text import _lines, attach_references

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


# --- A target with its line-aligned source (and reference), streamed -----------------------


def _bilingual(repeat: int = 1) -> tuple[str, str]:
    """Source and target texts: sample.tsv's rows and the line-aligned bilingual cases of
    the rule fixtures (one source translated two ways, one term rendered two ways …),
    between paragraphs of clean English over Russian-looking sources."""
    pairs = bilingual_pairs()
    clean = [line for line in CLEAN.splitlines() if line.strip()]
    sources, targets = [], []
    for n in range(repeat):
        for k, (source, target) in enumerate(pairs):
            sources.append(source)
            targets.append(target)
            if k % 7 == n % 7:  # blank lines on both sides, and filler between the cases
                sources += ["", f"Абзац {k} номер {n}: текст статьи."]
                targets += ["", clean[(k + n) % len(clean)]]
    return "\n".join(sources) + "\n", "\n".join(targets) + "\n"


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("size", [200, 1500, 1_000_000])
def test_aligned_partitions_give_the_findings_of_a_whole_read(
    tmp_path: Path, newline: str, size: int
) -> None:
    source_text, target_text = _bilingual()
    source, target, reference = tmp_path / "src.txt", tmp_path / "tgt.txt", tmp_path / "ref.txt"
    source.write_bytes(source_text.replace("\n", newline).encode("utf-8"))
    target.write_bytes(target_text.replace("\n", newline).encode("utf-8"))
    reference.write_bytes(target_text.upper().replace("\n", newline).encode("utf-8"))
    whole = read_document(target, str(target), ReadOptions(source=source))
    attach_references(whole, reference.read_text(encoding="utf-8"), str(reference))
    parts = list(
        iter_aligned_partitions(
            target, str(target), Aligned(source, str(source)), Aligned(reference, "r"), size
        )
    )
    assert len(parts) > 2 or size > 10_000

    def shown(document: Document) -> list[tuple[object, ...]]:
        return [
            (document.locate(s, 0), s.text, s.source, s.unit, s.side, s.reference)
            for s in document.segments
        ]

    assert [row for part in parts for row in shown(part)] == shown(whole)
    for source_lang in ("ru", None):
        checker = Checker(Config(source_lang=source_lang, extend_select=("TQ906",)))
        expected = checker.check(whole)
        assert {"TQ203", "TQ205", "TQ804", "TQ901"} <= {i.code for i in expected}
        checker = checker.for_document(whole)  # as a streamed file's languages are found
        found = checker.check_partitions(
            lambda: iter_aligned_partitions(
                target, str(target), Aligned(source, str(source)), Aligned(reference, "r"), size
            )
        )
        assert [issue for batch in found for issue in batch] == expected


@pytest.mark.parametrize(
    ("source_lines", "message"),
    [
        (3, "t.txt has 4 lines but its source s.txt has 3; line-aligned files must have"),
        (5, "t.txt has 4 lines but its source s.txt has 5; line-aligned files must have"),
    ],
)
def test_aligned_files_of_different_lengths_are_an_error_naming_both_counts(
    tmp_path: Path, source_lines: int, message: str
) -> None:
    (tmp_path / "t.txt").write_text("one\ntwo\n\nfour", encoding="utf-8")
    (tmp_path / "s.txt").write_text("раз\n" * source_lines, encoding="utf-8")
    source = Aligned(tmp_path / "s.txt", "s.txt")
    with pytest.raises(InputError, match=message):
        list(iter_aligned_partitions(tmp_path / "t.txt", "t.txt", source, None, 5))
    reference = Aligned(tmp_path / "s.txt", "r.txt")
    with pytest.raises(
        InputError, match=f"t.txt has 4 lines but the reference r.txt has {source_lines}"
    ):
        list(iter_aligned_partitions(tmp_path / "t.txt", "t.txt", None, reference, 5))


@pytest.mark.parametrize(
    "text", ["", "a", "a\n", "a\n\n", "a\r\nb\rc\n", "\r\n\r\n", "x\r", "héllo\nwörld"]
)
def test_line_counts_are_those_of_a_whole_read(tmp_path: Path, text: str) -> None:
    path = tmp_path / "f.txt"
    path.write_bytes(text.encode("utf-8"))
    assert count_lines(path, "f.txt") == len(_lines(text))
    assert list(iter_lines(path, "f.txt", partition_chars=2)) == _lines(text)
