"""Reference-based scores: the same numbers and signatures as sacreBLEU, per-segment lists, and
the ``score`` command's output and errors."""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import sacrebleu
from click.testing import CliRunner
from sacrebleu.metrics import BLEU, CHRF, TER

from tqcheck import __version__
from tqcheck.commands.score import score as score_command
from tqcheck.errors import UsageError
from tqcheck.scoring import score

ROOT = Path(__file__).parent.parent
FIXTURES = ROOT / "fixtures" / "score"
HYP = FIXTURES / "hyp.en.txt"
REF = FIXTURES / "ref.en.txt"
REF2 = FIXTURES / "ref2.en.txt"


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def invoke(*args: str | Path, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(score_command, [str(a) for a in args], input=stdin)
    return result.exit_code, result.stdout, result.stderr


REF_SETS = pytest.mark.parametrize("ref_files", [[REF], [REF, REF2]], ids=["1ref", "2refs"])


@REF_SETS
@pytest.mark.parametrize("lowercase", [False, True])
def test_corpus_scores_equal_sacrebleu(ref_files: list[Path], lowercase: bool) -> None:
    hyps, refs = lines(HYP), [lines(f) for f in ref_files]
    report = score(hyps, refs, lowercase=lowercase)
    expected = {
        "bleu": BLEU(lowercase=lowercase),
        "chrf": CHRF(lowercase=lowercase),
        "ter": TER(),
    }
    assert [m.metric for m in report.metrics] == ["bleu", "chrf", "ter"]
    for name, metric in expected.items():
        result = metric.corpus_score(hyps, refs)
        assert report[name].score == result.score
        assert report[name].name == result.name
        assert report[name].formatted == result.format()
        assert report[name].signature == metric.get_signature().format()
        assert f"nrefs:{len(refs)}|" in report[name].signature


@REF_SETS
@pytest.mark.parametrize("lowercase", [False, True])
def test_agrees_with_the_sacrebleu_command(ref_files: list[Path], lowercase: bool) -> None:
    command = [sys.executable, "-m", "sacrebleu", *map(str, ref_files), "-i", str(HYP)]
    command += ["-m", "bleu", "chrf", "ter", "-w", "10", "-f", "json"]
    command += ["-lc", "--chrf-lowercase"] if lowercase else []
    expected = json.loads(subprocess.run(command, capture_output=True, check=True).stdout)
    report = score(lines(HYP), [lines(f) for f in ref_files], lowercase=lowercase)
    for ours, theirs in zip(report.metrics, expected, strict=True):
        assert ours.name == theirs["name"]
        assert float(f"{ours.score:.10f}") == theirs["score"]
        assert ours.signature == theirs["signature"]
        verbose = f" {theirs['verbose_score']}" if "verbose_score" in theirs else ""
        assert ours.formatted == f"{ours.name} = {ours.score:.2f}{verbose}"


def test_one_reference_stream_or_a_list_of_streams() -> None:
    hyps, ref = lines(HYP), lines(REF)
    assert score(hyps, ref) == score(hyps, [ref])


def test_lowercase_makes_bleu_and_chrf_case_insensitive() -> None:
    hyps, refs = ["The Minister Spoke In Rome."], ["the minister spoke in Rome."]
    mixed = score(hyps, refs)
    lower = score(hyps, refs, lowercase=True)
    assert mixed["bleu"].score < 100 and mixed["chrf"].score < 100
    assert round(lower["bleu"].score, 6) == round(lower["chrf"].score, 6) == 100
    assert mixed["ter"].score == lower["ter"].score == 0  # TER ignores case by default
    assert "case:lc" in lower["bleu"].signature and "case:lc" in lower["chrf"].signature


def test_metric_choice_order_and_tokenizer() -> None:
    hyps, refs = lines(HYP), lines(REF)
    report = score(hyps, refs, ["TER", "bleu", "ter"], tokenize="char")
    assert [m.metric for m in report.metrics] == ["ter", "bleu"]
    assert report["bleu"].score == BLEU(tokenize="char").corpus_score(hyps, [refs]).score
    assert "tok:char" in report["bleu"].signature


def test_segments_worst_first() -> None:
    hyps = ["The cat sat on the mat.", "A dog barked.", "", "Prices rose sharply.", ""]
    refs = ["The cat sat on the mat.", "A dog was barking.", "", "The weather was cold.", "Hi."]
    report = score(hyps, refs)
    assert [s.index for s in report.segments()] == [4, 3, 1, 0]  # index 2 is blank on both sides
    assert [s.index for s in report.segments("ter")] == [3, 4, 1, 0]  # highest first; ties in order
    assert report.segments(worst=2) == report.segments()[:2]
    worst = report.segments()[1]
    assert (worst.hyp, worst.refs) == ("Prices rose sharply.", ("The weather was cold.",))


@pytest.mark.parametrize(
    ("metric", "scorer", "lower_is_better"),
    [("chrf", CHRF(), False), ("bleu", BLEU(effective_order=True), False), ("ter", TER(), True)],
)
def test_segment_scores_are_sacrebleu_sentence_scores(
    metric: str, scorer: BLEU | CHRF | TER, lower_is_better: bool
) -> None:
    hyps, refs = lines(HYP), [lines(REF), lines(REF2)]
    segments = score(hyps, refs).segments(metric)
    assert len(segments) == len(hyps) - 1  # the blank line 11
    for s in segments:
        assert s.score == scorer.sentence_score(hyps[s.index], [r[s.index] for r in refs]).score
    scores = [s.score for s in segments]
    assert scores == sorted(scores, reverse=lower_is_better)
    assert segments[0].index == 9 and segments[0].hyp == ""  # the sentence the MT dropped


def test_errors() -> None:
    hyps = lines(HYP)
    with pytest.raises(
        UsageError, match="the translation has 20 segments but reference stream 2 has 19"
    ):
        score(hyps, [lines(REF), lines(REF2)[:-1]])
    with pytest.raises(UsageError, match=r"^hyp\.txt has 20 segments but short\.txt has 19;"):
        score(hyps, lines(REF)[:-1], names=["hyp.txt", "short.txt"])
    with pytest.raises(UsageError, match="unknown metric 'meteor'; choose from bleu, chrf, ter"):
        score(hyps, lines(REF), ["bleu", "meteor"])
    with pytest.raises(UsageError, match="no metric chosen"):
        score(hyps, lines(REF), [" ", ""])
    with pytest.raises(UsageError, match="unknown BLEU tokenizer 'xx'"):
        score(hyps, lines(REF), tokenize="xx")
    with pytest.raises(UsageError, match="no segments to score"):
        score([], [[]])
    with pytest.raises(UsageError, match="no reference"):
        score(hyps, [])
    with pytest.raises(TypeError):
        score("The cat sat.", ["The cat sat."])


def test_command_text_output() -> None:
    code, out, err = invoke(HYP, "--ref", REF, "--ref", REF2)
    assert (code, err) == (0, "")
    report = score(lines(HYP), [lines(REF), lines(REF2)])
    assert out.splitlines() == [f"{m.formatted}  [{m.signature}]" for m in report.metrics]
    assert out.startswith("BLEU = ")


def test_command_per_segment() -> None:
    code, out, _ = invoke(HYP, "--ref", REF, "--per-segment")
    assert code == 0
    listing = out.split("\n\n", 1)[1].splitlines()
    assert listing[0] == "Worst 10 segments by sentence chrF2:"
    assert listing[1:4] == [
        "line 10: chrF2 = 0.00",
        "  hyp:",
        f"  ref: {lines(REF)[9]}",
    ]
    assert sum(line.startswith("line ") for line in listing) == 10
    _, out, _ = invoke(HYP, "--ref", REF, "--metrics", "ter,bleu", "--worst", "2")
    assert "\nWorst 2 segments by sentence TER:\nline 10: TER = 100.00\n" in out


def test_command_json() -> None:
    code, out, _ = invoke(HYP, "--ref", REF, "--format", "json", "--worst", "3", "--lowercase")
    assert code == 0
    data = json.loads(out)
    report = score(lines(HYP), lines(REF), lowercase=True)
    assert data["version"] == __version__
    assert data["metrics"] == [
        {"name": m.name, "score": m.score, "signature": m.signature, "formatted": m.formatted}
        for m in report.metrics
    ]
    assert [s["line"] for s in data["segments"]] == [s.index + 1 for s in report.segments(worst=3)]
    assert data["segments"][0] == {
        "line": 10,
        "metric": "chrF2",
        "score": 0.0,
        "hypothesis": "",
        "references": [lines(REF)[9]],
    }
    _, out, _ = invoke(HYP, "--ref", REF, "--format", "json")
    assert json.loads(out)["segments"] == []


def test_command_reads_lines_as_sacrebleu_does(tmp_path: Path) -> None:
    """Empty lines stay segments, trailing white space and CR go, UTF-16 with a BOM works."""
    hyp, ref = tmp_path / "hyp.txt", tmp_path / "ref.txt"
    hyp.write_text("The talks ended.  \n\nBoth sides agreed.\n", encoding="utf-8")
    ref.write_bytes("The talks ended.\r\n\r\nThe two sides agreed.\r\n".encode("utf-16"))
    code, out, _ = invoke(hyp, "--ref", ref, "--format", "json", "--per-segment")
    assert code == 0
    expected = score(
        ["The talks ended.", "", "Both sides agreed."],
        ["The talks ended.", "", "The two sides agreed."],
    )
    assert [m["score"] for m in json.loads(out)["metrics"]] == [m.score for m in expected.metrics]
    assert [s["line"] for s in json.loads(out)["segments"]] == [3, 1]
    code, out, _ = invoke("-", "--ref", ref, "--metrics", "chrf", stdin=hyp.read_text())
    assert (code, out.split("  [")[0]) == (0, expected["chrf"].formatted)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.txt", "--ref", REF], "tqcheck: error: missing.txt: no such file\n"),
        ([HYP, "--ref", FIXTURES], f"tqcheck: error: {FIXTURES}: is a directory\n"),
        (
            [HYP, "--ref", REF, "--metrics", "bleu,meteor"],
            "tqcheck: error: unknown metric 'meteor'; choose from bleu, chrf, ter\n",
        ),
    ],
)
def test_command_errors_exit_2_with_one_line(args: list[str | Path], message: str) -> None:
    assert invoke(*args) == (2, "", message)


