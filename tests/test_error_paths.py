"""Every way a run can fail, through ``tqcheck.cli.main`` as a user meets it: exit status 2,
one line on stderr naming the file (or key), never a traceback or an "internal error".
When several files are linted, an unreadable one is a warning and the rest are checked.
No run ever changes an input file (bytes and modification time)."""

from __future__ import annotations

import ctypes
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tqcheck.cli import main

ROOT = Path(__file__).parent.parent
GLOSSARIES = ROOT / "tests" / "data" / "glossaries"
REPEATED = "We signed the the deal.\n"
CLEAN = "The talks in Minsk ended on Monday.\n"
BINARY = b"\x00\x01\x02binary\x00"

Result = tuple[int, str, str]

# Linux capabilities that let root read a file whatever its mode.
_CAP_DAC_OVERRIDE = 1
_CAP_DAC_READ_SEARCH = 2
_CAPABILITY_VERSION_3 = 0x20080522


@contextmanager
def _unprivileged() -> Iterator[None]:
    """While inside, this process honours file modes even when it runs as root: root's
    capabilities to override them are lowered from its effective set (not from the
    permitted one, so they come back on exit). Elsewhere, nothing changes."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        yield
        return
    libc = ctypes.CDLL(None, use_errno=True)
    header = (ctypes.c_uint32 * 2)(_CAPABILITY_VERSION_3, 0)
    saved = (ctypes.c_uint32 * 6)()
    if libc.capget(header, saved) != 0:
        yield
        return
    lowered = (ctypes.c_uint32 * 6)(*saved)
    lowered[0] &= ~((1 << _CAP_DAC_OVERRIDE) | (1 << _CAP_DAC_READ_SEARCH))
    libc.capset(header, lowered)
    try:
        yield
    finally:
        libc.capset(header, saved)


def _readable(path: Path) -> bool:
    """Whether this process can open the file, trying for real: os.access answers for the
    real user id, with root's override capabilities whatever the effective set holds."""
    try:
        with path.open("rb"):
            return True
    except PermissionError:
        return False


def _snapshot(root: Path) -> dict[Path, tuple[bytes, int]]:
    """Bytes and modification time of every regular file below ``root`` (links not
    followed; read with root's override, so that mode-000 files are included)."""
    files = {}
    for directory, _dirs, names in os.walk(root):
        for name in names:
            path = Path(directory) / name
            if path.is_file() and not path.is_symlink():
                files[path] = (path.read_bytes(), path.stat().st_mtime_ns)
    return files


class Cli:
    """Runs ``tqcheck`` in-process, as tests/test_cli.py does, in its own work directory.
    Each run asserts that no file of the directory changed."""

    def __init__(self, work: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.work = work
        self.capsys = capsys

    def __call__(self, *args: str, unprivileged: bool = False) -> Result:
        before = _snapshot(self.work)
        with pytest.raises(SystemExit) as exit_info:
            if unprivileged:
                with _unprivileged():
                    main(list(args))
            else:
                main(list(args))
            sys.exit(0)
        out, err = self.capsys.readouterr()
        assert _snapshot(self.work) == before, "an input file was modified"
        code = exit_info.value.code
        return (code if isinstance(code, int) else 0), out, err

    def write(self, name: str, content: str | bytes) -> Path:
        path = self.work / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    def locked(self, name: str, content: str = REPEATED) -> Path:
        """A file nobody may read (mode 000); skips the test where that cannot be had."""
        path = self.write(name, content)
        path.chmod(0)
        if os.access(path, os.R_OK):
            with _unprivileged():
                readable = _readable(path)
            if readable:
                pytest.skip("root can read a mode-000 file and cannot lower that capability")
        return path


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)  # relative paths, and no configuration file above
    return Cli(work, capsys)


def assert_error(result: Result, *names: str) -> None:
    """Exit 2, nothing on stdout, one line on stderr holding each of ``names``."""
    code, out, err = result
    assert code == 2, result
    assert out == ""
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert "Traceback" not in err and "internal error" not in err, err
    for name in names:
        assert name in err, (name, err)


# --- files and directories ----------------------------------------------------------------


def test_missing_file(cli: Cli) -> None:
    assert_error(cli("lint", "missing.txt"), "missing.txt", "no such file")


def test_missing_file_in_a_missing_directory(cli: Cli) -> None:
    assert_error(cli("lint", "nowhere/missing.po"), "nowhere/missing.po", "no such file")


