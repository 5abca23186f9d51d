"""A run's documents checked in units, in this process or across several (``--jobs``), with
the output of a serial run whatever the number of processes.

A run is cut into units of work: a document read whole, a chunk of the segments of a large
document, or a partition of a file streamed from disk. A file that needs only itself (no
grouping, one unit) is checked in one step. The others take two passes, as document rules
are written for: every unit's summaries are collected (map), merged in this process in a
fixed order — path order with grouping, then unit order — (merge), what the checks need of
them is worked out once (finish), and every unit is checked against that (check). The issues
are put together in file and unit order and sorted by ``Issue.sort_key``, so the output does
not depend on which process finished first.

Chunks keep memory bounded: each is a document of its own, built when it is checked and
dropped after, so the words and sentences cached on its segments go with it. A document of
more than :data:`CHUNK_THRESHOLD` segments is checked in chunks in a serial run too, and
with several processes a document larger than its share of the run is split so that all of
them have work.

Each process is sent one task at a time. A part a process collected is kept there, with
what is cached on it, and its check is sent back to that process, so a document split only
to share it out is analysed once, as in a serial run; chunks cut to bound memory are not
kept, but what the document rules analysed in their first pass (names, sentences, terms)
is left in a file of the run's temporary folder for their second. Processes are forked
where the platform can (the checker and the documents read are then shared, not copied)
and spawned elsewhere (each builds its checker once, from the configuration). An error
raised in a process ends the run as it would a serial one; a process that dies ends it
too (BrokenProcessPool), and Ctrl-C stops them all.
"""

from __future__ import annotations

import bisect
import copy
import dataclasses
import gc
import math
import multiprocessing
import os
import pickle
import re
import shutil
import signal
import sys
import tempfile
import threading
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, Protocol

from tqcheck.config import Config
from tqcheck.document import Document, Segment, without_soft_hyphens
from tqcheck.engine import Checker
from tqcheck.errors import UsageError
from tqcheck.issue import Issue
from tqcheck.languages import _SAMPLE_SEGMENTS
from tqcheck.readers import stream
from tqcheck.readers.stream import Aligned, check_line_counts, iter_aligned_partitions

#: a document with more segments than this is checked in chunks of CHUNK_SEGMENTS, which
#: keeps memory to a chunk's worth of words and sentences instead of the document's (on
#: 100 000 pairs: 345 MB, not 870 MB). Each chunk takes two passes; what its first pass
#: analysed is left in a file for its second, so this costs about 10% more CPU time.
CHUNK_THRESHOLD = 20_000
CHUNK_SEGMENTS = 10_000
#: with several processes, a document larger than its share of the run is split into
#: chunks, none smaller than this.
MIN_CHUNK_SEGMENTS = 1_000
#: summaries merged at a time: few, since each may hold the rows of 10,000 segments or of a
#: streamed partition, and merging into the whole no longer copies it (rows past a size go
#: to disk, and only the new ones are written).
_MERGE_BATCH = 4
#: two-pass groups under way at once (each may hold its merged summaries).
_OPEN_GROUPS = 2
_LINE_BREAK_RE = re.compile(r"\r\n|\r|\n")


def parse_jobs(value: str | int | None) -> int:
    """The number of processes ``--jobs`` asks for: a count, or 0 / "auto" for one per CPU
    this process may run on."""
    if value is None:
        return 1
    text = str(value).strip().lower()
    jobs = 0 if text == "auto" else int(text) if text.isdigit() else -1
    if jobs < 0:
        raise UsageError(f"--jobs: expected a number of processes or 'auto', not {value!r}")
    return jobs or cpus()