def test_command_line_count_mismatch(tmp_path: Path) -> None:
    short = tmp_path / "short.txt"
    short.write_text("\n".join(lines(REF)[:-1]) + "\n", encoding="utf-8")
    code, out, err = invoke(HYP, "--ref", REF, "--ref", short)
    assert (code, out) == (2, "")
    assert err.startswith(f"tqcheck: error: {HYP} has 20 segments but {short} has 19;")
    assert err.count("\n") == 1


def test_command_needs_a_reference() -> None:
    code, _, err = invoke(HYP)
    assert code == 2
    assert "Missing option '--ref'" in err


def test_docs_examples_are_real_output(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every `$ tqcheck score ...` example in docs/scoring.md whose files exist prints what the
    page shows (with the sacreBLEU version the page was made with)."""
    doc = (ROOT / "docs" / "scoring.md").read_text(encoding="utf-8")
    if f"version:{sacrebleu.__version__}" not in doc:
        pytest.skip(f"docs/scoring.md shows another sacreBLEU version than {sacrebleu.__version__}")
    examples = re.findall(r"^\$ tqcheck score (.*)\n((?:[^$`\n].*\n|\n)*)", doc, flags=re.MULTILINE)
    monkeypatch.chdir(ROOT)
    checked = 0
    for command, shown in examples:
        args = shlex.split(command)
        if all((ROOT / a).exists() for a in args if a.endswith(".txt")):
            result = CliRunner().invoke(score_command, args)
            assert result.output == shown, command
            checked += 1
    assert checked >= 5
