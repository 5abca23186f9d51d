"""Which files a run lints: the paths given, and the text files below directories."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from tqcheck.errors import InputError

SKIPPED_DIRS = frozenset({"node_modules", "__pycache__", "venv"})


@dataclass(frozen=True)
class Target:
    """A file to lint; ``display`` is the path as issues report it ("-" for stdin)."""

    path: Path | None
    display: str


def _walk(directory: Path, extensions: frozenset[str]) -> Iterator[Path]:
    seen: set[tuple[int, int]] = set()
    for root, dirs, files in os.walk(directory, followlinks=True):
        stat = os.stat(root)
        if (stat.st_dev, stat.st_ino) in seen:  # a symlink loop: each directory once
            dirs[:] = []
            continue
        seen.add((stat.st_dev, stat.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIPPED_DIRS)
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in extensions:
                yield Path(root) / name


def discover(paths: Sequence[str], extensions: frozenset[str]) -> list[Target]:
    """Targets in a stable order: files as given, directories walked and sorted."""
    targets: list[Target] = []
    for raw in paths:
        if raw == "-":
            targets.append(Target(None, "-"))
            continue
        path = Path(raw)
        if path.is_dir():
            found = [Target(p, str(p)) for p in _walk(path, extensions)]
            if not found:
                suffixes = ", ".join(sorted(extensions))
                raise InputError(f"{raw}: no files to check in this directory ({suffixes})")
            targets += found
        else:
            targets.append(Target(path, raw))
    return _unique(targets)


def _unique(targets: list[Target]) -> list[Target]:
    """Each file once, however many given paths or links lead to it."""
    seen: set[Path] = set()
    unique = []
    for target in targets:
        key = target.path.resolve() if target.path is not None else None
        if key is not None and key in seen:
            continue
        if key is not None:
            seen.add(key)
        unique.append(target)
    return unique
