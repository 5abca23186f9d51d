"""Corpus-scale checking on Dask: the engine's map → merge → check over a bag's partitions.

A Dask bag of lines (``dask.bag.read_text``), of ``(source, target)`` pairs or of dicts is
checked as one document, as ``tqcheck lint`` checks one file: each partition becomes a
:class:`~tqcheck.document.Document` whose ``line_base`` is the number of lines of the
partitions before it, so lines and columns are those of the whole corpus. Three passes run
on the cluster, each reading the bag again:

1. scan: the lines of each partition (and the first sources, to detect the source language
   when the configuration does not give it);
2. map and merge: each partition's consistency summaries (name spellings, term renderings,
   sentence hashes …), merged in a tree of ``merge`` tasks, in partition order, into one
   summary, of which a ``finish`` task keeps what the checks need (the inconsistent
   spellings, the repeated sentences …), which stays on the cluster;
3. check: each partition against that.

The result is the single-process run's: the same issues at the same lines and columns, in
the same order. See docs/dask.md.
"""

from __future__ import annotations

import pickle
import threading
import uuid
from collections.abc import Iterable, Mapping
from itertools import accumulate
from typing import TYPE_CHECKING, Any

try:
    import dask
    import dask.bag
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError(
        "tqcheck.dask needs Dask and distributed: pip install 'tqcheck[dask]'"
    ) from exc

from tqcheck.config import Config
from tqcheck.document import Document, Segment, split_lines
from tqcheck.engine import Checker
from tqcheck.issue import Issue
from tqcheck.languages import _SAMPLE_SEGMENTS, detect_source_language

if TYPE_CHECKING:
    from dask.bag import Bag
    from dask.delayed import Delayed

__all__ = ["check_bag", "partition_document"]

#: summaries merged by one task of the merge tree.
SPLIT_EVERY = 8

_local = threading.local()


def check_bag(
    bag: Bag,
    config: Config | None = None,
    *,
    path: str = "corpus",
    source_lang: str | None = None,
    target_lang: str | None = None,
    compute: bool = True,
    split_every: int = SPLIT_EVERY,
) -> list[Issue] | Bag:
    """Check a bag as one document, on the active Dask scheduler (a ``distributed.Client``
    if one is running, else Dask's default local scheduler).

    Each record is one line of the document, in bag order:

    - a string: a line of translated text (a trailing line break is dropped, so the lines
      of ``dask.bag.read_text`` fit as they are);
    - a ``(source, target)`` pair, or a mapping with ``"target"`` and optionally
      ``"source"`` and ``"unit"``: a translation beside its source, as ``tqcheck lint
      --source`` reads two line-aligned files (the unit id defaults to the line number).

    Languages come from ``source_lang`` / ``target_lang``, else from the configuration,
    else the source language is detected from the first sources, as for one file.
    Issues carry ``path``.

    Returns the issues, sorted like the engine's; with ``compute=False``, a bag of them
    (one partition per input partition, in order) to filter, map or write on the cluster.
    The scan and merge passes run in either case.
    """
    if split_every < 2:
        raise ValueError("split_every must be at least 2")
    config = (config or Config()).with_overrides(source_lang=source_lang, target_lang=target_lang)
    token = uuid.uuid4().hex
    # Each pass is a compute of its own: the cluster reads the partitions again rather than
    # holding the whole corpus in memory between passes.
    parts = bag.to_delayed()
    scans = dask.compute(
        *[
            dask.delayed(_scan)(part, path, dask_key_name=(f"tqcheck-scan-{token}", k))
            for k, part in enumerate(parts)
        ]
    )
    if config.source_lang is None:
        config = config.with_overrides(source_lang=_detect(parts, scans, path, token))
    Checker(config)  # an unknown rule or a missing glossary fails here, not on the cluster
    bases = [0, *accumulate(lines for lines, _ in scans)]

    summaries = [
        dask.delayed(_collect)(
            part, config, path, bases[k], dask_key_name=(f"tqcheck-collect-{token}", k)
        )
        for k, part in enumerate(parts)
    ]
    merged = _merge_tree(summaries, config, token, split_every)
    (merged,) = dask.persist(
        dask.delayed(_finish)(config, merged, dask_key_name=f"tqcheck-finish-{token}")
    )

    checks = [
        dask.delayed(_check)(
            part, config, path, bases[k], merged, dask_key_name=(f"tqcheck-check-{token}", k)
        )
        for k, part in enumerate(parts)
    ]
    if not compute:
        return dask.bag.from_delayed(checks)
    issues = [issue for batch in dask.compute(*checks) for issue in batch]
    issues.sort(key=lambda issue: issue.sort_key)
    return issues


