"""Reference-based scores with sacreBLEU: corpus BLEU, chrF and TER, and sentence scores to find
the worst segments.

The metrics are built as the ``sacrebleu`` command builds them (its defaults, references cached
at construction), so scores and signatures agree with ``sacrebleu REF -i HYP -m bleu chrf ter``
to the last digit. sacreBLEU is imported when something is scored, not with this module.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple, cast

from tqcheck.errors import UsageError

if TYPE_CHECKING:
    from sacrebleu.metrics.base import Metric

METRICS = ("bleu", "chrf", "ter")
"""The metrics score() knows, by the names sacrebleu's ``-m`` option takes."""

_LOWER_IS_BETTER = frozenset({"ter"})


@dataclass(frozen=True)
class MetricScore:
    """One metric's corpus score."""

    metric: str
    """The metric asked for: "bleu", "chrf" or "ter"."""
    name: str
    """sacreBLEU's name for the score: "BLEU", "chrF2", "TER"."""
    score: float
    formatted: str
    """sacreBLEU's line, e.g. "BLEU = 32.41 65.2/40.1/26.0/17.5 (BP = 1.000 ratio = ...)"."""
    signature: str
    """sacreBLEU's signature, e.g. "nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0"."""


class SegmentScore(NamedTuple):
    """One segment's sentence score."""

    index: int
    """0-based position of the segment (the line number minus 1 for files)."""
    hyp: str
    refs: tuple[str, ...]
    """The segment's reference in each reference stream."""
    score: float


@dataclass(frozen=True)
class ScoreReport:
    """Corpus scores of a translation, with the data to score its segments."""

    metrics: tuple[MetricScore, ...]
    hyps: tuple[str, ...]
    refs: tuple[tuple[str, ...], ...]
    """The reference streams, each as long as ``hyps``."""
    lowercase: bool = False
    tokenize: str | None = None

    def __getitem__(self, metric: str) -> MetricScore:
        for result in self.metrics:
            if result.metric == metric.lower():
                return result
        raise KeyError(metric)

    def segments(self, metric: str = "chrf", worst: int | None = None) -> list[SegmentScore]:
        """Sentence scores, worst first (lowest BLEU or chrF, highest TER; ties in segment
        order), only the ``worst`` first ones when given. Sentence BLEU uses effective order,
        as ``sacrebleu --sentence-level`` does. Segments empty in the hypothesis and in every
        reference match perfectly but score 0, so they are left out."""
        if worst is not None and worst < 0:
            raise ValueError(f"worst must be 0 or more, not {worst}")
        (name,) = _check_metrics([metric])
        scorer = _metric(name, self.lowercase, self.tokenize, sentence=True)
        rows = [
            SegmentScore(index, hyp, tuple(refs), scorer.sentence_score(hyp, refs).score)
            for index, (hyp, *refs) in enumerate(zip(self.hyps, *self.refs, strict=True))
            if hyp.strip() or any(ref.strip() for ref in refs)
        ]
        sign = -1 if name in _LOWER_IS_BETTER else 1
        rows.sort(key=lambda row: sign * row.score)
        return rows[:worst]


def score(
    hyps: Sequence[str],
    refs: Sequence[Sequence[str]] | Sequence[str],
    metrics: Sequence[str] = METRICS,
    *,
    lowercase: bool = False,
    tokenize: str | None = None,
    names: Sequence[str] | None = None,
) -> ScoreReport:
    """Corpus scores of ``hyps`` (one string per segment) against ``refs``: one reference
    stream (a list of strings) or several (a list of such lists), each as long as ``hyps``.

    ``lowercase`` makes BLEU and chrF case-insensitive (TER is case-insensitive by default, as
    in sacreBLEU); ``tokenize`` is BLEU's tokenizer (default 13a). ``names`` are the names of
    the hypotheses and of each reference stream for error messages (e.g. their file names).
    Raises UsageError for an unknown metric or tokenizer, no segments, or streams of different
    lengths.
    """
    if isinstance(hyps, str) or isinstance(refs, str):
        raise TypeError("hyps and refs are sequences of segments, not a single string")
    chosen = _check_metrics(metrics)
    hyp_stream = tuple(hyps)
    if not refs:
        raise UsageError("no reference translations to score against")
    if isinstance(refs[0], str):
        streams = (tuple(cast("Sequence[str]", refs)),)
    else:
        streams = tuple(tuple(stream) for stream in refs)
    _check_aligned(hyp_stream, streams, names)
    results = []
    for name in chosen:
        metric = _metric(name, lowercase, tokenize, references=streams)
        result = metric.corpus_score(hyp_stream, None)
        signature = metric.get_signature().format()
        results.append(MetricScore(name, result.name, result.score, result.format(), signature))
    return ScoreReport(tuple(results), hyp_stream, streams, lowercase, tokenize)


def _check_metrics(metrics: Sequence[str]) -> tuple[str, ...]:
    """The metric names, lowercased and without repeats; UsageError for an unknown one."""
    if isinstance(metrics, str):
        metrics = [metrics]
    chosen = tuple(dict.fromkeys(m.strip().lower() for m in metrics if m.strip()))
    for name in chosen:
        if name not in METRICS:
            raise UsageError(f"unknown metric {name!r}; choose from {', '.join(METRICS)}")
    if not chosen:
        raise UsageError(f"no metric chosen; choose from {', '.join(METRICS)}")
    return chosen


def _check_aligned(
    hyps: Sequence[str], streams: Sequence[Sequence[str]], names: Sequence[str] | None
) -> None:
    if names is None:
        names = ["the translation", *(f"reference stream {n}" for n in range(1, len(streams) + 1))]
    elif len(names) != 1 + len(streams):
        raise ValueError(f"names: {len(names)} given for {1 + len(streams)} streams")
    hyp_name, *ref_names = names
    if not hyps:
        raise UsageError(f"{hyp_name}: no segments to score")
    for stream, ref_name in zip(streams, ref_names, strict=True):
        if len(stream) != len(hyps):
            raise UsageError(
                f"{hyp_name} has {len(hyps)} segments but {ref_name} has {len(stream)}; "
                "each reference needs one segment per translated segment"
            )


def _metric(
    name: str,
    lowercase: bool,
    tokenize: str | None,
    *,
    sentence: bool = False,
    references: Sequence[Sequence[str]] | None = None,
) -> Metric:
    """A sacreBLEU metric object with sacreBLEU's command-line defaults."""
    from sacrebleu.metrics import BLEU, CHRF, TER

    if name == "bleu":
        if tokenize is not None and tokenize not in BLEU.TOKENIZERS:
            raise UsageError(
                f"unknown BLEU tokenizer {tokenize!r}; choose from {', '.join(BLEU.TOKENIZERS)}"
            )
        return BLEU(
            lowercase=lowercase,
            tokenize=tokenize,
            effective_order=sentence,
            references=references,
        )
    if name == "chrf":
        return CHRF(lowercase=lowercase, references=references)
    return TER(references=references)