@pytest.mark.parametrize(
    "files",
    [
        [],
        ["image.png", "notes.docx"],
        [".hidden.txt", ".git/a.txt", "node_modules/b.txt", "__pycache__/c.txt"],
    ],
    ids=["empty", "other-extensions", "only-skipped"],
)
def test_directory_without_checkable_files(cli: Cli, files: list[str]) -> None:
    (cli.work / "docs").mkdir()
    for name in files:
        cli.write(f"docs/{name}", REPEATED)
    assert_error(cli("lint", "docs"), "docs", "no files to check")


def test_permission_denied(cli: Cli) -> None:
    cli.locked("locked.txt")
    assert_error(cli("lint", "locked.txt", unprivileged=True), "locked.txt", "permission denied")


def test_symlink_loops_terminate_and_each_file_is_checked_once(cli: Cli) -> None:
    cli.write("tree/a.txt", REPEATED)
    cli.write("tree/one/b.txt", REPEATED)
    cli.write("tree/one/two/c.txt", REPEATED)
    (cli.work / "tree" / "one" / "two" / "up").symlink_to("../..")  # back to tree
    (cli.work / "tree" / "one" / "self").symlink_to(".")
    (cli.work / "tree" / "one" / "two" / "sideways").symlink_to("../../one")
    code, out, err = cli("lint", "tree", "--format", "concise")
    assert (code, err) == (1, "")
    assert out.splitlines() == [
        f'{path}:1:11: TQ101 [error] "the" is repeated: "the the"'
        for path in ("tree/a.txt", "tree/one/b.txt", "tree/one/two/c.txt")
    ]


def test_a_loop_given_as_two_directories_checks_each_file_once(cli: Cli) -> None:
    cli.write("d1/f1.txt", REPEATED)
    cli.write("d2/f2.txt", REPEATED)
    (cli.work / "d1" / "to_d2").symlink_to("../d2")
    (cli.work / "d2" / "to_d1").symlink_to("../d1")
    code, out, err = cli("lint", "d1", "d2")
    assert (code, err) == (1, "")
    assert len(out.splitlines()) == 2


# --- configuration ------------------------------------------------------------------------

CONFIG_ERRORS = [
    ("select = [\n", "invalid TOML"),
    ('colour = "red"\n', "'colour'"),
    ("[rules.TQ101]\ncolour = 1\n", "'rules.TQ101.colour'"),
    ("[calques]\nphrase = 1\n", "'calques'"),
    ('group = "yes"\n', "'group'"),
    ('select = "TQ1"\n', "'select'"),
    ("ignore = [101]\n", "'ignore'"),
    ("fail-level = 3\n", "'fail-level'"),
    ('fail-level = "fatal"\n', "'fail-level'"),
    ("target-lang = 5\n", "'target-lang'"),
    ('source-lang = ""\n', "'source-lang'"),
    ('glossaries = "terms.csv"\n', "'glossaries'"),
    ("allowed = [1]\n", "'allowed'"),
    ('per-file-ignores = ["*.txt"]\n', "'per-file-ignores'"),
    ('[per-file-ignores]\n"*.txt" = "TQ101"\n', "'per-file-ignores.*.txt'"),
    ("rules = 1\n", "'rules'"),
    ("[rules]\nTQ101 = 1\n", "'rules.TQ101'"),
    ("[rules.TQ101]\nseverity = 1\n", "'rules.TQ101.severity'"),
    ('[rules.TQ102]\nmax_words = "four"\n', "'rules.TQ102.max_words'"),
    ('select = ["TQ999"]\n', "'select'"),
    ('ignore = ["TQ999"]\n', "'ignore'"),
    ('extend-select = ["no-such-rule"]\n', "'extend-select'"),
    ('[per-file-ignores]\n"*.txt" = ["TQ999"]\n', "'per-file-ignores.*.txt'"),
    ("[rules.TQ999]\n", "'rules.TQ999'"),
    ('[rules.no-such-rule]\nseverity = "info"\n', "'rules.no-such-rule'"),
]


@pytest.mark.parametrize(("toml", "key"), CONFIG_ERRORS)
def test_broken_config_file(cli: Cli, toml: str, key: str) -> None:
    cli.write("text.txt", CLEAN)
    cli.write("broken.toml", toml)
    assert_error(cli("lint", "text.txt", "--config", "broken.toml"), "broken.toml", key)


@pytest.mark.parametrize(("toml", "key"), CONFIG_ERRORS[:3] + CONFIG_ERRORS[-3:])
def test_broken_config_found_in_pyproject(cli: Cli, toml: str, key: str) -> None:
    cli.write("text.txt", CLEAN)
    cli.write(
        "pyproject.toml", "[tool.tqcheck]\n" + re.sub(r"^\[", "[tool.tqcheck.", toml, flags=re.M)
    )
    assert_error(cli("lint", "text.txt"), "pyproject.toml", key)