def partition_document(records: Iterable[Any], path: str, line_base: int = 0) -> Document:
    """The document of one partition: its records' lines, joined by line breaks, with the
    segments a file of those lines would give (``tqcheck lint``, or with ``--source`` for
    records that carry a source)."""
    pieces: list[str] = []
    segments: list[Segment] = []
    offset = 0
    line = line_base
    for record in records:
        source, target, unit = _fields(record)
        text = _strip_line_break(target)
        if source is None:
            segments += [Segment(s.text, s.offset + offset) for s in split_lines(text)]
        else:
            source = _strip_line_break(source)
            # As tqcheck.readers.text.align_source: a blank target opposite a non-blank
            # source is an empty translation; a line blank on both sides is no segment.
            if text.strip() or source.strip():
                segments.append(
                    Segment(
                        text,
                        offset,
                        unit=str(line + 1) if unit is None else str(unit),
                        source=source,
                        side="target",
                    )
                )
        pieces += (text, "\n")
        offset += len(text) + 1
        line += _count_lines(text) + 1
    return Document(path=path, text="".join(pieces), segments=segments, line_base=line_base)


def _fields(record: Any) -> tuple[str | None, str, Any]:
    """(source, target, unit) of a record."""
    if isinstance(record, str):
        return None, record, None
    if isinstance(record, Mapping):
        if "target" not in record:
            raise ValueError(f"a mapping record needs a 'target' key: {sorted(record)!r}")
        return record.get("source"), record["target"] or "", record.get("unit")
    if isinstance(record, (tuple, list)) and len(record) == 2:
        source, target = record
        return source, target or "", None
    raise TypeError(
        "a record is a line of text, a (source, target) pair or a mapping with 'target', "
        f"not {type(record).__name__}"
    )


def _strip_line_break(text: str) -> str:
    if text.endswith("\r\n"):
        return text[:-2]
    if text.endswith(("\n", "\r")):
        return text[:-1]
    return text


def _count_lines(text: str) -> int:
    """Line breaks as positions count them (CRLF, CR, LF)."""
    return text.count("\n") + text.count("\r") - text.count("\r\n")


def _checker(config: Config) -> Checker:
    """The checker of a configuration, built once per worker thread: rules and their data
    are loaded once, and no rule's cache is shared between threads."""
    key = pickle.dumps(config)
    checkers: dict[bytes, Checker] = getattr(_local, "checkers", None) or {}
    _local.checkers = checkers
    checker = checkers.get(key)
    if checker is None:
        if len(checkers) >= 8:
            checkers.clear()
        checker = checkers[key] = Checker(config)
    return checker


def _scan(records: Iterable[Any], path: str) -> tuple[int, int]:
    """A partition's number of lines and of segments."""
    document = partition_document(records, path)
    return _count_lines(document.text), len(document.segments)


def _sources(records: Iterable[Any], path: str, limit: int) -> list[str | None]:
    """The sources of a partition's first segments (None for a segment without one)."""
    return [s.source for s in partition_document(records, path).segments[:limit]]


def _detect(
    parts: list[Delayed], scans: tuple[tuple[int, int], ...], path: str, token: str
) -> str | None:
    """The source language detected as for one file: from the sources of the document's
    first segments, read from the partitions that hold them (usually the first alone)."""
    wanted = []
    remaining = _SAMPLE_SEGMENTS
    for k, (_, segments) in enumerate(scans):
        if remaining <= 0:
            break
        if segments:
            wanted.append(
                dask.delayed(_sources)(
                    parts[k], path, remaining, dask_key_name=(f"tqcheck-sample-{token}", k)
                )
            )
            remaining -= segments
    sample = [source for sources in dask.compute(*wanted) for source in sources]
    probe = Document(path, "", [Segment("", source=source) for source in sample])
    return detect_source_language(probe)


def _collect(records: Iterable[Any], config: Config, path: str, line_base: int) -> Any:
    return _checker(config).collect(partition_document(records, path, line_base))


def _merge(config: Config, *summaries: Any) -> Any:
    return _checker(config).merge(list(summaries))


def _finish(config: Config, merged: Any) -> Any:
    return _checker(config).finish(merged)


def _check(
    records: Iterable[Any], config: Config, path: str, line_base: int, merged: Any
) -> list[Issue]:
    return _checker(config).check(partition_document(records, path, line_base), merged)


def _merge_tree(summaries: list[Delayed], config: Config, token: str, split_every: int) -> Delayed:
    """One summary from many, merged ``split_every`` at a time, neighbours with neighbours,
    so the order of the partitions is kept (the first spelling of a name, the first use of
    a term are the corpus's first)."""
    level = summaries
    depth = 0
    while len(level) > 1:
        level = [
            dask.delayed(_merge)(
                config,
                *level[i : i + split_every],
                dask_key_name=(f"tqcheck-merge-{token}", depth, i // split_every),
            )
            for i in range(0, len(level), split_every)
        ]
        depth += 1
    if not level:
        return dask.delayed(_merge)(config, dask_key_name=(f"tqcheck-merge-{token}", 0, 0))
    return level[0]
