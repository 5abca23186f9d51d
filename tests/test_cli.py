"""The command line as a user runs it: output, exit codes, errors, configuration, baselines."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from tqcheck.cli import cli, main

ROOT = Path(__file__).parent.parent
SEED = ROOT / "fixtures" / "seed_ru_en_belarus_security.txt"


def run_main(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(args)
        sys.exit(0)
    out, err = capsys.readouterr()
    code = exit_info.value.code
    return (code if isinstance(code, int) else 0), out, err


def test_seed_findings_and_exit_status(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_main(["lint", str(SEED)], capsys)
    assert code == 1
    assert err == ""
    lines = out.splitlines()
    assert any(
        line.startswith(f"{SEED}:16:181: TQ201 [warning]") and '"Lukashenko"' in line
        for line in lines
    )
    assert any(":11:232: TQ102 [warning]" in line for line in lines)
    # sorted by line, then column
    positions = [tuple(int(p) for p in line.split(":")[1:3]) for line in lines]
    assert positions == sorted(positions)


def test_stdin_is_read_with_dash(capsys: pytest.CaptureFixture[str]) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["lint", "-"], input="We signed the the deal.\n")
    assert result.exit_code == 1
    assert result.stdout == '-:1:11: TQ101 [error] "the" is repeated: "the the"\n'


def test_clean_text_exits_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    clean = tmp_path / "clean.txt"
    clean.write_text("The talks in Minsk ended on Monday.\n", encoding="utf-8")
    assert run_main(["lint", str(clean)], capsys) == (0, "", "")


def test_empty_file_is_fine(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert run_main(["lint", str(empty)], capsys) == (0, "", "")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        (b"\x00\x01\x02binary\x00", "binary file"),
        (bytes(range(0x80, 0x100)) * 4, "binary file"),
    ],
)
def test_unreadable_single_file_is_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, message: str
) -> None:
    path = tmp_path / "bad.txt"
    if content is not None:
        path.write_bytes(content)
    code, out, err = run_main(["lint", str(path)], capsys)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and str(path) in err and message in err
    assert "Traceback" not in err


def test_unreadable_file_among_many_is_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a_bad.txt").write_bytes(b"\xff\xfe\x00\x00\x00garbage\x00")
    (tmp_path / "b_good.txt").write_text("We signed the the deal.\n", encoding="utf-8")
    code, out, err = run_main(["lint", str(tmp_path)], capsys)
    assert code == 1
    assert "a_bad.txt" in err and "warning" in err
    assert "b_good.txt:1:11: TQ101" in out


def test_directory_without_text_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    code, _out, err = run_main(["lint", str(tmp_path)], capsys)
    assert code == 2 and str(tmp_path) in err and "no files to check" in err


def test_directories_skip_hidden_and_vcs_folders(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("the the\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "y.txt").write_text("the the\n", encoding="utf-8")
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)
    code, out, _err = run_main(["lint", str(tmp_path)], capsys)
    assert code == 1
    assert out.splitlines() == [
        f'{tmp_path / "sub" / "y.txt"}:1:1: TQ101 [error] "the" is repeated: "the the"'
    ]


def test_selection_longest_prefix_wins(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "t.txt"
    path.write_text("We signed the the deal; it is equipped and equipped.\n", encoding="utf-8")
    _, out, _ = run_main(["lint", str(path), "--select", "TQ1", "--ignore", "TQ10"], capsys)
    assert out == ""
    _, out, _ = run_main(
        ["lint", str(path), "--select", "TQ1", "--ignore", "TQ10", "--extend-select", "TQ101"],
        capsys,
    )
    assert [line.split()[1] for line in out.splitlines()] == ["TQ101"]
    _, out, _ = run_main(["lint", str(path), "--select", "repeated-coordination"], capsys)
    assert [line.split()[1] for line in out.splitlines()] == ["TQ102"]


def test_unknown_selector_is_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_main(["lint", str(SEED), "--select", "XX999"], capsys)
    assert code == 2 and "XX999" in err and "Traceback" not in err


def test_fail_level_and_exit_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "t.txt"
    path.write_text("They are equipped and equipped.\n", encoding="utf-8")  # a warning
    assert run_main(["lint", str(path), "--fail-level", "error"], capsys)[0] == 0
    assert run_main(["lint", str(path)], capsys)[0] == 1
    assert run_main(["lint", str(path), "--exit-zero"], capsys)[0] == 0


def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run_main(["lint", str(SEED), "--format", "json"], capsys)
    data = json.loads(out)
    assert set(data) >= {"version", "issues", "summary"}
    first = data["issues"][0]
    assert set(first) >= {
        "path",
        "line",
        "column",
        "end_line",
        "end_column",
        "code",
        "rule",
        "severity",
        "message",
        "text",
        "suggestion",
    }
    text = SEED.read_text(encoding="utf-8").splitlines()
    for issue in data["issues"]:
        line = text[issue["line"] - 1]
        assert line[issue["column"] - 1 : issue["end_column"] - 1] == issue["text"]


def test_statistics(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run_main(["lint", str(SEED), "--statistics"], capsys)
    assert "TQ201" in out and "name-spelling" in out and "total" in out


def test_config_file_and_per_file_ignores(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.tqcheck]\nselect = ["TQ1"]\nfail-level = "error"\n'
        '[tool.tqcheck.per-file-ignores]\n"legacy/*" = ["TQ101"]\n',
        encoding="utf-8",
    )
    (tmp_path / "legacy").mkdir()
    (tmp_path / "legacy" / "a.txt").write_text("the the\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("the the. They are equipped and equipped.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, _ = run_main(["lint", "."], capsys)
    assert [line.split()[1] for line in out.splitlines()] == ["TQ101", "TQ102"]
    assert all(line.startswith("b.txt:") for line in out.splitlines())
    assert code == 1


@pytest.mark.parametrize(
    ("toml", "expected"),
    [
        ('colour = "red"\n', "unknown key 'colour'"),
        ('fail-level = "fatal"\n', "'fail-level'"),
        ('select = "TQ1"\n', "'select' must be a list"),
        ('select = ["TQ999"]\n', "unknown rule selector 'TQ999'"),
        ('[rules.TQ102]\nmax_words = "four"\n', "'rules.TQ102.max_words' must be int"),
        ("[rules.TQ102]\nmaxwords = 3\n", "unknown key 'rules.TQ102.maxwords'"),
        ("[rules.NOPE]\n", "'rules.NOPE': no rule"),
        ("select = [\n", "invalid TOML"),
    ],
)
def test_config_errors_name_file_and_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], toml: str, expected: str
) -> None:
    config = tmp_path / "tqcheck.toml"
    config.write_text(toml, encoding="utf-8")
    code, out, err = run_main(["lint", str(SEED), "--config", str(config)], capsys)
    assert code == 2 and out == ""
    assert str(config) in err and expected in err and err.count("\n") == 1


def test_rule_options_and_severity_from_config(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "tqcheck.toml"
    config.write_text(
        'select = ["TQ101"]\n[rules.repeated-word]\nseverity = "info"\nallowed = ["very"]\n',
        encoding="utf-8",
    )
    text = tmp_path / "t.txt"
    text.write_text("It was very very cold, the the end.\n", encoding="utf-8")
    code, out, _ = run_main(["lint", str(text), "--config", str(config)], capsys)
    assert out.splitlines() == [f'{text}:1:24: TQ101 [info] "the" is repeated: "the the"']
    assert code == 0  # info is below the default fail level


def test_allowed_terms_are_not_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "tqcheck.toml"
    config.write_text('allowed = ["Lukashenka", "VGS"]\n', encoding="utf-8")
    _, out, _ = run_main(["lint", str(SEED), "--config", str(config)], capsys)
    assert "Lukashenka" not in out and "VGS" not in out
    assert "equipped and equipped" in out


def test_baseline_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    work = tmp_path / "seed.txt"
    shutil.copy(SEED, work)
    baseline = tmp_path / "baseline.json"
    code, _, err = run_main(["lint", str(work), "--write-baseline", str(baseline)], capsys)
    assert code == 0 and "recorded" in err
    assert run_main(["lint", str(work), "--baseline", str(baseline)], capsys) == (0, "", "")
    with work.open("a", encoding="utf-8") as handle:
        handle.write("A new line with the the slip.\n")
    code, out, _ = run_main(["lint", str(work), "--baseline", str(baseline)], capsys)
    assert code == 1 and len(out.splitlines()) == 1 and "TQ101" in out
    assert work.read_bytes().startswith(SEED.read_bytes())  # the input is never modified


def test_bad_baseline_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    baseline = tmp_path / "baseline.json"
    baseline.write_text("{not json", encoding="utf-8")
    code, _, err = run_main(["lint", str(SEED), "--baseline", str(baseline)], capsys)
    assert code == 2 and str(baseline) in err


def test_group_checks_names_across_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text("Lukashenko met Putin. Lukashenko spoke.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Later Lukashenka left.\n", encoding="utf-8")
    _, out, _ = run_main(["lint", str(tmp_path), "--select", "TQ201"], capsys)
    assert out == ""
    _, out, _ = run_main(["lint", str(tmp_path), "--select", "TQ201", "--group"], capsys)
    assert out == (
        f'{tmp_path / "b.txt"}:1:7: TQ201 [warning] "Lukashenka" is also spelled '
        f'"Lukashenko" (2 times, first at {tmp_path / "a.txt"}:1:1); use one spelling\n'
    )


def test_rules_command_lists_and_documents(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run_main(["rules"], capsys)
    assert out.splitlines()[0].startswith("TQ101  repeated-word")
    _, out, _ = run_main(["rules", "repeated-word"], capsys)
    assert "## What it does" in out and "TQ101" in out
    code, _, err = run_main(["rules", "TQ999"], capsys)
    assert code == 2 and "TQ999" in err


def test_installed_command_and_module() -> None:
    beside_python = Path(sys.executable).parent / "tqcheck"
    exe = str(beside_python) if beside_python.exists() else shutil.which("tqcheck")
    assert exe, "the tqcheck command is installed"
    result = subprocess.run(
        [exe, "lint", str(SEED), "--format", "json"], capture_output=True, text=True
    )
    assert result.returncode == 1 and json.loads(result.stdout)["issues"]
    result = subprocess.run(
        [sys.executable, "-m", "tqcheck", "lint", "-"],
        input="the the\n",
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1 and "TQ101" in result.stdout
    result = subprocess.run([exe, "lint", "/nonexistent.txt"], capture_output=True, text=True)
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_per_file_ignores_match_relative_to_the_config_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "tqcheck.toml"
    config.write_text('[per-file-ignores]\n"legacy/*" = ["TQ1"]\n', encoding="utf-8")
    (tmp_path / "legacy").mkdir()
    (tmp_path / "legacy" / "a.txt").write_text("the the\n", encoding="utf-8")
    target = str(tmp_path / "legacy" / "a.txt")
    assert run_main(["lint", target, "--config", str(config)], capsys) == (0, "", "")


def test_line_aligned_source_and_reference(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "t.txt"
    source = tmp_path / "s.txt"
    reference = tmp_path / "r.txt"
    target.write_text(
        "The army has 10,000 soldiers.\n\nBig stuff happened over there.\n", encoding="utf-8"
    )
    source.write_text("В армии 12 000 солдат.\nЭто важно.\nМинск готов.\n", encoding="utf-8")
    reference.write_text(
        "The army has 12,000 troops.\nThis matters.\nMinsk is ready.\n", encoding="utf-8"
    )
    _, out, _ = run_main(["lint", str(target), "--source", str(source), "--format", "json"], capsys)
    found = [(i["code"], i["line"], i["unit"], i["side"]) for i in json.loads(out)["issues"]]
    assert ("TQ901", 1, "1", "target") in found  # 12 000 became 10,000
    assert ("TQ804", 2, "2", "target") in found  # an empty line opposite a source line
    _, out, _ = run_main(
        [
            "lint",
            str(target),
            "--source",
            str(source),
            "--ref",
            str(reference),
            "--select",
            "TQ906",
        ],
        capsys,
    )
    assert [line.split()[1] for line in out.splitlines()] == ["TQ906"]
    assert out.startswith(f"{target}:3:1:")


def test_line_count_mismatch_names_both_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "t.txt"
    source = tmp_path / "s.txt"
    target.write_text("One.\nTwo.\n", encoding="utf-8")
    source.write_text("Один.\n", encoding="utf-8")
    code, _, err = run_main(["lint", str(target), "--source", str(source)], capsys)
    assert code == 2 and "2 lines" in err and "has 1" in err and err.count("\n") == 1


@pytest.mark.parametrize(
    "name", ["broken.po", "broken.csv", "broken.srt", "broken.xlf", "broken.tmx"]
)
def test_malformed_files_exit_2_naming_file_and_line(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = ROOT / "fixtures" / "formats" / "malformed" / name
    code, out, err = run_main(["lint", str(path)], capsys)
    assert code == 2 and out == ""
    assert re.match(rf"tqcheck: error: {re.escape(str(path))}:\d+: ", err)
    assert err.count("\n") == 1 and "Traceback" not in err


def test_a_missing_dependency_is_named(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def missing(*args: object, **kwargs: object) -> None:
        raise ModuleNotFoundError("No module named 'rapidfuzz'", name="rapidfuzz")

    monkeypatch.setattr("tqcheck.cli.load_config", missing)
    monkeypatch.setattr("tqcheck.cli._checkout_python", lambda: None)
    code, out, err = run_main(["lint", str(SEED)], capsys)
    assert code == 2 and out == ""
    assert err == (
        "tqcheck: error: the package 'rapidfuzz' that tqcheck needs is not installed for "
        f"{sys.executable}; install tqcheck with its dependencies (in a checkout, README's "
        "first command: python3 -m venv .venv && . .venv/bin/activate && pip install .)\n"
    )


def test_a_checkout_run_without_dependencies_reruns_in_the_readme_venv(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`python3 -m tqcheck` in a checkout, after the README's first command made .venv in
    another shell: the same command runs again with .venv's Python, which has the packages."""

    def missing(*args: object, **kwargs: object) -> None:
        raise ModuleNotFoundError("No module named 'rapidfuzz'", name="rapidfuzz")

    def execv(path: str, args: list[str]) -> None:
        raise SystemExit(subprocess.run(args, capture_output=True, text=True).stdout)

    monkeypatch.setattr("tqcheck.cli.load_config", missing)
    monkeypatch.setattr("tqcheck.cli._checkout_python", lambda: (sys.executable, str(ROOT)))
    monkeypatch.setattr("tqcheck.cli.os.execv", execv)
    with pytest.raises(SystemExit) as rerun:
        main(["lint", "--statistics", str(SEED)])
    assert "31  total" in str(rerun.value.code)
    # Standard input may already have been read: no rerun then, the message instead.
    code, out, err = run_main(["lint", "-"], capsys)
    assert code == 2 and out == "" and "'rapidfuzz'" in err
