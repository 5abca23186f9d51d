"""The ``tqcheck`` command: a thin shell over the library.

Exit status: 0 no issue at or above the fail level, 1 issues, 2 usage, configuration or
input error (one line on stderr naming the file or key; never a traceback).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

import click

from tqcheck import __version__
from tqcheck import baseline as baselines
from tqcheck.commands.score import score
from tqcheck.config import Config, load_config
from tqcheck.discovery import Target, discover
from tqcheck.document import Document
from tqcheck.encodings import collect_warnings
from tqcheck.engine import Checker
from tqcheck.errors import InputError, TqcheckError, UsageError
from tqcheck.issue import Issue, Severity
from tqcheck.parallel import Streamed, check_run, parse_jobs
from tqcheck.progress import Bar, wanted
from tqcheck.readers import EXTENSIONS, FORMATS, ReadOptions, format_of, read_document
from tqcheck.readers import stream as streaming
from tqcheck.readers.text import attach_references, decode, read_bytes
from tqcheck.registry import all_rules, find_rule

SEVERITIES = ("info", "warning", "error")


def _split(values: Sequence[str]) -> tuple[str, ...] | None:
    """Selectors from repeated and comma-separated options; None when none were given."""
    items = tuple(v.strip() for value in values for v in value.split(",") if v.strip())
    return items or None


def _read_documents(
    paths: Sequence[str], options: ReadOptions, reference: Path | None = None
) -> tuple[list[Document | Streamed], list[str]]:
    """Every target in order: a document read whole, or a large plain-text file (with its
    line-aligned source and reference, if any) to stream; and a warning for each file that
    could not be read. With a single target, a file that cannot be read ends the run (exit 2).
    """
    targets = discover(paths, frozenset(EXTENSIONS))
    if options.source is not None and len(targets) != 1:
        raise InputError(f"--source {options.source}: give exactly one target file with it")
    inputs: list[Document | Streamed] = []
    warnings: list[str] = []
    for target in targets:
        try:
            if _streamable(target, options, reference):
                inputs.append(_streamed(target, options, reference))
            else:
                inputs.append(read_document(target.path, target.display, options))
        except InputError as exc:
            if len(targets) == 1:
                raise
            warnings.append(str(exc))
    if targets and not inputs:
        raise InputError(f"none of the {len(targets)} files could be read: " + "; ".join(warnings))
    return inputs, warnings


def _streamable(target: Target, options: ReadOptions, reference: Path | None) -> bool:
    """A plain-text file that, with the files aligned with it, is at least the streaming
    threshold: it is read a partition at a time, never whole."""
    if target.path is None or format_of(target.path, options) != "text":
        return False
    size = 0
    for path in (target.path, options.source, reference):
        try:
            size += path.stat().st_size if path is not None else 0
        except OSError:
            if path == target.path:
                return False  # reading it says what is wrong
    return size >= streaming.STREAM_THRESHOLD


def _streamed(target: Target, options: ReadOptions, reference: Path | None) -> Streamed:
    assert target.path is not None

    def aligned(path: Path | None) -> streaming.Aligned | None:
        if path is None:
            return None
        name = str(path)
        return streaming.Aligned(
            path, name, streaming.stream_encoding(path, name, options.encoding)
        )

    return Streamed(
        target.path,
        target.display,
        streaming.stream_encoding(target.path, target.display, options.encoding),
        source=aligned(options.source),
        reference=aligned(reference),
        partition_chars=streaming.PARTITION_CHARS,
    )


def _attach_references(inputs: list[Document | Streamed], path: Path, encoding: str | None) -> None:
    if len(inputs) != 1:
        raise InputError(f"--ref {path}: give exactly one target file with it")
    if isinstance(inputs[0], Streamed):
        return  # read alongside it
    text, _ = decode(read_bytes(path, str(path)), str(path), encoding)
    attach_references(inputs[0], text, str(path))


def _use_color() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tqcheck")
def cli() -> None:
    """Lint machine-translated text for the defects MT makes and spell-checkers miss."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    default="concise",
    show_default=True,
    type=click.Choice(["concise", "full", "json", "sarif", "github"]),
    help="Output format.",
)
@click.option("--statistics", is_flag=True, help="Print a count per rule instead of issues.")
@click.option("--select", multiple=True, help="Rules to run: codes, prefixes, names or ALL.")
@click.option("--ignore", multiple=True, help="Rules to skip: codes, prefixes or names.")
@click.option("--extend-select", multiple=True, help="Rules to add to the selection.")
@click.option("--fail-level", type=click.Choice(SEVERITIES), help="Lowest severity that fails.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when issues are found.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="Config file.")
@click.option("--target-lang", help="Language of the translation (default: en).")
@click.option("--source-lang", help="Language of the source text (e.g. ru).")
@click.option("--glossary", multiple=True, type=click.Path(dir_okay=False), help="Glossary file.")
@click.option("--group/--no-group", default=None, help="Check consistency across all files.")
@click.option(
    "--source",
    "source_file",
    type=click.Path(dir_okay=False),
    help="Source file aligned with the target (line by line, or cue by cue for subtitles).",
)
@click.option("--source-column", help="TSV/CSV source column (header name or 1-based number).")
@click.option("--target-column", help="TSV/CSV target column (header name or 1-based number).")
@click.option("--include-fuzzy", is_flag=True, help="Check PO entries marked fuzzy too.")
@click.option(
    "--ref",
    "reference_file",
    type=click.Path(dir_okay=False),
    help="Reference translation (one line per line or unit): enables TQ906 reference-chrf.",
)
@click.option(
    "--input-format", type=click.Choice(sorted(FORMATS)), help="Read files as this format."
)
@click.option(
    "--encoding",
    help="Read files in this encoding (e.g. cp1251) instead of finding it out; "
    "a byte-order mark still wins.",
)
@click.option("--baseline", type=click.Path(dir_okay=False), help="Hide issues recorded here.")
@click.option("--write-baseline", type=click.Path(dir_okay=False), help="Record issues here.")
@click.option(
    "--jobs",
    "-j",
    default="1",
    show_default=True,
    metavar="N",
    help="Check in N processes (0 or 'auto': one per CPU); files, and chunks of large files, "
    "are shared out, and the output is exactly that of a serial run.",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show a progress bar (segments checked) on stderr; by default shown on a terminal "
    "for many files or a large input.",
)
def lint(
    paths: tuple[str, ...],
    fmt: str,
    statistics: bool,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    extend_select: tuple[str, ...],
    fail_level: str | None,
    exit_zero: bool,
    config_file: str | None,
    target_lang: str | None,
    source_lang: str | None,
    glossary: tuple[str, ...],
    group: bool | None,
    source_file: str | None,
    source_column: str | None,
    target_column: str | None,
    include_fuzzy: bool,
    reference_file: str | None,
    input_format: str | None,
    encoding: str | None,
    baseline: str | None,
    write_baseline: str | None,
    jobs: str,
    progress: bool | None,
) -> None:
    """Lint translations: text, PO, XLIFF, TMX, TSV/CSV and SRT/WebVTT files, directories
    (recursively) or standard input (-).

    Plain-text files of 64 MB or more (with their --source and --ref) are read as
    partitions, twice, so that memory holds a partition and the consistency summaries."""
    processes = parse_jobs(jobs)
    config = load_config(config_file)
    extend = _split(extend_select)
    if reference_file:
        extend = (*(extend or config.extend_select), "reference-chrf")
    config = config.with_overrides(
        select=_split(select),
        ignore=_split(ignore),
        extend_select=extend,
        fail_level=Severity.parse(fail_level) if fail_level else None,
        target_lang=target_lang.lower() if target_lang else None,
        source_lang=source_lang.lower() if source_lang else None,
        glossaries=tuple(str(Path(g).resolve()) for g in glossary) or None,
        group=group,
    )
    for g in glossary:
        if not Path(g).is_file():
            raise InputError(f"{g}: glossary file not found")
    checker = Checker(config)
    options = ReadOptions(
        source=Path(source_file) if source_file else None,
        source_column=source_column,
        target_column=target_column,
        include_fuzzy=include_fuzzy,
        input_format=input_format,
        encoding=encoding,
    )
    reference = Path(reference_file) if reference_file else None
    with collect_warnings() as decode_warnings:
        inputs, warnings = _read_documents(paths, options, reference)
        if reference is not None:
            _attach_references(inputs, reference, options.encoding)
    for warning in decode_warnings:
        click.echo(f"tqcheck: warning: {warning}", err=True)
    for warning in warnings:
        click.echo(f"tqcheck: warning: {warning} (skipped)", err=True)
    bar = Bar() if wanted(progress, inputs) else None
    try:
        issues = check_run(checker, inputs, jobs=processes, progress=bar)
    finally:
        if bar is not None:
            bar.close()
    documents = [item for item in inputs if isinstance(item, Document)]
    files = [
        (item.path, item.encoding) if isinstance(item, Document) else (item.display, item.encoding)
        for item in inputs
    ]
    if baseline:
        issues = baselines.filter_baseline(issues, baselines.load_baseline(Path(baseline)))
    if write_baseline:
        count = baselines.write_baseline(Path(write_baseline), issues)
        click.echo(f"tqcheck: recorded {count} issues in {write_baseline}", err=True)
        return
    _report(issues, documents, files, fmt, statistics)
    if not exit_zero and _fails(issues, config):
        sys.exit(1)


def _fails(issues: Sequence[Issue], config: Config) -> bool:
    return any(issue.severity >= config.fail_level for issue in issues)


def _report(
    issues: list[Issue],
    documents: list[Document],
    files: list[tuple[str, str]],
    fmt: str,
    statistics: bool,
) -> None:
    from tqcheck.formatters import render, render_statistics

    color = _use_color()
    if statistics and fmt in ("concise", "full"):
        click.echo(render_statistics(issues, color=color), nl=False)
        return
    sources = {doc.path: doc.text for doc in documents}
    click.echo(render(fmt, issues, sources=sources, color=color, files=files), nl=False)


def rules_markdown() -> str:
    """Every rule's documentation as one Markdown page (docs/rules.md)."""
    parts = ["# Rules\n\nGenerated by `tqcheck rules --markdown` from the rules' docstrings.\n"]
    parts.append("| code | name | severity | summary |\n|---|---|---|---|")
    parts += [f"| {c} | {r.name} | {r.severity} | {r.summary()} |" for c, r in all_rules().items()]
    for code, rule in all_rules().items():
        body = rule.documentation().split("\n", 1)[1].strip()
        body = body.replace("\n## ", "\n### ")
        parts.append(
            f"\n## {code} {rule.name}\n\n{rule.summary()}\n\n"
            f"Default severity: {rule.severity}. Scope: {rule.scope}.\n\n{body}"
        )
    return "\n".join(parts) + "\n"


@cli.command()
@click.argument("rule", required=False)
@click.option("--markdown", is_flag=True, help="Print every rule's documentation as Markdown.")
def rules(rule: str | None, markdown: bool) -> None:
    """List the rules, or print one rule's documentation (by code or name)."""
    if markdown:
        click.echo(rules_markdown(), nl=False)
        return
    if rule is None:
        for code, cls in all_rules().items():
            state = "" if cls.default_enabled else " (off by default)"
            click.echo(f"{code}  {cls.name:<26} {cls.severity!s:<8} {cls.summary()}{state}")
        return
    found = find_rule(rule)
    if found is None:
        raise UsageError(f"unknown rule {rule!r}; 'tqcheck rules' lists them")
    click.echo(f"{found.code} {found.name} [{found.severity}] ({found.scope} scope)\n")
    click.echo(found.documentation())


cli.add_command(score)


# Run by the checkout's own Python: the checkout's code, whatever that Python has installed.
_RUN_FROM_CHECKOUT = (
    "import sys; sys.path.insert(0, sys.argv.pop(1)); from tqcheck.cli import main; main()"
)


def _checkout_python() -> tuple[str, str] | None:
    """(The Python of ``.venv``, the checkout) when tqcheck runs from a source checkout
    under another interpreter and the checkout has the virtual environment the README's
    first command makes: its Python has tqcheck's dependencies."""
    root = Path(__file__).resolve().parent.parent
    venv = root / ".venv"
    if not (root / "pyproject.toml").is_file() or Path(sys.prefix).resolve() == venv.resolve():
        return None
    for python in (venv / "bin" / "python", venv / "Scripts" / "python.exe"):
        if python.is_file():
            return str(python), str(root)
    return None


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point: run the CLI and turn tqcheck's own errors into exit status 2."""
    try:
        cli.main(args=argv, prog_name="tqcheck", standalone_mode=False)
    except click.exceptions.Abort as exc:
        if isinstance(exc.__cause__ or exc.__context__, KeyboardInterrupt):  # Ctrl-C
            click.echo("tqcheck: interrupted", err=True)
            sys.exit(130)
        click.echo("tqcheck: aborted", err=True)
        sys.exit(2)
    except click.ClickException as exc:
        exc.show()
        sys.exit(2)
    except TqcheckError as exc:
        click.echo(f"tqcheck: error: {exc}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except ModuleNotFoundError as exc:  # run from a checkout without its dependencies
        args = list(sys.argv[1:] if argv is None else argv)
        checkout = _checkout_python()
        if checkout is not None and "-" not in args:  # nothing read or written yet: rerun
            python, root = checkout
            os.execv(python, [python, "-c", _RUN_FROM_CHECKOUT, root, *args])
        click.echo(
            f"tqcheck: error: the package {exc.name!r} that tqcheck needs is not installed for "
            f"{sys.executable}; install tqcheck with its dependencies (in a checkout, README's "
            "first command: python3 -m venv .venv && . .venv/bin/activate && pip install .)",
            err=True,
        )
        sys.exit(2)
    except Exception as exc:  # a bug: one line for the user, the traceback on request
        if os.environ.get("TQCHECK_DEBUG"):
            raise
        click.echo(
            f"tqcheck: internal error: {type(exc).__name__}: {exc} "
            "(set TQCHECK_DEBUG=1 for the traceback, and please report it)",
            err=True,
        )
        sys.exit(2)
