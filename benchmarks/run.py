"""Benchmark tqcheck against translate-toolkit's pofilter on a generated news corpus.

    python benchmarks/run.py                      # 100,000 segments, scaling 10k/100k/1M
    python benchmarks/run.py --quick              # a smoke run of a minute or two
    python benchmarks/run.py --markdown out.md    # also write the tables as Markdown

Generates (or reuses, from benchmarks/.cache) a seeded corpus (``corpus.py``), then measures,
each in its own child process so that its peak memory is its own: tqcheck with the default
rules, with each rule alone and with the rules comparable to pofilter's checks; pofilter with
all its default checks and with the comparable ones; tqcheck at several corpus sizes; how often
tqcheck ran language identification; and what tqcheck found: the injected defects it caught
and its findings on the segments without one. Prints aligned tables; never fails on a figure.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # corpus.py sits beside this script
import corpus as corpus_module

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CACHE = HERE / ".cache"
MIB = 1024 * 1024

# pofilter checks that do what a tqcheck rule does, and that rule.
COMPARABLE: tuple[tuple[str, str, str], ...] = (
    ("doublewords", "TQ101", "a word written twice"),
    ("numbers", "TQ901", "numbers of the source missing or added"),
    ("brackets", "TQ602", "brackets: pofilter compares counts with the source, tqcheck pairs them"),
    ("doublespacing", "TQ605", "two spaces between words"),
    ("puncspacing", "TQ606", "spacing around punctuation"),
    ("unchanged", "TQ803", "translation identical to the source"),
    ("blank", "TQ804", "empty or blank translation"),
    ("untranslated", "TQ804", "untranslated unit"),
    ("printf", "TQ902", "printf placeholders"),
    ("pythonbraceformat", "TQ902", "Python {} placeholders"),
    ("variables", "TQ902", "variables of various forms"),
    ("xmltags", "TQ903", "XML/HTML tags"),
    ("urls", "TQ904", "URLs"),
    ("emails", "TQ904", "e-mail addresses"),
    ("long", "TQ905", "translation much longer than the source"),
    ("short", "TQ905", "translation much shorter than the source"),
)
TARGET_SEGMENTS_PER_CORE = 20_000
TARGET_RATIO = 20.0
# The options of the tqcheck under test, read from its --help at the start of a run.
LINT_OPTIONS: set[str] = set()


# --- Measuring a child process ---------------------------------------------------------------


@dataclass
class Measurement:
    label: str
    seconds: float  # wall time
    cpu_seconds: float  # user + system time of the child
    peak_mib: float  # the child's maximum resident set size
    returncode: int
    units: int  # segments or PO units processed
    input_bytes: int
    output: Path

    @property
    def per_second(self) -> float:
        return self.units / self.seconds if self.seconds else 0.0

    @property
    def mb_per_second(self) -> float:
        return self.input_bytes / 1e6 / self.seconds if self.seconds else 0.0


def run_child(cmd: Sequence[str], output: Path, cwd: Path) -> tuple[float, float, float, int]:
    """Run a command with its standard output in a file; (wall seconds, CPU seconds, peak
    resident MiB, exit status), the rusage being that of this child alone (os.wait4)."""
    with output.open("wb") as out, output.with_suffix(".stderr").open("wb") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(list(cmd), stdout=out, stderr=err, cwd=cwd)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped above: tell Popen
    peak = usage.ru_maxrss * 1024 / MIB  # ru_maxrss is in KiB on Linux
    return seconds, usage.ru_utime + usage.ru_stime, peak, proc.returncode


@dataclass
class Runner:
    """Runs and records measurements, best of ``repeat`` runs each (by wall time)."""

    workdir: Path
    repeat: int = 1
    log: Callable[[str], None] = lambda message: print(message, file=sys.stderr, flush=True)
    results: list[Measurement] = field(default_factory=list)

    def measure(
        self,
        label: str,
        cmd: Sequence[str],
        units: int,
        input_bytes: int,
        cwd: Path,
        repeat: int | None = None,
    ) -> Measurement:
        slug = re.sub(r"[^\w.-]+", "-", label).strip("-")
        output = self.workdir / f"{slug}.out"
        self.log(f"  {label} …")
        best: Measurement | None = None
        repeat = repeat or self.repeat
        for _ in range(repeat):
            seconds, cpu, peak, code = run_child(cmd, output, cwd)
            m = Measurement(label, seconds, cpu, peak, code, units, input_bytes, output)
            if best is None or m.seconds < best.seconds:
                best = m
                if repeat > 1:
                    shutil.copyfile(output, output.with_suffix(".best"))
        assert best is not None
        if repeat > 1:
            shutil.move(output.with_suffix(".best"), output)
        if best.returncode != 0:
            stderr = output.with_suffix(".stderr").read_text(errors="replace").strip()
            self.log(f"    exit status {best.returncode}: {stderr[-500:]}")
        self.log(f"    {best.seconds:.1f} s, {best.per_second:,.0f}/s, {best.peak_mib:.0f} MiB")
        self.results.append(best)
        return best


# --- Tools ------------------------------------------------------------------------------------


def find_tool(name: str, given: str | None) -> str | None:
    """The executable: as given, else beside this Python (the same environment), else on
    PATH."""
    if given:
        return given
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    return shutil.which(name)


def output_of(cmd: Sequence[str], cwd: Path | None = None) -> str:
    try:
        done = subprocess.run(list(cmd), capture_output=True, text=True, check=False, cwd=cwd)
    except OSError:
        return ""
    return done.stdout


@dataclass(frozen=True)
class RuleInfo:
    code: str
    name: str
    default: bool


def list_rules(tqcheck: str) -> list[RuleInfo]:
    """The rules from ``tqcheck rules`` (code, name, whether on by default)."""
    rules = []
    for line in output_of([tqcheck, "rules"]).splitlines():
        m = re.match(r"(TQ\d+)\s+(\S+)", line)
        if m:
            rules.append(RuleInfo(m[1], m[2], "(off by default)" not in line))
    return rules


def lint_options(tqcheck: str) -> set[str]:
    """The long options of ``tqcheck lint`` (they change as tqcheck grows)."""
    return set(re.findall(r"--[a-z][a-z-]+", output_of([tqcheck, "lint", "--help"])))


# --- Machine ------------------------------------------------------------------------------------


def _proc_value(path: str, key: str) -> str | None:
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(key):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return None


def tqcheck_package(tqcheck: str) -> Path | None:
    """Where the tqcheck under test is imported from (run from a neutral folder, so that a
    checkout in the working directory does not shadow the installed package)."""
    python = Path(tqcheck).parent / "python"
    python_cmd = str(python) if python.exists() else sys.executable
    code = "import pathlib, tqcheck; print(pathlib.Path(tqcheck.__file__).parent)"
    found = output_of([python_cmd, "-c", code], cwd=Path(tempfile.gettempdir())).strip()
    return Path(found) if found else None


def git_commit(package: Path | None) -> str:
    """The commit of the checkout the package is in, and whether it has changes there."""
    if package is None:
        return "package not found"
    git = ["git", "-C", str(package)]
    commit = output_of([*git, "rev-parse", "--short", "HEAD"]).strip()
    if not commit:
        return f"installed at {package}"
    dirty = output_of([*git, "status", "--porcelain", "--", "."]).strip()
    where = "" if package.parent == REPO else f" at {package.parent}"
    return f"commit {commit}{where}" + (" (with uncommitted changes)" if dirty else "")


def machine(tqcheck: str, pofilter: str | None, command: str) -> list[tuple[str, str]]:
    memory = _proc_value("/proc/meminfo", "MemTotal")
    ram = f"{int(memory.split()[0]) / 1024 / 1024:.1f} GiB" if memory else "unknown"
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count() or 0
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    pofilter_version = output_of([pofilter, "--version"]).strip() if pofilter else "not run"
    version = output_of([tqcheck, "--version"]).strip()
    return [
        ("date", datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")),
        ("command", command),
        ("CPU", _proc_value("/proc/cpuinfo", "model name") or platform.processor() or "unknown"),
        ("cores", f"{os.cpu_count()} logical, {usable} usable by this process"),
        ("load average at start", load),
        ("RAM", ram),
        ("OS", platform.platform()),
        ("Python", sys.version.split()[0]),
        ("tqcheck", f"{version}, {git_commit(tqcheck_package(tqcheck))}"),
        ("translate-toolkit", pofilter_version),
    ]


# --- Tables -------------------------------------------------------------------------------------


@dataclass
class Table:
    title: str
    headers: list[str]
    rows: list[list[str]]
    notes: list[str] = field(default_factory=list)

    def text(self) -> str:
        widths = [
            max(len(r[i]) for r in [self.headers, *self.rows]) for i in range(len(self.headers))
        ]
        numeric = self._numeric_columns()

        def line(cells: list[str]) -> str:
            parts = [
                c.rjust(w) if num else c.ljust(w)
                for c, w, num in zip(cells, widths, numeric, strict=True)
            ]
            return "  ".join(parts).rstrip()

        out = [self.title, "=" * len(self.title), line(self.headers)]
        out.append("  ".join("-" * w for w in widths))
        out += [line(r) for r in self.rows]
        out += [f"  {note}" for note in self.notes]
        return "\n".join(out)

    def _numeric_columns(self) -> list[bool]:
        """Columns whose cells are all numbers (blank cells aside): aligned right."""
        columns = []
        for i in range(len(self.headers)):
            cells = [r[i] for r in self.rows if r[i].strip()]
            columns.append(bool(cells) and all(_numeric(c) for c in cells))
        return columns

    def markdown(self) -> str:
        numeric = self._numeric_columns()
        align = ["---:" if num else "---" for num in numeric]
        out = [f"### {self.title}", "", _md_row(self.headers), _md_row(align)]
        out += [_md_row(r) for r in self.rows]
        for note in self.notes:
            out += ["", note]
        return "\n".join(out)


def _md_row(cells: list[str]) -> str:
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"


def _numeric(cell: str) -> bool:
    return bool(re.fullmatch(r"[-+]?[\d,.]+\s*(?:%|×|s|MiB)?|—", cell.strip()))


def num(x: float, digits: int = 0) -> str:
    return f"{x:,.{digits}f}"


def ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}×" if b else "—"


# --- Corpus -----------------------------------------------------------------------------------


@dataclass
class CorpusInfo:
    path: Path
    segments: int
    report: dict[str, Any]

    @property
    def source(self) -> Path:
        return self.path / "source.ru.txt"

    @property
    def target(self) -> Path:
        return self.path / "target.en.txt"

    @property
    def po(self) -> Path:
        return self.path / "corpus.po"

    @property
    def text_bytes(self) -> int:
        return self.source.stat().st_size + self.target.stat().st_size

    @property
    def po_bytes(self) -> int:
        return self.po.stat().st_size

    @property
    def config(self) -> Path:
        return self.path / "tqcheck.toml"


def prepare_corpus(segments: int, seed: int, log: Callable[[str], None]) -> CorpusInfo:
    path = CACHE / f"corpus-{segments}-seed{seed}"
    log(f"corpus of {segments:,} segments (seed {seed}) in {path.relative_to(REPO)}")
    corpus_module.ensure_corpus(path, segments, seed, log=log)
    # An empty configuration: tqcheck's defaults, whatever pyproject.toml the repo holds.
    (path / "tqcheck.toml").write_text("# tqcheck defaults for the benchmark\n")
    report = json.loads((path / "injected.json").read_text(encoding="utf-8"))
    return CorpusInfo(path, segments, report)


def lint_cmd(tqcheck: str, corpus: CorpusInfo, *extra: str) -> list[str]:
    """tqcheck lint on the corpus's line-aligned files, JSON out, never failing."""
    config = ["--config", str(corpus.config)]
    quiet = ["--no-progress"] if "--no-progress" in LINT_OPTIONS else []
    options = ["--format", "json", "--exit-zero", *config, *quiet, *extra]
    return [tqcheck, "lint", *options, "--source", str(corpus.source), str(corpus.target)]