def cpus() -> int:
    """The CPUs this process may run on (fewer than the machine's in a container)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


@dataclass(frozen=True)
class Streamed:
    """A file read as partitions of whole lines, never whole: a plain-text target, with its
    line-aligned source and reference where there are some."""

    path: Path
    display: str
    encoding: str
    source: Aligned | None = None
    reference: Aligned | None = None
    #: characters in one partition (None: the reader's default at the time of the run).
    partition_chars: int | None = None

    def partitions(self, count: bool = True) -> Iterator[Document]:
        """The file's partitions; ``count=False`` once the line counts of the files aligned
        with it have been compared (:meth:`check`)."""
        size = self.partition_chars or stream.PARTITION_CHARS
        return iter_aligned_partitions(
            self.path, self.display, self.source, self.reference, size, self.encoding, count
        )

    def check(self) -> None:
        """An InputError naming both counts unless the aligned files have as many lines."""
        check_line_counts(self.path, self.display, self.source, self.reference, self.encoding)


class Progress(Protocol):
    """What a run reports as it goes: segments to check (more may come as streamed files
    are read) and segments checked. A segment checked in two passes counts twice."""

    def grow(self, segments: int) -> None: ...

    def advance(self, segments: int) -> None: ...


# --- Units of work ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Ref:
    """Segments ``start:stop`` of the run's document ``file``, its text cut to the lines
    ``lo:hi`` (characters) that hold them, which start at line ``line_base``."""

    file: int
    start: int
    stop: int
    lo: int
    hi: int
    line_base: int
    whole: bool
    #: whether a process may keep the part it collected for its check (not when the
    #: document is cut into chunks to bound memory)
    keep: bool = False


_FULL, _COLLECT, _CHECK = "full", "collect", "check"
_DONE = object()


@dataclass(frozen=True)
class _Task:
    kind: str
    languages: tuple[str | None, str]
    unit: _Ref | Document
    group: int = -1
    summaries: str | None = None  # the file holding the group's merged summaries
    #: the file where a unit not kept between its passes leaves what the document rules
    #: analysed in its first pass, for its second (two-pass units only).
    analyses: str | None = None


def document_part(document: Document, ref: _Ref) -> Document:
    """A document of its own for some of ``document``'s segments: fresh copies of them (so
    what is cached on them is dropped with it) and only the lines of text they stand on,
    positions kept (offsets move with the text cut, ``line_base`` counts the lines before)."""
    if ref.whole:
        return dataclasses.replace(
            document, segments=[copy.copy(s) for s in document.segments], analyses={}
        )
    segments = []
    for segment in document.segments[ref.start : ref.stop]:
        part = copy.copy(segment)
        part.offset = segment.offset - ref.lo
        if segment.anchors:
            part.anchors = tuple((i, offset - ref.lo) for i, offset in segment.anchors)
        segments.append(part)
    return dataclasses.replace(
        document,
        text=document.text[ref.lo : ref.hi],
        segments=segments,
        line_base=ref.line_base,
        analyses={},
    )


def _extent(segment: Segment) -> tuple[int, int]:
    """The first and last-but-one characters of the file that a segment's text maps to."""
    if not segment.anchors:
        return segment.offset, segment.offset + len(segment.text)
    anchors = segment.anchors
    ends = [index for index, _ in anchors[1:]] + [len(segment.text)]
    low = min(offset for _, offset in anchors)
    high = max(
        offset + max(0, end - index) for (index, offset), end in zip(anchors, ends, strict=True)
    )
    return low, high


def _chunks(document: Document, file: int, size: int) -> list[_Ref]:
    """The document as chunks of ``size`` segments, each with the whole lines it stands on."""
    segments = document.segments
    keep = len(segments) <= CHUNK_THRESHOLD
    if len(segments) <= size:
        text = len(document.text)
        return [_Ref(file, 0, len(segments), 0, text, document.line_base, True, keep)]
    starts = [0] + [m.end() for m in _LINE_BREAK_RE.finditer(document.text)]
    refs = []
    for start in range(0, len(segments), size):
        stop = min(start + size, len(segments))
        extents = [_extent(s) for s in segments[start:stop]]
        low = max(0, min(lo for lo, _ in extents))
        high = min(len(document.text), max(hi for _, hi in extents))
        first = bisect.bisect_right(starts, low) - 1
        last = bisect.bisect_right(starts, high)  # the line after the one holding ``high``
        hi = starts[last] if last < len(starts) else len(document.text)
        line_base = document.line_base + first
        refs.append(_Ref(file, start, stop, starts[first], hi, line_base, False, keep))
    return refs


