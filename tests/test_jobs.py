"""``--jobs N``: the run checked across processes prints exactly what a serial run prints,
for every output format, with and without grouping, for files split into chunks and for
streamed files; errors in a process end the run as in a serial one."""

from __future__ import annotations

import os
import pickle
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import lint

from tqcheck import Checker, Config, parallel
from tqcheck.errors import InputError, UsageError
from tqcheck.formatters import render
from tqcheck.parallel import Streamed, check_run, parse_jobs
from tqcheck.readers import read_document
from tqcheck.readers import stream as streaming
from tqcheck.rules.repetition import RepeatedWord

ROOT = Path(__file__).parent.parent
SEED = ROOT / "fixtures" / "seed_ru_en_belarus_security.txt"
FORMATS = ROOT / "fixtures" / "formats"
OUTPUTS = ["concise", "full", "json", "sarif", "github"]


def same_as_serial(args: list[str], capsys: pytest.CaptureFixture[str], jobs: int = 2) -> str:
    """The output of a serial run, after checking that ``--jobs`` prints it byte for byte."""
    serial = lint([*args, "--jobs", "1"], capsys)
    assert lint([*args, "--jobs", str(jobs)], capsys) == serial
    assert serial[0] in (0, 1), serial[2]
    return serial[1]


def corpus(lines: int = 3000, seed: int = 6) -> str:
    """A long text whose consistency findings span its chunks: the seed article's lines (two
    spellings of one name, an undefined acronym, curly and straight quotes) and the clean
    texts spread among numbered filler lines, and sentences repeated far apart."""
    real = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    for path in sorted((ROOT / "tests" / "clean").glob("*.txt")):
        real += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rng = random.Random(seed)
    rng.shuffle(real)
    out = [f"Paragraph {n} gives the figures for district {n} in full." for n in range(lines)]
    for line in real:
        out[rng.randrange(lines)] = line
    out[5] = "Alexander Lukashenko spoke at the summit in Minsk on Monday."
    out[lines - 7] = "Later Lukashenka said the summit in Minsk had gone well."
    out[lines // 2] = "The delegation will return to Minsk for talks next spring."
    out[lines - 3] = "The delegation will return to Minsk for talks next spring."
    return "\n".join(out) + "\n"


def test_jobs_is_a_count_or_auto() -> None:
    assert parse_jobs("1") == 1
    assert parse_jobs("3") == 3
    assert parse_jobs("0") == parse_jobs("auto") == (os.cpu_count() or 1)
    for bad in ("-1", "two", "1.5", ""):
        with pytest.raises(UsageError, match="--jobs"):
            parse_jobs(bad)


def test_a_bad_jobs_value_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = lint([str(SEED), "--jobs", "many"], capsys)
    assert (code, out) == (2, "")
    assert err == "tqcheck: error: --jobs: expected a number of processes or 'auto', not 'many'\n"


@pytest.mark.parametrize("fmt", OUTPUTS)
def test_the_seed_article_prints_the_serial_output(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    out = same_as_serial([str(SEED), "--format", fmt], capsys)  # one unit: no processes
    assert "Lukashenka" in out
    monkeypatch.setattr(parallel, "MIN_CHUNK_SEGMENTS", 4)  # four chunks, in two processes
    assert same_as_serial([str(SEED), "--format", fmt], capsys) == out


@pytest.mark.parametrize("fmt", [*OUTPUTS, "statistics"])
@pytest.mark.parametrize("group", ["--group", "--no-group"])
def test_every_format_of_fixture_prints_the_serial_output(
    capsys: pytest.CaptureFixture[str], fmt: str, group: str
) -> None:
    files = sorted(str(p) for p in FORMATS.glob("sample*"))
    args = ["--statistics"] if fmt == "statistics" else ["--format", fmt]
    out = same_as_serial([*files, str(SEED), group, *args], capsys, jobs=3)
    assert "sample.po" in out or fmt == "statistics"


@pytest.mark.parametrize("group", ["--group", "--no-group"])
def test_chunks_of_a_long_file_give_the_findings_of_a_whole_check(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    group: str,
) -> None:
    path = tmp_path / "long.txt"
    path.write_text(corpus(), encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text("Lukashenka and Lukashenko met. The the end.\n", encoding="utf-8")
    whole = same_as_serial([str(path), str(other), group, "--format", "json"], capsys)
    # A serial run splits a document of more than CHUNK_THRESHOLD segments; with processes,
    # a document larger than its share of the run is split too.
    monkeypatch.setattr(parallel, "CHUNK_THRESHOLD", 1000)
    monkeypatch.setattr(parallel, "CHUNK_SEGMENTS", 400)
    monkeypatch.setattr(parallel, "MIN_CHUNK_SEGMENTS", 150)
    for fmt in ("json", "concise", "full"):
        out = same_as_serial([str(path), str(other), group, "--format", fmt], capsys)
        if fmt == "json":
            assert out == whole
    # The findings that need the whole file are there, and span the chunks.
    for needle in ('"TQ201"', '"TQ104"', '"TQ401"', '"TQ601"', "first at", "already appears"):
        assert needle in whole
    # ... and they are those of the library's whole-document check.
    documents = [read_document(path, str(path)), read_document(other, str(other))]
    expected = Checker(Config(group=group == "--group")).check_documents(documents)
    assert len(expected) > 40
    files = [(str(path), "utf-8"), (str(other), "utf-8")]
    assert whole == render("json", expected, sources={}, files=files)


@pytest.mark.parametrize("group", ["--group", "--no-group"])
def test_a_streamed_file_prints_what_a_whole_read_prints(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    group: str,
) -> None:
    path = tmp_path / "long.txt"
    path.write_bytes(corpus(2000).replace("\n", "\r\n").encode("utf-8"))
    args = [str(path), str(SEED), group, "--format", "json"]
    whole = same_as_serial(args, capsys)
    monkeypatch.setattr(streaming, "STREAM_THRESHOLD", 50_000)  # the seed is read whole
    monkeypatch.setattr(streaming, "PARTITION_CHARS", 9_000)
    assert same_as_serial(args, capsys) == whole
    assert '"TQ201"' in whole and '"TQ104"' in whole


def test_a_streamed_bilingual_pair_prints_what_a_whole_read_prints(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from test_streaming import _bilingual

    source_text, target_text = _bilingual(repeat=3)
    source, target = tmp_path / "source.txt", tmp_path / "target.txt"
    source.write_text(source_text, encoding="utf-8")
    target.write_text(target_text, encoding="utf-8")
    for language in ([], ["--source-lang", "ru"]):
        args = [str(target), "--source", str(source), "--format", "json", *language]
        whole = same_as_serial(args, capsys)
        with monkeypatch.context() as patch:
            patch.setattr(streaming, "STREAM_THRESHOLD", 1)
            patch.setattr(streaming, "PARTITION_CHARS", 2_000)
            assert same_as_serial(args, capsys) == whole
        assert '"TQ205"' in whole and '"TQ203"' in whole


def test_a_streamed_pair_of_different_lengths_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    source, target = tmp_path / "source.txt", tmp_path / "target.txt"
    source.write_text("Раз.\nДва.\n", encoding="utf-8")
    target.write_text("One.\nTwo.\nThree.\n", encoding="utf-8")
    message = (
        f"tqcheck: error: {target} has 3 lines but its source {source} has 2; "
        "line-aligned files must have the same number of lines\n"
    )
    whole = lint([str(target), "--source", str(source)], capsys)
    assert whole == (2, "", message)
    monkeypatch.setattr(streaming, "STREAM_THRESHOLD", 1)
    for jobs in ("1", "2"):
        assert lint([str(target), "--source", str(source), "--jobs", jobs], capsys) == whole


def test_processes_started_by_spawn_give_the_serial_findings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "long.txt"
    path.write_text(corpus(1200), encoding="utf-8")
    docs = [read_document(p, str(p)) for p in (path, SEED, FORMATS / "sample.xlf")]
    checker = Checker(Config())
    monkeypatch.setattr(parallel, "MIN_CHUNK_SEGMENTS", 200)  # the long file in chunks
    for group in (False, True):
        serial = checker.check_documents(docs, group=group)
        assert check_run(checker, docs, group=group, jobs=2, method="spawn") == serial
    streamed = Streamed(path, str(path), "utf-8", partition_chars=5_000)
    assert check_run(checker, [streamed], jobs=2, method="spawn") == checker.check(docs[0])


def test_issues_summaries_and_documents_pickle() -> None:
    checker = Checker(Config())
    for path in [SEED, *sorted(FORMATS.glob("sample*"))]:
        document = read_document(path, str(path))
        copy = pickle.loads(pickle.dumps(document))
        merged = pickle.loads(pickle.dumps(checker.merge([checker.collect(document)])))
        finished = pickle.loads(pickle.dumps(checker.finish(merged)))
        issues = checker.check(document, checker.finish(checker.merge([checker.collect(copy)])))
        assert issues
        assert pickle.loads(pickle.dumps(issues)) == issues
        assert checker.check(copy, finished) == issues


def _raise_input_error(self: object, segment: object, index: int) -> list[object]:
    raise InputError("seed.txt: cannot read: the disk went away")


def _raise_bug(self: object, segment: object, index: int) -> list[object]:
    raise ZeroDivisionError("division by zero")


_PYTEST = os.getpid()


def _die(self: object, segment: object, index: int) -> list[object]:
    if os.getpid() != _PYTEST:  # in a process of the pool, not in this one
        os._exit(3)
    return []


@pytest.mark.parametrize(
    ("failure", "message"),
    [
        (_raise_input_error, "tqcheck: error: seed.txt: cannot read: the disk went away\n"),
        (
            _raise_bug,
            "tqcheck: internal error: ZeroDivisionError: division by zero (set "
            "TQCHECK_DEBUG=1 for the traceback, and please report it)\n",
        ),
    ],
)
def test_an_error_in_a_process_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    failure: object,
    message: str,
) -> None:
    # The processes must inherit the failing rule: fork, even if an earlier test of the
    # session left a thread running (which makes a run spawn its processes).
    monkeypatch.setattr(parallel, "start_method", lambda: "fork")
    monkeypatch.setattr(RepeatedWord, "check_segment", failure)
    monkeypatch.delenv("TQCHECK_DEBUG", raising=False)
    for jobs in ("1", "2"):
        assert lint([str(SEED), str(FORMATS / "sample.po"), "--jobs", jobs], capsys) == (
            2,
            "",
            message,
        )


def test_a_process_that_dies_ends_the_run_instead_of_hanging(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The processes must inherit the failing rule: fork, even if an earlier test of the
    # session left a thread running (which makes a run spawn its processes).
    monkeypatch.setattr(parallel, "start_method", lambda: "fork")
    monkeypatch.setattr(RepeatedWord, "check_segment", _die)
    monkeypatch.delenv("TQCHECK_DEBUG", raising=False)
    code, out, err = lint([str(SEED), str(FORMATS / "sample.po"), "--jobs", "2"], capsys)
    assert (code, out) == (2, "")
    assert err.startswith("tqcheck: internal error: BrokenProcessPool: ")
    assert err.count("\n") == 1


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="process groups from /proc")
def test_ctrl_c_stops_every_process(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    # Long enough that the run is still at work when Ctrl-C comes, on a fast machine too.
    path.write_text(corpus(60_000), encoding="utf-8")
    command = [sys.executable, "-m", "tqcheck", "lint", "--jobs", "2", str(path)]
    # A new session: Ctrl-C reaches the whole foreground process group, as killpg does here.
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(_group_members(process.pid)) < 3:
            time.sleep(0.2)  # the parent and its two processes are up
        assert len(_group_members(process.pid)) >= 3
        time.sleep(1)  # the processes are at work
        assert process.poll() is None
        os.killpg(process.pid, signal.SIGINT)
        _, err = process.communicate(timeout=90)  # a loaded machine is slow to unwind
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    assert process.returncode == 130, err
    assert err.strip() == b"tqcheck: interrupted"
    deadline = time.monotonic() + 10
    while _group_members(process.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _group_members(process.pid) == []


def _group_members(group: int) -> list[int]:
    """The live processes of a process group (from /proc; empty where there is none)."""
    members = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != "Z" and int(fields[2]) == group:
            members.append(int(entry.name))
    return members


def test_a_serial_grouped_run_keeps_small_documents_between_its_passes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    documents = [read_document(p, str(p)) for p in (SEED, FORMATS / "sample.po")]
    made: list[int] = []
    part = parallel.document_part

    def counted(document: object, ref: parallel._Ref) -> object:
        made.append(ref.file)
        return part(document, ref)  # type: ignore[arg-type]

    monkeypatch.setattr(parallel, "document_part", counted)
    checker = Checker(Config())
    expected = checker.check_documents(documents, group=True)
    assert check_run(checker, documents, group=True) == expected
    assert sorted(made) == [0, 1]  # collected, kept, checked: analysed once
    made.clear()
    # Room for 21 segments: sample.po's 7, collected first (path order), are kept; the
    # seed's 21 no longer fit beside them, and are read again for their check.
    monkeypatch.setattr(parallel, "CHUNK_THRESHOLD", 21)
    assert check_run(checker, documents, group=True) == expected
    assert sorted(made) == [0, 0, 1]


def _fixture_cases() -> list[object]:
    import tomllib

    cases = []
    for path in sorted((ROOT / "fixtures" / "rules").glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for i, case in enumerate(data["case"]):
            if case["expect"]:
                cases.append(pytest.param(data, case, id=f"{path.stem}-{i}"))
    return cases


@pytest.mark.parametrize(("fixture", "case"), _fixture_cases())
def test_every_rule_finds_the_same_in_a_document_cut_segment_by_segment(
    monkeypatch: pytest.MonkeyPatch, fixture: dict[str, object], case: dict[str, object]
) -> None:
    """Rules are written to be checked in parts (collect, merge, check): the findings of a
    rule fixture do not change when each segment is a chunk of its own."""
    from tqcheck.config import RuleSettings
    from tqcheck.readers.text import align_source, text_document

    code = str(fixture["rule"])
    glossaries = fixture.get("glossaries", ())
    assert isinstance(glossaries, list | tuple)
    options = fixture.get("options", {})
    assert isinstance(options, dict)
    config = Config(
        select=(code,),
        source_lang=case.get("source_lang"),  # type: ignore[arg-type]
        glossaries=tuple(str((ROOT / "fixtures" / "rules" / g).resolve()) for g in glossaries),
        rules={code: RuleSettings(options=options)},
    )
    document = text_document(str(case["text"]))
    if "source" in case:
        align_source(document, str(case["source"]), "source")
    if "reference" in case:
        references = str(case["reference"]).splitlines()
        for segment in document.segments:
            segment.reference = references[document.position(segment.offset)[0] - 1]
    checker = Checker(config)
    whole = checker.check(document)
    assert whole
    monkeypatch.setattr(parallel, "CHUNK_THRESHOLD", 0)
    monkeypatch.setattr(parallel, "CHUNK_SEGMENTS", 1)
    assert check_run(checker, [document]) == whole


def test_a_chunk_is_checked_by_the_process_that_collected_and_kept_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "long.txt"
    path.write_text(corpus(2000), encoding="utf-8")
    log = tmp_path / "made.log"
    part = parallel.document_part

    def logged(document: object, ref: parallel._Ref) -> object:
        with log.open("a") as handle:  # from the processes, which inherit this function
            handle.write(f"{os.getpid()} {ref.start}\n")
        return part(document, ref)  # type: ignore[arg-type]

    monkeypatch.setattr(parallel, "document_part", logged)
    monkeypatch.setattr(parallel, "MIN_CHUNK_SEGMENTS", 200)
    documents = [read_document(path, str(path))]
    checker = Checker(Config())
    expected = checker.check(documents[0])
    assert check_run(checker, documents, jobs=2, method="fork") == expected
    made = [line.split() for line in log.read_text().splitlines()]
    chunks = {start for _, start in made}
    assert len(chunks) == 4  # a 2000-segment file, in two processes
    assert len(made) == len(chunks)  # each made once: collected, kept, checked
    assert len({pid for pid, _ in made}) == 2
    # Chunks that bound memory are made again for their check, wherever it runs.
    log.unlink()
    monkeypatch.setattr(parallel, "CHUNK_THRESHOLD", 1000)
    assert check_run(checker, documents, jobs=2, method="fork") == expected
    made = [line.split() for line in log.read_text().splitlines()]
    assert len(made) == 2 * len({start for _, start in made})


def test_python_m_tqcheck_runs_nothing_when_a_spawned_process_imports_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    import runpy

    runpy.run_module("tqcheck.__main__", run_name="__mp_main__")  # as spawn imports it
    assert capsys.readouterr() == ("", "")
    files = [str(SEED), str(FORMATS / "sample.po")]
    serial = subprocess.run(
        [sys.executable, "-m", "tqcheck", "lint", *files], capture_output=True, text=True
    )
    assert serial.returncode == 1 and "TQ201" in serial.stdout
    # As on a platform without fork: `python -m tqcheck lint --jobs 2`, processes spawned.
    script = (
        "import runpy, sys\n"
        "from tqcheck import parallel\n"
        "parallel.start_method = lambda: 'spawn'\n"
        f"sys.argv = ['tqcheck', 'lint', '--jobs', '2', *{files!r}]\n"
        "runpy.run_module('tqcheck', run_name='__main__', alter_sys=True)\n"
    )
    spawned = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert (spawned.returncode, spawned.stdout, spawned.stderr) == (1, serial.stdout, "")