def test_missing_config_file(cli: Cli) -> None:
    cli.write("text.txt", CLEAN)
    assert_error(cli("lint", "text.txt", "--config", "nope.toml"), "nope.toml", "not found")


def test_unreadable_config_file(cli: Cli) -> None:
    cli.write("text.txt", CLEAN)
    cli.locked("locked.toml", 'select = ["ALL"]\n')
    result = cli("lint", "text.txt", "--config", "locked.toml", unprivileged=True)
    assert_error(result, "locked.toml", "cannot read")


def test_config_file_not_in_utf8(cli: Cli) -> None:
    cli.write("text.txt", CLEAN)
    cli.write("latin1.toml", b'select = ["TQ1"]\n# caf\xe9\n')
    assert_error(cli("lint", "text.txt", "--config", "latin1.toml"), "latin1.toml")


def test_unknown_selector_on_the_command_line(cli: Cli) -> None:
    cli.write("text.txt", CLEAN)
    assert_error(cli("lint", "text.txt", "--ignore", "TQ999"), "ignore", "TQ999")


@pytest.mark.parametrize("rule", ["TQ999", "no-such-rule"])
def test_unknown_rule_in_the_rules_command(cli: Cli, rule: str) -> None:
    assert_error(cli("rules", rule), rule)


# --- glossaries ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("terms.csv", "source,target\nвойти,sign in\n", "first row must be a header"),
        ("terms.tsv", "войти\tsign in\tlog in\n", "first row must be a header"),
        ("terms.csv", "source,target,forbidden,severity\nа,b,c,fatal\n", "terms.csv:2"),
        # Not text in any encoding: whatever the message, it names the file.
        ("terms.csv", b"source,target,forbidden\n\x00\x00\x00\xff\n", ""),
        ("terms.txt", "войти,sign in,log in\n", "unknown glossary format"),
        ("malformed.tbx", (GLOSSARIES / "malformed.tbx").read_bytes(), "malformed TBX"),
        ("entity.tbx", (GLOSSARIES / "external_entity.tbx").read_bytes(), "entity.tbx:2"),
        ("bomb.tbx", (GLOSSARIES / "entity_bomb.tbx").read_bytes(), "not accepted"),
        ("html.tbx", "<html><body>terms</body></html>\n", "not a TBX file"),
    ],
)
def test_bad_glossary(cli: Cli, name: str, content: str | bytes, message: str) -> None:
    cli.write("text.txt", REPEATED)
    cli.write(name, content)
    assert_error(cli("lint", "text.txt", "--glossary", name), name, message)


def test_missing_glossary(cli: Cli) -> None:
    cli.write("text.txt", CLEAN)
    assert_error(cli("lint", "text.txt", "--glossary", "nope.csv"), "nope.csv", "not found")


def test_missing_glossary_named_in_the_config(cli: Cli) -> None:
    cli.write("text.txt", CLEAN)
    cli.write("tqcheck.toml", 'glossaries = ["terms/nope.tbx"]\n')
    assert_error(cli("lint", "text.txt"), "terms/nope.tbx", "not found")


def test_unreadable_glossary(cli: Cli) -> None:
    cli.write("text.txt", CLEAN)
    cli.locked("terms.csv", "source,target,forbidden\nвойти,sign in,log in\n")
    result = cli("lint", "text.txt", "--glossary", "terms.csv", unprivileged=True)
    assert_error(result, "terms.csv", "cannot read")


# --- baselines ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "invalid baseline JSON"),
        ('{"version": 99, "issues": []}', "not a tqcheck baseline"),
        ("[1, 2]", "not a tqcheck baseline"),
        ('{"version": 1, "issues": [{"path": "x"}]}', "malformed baseline entry"),
        ('{"version": 1, "issues": 5}', "malformed baseline entry"),
        (b'{"version": 1, "issues": [], "x": "\xff"}', "cannot read baseline"),
    ],
)
def test_unreadable_baseline(cli: Cli, content: str | bytes, message: str) -> None:
    cli.write("text.txt", REPEATED)
    cli.write("baseline.json", content)
    assert_error(cli("lint", "text.txt", "--baseline", "baseline.json"), "baseline.json", message)


def test_missing_baseline(cli: Cli) -> None:
    cli.write("text.txt", REPEATED)
    assert_error(cli("lint", "text.txt", "--baseline", "nope.json"), "nope.json", "not found")