def _chunk_size(segments: int, total: int, jobs: int) -> int:
    """Segments per chunk of a document: all of them when it is small; CHUNK_SEGMENTS when
    it is large; with several processes, when it is more than its share of the run, a size
    that cuts it into a multiple of the processes' number (at least two chunks each), so
    that they get equal shares."""
    size = CHUNK_SEGMENTS if segments > CHUNK_THRESHOLD else max(segments, 1)
    if jobs > 1 and segments * jobs > total and segments >= 2 * MIN_CHUNK_SEGMENTS:
        rounds = max(2, math.ceil(segments / (jobs * min(size, CHUNK_SEGMENTS))))
        size = max(MIN_CHUNK_SEGMENTS, math.ceil(segments / (jobs * rounds)))
    return size


# --- The work a process does -----------------------------------------------------------------


@dataclass
class _State:
    """What a process checking units holds: the checker, the documents of the run (shared
    when forked), the merged summaries of the group it last checked, and the parts it
    collected and keeps, with what is cached on them, for their check (which is sent back
    to it), within ``keep`` segments."""

    checker: Checker
    documents: Sequence[Document | None] = ()
    merged: dict[int, Any] = field(default_factory=dict)
    keep: int = 0
    kept: dict[tuple[int, int], Document] = field(default_factory=dict)

    def summaries(self, task: _Task) -> Any:
        if task.group not in self.merged:
            assert task.summaries is not None
            with open(task.summaries, "rb") as handle:
                self.merged = {task.group: pickle.load(handle)}  # one group at a time
        return self.merged[task.group]

    def document(self, task: _Task) -> tuple[Document, bool]:
        """The task's document, and whether it is kept for its check."""
        unit = task.unit
        if not isinstance(unit, _Ref):
            return _with_analyses(unit, task), False
        key = (unit.file, unit.start)
        if task.kind == _CHECK and key in self.kept:
            return self.kept.pop(key), False
        source = self.documents[unit.file]
        assert source is not None
        document = _with_analyses(document_part(source, unit), task)
        if task.kind == _COLLECT and unit.keep:
            # Kept, its words, sentences and the document rules' analyses are made once.
            kept = sum(len(d.segments) for d in self.kept.values())
            if kept + len(document.segments) <= self.keep:
                self.kept[key] = document
                return document, True
        return document, False


def _with_analyses(document: Document, task: _Task) -> Document:
    """The document, given for its check what its first pass analysed, where that was left
    in a file: reading it back costs a tenth of analysing again (names, sentences, terms)."""
    if task.kind == _CHECK and task.analyses is not None and os.path.exists(task.analyses):
        with open(task.analyses, "rb") as handle:
            # on the copy the rules read, where the first pass made them
            without_soft_hyphens(document).analyses = pickle.load(handle)
        os.remove(task.analyses)
    return document


def _execute(state: _State, task: _Task) -> tuple[Any, int, bool]:
    """Run one task: its issues or summaries, the number of segments it went through, and
    whether the process keeps the part for its check."""
    checker = state.checker.for_languages(*task.languages)
    document, kept = state.document(task)
    count = len(document.segments)
    if task.kind == _COLLECT:
        summaries = checker.collect(document)
        if not kept and task.analyses is not None:
            with open(task.analyses, "wb") as handle:
                analyses = without_soft_hyphens(document).analyses
                pickle.dump(analyses, handle, protocol=pickle.HIGHEST_PROTOCOL)
        return summaries, count, kept
    if task.kind == _CHECK:
        summaries = state.summaries(task)
    else:
        summaries = checker.finish(checker.collect(document))
    return checker.check(document, summaries), count, False


_STATE: _State | None = None


