"""tqcheck.dask on a local Dask cluster: the findings of a single-process run, including the
consistency findings whose occurrences lie in different partitions."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

dask = pytest.importorskip("dask")
db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from click.testing import CliRunner  # noqa: E402
from dask.utils import key_split  # noqa: E402
from helpers import bilingual_pairs  # noqa: E402

from tqcheck import Config, Issue, Severity  # noqa: E402
from tqcheck.api import check_file  # noqa: E402
from tqcheck.cli import cli  # noqa: E402
from tqcheck.dask import check_bag, partition_document  # noqa: E402
from tqcheck.readers import ReadOptions  # noqa: E402

ROOT = Path(__file__).parent.parent
SEED = ROOT / "fixtures" / "seed_ru_en_belarus_security.txt"
CLEAN = ROOT / "tests" / "clean"


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def _cli_json(*args: str) -> list[Issue]:
    """The issues of ``tqcheck lint --format json``, as Issue objects."""
    result = CliRunner().invoke(cli, ["lint", "--format", "json", "--exit-zero", *args])
    assert result.exit_code == 0, result.output
    return [
        Issue(**{**issue, "severity": Severity.parse(issue["severity"])})
        for issue in json.loads(result.output)["issues"]
    ]


def _partition_lines(bag: db.Bag) -> list[range]:
    """The lines (1-based) each partition of a bag of lines holds."""
    sizes = bag.map_partitions(lambda part: [len(list(part))]).compute()
    ranges, start = [], 1
    for size in sizes:
        ranges.append(range(start, start + size))
        start += size
    return ranges


def _spans_partitions(issues: list[Issue], bag: db.Bag, code: str) -> bool:
    """Whether some issue of ``code`` names a first occurrence in another partition."""
    ranges = _partition_lines(bag)
    part = {line: k for k, lines in enumerate(ranges) for line in lines}
    for issue in issues:
        first = re.search(r"(?:first at|appears at) (\d+):\d+", issue.message)
        if issue.code == code and first and part[int(first.group(1))] != part[issue.line]:
            return True
    return False


@pytest.mark.parametrize("blocksize", [600, 2500])
def test_seed_file_gives_the_single_process_findings(
    client: distributed.Client, blocksize: int
) -> None:
    serial = check_file(SEED)
    bag = db.read_text(str(SEED), blocksize=blocksize)
    assert bag.npartitions > 2
    with distributed.get_task_stream(client) as stream:
        issues = check_bag(bag, path=str(SEED))
    # The passes ran as tasks on the cluster's workers.
    assert {key_split(task["key"]) for task in stream.data} >= {
        "tqcheck-scan",
        "tqcheck-collect",
        "tqcheck-merge",
        "tqcheck-check",
    }
    assert issues == serial
    assert issues == _cli_json(str(SEED))
    assert {"TQ201", "TQ202", "TQ401"} <= {i.code for i in issues}
    assert _spans_partitions(issues, bag, "TQ201")


def test_repeats_and_quotes_across_partitions(client: object, tmp_path: Path) -> None:
    # A corpus in which whole sentences come back partitions later (TQ104) and whose
    # files mix quote styles (TQ601), with Windows line breaks.
    texts = [p.read_text(encoding="utf-8") for p in sorted(CLEAN.glob("*.txt"))]
    seed = SEED.read_text(encoding="utf-8")
    corpus = tmp_path / "corpus.txt"
    corpus.write_bytes(("".join(texts[:3]) + seed + texts[3] + seed).replace("\n", "\r\n").encode())
    bag = db.read_text(str(corpus)).repartition(7)
    issues = check_bag(bag, path=str(corpus))
    serial = check_file(corpus)
    assert len(issues) == len(serial) > 60
    assert issues == serial
    assert {"TQ104", "TQ201", "TQ202", "TQ601"} <= {i.code for i in issues}
    assert _spans_partitions(issues, bag, "TQ104")


@pytest.mark.parametrize("source_lang", [None, "ru"])
def test_source_target_pairs_give_the_findings_of_lint_with_source(
    client: object, tmp_path: Path, source_lang: str | None
) -> None:
    sources, targets = (list(side) for side in zip(*bilingual_pairs(), strict=True))
    target_file, source_file = tmp_path / "target.txt", tmp_path / "source.txt"
    target_file.write_text("\n".join(targets) + "\n", encoding="utf-8")
    source_file.write_text("\n".join(sources) + "\n", encoding="utf-8")
    options = ReadOptions(source=source_file)
    serial = check_file(target_file, source_lang=source_lang, options=options)
    lang = ["--source-lang", source_lang] if source_lang else []
    assert serial == _cli_json(str(target_file), "--source", str(source_file), *lang)
    # Nine partitions: the language is detected from a sample that spans several.
    bag = db.from_sequence(list(zip(sources, targets, strict=True)), npartitions=9)
    issues = check_bag(bag, path=str(target_file), source_lang=source_lang)
    assert len(issues) == len(serial) > 20
    assert issues == serial
    assert {"TQ203", "TQ205", "TQ804", "TQ901"} <= {i.code for i in issues}
    # Dicts name the unit themselves; compute=False leaves the issues on the cluster.
    records = [
        {"source": s, "target": t, "unit": f"seg-{n}"}
        for n, (s, t) in enumerate(zip(sources, targets, strict=True), 1)
    ]
    lazy = check_bag(
        db.from_sequence(records, npartitions=4),
        path=str(target_file),
        source_lang=source_lang,
        compute=False,
    )
    assert isinstance(lazy, db.Bag)
    assert lazy.compute() == [replace(i, unit=f"seg-{i.unit}") for i in serial]


def test_configuration_applies_on_the_workers(client: object) -> None:
    config = Config(ignore=("TQ5",), source_lang="ru")
    bag = db.read_text(str(SEED), blocksize=1000)
    issues = check_bag(bag, config, path=str(SEED))
    assert issues == check_file(SEED, source_lang="ru", config=config)
    assert issues and not any(i.code.startswith("TQ5") for i in issues)


def test_partition_document_keeps_lines_and_columns() -> None:
    document = partition_document(["first line\r\n", "\n", "  third\n", "last"], "p", 10)
    assert document.text == "first line\n\n  third\nlast\n"
    assert [document.locate(s, 0) for s in document.segments] == [(11, 1), (13, 1), (14, 1)]
    pairs = partition_document([("Да.", "Yes.\n"), ("", ""), ("Нет.", "")], "p", 4)
    assert [(s.text, s.source, s.unit) for s in pairs.segments] == [
        ("Yes.", "Да.", "5"),
        ("", "Нет.", "7"),
    ]
    with pytest.raises(TypeError, match="not int"):
        partition_document([3], "p")


def test_a_term_rendered_two_ways_in_two_partitions() -> None:
    # The partitions number their segments afresh: TQ205 must report the segment of the
    # partition it is in, not the one with the same index in another.
    pairs = [
        ("СВО началась в феврале.", "The NWO began in February."),
        ("Погода была хорошей.", "The weather was good."),
        ("В Кремле обсудили итоги СВО.", "The Kremlin discussed the results of the NMD."),
    ]
    config = Config(select=("TQ205",), source_lang="ru")
    with dask.config.set(scheduler="sync"):
        issues = check_bag(db.from_sequence(pairs, npartitions=3), config, path="p")
    assert [(i.line, i.column, i.text, i.unit) for i in issues] == [(3, 42, "NMD", "3")]