def test_baseline_without_permission(cli: Cli) -> None:
    cli.write("text.txt", REPEATED)
    cli.locked("baseline.json", '{"version": 1, "issues": []}')
    result = cli("lint", "text.txt", "--baseline", "baseline.json", unprivileged=True)
    assert_error(result, "baseline.json", "cannot read baseline")


def test_baseline_written_into_a_missing_folder(cli: Cli) -> None:
    cli.write("text.txt", REPEATED)
    result = cli("lint", "text.txt", "--write-baseline", "nowhere/baseline.json")
    assert_error(result, "nowhere/baseline.json")


# --- line-aligned sources and references --------------------------------------------------


def test_source_with_a_different_line_count(cli: Cli) -> None:
    cli.write("target.txt", "One.\nTwo.\nThree.\n")
    cli.write("source.txt", "Один.\nДва.\n")
    result = cli("lint", "target.txt", "--source", "source.txt")
    assert_error(result, "target.txt", "source.txt", "3 lines", "has 2")


def test_missing_source(cli: Cli) -> None:
    cli.write("target.txt", "One.\n")
    result = cli("lint", "target.txt", "--source", "nope.txt")
    assert_error(result, "nope.txt", "no such file")


def test_source_with_several_targets(cli: Cli) -> None:
    cli.write("a.txt", "One.\n")
    cli.write("b.txt", "Two.\n")
    cli.write("source.txt", "Один.\n")
    result = cli("lint", "a.txt", "b.txt", "--source", "source.txt")
    assert_error(result, "--source source.txt", "exactly one target")


def test_reference_with_several_targets(cli: Cli) -> None:
    cli.write("a.txt", "One.\n")
    cli.write("b.txt", "Two.\n")
    cli.write("ref.txt", "One.\n")
    assert_error(cli("lint", "a.txt", "b.txt", "--ref", "ref.txt"), "--ref ref.txt", "one target")


def test_reference_with_a_different_line_count(cli: Cli) -> None:
    cli.write("target.txt", "One.\nTwo.\n")
    cli.write("ref.txt", "One.\n")
    result = cli("lint", "target.txt", "--ref", "ref.txt")
    assert_error(result, "target.txt", "ref.txt", "2 lines", "has 1")


def test_missing_reference(cli: Cli) -> None:
    cli.write("target.txt", "One.\n")
    assert_error(cli("lint", "target.txt", "--ref", "nope.txt"), "nope.txt", "no such file")


# --- one unreadable file among several ----------------------------------------------------

MALFORMED_PO = 'msgid "a"\nmsgstr "b"\nmsgid\n'


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.txt", BINARY, "binary file"),
        ("bad.po", MALFORMED_PO, "not a valid PO file"),
        ("bad.srt", "1\nnot a timing line\nText.\n", "no timestamp line"),
        ("bad.xlf", "<xliff><file>\n", "malformed XML"),
        ("locked.txt", None, "permission denied"),
        ("dangling.txt", None, "no such file"),
    ],
)
@pytest.mark.parametrize("others", ["issues", "clean"])
def test_an_unreadable_file_among_several_is_a_warning(
    cli: Cli, name: str, content: str | bytes | None, message: str, others: str
) -> None:
    good = REPEATED if others == "issues" else CLEAN
    cli.write("files/a.txt", good)
    cli.write("files/z.po", f'msgid "x"\nmsgstr "{good.strip()}"\n')
    if name == "locked.txt":
        cli.locked(f"files/{name}")
    elif name == "dangling.txt":
        (cli.work / "files" / name).symlink_to("missing.txt")
    else:
        assert content is not None
        cli.write(f"files/{name}", content)
    for args in (["files"], ["files/a.txt", f"files/{name}", "files/z.po"]):
        code, out, err = cli("lint", *args, "--select", "TQ101", unprivileged=True)
        assert err.count("\n") == 1 and "Traceback" not in err, err
        assert err.startswith("tqcheck: warning: ") and f"files/{name}" in err and message in err
        if others == "issues":
            assert code == 1
            assert [line.split(":")[0] for line in out.splitlines()] == [
                "files/a.txt",
                "files/z.po",
            ]
        else:
            assert (code, out) == (0, "")


def test_a_missing_file_among_several_is_a_warning(cli: Cli) -> None:
    cli.write("a.txt", REPEATED)
    code, out, err = cli("lint", "a.txt", "missing.txt")
    assert code == 1 and out.startswith("a.txt:1:11: TQ101")
    assert err == "tqcheck: warning: missing.txt: no such file (skipped)\n"