def _serve(tasks: Connection, results: Connection, config: Config | None, keep: int) -> None:
    """A process of the pool: run the tasks it is sent, one at a time, sending back each
    result (or the exception it raised) until it gets None. Ctrl-C is left to the parent,
    which stops every process."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    global _STATE
    if config is not None:  # spawned: build the checker once (forked: inherited)
        _STATE = _State(Checker(config), keep=keep)
    assert _STATE is not None
    while (task := tasks.recv()) is not None:
        try:
            reply: tuple[str, Any] = ("ok", _execute(_STATE, task))
        except BaseException as exc:
            reply = ("error", exc)
        try:
            results.send(reply)
        except Exception as exc:  # a result or an exception that does not pickle
            error = reply[1] if reply[0] == "error" else exc
            results.send(("error", RuntimeError(f"{type(error).__name__}: {error}")))
    results.close()


@dataclass
class _Job:
    """A task handed out: where its result goes (``key``), its group, and its unit as
    (file, unit number)."""

    task: _Task
    key: tuple[int, int]
    group: _Group
    unit: tuple[int, int]


class _Inline:
    """Runs each task when it is handed out, in this process: a serial run."""

    size = 1

    def __init__(self, state: _State) -> None:
        self.state = state
        self.done: list[tuple[int, _Job, tuple[Any, int, bool]]] = []

    def load(self, worker: int) -> int:
        return len(self.done)

    def send(self, worker: int, job: _Job) -> None:
        self.done.append((0, job, _execute(self.state, job.task)))

    def receive(self) -> list[tuple[int, _Job, tuple[Any, int, bool]]]:
        done, self.done = self.done, []
        return done

    def close(self) -> None:
        pass

    def kill(self) -> None:
        pass


def _broken() -> BrokenProcessPool:
    return BrokenProcessPool("a process of the pool ended abruptly (killed, or out of memory?)")


@dataclass
class _Worker:
    process: Any
    tasks: Connection
    results: Connection
    pending: deque[_Job] = field(default_factory=deque)


class _Pool:
    """Processes, each sent one task at a time on a pipe of its own, so that a unit's check
    goes to the process that collected and kept it. No thread runs in this process: the
    processes are forked from a single thread, and as a process is sent a task only when it
    waits for one, no send waits on a process that waits to send its result. Results come
    back on a pipe per process, waited on with the processes' sentinels, so that one that
    dies ends the run instead of leaving it waiting."""

    def __init__(self, size: int, method: str, config: Config | None, keep: int) -> None:
        context = multiprocessing.get_context(method)
        self.workers: list[_Worker] = []
        try:
            for _ in range(size):
                task_reader, task_writer = context.Pipe(duplex=False)
                result_reader, result_writer = context.Pipe(duplex=False)
                process = context.Process(
                    target=_serve, args=(task_reader, result_writer, config, keep), daemon=True
                )
                process.start()
                task_reader.close()  # the ends the process has: so that its death is seen
                result_writer.close()
                self.workers.append(_Worker(process, task_writer, result_reader))
        except BaseException:
            self.kill()
            raise
        self.size = size

    def load(self, worker: int) -> int:
        return len(self.workers[worker].pending)

    def send(self, worker: int, job: _Job) -> None:
        self.workers[worker].pending.append(job)
        try:
            self.workers[worker].tasks.send(job.task)
        except OSError:  # the process is gone (not a closed stdout: that exits quietly)
            raise _broken() from None

    def receive(self) -> list[tuple[int, _Job, tuple[Any, int, bool]]]:
        busy = [w for w in self.workers if w.pending]
        ready = set(wait([w.results for w in busy] + [w.process.sentinel for w in busy]))
        done = []
        for index, worker in enumerate(self.workers):
            if worker.pending and (worker.results in ready or worker.process.sentinel in ready):
                try:
                    status, value = worker.results.recv()
                except (EOFError, OSError):
                    raise _broken() from None
                job = worker.pending.popleft()
                if status == "error":
                    raise value
                done.append((index, job, value))
        return done

    def close(self) -> None:
        for worker in self.workers:
            worker.tasks.send(None)
        for worker in self.workers:
            worker.process.join()
            worker.tasks.close()
            worker.results.close()

    def kill(self) -> None:
        """Stop every process at once (Ctrl-C, or an error): nothing waits for them."""
        for worker in self.workers:
            if worker.process.is_alive():
                worker.process.terminate()
        for worker in self.workers:
            worker.process.join(5)
            worker.tasks.close()
            worker.results.close()


def start_method() -> str:
    """Fork where the platform has it and it is safe (Linux, and no other thread running
    that a forked process would inherit in the middle of something); spawn elsewhere."""
    methods = multiprocessing.get_all_start_methods()
    linux = sys.platform.startswith("linux") and "fork" in methods
    return "fork" if linux and threading.active_count() == 1 else "spawn"


# --- The plan and its schedule ---------------------------------------------------------------


class _Fold:
    """Merges a group's summaries in unit order, whatever order they arrive in."""

    def __init__(self, checker: Checker) -> None:
        self.checker = checker
        self.waiting: dict[int, Any] = {}
        self.batch: list[Any] = []
        self.merged: Any = None
        self.next = 0
        self.units: int | None = None  # known once every unit has been handed out

    def add(self, index: int, summary: Any) -> None:
        self.waiting[index] = summary
        while self.next in self.waiting:
            self.batch.append(self.waiting.pop(self.next))
            self.next += 1
            if len(self.batch) >= _MERGE_BATCH:
                self._merge()

    def _merge(self) -> None:
        head = [] if self.merged is None else [self.merged]
        self.merged = self.checker.merge(head + self.batch)
        self.batch = []

    @property
    def done(self) -> bool:
        return self.units is not None and self.next == self.units

    def result(self) -> Any:
        if self.batch or self.merged is None:
            self._merge()
        return self.merged