def pofilter_cmd(pofilter: str, corpus: CorpusInfo, output: Path, *tests: str) -> list[str]:
    cmd = [pofilter, "--nofuzzy", "--progress=none", "-i", str(corpus.po), "-o", str(output)]
    for test in tests:
        cmd += ["-t", test]
    return cmd


def tiny_corpus(workdir: Path) -> CorpusInfo:
    """A corpus of one segment: what a run costs before it reads anything."""
    path = workdir / "corpus-1"
    corpus_module.ensure_corpus(path, 1, 1, share=0.0)
    (path / "tqcheck.toml").write_text("")
    return CorpusInfo(path, 1, {})


# --- Findings -------------------------------------------------------------------------------------


def issues_of(output: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(output.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return data["issues"] if isinstance(data, dict) else data


def pofilter_findings(output: Path) -> dict[str, set[int]]:
    """Check name -> the corpus lines (target.en.txt) of the units it flagged."""
    found: dict[str, set[int]] = defaultdict(set)
    checks: list[str] = []
    try:
        lines = output.read_text(encoding="utf-8").splitlines()
    except OSError:
        return found
    for line in lines:
        m = re.match(r"# \(pofilter\) (\w+):", line)
        if m:
            checks.append(m[1])
            continue
        m = re.match(r"#: target\.en\.txt:(\d+)", line)
        if m:
            for check in checks:
                found[check].add(int(m[1]))
        if line.startswith("msgid"):
            checks = []
    return found


def injected_lines(report: dict[str, Any]) -> dict[int, str]:
    return {line: kind for kind, info in report["kinds"].items() for line in info["lines"]}


LANGDETECT_CHILD = """
import json, sys, time
from pathlib import Path
from tqcheck.config import load_config
from tqcheck.engine import Checker
from tqcheck.languages import detect_language
from tqcheck.readers import ReadOptions, read_document

config, source, target = sys.argv[1:4]
checker = Checker(load_config(config))
document = read_document(Path(target), target, ReadOptions(source=Path(source)))
issues = checker.check_documents([document])
info = detect_language.cache_info()
# Time langdetect itself on a sample of sentences, uncached.
sample = [line for line in Path(target).read_text(encoding="utf-8").splitlines()[:200] if line]
started = time.perf_counter()
for line in sample:
    detect_language.__wrapped__(line)
per_call = (time.perf_counter() - started) / max(len(sample), 1)
print(json.dumps({"segments": len(document.segments), "issues": len(issues),
                  "misses": info.misses, "hits": info.hits, "currsize": info.currsize,
                  "maxsize": info.maxsize, "ms_per_call": per_call * 1000}))
"""


# --- The benchmark ------------------------------------------------------------------------------


@dataclass
class Options:
    segments: int
    per_rule_segments: int
    seed: int
    scaling: list[int]
    per_rule: bool
    skip_pofilter: bool
    jobs_values: list[int]
    repeat: int
    markdown: Path | None
    tqcheck: str
    pofilter: str | None
    command: str


def parse_args(argv: Sequence[str] | None) -> Options:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--segments", type=int, default=100_000, help="corpus size (100000)")
    parser.add_argument(
        "--per-rule-segments", type=int, help="corpus size for the per-rule runs (--segments)"
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--scaling", default="10000,100000,1000000", help="sizes for the scaling runs"
    )
    parser.add_argument("--per-rule", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--skip-pofilter", action="store_true")
    parser.add_argument(
        "--jobs-values", default="1,2", help="values of tqcheck lint --jobs, if it has one"
    )
    parser.add_argument("--repeat", type=int, default=1, help="runs per measurement (best kept)")
    parser.add_argument("--quick", action="store_true", help="2,000 segments: a smoke run")
    parser.add_argument("--markdown", type=Path, help="also write the tables as Markdown here")
    parser.add_argument("--tqcheck", help="the tqcheck executable (default: beside Python)")
    parser.add_argument("--pofilter", help="the pofilter executable (default: beside Python)")
    args = parser.parse_args(argv)
    if args.quick:
        args.segments = 2000
        args.scaling = "500,2000"
    tqcheck = find_tool("tqcheck", args.tqcheck)
    if tqcheck is None:
        parser.error("tqcheck not found: install it (pip install -e .) or give --tqcheck")
    pofilter = None if args.skip_pofilter else find_tool("pofilter", args.pofilter)
    if pofilter is None and not args.skip_pofilter:
        print(
            "run.py: pofilter not found (pip install translate-toolkit); skipping it",
            file=sys.stderr,
        )
    return Options(
        segments=args.segments,
        per_rule_segments=args.per_rule_segments or args.segments,
        seed=args.seed,
        scaling=sorted({int(s) for s in args.scaling.split(",") if s.strip()}),
        per_rule=args.per_rule,
        skip_pofilter=pofilter is None,
        jobs_values=[int(j) for j in args.jobs_values.split(",") if j.strip()],
        repeat=args.repeat,
        markdown=args.markdown,
        tqcheck=tqcheck,
        pofilter=pofilter,
        command=" ".join(
            ["python benchmarks/run.py", *(argv if argv is not None else sys.argv[1:])]
        ),
    )


@dataclass
class Results:
    corpus: CorpusInfo
    startup: Measurement
    default: Measurement
    comparable: Measurement | None = None
    library: Measurement | None = None
    langdetect: dict[str, Any] | None = None
    jobs: list[tuple[int, Measurement]] = field(default_factory=list)
    #: each rule alone: on the corpus, and on one segment (its start-up)
    per_rule: list[tuple[RuleInfo, Measurement, Measurement]] = field(default_factory=list)
    per_rule_skipped: list[tuple[RuleInfo, str]] = field(default_factory=list)
    scaling: list[Measurement] = field(default_factory=list)
    pofilter_startup: Measurement | None = None
    pofilter_all: Measurement | None = None
    pofilter_comparable: Measurement | None = None
    #: the PO file pofilter wrote with all its default checks (the units it flagged).
    pofilter_po: Path | None = None


def comparable_codes(rules: Iterable[RuleInfo]) -> list[str]:
    known = {r.code for r in rules}
    return sorted({code for _, code, _ in COMPARABLE if code in known})


def run_benchmark(opts: Options, runner: Runner) -> Results:
    log = runner.log
    LINT_OPTIONS.update(lint_options(opts.tqcheck))
    rules = list_rules(opts.tqcheck)
    corpus = prepare_corpus(opts.segments, opts.seed, log)
    tiny = tiny_corpus(runner.workdir)
    n, nbytes = corpus.segments, corpus.text_bytes
    log("tqcheck:")
    startup = runner.measure(
        "tqcheck start-up (1 segment)",
        lint_cmd(opts.tqcheck, tiny),
        1,
        tiny.text_bytes,
        tiny.path,
        repeat=max(3, opts.repeat),
    )
    default = runner.measure(
        f"tqcheck default rules ({n:,})", lint_cmd(opts.tqcheck, corpus), n, nbytes, corpus.path
    )
    results = Results(corpus, startup, default)
    select = ",".join(comparable_codes(rules))
    results.comparable = runner.measure(
        f"tqcheck comparable rules ({n:,})",
        lint_cmd(opts.tqcheck, corpus, "--select", select),
        n,
        nbytes,
        corpus.path,
    )
    results.library, results.langdetect = measure_library(runner, corpus)
    if "--jobs" in LINT_OPTIONS:
        for jobs in opts.jobs_values:
            m = runner.measure(
                f"tqcheck default rules --jobs {jobs} ({n:,})",
                lint_cmd(opts.tqcheck, corpus, "--jobs", str(jobs)),
                n,
                nbytes,
                corpus.path,
            )
            results.jobs.append((jobs, m))
    if opts.per_rule:
        measure_per_rule(opts, runner, rules, results, log)
    if not opts.skip_pofilter:
        measure_pofilter(opts, runner, corpus, tiny, results)
    measure_scaling(opts, runner, results, log)
    return results


def measure_library(runner: Runner, corpus: CorpusInfo) -> tuple[Measurement, dict[str, Any]]:
    cmd = [
        sys.executable,
        "-c",
        LANGDETECT_CHILD,
        str(corpus.config),
        str(corpus.source),
        str(corpus.target),
    ]
    m = runner.measure(
        f"tqcheck library, in-process ({corpus.segments:,})",
        cmd,
        corpus.segments,
        corpus.text_bytes,
        corpus.path,
    )
    try:
        info = json.loads(m.output.read_text().strip().splitlines()[-1])
    except (ValueError, IndexError):
        info = {}
    return m, info


def measure_per_rule(
    opts: Options,
    runner: Runner,
    rules: list[RuleInfo],
    results: Results,
    log: Callable[[str], None],
) -> None:
    corpus = results.corpus
    if opts.per_rule_segments != opts.segments:
        corpus = prepare_corpus(opts.per_rule_segments, opts.seed, log)
    n = corpus.segments
    tiny = tiny_corpus(runner.workdir)
    log(f"tqcheck, one rule at a time ({n:,} segments, then 1 segment for its start-up):")
    for rule in rules:
        if not rule.default:
            note = "off by default" + ("; needs --ref" if rule.code == "TQ906" else "")
            results.per_rule_skipped.append((rule, note))
            continue
        select = ("--select", rule.code)
        m = runner.measure(
            f"{rule.code} {rule.name}",
            lint_cmd(opts.tqcheck, corpus, *select),
            n,
            corpus.text_bytes,
            corpus.path,
        )
        start = runner.measure(
            f"{rule.code} start-up",
            lint_cmd(opts.tqcheck, tiny, *select),
            1,
            tiny.text_bytes,
            tiny.path,
        )
        results.per_rule.append((rule, m, start))


def measure_pofilter(
    opts: Options, runner: Runner, corpus: CorpusInfo, tiny: CorpusInfo, results: Results
) -> None:
    assert opts.pofilter is not None
    n, po_bytes = corpus.segments, corpus.po_bytes
    work = runner.workdir
    runner.log("pofilter:")
    results.pofilter_startup = runner.measure(
        "pofilter start-up (1 unit)",
        pofilter_cmd(opts.pofilter, tiny, work / "pofilter-tiny.po"),
        1,
        tiny.po_bytes,
        work,
    )
    results.pofilter_po = work / "pofilter-all.po"
    results.pofilter_all = runner.measure(
        f"pofilter all default checks ({n:,})",
        pofilter_cmd(opts.pofilter, corpus, results.pofilter_po),
        n,
        po_bytes,
        work,
    )
    tests = [check for check, _, _ in COMPARABLE]
    results.pofilter_comparable = runner.measure(
        f"pofilter comparable checks ({n:,})",
        pofilter_cmd(opts.pofilter, corpus, work / "pofilter-comparable.po", *tests),
        n,
        po_bytes,
        work,
    )


def measure_scaling(
    opts: Options, runner: Runner, results: Results, log: Callable[[str], None]
) -> None:
    log("tqcheck at each corpus size:")
    for size in opts.scaling:
        if size == results.corpus.segments:
            results.scaling.append(results.default)
            continue
        corpus = prepare_corpus(size, opts.seed, log)
        results.scaling.append(
            runner.measure(
                f"tqcheck default rules ({size:,})",
                lint_cmd(opts.tqcheck, corpus),
                size,
                corpus.text_bytes,
                corpus.path,
            )
        )


# --- Reporting ------------------------------------------------------------------------------------


def corpus_table(c: CorpusInfo) -> Table:
    r = c.report
    rows = [
        ["segments", num(c.segments)],
        ["seed", str(r["seed"])],
        ["source + target (plain text)", f"{c.text_bytes / 1e6:.1f} MB"],
        ["PO file", f"{c.po_bytes / 1e6:.1f} MB"],
        ["words per segment (target, mean)", num(words_per_segment(c), 1)],
        ["segments with an injected defect", f"{num(r['injected'])} ({r['share']:.0%})"],
        ["segments with a sentence seen before", num(r["repeated_sentence_segments"])],
    ]
    return Table("Corpus", ["", "value"], rows)


def words_per_segment(c: CorpusInfo) -> float:
    words = 0
    with c.target.open(encoding="utf-8") as f:
        for line in f:
            words += len(line.split())
    return words / max(c.segments, 1)


def throughput_row(m: Measurement, unit: str) -> list[str]:
    return [
        m.label,
        num(m.seconds, 1),
        num(m.cpu_seconds, 1),
        num(m.per_second),
        unit,
        num(m.mb_per_second, 2),
        num(m.peak_mib),
    ]


def throughput_table(res: Results) -> Table:
    rows = [throughput_row(res.startup, "seg/s"), throughput_row(res.default, "seg/s")]
    for m in (res.comparable, res.library):
        if m:
            rows.append(throughput_row(m, "seg/s"))
    rows += [throughput_row(m, "seg/s") for _, m in res.jobs]
    for m in (res.pofilter_startup, res.pofilter_all, res.pofilter_comparable):
        if m:
            rows.append(throughput_row(m, "units/s"))
    notes = [
        "Wall time (time.perf_counter) around each child process, start-up included; CPU s is "
        "the child's user + system time; peak MiB its maximum resident set size (os.wait4).",
        "MB/s: input bytes (tqcheck: source.ru.txt + target.en.txt; pofilter: corpus.po) per "
        "second of wall time.",
        "The library row runs the same check in one Python process through tqcheck.engine "
        "(the CLI's reader and Checker, no output written).",
    ]
    if res.jobs:
        notes.append(
            "With --jobs, the peak is that of the largest single process (os.wait4 does not add "
            "up a process tree)."
        )
    headers = ["measurement", "seconds", "CPU s", "throughput", "", "MB/s", "peak MiB"]
    return Table("Throughput and memory", headers, rows, notes)


def ratios_table(res: Results) -> Table | None:
    if not res.pofilter_all:
        return None
    pairs = [("default rules vs all default checks", res.default, res.pofilter_all)]
    if res.comparable and res.pofilter_comparable:
        pairs.append(
            ("comparable rules vs comparable checks", res.comparable, res.pofilter_comparable)
        )
    rows = [
        [
            name,
            ratio(t.per_second, p.per_second),
            ratio(p.cpu_seconds, t.cpu_seconds),
            ratio(t.peak_mib, p.peak_mib),
        ]
        for name, t, p in pairs
    ]
    notes = [
        "throughput: tqcheck segments/s ÷ pofilter units/s (above 1: tqcheck is faster); CPU: "
        "pofilter CPU seconds ÷ tqcheck CPU seconds; memory: tqcheck peak ÷ pofilter peak.",
        f"Target: tqcheck ≥ {TARGET_RATIO:.0f}× pofilter.",
    ]
    return Table("tqcheck ÷ pofilter", ["comparison", "throughput", "CPU", "memory"], rows, notes)


def per_rule_table(res: Results) -> Table | None:
    if not res.per_rule:
        return None
    default_counts = Counter(i["code"] for i in issues_of(res.default.output))
    rows = []
    for rule, m, start in sorted(res.per_rule, key=lambda r: -r[1].cpu_seconds):
        net_cpu = m.cpu_seconds - start.cpu_seconds
        rows.append(
            [
                rule.code,
                rule.name,
                num(m.seconds, 1),
                num(m.cpu_seconds, 1),
                num(m.per_second),
                num(start.cpu_seconds, 1),
                num(m.units / net_cpu) if net_cpu > 0.05 else "—",
                num(m.peak_mib),
                num(len(issues_of(m.output))),
                num(default_counts.get(rule.code, 0)),
            ]
        )
    notes = [
        f"Each rule alone (--select CODE) on {res.per_rule[0][1].units:,} segments, by CPU "
        "time, most first. start-up CPU s: the same command on one segment; net seg/s: "
        "segments per CPU second with that start-up taken out (— when the difference is "
        "within noise). Every run reads the corpus, builds the shared analysis (tokens, "
        "sentences) the rule needs and writes JSON, so the rows add up to more than the "
        "default run. The findings of a rule alone should equal its findings in the "
        "default run.",
    ]
    notes += [
        f"{rule.code} {rule.name}: not measured ({why})." for rule, why in res.per_rule_skipped
    ]
    notes.append("TQ301/TQ302 check against a glossary; without one (as here) they find nothing.")
    headers = [
        "rule",
        "name",
        "seconds",
        "CPU s",
        "seg/s",
        "start-up CPU s",
        "net seg/s",
        "peak MiB",
        "findings",
        "in default run",
    ]
    return Table("Per rule", headers, rows, notes)


def marginal_cpu(a: Measurement, b: Measurement) -> float:
    """CPU seconds per segment added from run a to the larger run b: what more segments cost,
    with no start-up in it."""
    return (b.cpu_seconds - a.cpu_seconds) / (b.units - a.units)


def scaling_table(res: Results) -> Table:
    base = res.scaling[0]
    rows = []
    previous: Measurement | None = None
    for m in res.scaling:
        wall, cpu = m.seconds / m.units, m.cpu_seconds / m.units
        marginal = num(marginal_cpu(previous, m) * 1e6) if previous else "—"
        rows.append(
            [
                num(m.units),
                num(m.seconds, 1),
                num(m.cpu_seconds, 1),
                num(m.per_second),
                num(wall * 1e6),
                f"{wall / (base.seconds / base.units):.2f}",
                num(cpu * 1e6),
                f"{cpu / (base.cpu_seconds / base.units):.2f}",
                marginal,
                num(m.peak_mib),
            ]
        )
        previous = m
    notes = [
        "µs/seg (wall and CPU, start-up included) and its ratio to the smallest size's: 1.00 "
        "is linear. marginal: CPU µs per segment added since the size above (no start-up in "
        "it); equal marginals are linear cost. pofilter is not run at these sizes (at about "
        "1,000 units/s a million units take a quarter of an hour).",
    ]
    headers = ["segments", "seconds", "CPU s", "seg/s", "µs/seg", "ratio", "CPU µs/seg",
               "CPU ratio", "marginal", "peak MiB"]  # fmt: skip
    return Table("Scaling (tqcheck, default rules)", headers, rows, notes)


def langdetect_table(res: Results) -> Table | None:
    info = res.langdetect
    if not info or "misses" not in info:
        return None
    n = info["segments"] or 1
    calls, hits = info["misses"], info["hits"]
    ms = info.get("ms_per_call", 0.0)
    rows = [
        ["segments", num(n)],
        ["langdetect calls (cache misses)", num(calls)],
        ["cache hits", num(hits)],
        ["calls per 1,000 segments", num(calls * 1000 / n, 1)],
        ["hits per 1,000 segments", num(hits * 1000 / n, 1)],
        ["langdetect ms per call (measured on 200 lines)", num(ms, 2)],
        ["estimated seconds in langdetect", num(calls * ms / 1000, 1)],
    ]
    notes = [
        "From tqcheck.languages.detect_language.cache_info() after the library run (the same "
        f"check as the CLI's); the cache holds {info.get('maxsize', '?'):,} texts.",
    ]
    return Table("Language identification", ["", "value"], rows, notes)


def detection_tables(res: Results) -> list[Table]:
    report = res.corpus.report
    issues = issues_of(res.default.output)
    by_line: dict[int, set[str]] = defaultdict(set)
    for issue in issues:
        by_line[issue["line"]].add(issue["code"])
    pof = pofilter_findings(res.pofilter_po) if res.pofilter_po else {}
    pof_lines: dict[int, set[str]] = defaultdict(set)
    for check, lines in pof.items():
        for line in lines:
            pof_lines[line].add(check)
    rows = []
    total = caught_total = 0
    for kind, info in report["kinds"].items():
        expected = set(info["expected"])
        lines = info["lines"]
        caught = sum(1 for line in lines if by_line[line] & expected)
        anything = sum(1 for line in lines if by_line[line])
        row = [
            kind,
            ", ".join(info["expected"]),
            num(len(lines)),
            num(caught),
            pct(caught, len(lines)),
            num(anything),
        ]
        if res.pofilter_all:
            row.append(num(sum(1 for line in lines if pof_lines[line])))
        rows.append(row)
        total += len(lines)
        caught_total += caught
    total_row = ["all kinds", "", num(total), num(caught_total), pct(caught_total, total), "", ""]
    rows.append(total_row[: len(rows[0])] if rows else total_row)
    headers = ["injected defect", "expected rule", "injected", "caught", "recall", "any rule"]
    if res.pofilter_all:
        headers.append("pofilter any")
    notes = [
        "caught: segments with an issue from an expected rule; any rule: segments with any "
        "issue; pofilter any: segments pofilter (all default checks) flagged for anything.",
    ]
    tables = [Table("What was found: injected defects", headers, rows, notes)]
    tables.append(false_alarm_table(res, issues, pof))
    return tables


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}%" if b else "—"


def false_alarm_table(
    res: Results, issues: list[dict[str, Any]], pof: dict[str, set[int]]
) -> Table:
    injected = injected_lines(res.corpus.report)
    good = res.corpus.segments - len(injected)
    counts: Counter[str] = Counter()
    segments: dict[str, set[int]] = defaultdict(set)
    names: dict[str, str] = {}
    for issue in issues:
        if issue["line"] in injected:
            continue
        counts[issue["code"]] += 1
        segments[issue["code"]].add(issue["line"])
        names[issue["code"]] = issue["rule"]
    rows = [
        [
            code,
            names[code],
            num(counts[code]),
            num(len(segments[code])),
            pct(len(segments[code]), good),
        ]
        for code in sorted(counts)
    ]
    flagged = set().union(*segments.values()) if segments else set()
    rows.append(
        ["all rules", "", num(sum(counts.values())), num(len(flagged)), pct(len(flagged), good)]
    )
    notes = [f"Issues on the {good:,} segments without an injected defect (good English)."]
    if pof:
        pof_good = {
            check: {ln for ln in lines if ln not in injected} for check, lines in pof.items()
        }
        flagged_pof = set().union(*pof_good.values()) if pof_good else set()
        parts = ", ".join(
            f"{c} {len(v):,}" for c, v in sorted(pof_good.items(), key=lambda kv: -len(kv[1])) if v
        )
        notes.append(
            f"pofilter (all default checks) flagged {len(flagged_pof):,} of them "
            f"({pct(len(flagged_pof), good)}): {parts}."
        )
    headers = ["rule", "name", "findings", "segments", "share of good segments"]
    return Table("What was found: false alarms on good segments", headers, rows, notes)


def false_alarm_examples(res: Results, per_code: int = 3) -> list[str]:
    injected = injected_lines(res.corpus.report)
    lines = res.corpus.target.read_text(encoding="utf-8").splitlines()
    shown: Counter[str] = Counter()
    out = []
    for issue in issues_of(res.default.output):
        code = issue["code"]
        if issue["line"] in injected or shown[code] >= per_code:
            continue
        shown[code] += 1
        text = lines[issue["line"] - 1]
        out.append(f"{code} line {issue['line']}: {issue['message']}\n    {clip(text, 200)}")
    return sorted(out) or ["(none)"]


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def targets_table(res: Results) -> Table:
    rows = [
        [
            f"≥ {TARGET_SEGMENTS_PER_CORE:,} segments/s per core, default rules",
            f"{num(res.default.per_second)} seg/s (one process)",
            met(res.default.per_second >= TARGET_SEGMENTS_PER_CORE),
        ]
    ]
    if res.pofilter_all:
        r = res.default.per_second / res.pofilter_all.per_second
        rows.append(
            [
                f"≥ {TARGET_RATIO:.0f}× pofilter (default vs default)",
                f"{r:.2f}×",
                met(r >= TARGET_RATIO),
            ]
        )
    if res.comparable and res.pofilter_comparable:
        r = res.comparable.per_second / res.pofilter_comparable.per_second
        rows.append(
            [f"≥ {TARGET_RATIO:.0f}× pofilter (comparable)", f"{r:.2f}×", met(r >= TARGET_RATIO)]
        )
    if len(res.scaling) > 1:
        first, last = res.scaling[0], res.scaling[-1]
        a, z = first.cpu_seconds / first.units, last.cpu_seconds / last.units
        r = z / a
        rows.append(
            [
                f"cost linear in size ({first.units:,} → {last.units:,})",
                f"CPU µs/segment {a * 1e6:,.0f} → {z * 1e6:,.0f} ({r:.2f}×); marginal "
                f"{marginal_cpu(first, last) * 1e6:,.0f}",
                met(0.8 <= r <= 1.25),
            ]
        )
        growth = last.peak_mib / first.peak_mib
        rows.append(
            [
                "peak memory bounded",
                f"{first.peak_mib:,.0f} → {last.peak_mib:,.0f} MiB ({growth:.1f}×)",
                met(growth <= 1.5),
            ]
        )
    notes = [
        "Reported, not asserted. Linear: CPU time per segment at the largest size within "
        "0.8–1.25× of the smallest size's (marginal: CPU µs per segment added between them); "
        "bounded: peak at most 1.5× the smallest size's."
    ]
    return Table("Targets (issue #6)", ["target", "measured", "status"], rows, notes)


def met(ok: bool) -> str:
    return "met" if ok else "not met"


def mapping_table() -> Table:
    rows = [[check, code, what] for check, code, what in COMPARABLE]
    return Table(
        "pofilter checks compared with tqcheck rules", ["pofilter -t", "tqcheck", "what"], rows
    )


def report(opts: Options, res: Results) -> tuple[str, str]:
    header = machine(opts.tqcheck, opts.pofilter, opts.command)
    tables = [corpus_table(res.corpus), throughput_table(res)]
    tables += [t for t in (ratios_table(res), targets_table(res), per_rule_table(res)) if t]
    tables.append(scaling_table(res))
    tables += [t for t in (langdetect_table(res),) if t]
    tables += detection_tables(res)
    examples = false_alarm_examples(res)
    text = ["tqcheck benchmark (issue #6)", ""]
    text += [f"{key:<22} {value}" for key, value in header]
    for t in tables:
        text += ["", t.text()]
    if not opts.skip_pofilter:
        text += ["", mapping_table().text()]
    text += ["", "False alarms: examples (3 per rule)", "=" * 35, *examples]
    md = ["### Machine and command", ""]
    md += [f"- **{key}**: {value}" for key, value in header]
    for t in tables:
        md += ["", t.markdown()]
    md += ["", "### False alarms: examples (3 per rule)", "", "```text", *examples, "```"]
    return "\n".join(text) + "\n", "\n".join(md) + "\n"


def main(argv: Sequence[str] | None = None) -> None:
    opts = parse_args(argv)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="tqcheck-bench-") as tmp:
        runner = Runner(Path(tmp), opts.repeat)
        res = run_benchmark(opts, runner)
        text, markdown = report(opts, res)
    print(text)
    if opts.markdown:
        opts.markdown.write_text(markdown, encoding="utf-8")
    print(f"benchmark took {time.perf_counter() - started:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
