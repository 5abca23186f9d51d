"""The pre-commit hook, installed with `pre-commit try-repo` as a user would."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
SEED = ROOT / "fixtures" / "seed_ru_en_belarus_security.txt"

pytestmark = pytest.mark.skipif(
    shutil.which("pre-commit") is None or not (ROOT / ".git").exists(),
    reason="needs pre-commit and a git checkout of tqcheck",
)


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def test_hook_fails_on_the_seed_and_passes_on_clean_text(tmp_path: Path) -> None:
    repo = tmp_path / "translations"
    repo.mkdir()
    _git(repo, "init", "-q")
    shutil.copy(SEED, repo / "seed.txt")
    (repo / "clean.txt").write_text("The talks in Minsk ended on Monday.\n", encoding="utf-8")
    _git(repo, "add", ".")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NO_COLOR": "1"}

    def try_repo(name: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["pre-commit", "try-repo", str(ROOT), "tqcheck", "--files", name],
            cwd=repo,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )

    failed = try_repo("seed.txt")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "TQ201" in failed.stdout and "seed.txt:16:181" in failed.stdout
    passed = try_repo("clean.txt")
    assert passed.returncode == 0, passed.stdout + passed.stderr