@dataclass
class _Group:
    """Files whose consistency is checked together (every file with grouping, else one),
    in merge order, with the languages they are checked in."""

    index: int
    files: list[int]
    languages: tuple[str | None, str]
    two_pass: bool
    fold: _Fold | None = None
    summaries: str | None = None
    checks: int = 0  # check units handed out and not yet done
    checked: bool = False  # every check unit handed out


class _Run:
    def __init__(
        self,
        checker: Checker,
        inputs: Sequence[Document | Streamed],
        group: bool,
        jobs: int,
        progress: Progress | None,
        method: str,
    ) -> None:
        self.checker = checker
        self.inputs = inputs
        self.jobs = jobs
        self.progress = progress
        self.method = method
        self.documents: list[Document | None] = [
            doc if isinstance(doc, Document) else None for doc in inputs
        ]
        self.results: dict[tuple[int, int], list[Issue]] = {}
        self.groups = self._plan(group)
        self.folder: str | None = None

    # The plan: languages, groups, units.

    def _languages(self, item: Document | Streamed) -> tuple[str | None, str]:
        if isinstance(item, Document):
            return self.checker.languages_of(item)
        if item.source is None or self.checker.config.source_lang:
            return self.checker.config.source_lang, self.checker.config.target_lang
        segments: list[Segment] = []  # the sample a whole read would detect the source from
        for partition in item.partitions(count=False):
            segments += partition.segments[: _SAMPLE_SEGMENTS - len(segments)]
            if len(segments) >= _SAMPLE_SEGMENTS:
                break
        return self.checker.languages_of(Document(item.display, "", segments))

    def _plan(self, group: bool) -> list[_Group]:
        for item in self.inputs:
            if isinstance(item, Streamed):
                item.check()  # files of different lengths: an error before any checking
        run = (self.checker.config.source_lang, self.checker.config.target_lang)
        total = sum(len(doc.segments) for doc in self.documents if doc is not None)
        self.refs: dict[int, list[_Ref]] = {}
        for index, doc in enumerate(self.documents):
            if doc is not None:
                size = _chunk_size(len(doc.segments), total, self.jobs)
                self.refs[index] = _chunks(doc, index, size)
        if group:
            # Merged in path order, as Checker.check_documents merges, so the majority
            # spelling, ties and "first at" do not depend on the order files were given in.
            order = sorted(range(len(self.inputs)), key=lambda i: self._display(i))
            return [_Group(0, order, run, True)] if order else []
        groups = []
        for index, item in enumerate(self.inputs):
            two_pass = isinstance(item, Streamed) or len(self.refs[index]) > 1
            groups.append(_Group(index, [index], self._languages(item), two_pass))
        return groups

    def _display(self, index: int) -> str:
        item = self.inputs[index]
        return item.path if isinstance(item, Document) else item.display

    def _units(self, group: _Group, first_pass: bool) -> Iterator[tuple[int, int, _Ref | Document]]:
        """(file, unit number, unit) of a group, in merge order; streamed files are read
        here, a partition at a time."""
        for file in group.files:
            item = self.inputs[file]
            if isinstance(item, Streamed):
                for number, partition in enumerate(item.partitions(count=False)):
                    if first_pass and self.progress is not None:
                        self.progress.grow(2 * len(partition.segments))
                    yield file, number, partition
            else:
                for number, ref in enumerate(self.refs[file]):
                    yield file, number, ref

    def _unit(self, unit: _Ref | Document) -> _Ref | Document:
        """What a task carries: a reference to a document the processes share (forked or
        in this process), else the document part itself."""
        if isinstance(unit, _Ref) and self.method == "spawn":
            source = self.documents[unit.file]
            assert source is not None
            return document_part(source, unit)
        return unit

    def _tasks(self, group: _Group) -> Iterator[_Job | None]:
        """A group's tasks in order; None while its second pass waits for the first."""
        if not group.two_pass:
            ((file, number, unit),) = self._units(group, True)
            task = _Task(_FULL, group.languages, self._unit(unit))
            yield _Job(task, (file, number), group, (file, number))
            return
        group.fold = _Fold(self.checker.for_languages(*group.languages))
        count = 0
        for position, (file, number, unit) in enumerate(self._units(group, True)):
            analyses = self._analyses(group, file, number)
            task = _Task(_COLLECT, group.languages, self._unit(unit), analyses=analyses)
            yield _Job(task, (-1, position), group, (file, number))
            count += 1
        group.fold.units = count
        while not group.fold.done:
            yield None
        if count == 0:
            return
        merged = group.fold.checker.finish(group.fold.result())
        group.fold = None
        if self.method == "inline":
            summaries = None
            self.state.merged = {group.index: merged}
        else:
            summaries = os.path.join(self._folder(), f"{group.index}.pickle")
            with open(summaries, "wb") as handle:
                pickle.dump(merged, handle, protocol=pickle.HIGHEST_PROTOCOL)
        del merged
        for file, number, unit in self._units(group, False):
            analyses = self._analyses(group, file, number)
            task = _Task(
                _CHECK, group.languages, self._unit(unit), group.index, summaries, analyses
            )
            group.checks += 1
            yield _Job(task, (file, number), group, (file, number))
        group.checked = True
        self._finish(group)

    def _analyses(self, group: _Group, file: int, number: int) -> str:
        return os.path.join(self._folder(), f"{group.index}-{file}-{number}.analyses")

    def _folder(self) -> str:
        if self.folder is None:
            self.folder = tempfile.mkdtemp(prefix="tqcheck-")
        return self.folder

    def _finish(self, group: _Group) -> None:
        if group.checked and group.checks == 0 and self.folder is not None:
            with_file = os.path.join(self.folder, f"{group.index}.pickle")
            if os.path.exists(with_file):
                os.remove(with_file)

    # The schedule.

    def run(self) -> list[Issue]:
        if self.progress is not None:
            for group in self.groups:
                for file in group.files:
                    doc = self.documents[file]
                    if doc is not None:
                        self.progress.grow(len(doc.segments) * (2 if group.two_pass else 1))
        try:
            if self.jobs <= 1 or self._units_at_most(1):
                self.method = "inline"  # nothing to share out: no processes to start
                self.state = _State(self.checker, self.documents, keep=CHUNK_THRESHOLD)
                self._schedule(_Inline(self.state))
            else:
                self._in_processes()
        finally:
            if self.folder is not None:
                shutil.rmtree(self.folder, ignore_errors=True)
        issues: list[Issue] = []
        for key in sorted(self.results):
            issues += self.results[key]
        issues.sort(key=lambda issue: issue.sort_key)
        return issues

    def _units_at_most(self, count: int) -> bool:
        if any(isinstance(item, Streamed) for item in self.inputs):
            return False
        return sum(len(refs) for refs in self.refs.values()) <= count

    def _in_processes(self) -> None:
        # The checkers of the languages the run needs, built before any process starts,
        # so that forked processes share them.
        for group in self.groups:
            self.checker.for_languages(*group.languages)
        keep = CHUNK_THRESHOLD // self.jobs  # what the processes keep: one serial run's
        if self.method == "fork":
            global _STATE
            _STATE = _State(self.checker, self.documents, keep=keep)
            gc.freeze()  # the objects shared with the processes stay shared pages
            try:
                pool = _Pool(self.jobs, "fork", None, keep)
            finally:
                _STATE = None
                gc.unfreeze()
        else:
            pool = _Pool(self.jobs, self.method, self.checker.config, keep)
        try:
            self._schedule(pool)
        except BaseException:
            pool.kill()
            raise
        pool.close()

    def _schedule(self, pool: _Inline | _Pool) -> None:
        """Hand out tasks to the processes as they are free, oldest group first; a group's
        second pass starts once its first pass is merged, and meanwhile the next group may
        start. A unit's check goes to the process that kept it, the others to any."""
        pending = iter(self.groups)
        active: list[Iterator[_Job | None]] = []
        keepers: dict[tuple[int, int], int] = {}
        held: list[tuple[int, _Job]] = []  # checks waiting for the process that kept them
        running = 0

        def free() -> list[int]:
            return [w for w in range(pool.size) if pool.load(w) == 0]

        while True:
            for worker, job in list(held):
                if pool.load(worker) == 0:
                    held.remove((worker, job))
                    pool.send(worker, job)
                    running += 1
            while free():
                job = self._next(active)
                if job is None:
                    if len(active) >= _OPEN_GROUPS:
                        break
                    group = next(pending, None)
                    if group is None:
                        break
                    active.append(self._tasks(group))
                    continue
                worker = keepers.pop(job.unit, None) if job.task.kind == _CHECK else None
                if worker is not None and pool.load(worker):
                    held.append((worker, job))
                    continue
                pool.send(free()[0] if worker is None else worker, job)
                running += 1
            if not running:
                if active or held:  # pragma: no cover - a group waits only for units running
                    raise RuntimeError("tqcheck: the schedule stalled")
                return
            for worker, job, (result, segments, kept) in pool.receive():
                running -= 1
                if self.progress is not None:
                    self.progress.advance(segments)
                if job.task.kind == _COLLECT:
                    assert job.group.fold is not None
                    job.group.fold.add(job.key[1], result)
                    if kept:
                        keepers[job.unit] = worker
                    continue
                self.results[job.key] = result
                if job.task.kind == _CHECK:
                    job.group.checks -= 1
                    self._finish(job.group)

    @staticmethod
    def _next(active: list[Iterator[_Job | None]]) -> _Job | None:
        """The first task ready in the groups under way, oldest group first."""
        for generator in list(active):
            item = next(generator, _DONE)
            if item is _DONE:
                active.remove(generator)
            elif item is not None:
                return item  # type: ignore[return-value]
        return None


def check_run(
    checker: Checker,
    inputs: Sequence[Document | Streamed],
    *,
    group: bool | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
    method: str | None = None,
) -> list[Issue]:
    """Issues of a run's documents and streamed files, sorted: the same whatever ``jobs``.

    With ``group`` (default: the configuration's) consistency spans every input; else each
    file is checked on its own, in the languages it states or that are detected from its
    source side. ``method`` forces how processes start ("fork" or "spawn")."""
    group = checker.config.group if group is None else group
    run = _Run(checker, inputs, group, jobs, progress, method or start_method())
    return run.run()
