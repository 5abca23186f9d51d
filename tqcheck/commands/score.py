"""``tqcheck score``: corpus BLEU, chrF and TER of a translation against reference translations,
and its worst segments."""

from __future__ import annotations

import json
from pathlib import Path

import click

from tqcheck import __version__, scoring
from tqcheck.commands import reported_errors
from tqcheck.readers.text import decode, read_bytes

DEFAULT_WORST = 10


def read_segments(path: str) -> list[str]:
    """A line-aligned file's segments, read as sacreBLEU reads them: split at line feeds only,
    trailing white space (and carriage returns) removed, empty lines kept as empty segments.
    UTF-8, or UTF-16 with a byte order mark; ``-`` is standard input."""
    name = "standard input" if path == "-" else path
    text, _ = decode(read_bytes(None if path == "-" else Path(path), name), name)
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    return [line.rstrip() for line in lines]


@click.command("score")
@click.argument("hyp")
@click.option(
    "--ref",
    "refs",
    metavar="FILE",
    multiple=True,
    required=True,
    help="Reference translation, line-aligned with HYP; repeat the option for more references.",
)
@click.option(
    "--metrics",
    metavar="LIST",
    default=",".join(scoring.METRICS),
    show_default=True,
    help="Comma-separated metrics: bleu, chrf, ter.",
)
@click.option(
    "--per-segment",
    is_flag=True,
    help="List the worst segments by sentence chrF (or by the first metric when chrf is not "
    "chosen).",
)
@click.option(
    "--worst",
    metavar="N",
    type=click.IntRange(min=1),
    help=f"How many segments --per-segment lists (default {DEFAULT_WORST}); implies it.",
)
@click.option(
    "--format",
    "fmt",
    default="text",
    show_default=True,
    type=click.Choice(["text", "json"]),
    help="Output format.",
)
@click.option("--lowercase", is_flag=True, help="Case-insensitive BLEU and chrF (TER is already).")
def score(
    hyp: str,
    refs: tuple[str, ...],
    metrics: str,
    per_segment: bool,
    worst: int | None,
    fmt: str,
    lowercase: bool,
) -> None:
    """Score a translation against references: BLEU, chrF and TER.

    HYP has one segment per line (- reads standard input) and each --ref as many lines. Scores
    and signatures are sacreBLEU's, as `sacrebleu REF -i HYP -m bleu chrf ter` prints them.
    """
    with reported_errors():
        report = scoring.score(
            read_segments(hyp),
            [read_segments(ref) for ref in refs],
            metrics.split(","),
            lowercase=lowercase,
            names=["standard input" if hyp == "-" else hyp, *refs],
        )
        chosen = [m.metric for m in report.metrics]
        segment_metric = "chrf" if "chrf" in chosen else chosen[0]
        per_segment = per_segment or worst is not None
        segments = report.segments(segment_metric, worst or DEFAULT_WORST) if per_segment else []
    segment_name = report[segment_metric].name
    if fmt == "json":
        data = {
            "version": __version__,
            "metrics": [
                {
                    "name": m.name,
                    "score": m.score,
                    "signature": m.signature,
                    "formatted": m.formatted,
                }
                for m in report.metrics
            ],
            "segments": [
                {
                    "line": s.index + 1,
                    "metric": segment_name,
                    "score": s.score,
                    "hypothesis": s.hyp,
                    "references": list(s.refs),
                }
                for s in segments
            ],
        }
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    for m in report.metrics:
        click.echo(f"{m.formatted}  [{m.signature}]")
    if not per_segment:
        return
    click.echo(f"\nWorst {len(segments)} segments by sentence {segment_name}:")
    for s in segments:
        click.echo(f"line {s.index + 1}: {segment_name} = {s.score:.2f}")
        click.echo(f"  hyp: {s.hyp}".rstrip())
        for number, ref in enumerate(s.refs, 1):
            label = "ref" if len(s.refs) == 1 else f"ref {number}"
            click.echo(f"  {label}: {ref}".rstrip())
