"""Local and Dask execution of `extract_many` over archives: resumable, nothing lost.

`run_batch()` reads the inputs lazily (`briefx.batch.inputs.read_inputs`), cuts them into
partitions of `batch_size` documents and extracts each partition in this process,
in a pool of worker processes, or on a Dask cluster. Each worker process loads the
pipeline once (`worker_extractor`). Records come back to this process and are
written in input order, one complete, flushed line (or Parquet part) at a time.
Documents that cannot be read or extracted go to ``OUT.errors.jsonl`` as
``{"id", "path", "error"}`` lines, and the batch carries on.

Resume: ids already in OUT are skipped; a half-written last line is cut first. The
errors file is rewritten by every run, since every document missing from OUT
(including those that failed before) is tried again.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import IO, Any, Protocol

from briefx.batch.inputs import count_documents, find_inputs, read_inputs
from briefx.batch.outputs import JsonLines, Parquet, check_output, errors_path
from briefx.errors import BatchError, BriefxError, ModelError
from briefx.export import briefing_tables
from briefx.io import Article, dumps, write_jsonl
from briefx.parent_watch import exit_with_parent

log = logging.getLogger("briefx")

DEFAULT_MAX_CHARS = 2_000_000

# (doc_id, path, payload or None, error or None); the payload is a JSON line or table rows
Outcome = tuple[str, str, Any, str | None]


@dataclass
class BatchSummary:
    """What a batch did; `exit_code` is 0 when nothing failed, 3 otherwise."""

    out: Path
    errors: Path
    total: int | None = None
    done: int = 0
    failed: int = 0
    skipped: int = 0
    elapsed: float = 0.0

    @property
    def exit_code(self) -> int:
        return 3 if self.failed else 0


# --- the work of one partition, wherever it runs ------------------------------------

_EXTRACT_LOCK = threading.Lock()


@lru_cache(maxsize=2)
def worker_extractor(model: str | None):  # -> briefx.pipeline.Extractor
    """The pipeline of this process, loaded on first use (once per worker process)."""
    from briefx.pipeline import load

    return load(model)


def warm_worker(model: str | None) -> None:
    """Load the pipeline ahead of the first partition.

    A load error is left for `extract_partition` to raise: lru_cache does not keep
    exceptions, and a failing pool initializer would only say the pool broke.
    """
    try:
        worker_extractor(model)
    except BriefxError:
        pass


def extract_partition(
    items: list[Article], *, model: str | None, fmt: str, batch_size: int
) -> list[Outcome]:
    """Extract a partition of documents; a document that fails fails alone.

    The partition goes through `nlp.pipe` in batches. When a batch raises, the records
    already produced are kept and the rest of the batch is retried one document at a
    time, so only the document at fault gets an error.
    """
    try:
        extractor = worker_extractor(model)
    except BriefxError:
        raise
    except Exception as exc:  # a broken pipeline fails the batch, not each document
        raise ModelError(f"cannot load the briefx pipeline: {one_line(exc)}") from exc
    records: list[Any] = []
    with _EXTRACT_LOCK:  # one Language per process; Dask workers may run threads
        try:
            for record in extractor.extract_many(items, batch_size=batch_size):
                records.append(record)
        except Exception:  # noqa: BLE001 (isolated below, one document at a time)
            for article in items[len(records) :]:
                try:
                    records.extend(extractor.extract_many([article], batch_size=1))
                except Exception as exc:  # noqa: BLE001 (becomes the document's error line)
                    records.append(exc)
    return [_outcome(item, record, fmt) for item, record in zip(items, records, strict=True)]


def _outcome(item: Article, record: Any, fmt: str) -> Outcome:
    doc_id, path, warnings = item.doc_id, item.path, item.warnings
    if isinstance(record, BaseException):
        return doc_id, path, None, one_line(record)
    if warnings:
        record = record.model_copy(update={"warnings": [*warnings, *record.warnings]})
    try:
        return doc_id, path, _payload(record, fmt, path), None
    except Exception as exc:  # noqa: BLE001 (e.g. a record that breaks a GOLD.md invariant)
        return doc_id, path, None, one_line(exc)


def _payload(record: Any, fmt: str, path: str) -> Any:
    if fmt == "parquet":
        return briefing_tables(record, path=path)
    if fmt == "gold":
        from briefx.export import to_gold

        return to_gold(record).model_dump_json()
    return record.model_dump_json()


def one_line(exc: BaseException) -> str:
    """An exception as a one-line reason: its type and the first lines of its message."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    message = " ".join(lines[:3])
    return f"{type(exc).__name__}: {message}"[:500] if message else type(exc).__name__


# --- where partitions run -----------------------------------------------------------


class _Runner(Protocol):
    slots: int  # partitions in flight at once

    def submit(self, items: list[Article]) -> Any: ...

    def result(self, handle: Any) -> list[Outcome]: ...

    def close(self) -> None: ...


class _InProcess:
    """Partitions extracted right here, with the pipeline loaded once."""

    slots = 1

    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options

    def submit(self, items: list[Article]) -> list[Outcome]:
        return extract_partition(items, **self.options)

    def result(self, handle: list[Outcome]) -> list[Outcome]:
        return handle

    def close(self) -> None:
        pass


class _ProcessPool:
    """Partitions spread over N worker processes, each loading the pipeline once.

    Measured on 2 cores against `nlp.pipe(n_process=N)`: see benchmarks/README.md.
    Records are serialised in the workers, so the parent only writes lines. When a
    worker dies (a crash in native code, the OOM killer) the partitions in flight fail
    with "worker failed" and a fresh pool takes the rest.
    """

    def __init__(self, options: dict[str, Any], workers: int) -> None:
        self.options = options
        self.workers = workers
        self.slots = 2 * workers
        self.pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        # fork starts fast and shares the imported modules, but only a process with a
        # single thread forks safely; otherwise start clean interpreters.
        method = "fork" if threading.active_count() == 1 and os.name == "posix" else "spawn"
        # workers exit when this process dies, even by kill -9 (issue 10: no orphaned workers)
        pool = ProcessPoolExecutor(
            self.workers,
            mp_context=multiprocessing.get_context(method),
            initializer=exit_with_parent,
            initargs=(os.getpid(),),
        )
        # With fork, the first submit starts every worker: do it now, before a progress
        # bar thread exists, and let the workers load the model meanwhile.
        for _ in range(self.workers):
            pool.submit(warm_worker, self.options["model"])
        return pool

    def submit(self, items: list[Article]) -> Future:
        try:
            return self.pool.submit(extract_partition, items, **self.options)
        except BrokenProcessPool:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = self._start()
            return self.pool.submit(extract_partition, items, **self.options)

    def result(self, handle: Future) -> list[Outcome]:
        return handle.result()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class _Dask:
    """Partitions sent to a Dask cluster; each worker process loads the pipeline once."""

    def __init__(self, options: dict[str, Any], address: str, workers: int) -> None:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as exc:  # pragma: no cover - dask[distributed] is a dependency
            raise BatchError(f"--dask needs dask[distributed]: {exc}") from None
        self.options = options
        self.cluster = None
        try:
            if address == "local":
                self.cluster = LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=":0",
                    silence_logs=logging.ERROR,
                )
                self.client = Client(self.cluster)
            else:
                self.client = Client(address, timeout="15s")
        except (OSError, TimeoutError, ValueError) as exc:
            if self.cluster is not None:
                self.cluster.close()
            reason = one_line(exc)
            raise BatchError(f"cannot reach the Dask scheduler at {address}: {reason}") from None
        if self.cluster is not None:
            # a local cluster's workers are this process's children: they go when it goes
            self.client.run(exit_with_parent, os.getpid())
        threads = sum(w["nthreads"] for w in self.client.scheduler_info()["workers"].values())
        self.slots = 2 * max(1, threads)
        self.client.run(warm_worker, options["model"])

    def submit(self, items: list[Article]) -> Any:
        return self.client.submit(extract_partition, items, pure=False, **self.options)

    def result(self, handle: Any) -> list[Outcome]:
        return handle.result()

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


# --- the batch ----------------------------------------------------------------------


def run_batch(
    inputs: Iterable[str],
    out: str | Path,
    *,
    fmt: str = "jsonl",
    model: str | None = None,
    workers: int | None = None,
    batch_size: int = 32,
    resume: bool = False,
    force: bool = False,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    dask: str | None = None,
    stdin: IO[bytes] | None = None,
    on_start: Callable[[int | None], None] | None = None,
    on_progress: Callable[[str], None] | None = None,
) -> BatchSummary:
    """Extract every document of `inputs` into `out`; see the module docstring.

    Args:
        inputs: folders, globs, files or ``-`` (JSON Lines on stdin).
        out: the output file (`jsonl`, `gold`) or folder (`parquet`).
        workers: processes (default: the number of cores); with `dask="local"`, the
            number of Dask workers.
        dask: ``"local"`` for a local Dask cluster, or a scheduler address.
        on_start: called once with the number of documents (None when unknown).
        on_progress: called with "done", "failed" or "skipped" for each document.

    Raises:
        InputError: no inputs, or an input that does not exist.
        BatchError: a bad output path, or a Dask scheduler out of reach.
        ModelError: the spaCy pipeline cannot be loaded.
    """
    started = time.perf_counter()
    inputs = list(inputs)
    out = Path(out)
    summary = BatchSummary(out=out, errors=errors_path(out))
    check_output(out, fmt, resume=resume, force=force)
    files = find_inputs(inputs, exclude=[out, summary.errors])
    workers = max(1, workers or os.cpu_count() or 1)
    batch_size = max(1, batch_size)
    options = {"model": model, "fmt": fmt, "batch_size": batch_size}

    sink = Parquet(out, resume=resume) if fmt == "parquet" else JsonLines(out, resume=resume)
    runner: _Runner | None = None
    try:
        with summary.errors.open("w", encoding="utf-8") as errors:
            if dask:
                runner = _Dask(options, dask, workers)
            elif workers > 1:
                runner = _ProcessPool(options, workers)
            else:
                runner = _InProcess(options)
            if on_start is not None:
                summary.total = count_documents(files)
                on_start(summary.total)
            _run(runner, files, sink, errors, summary, batch_size, max_chars, stdin, on_progress)
    finally:
        if runner is not None:
            runner.close()
        sink.close()
    summary.elapsed = time.perf_counter() - started
    return summary


def _run(
    runner: _Runner,
    files: list,
    sink: JsonLines | Parquet,
    errors: IO[str],
    summary: BatchSummary,
    batch_size: int,
    max_chars: int | None,
    stdin: IO[bytes] | None,
    on_progress: Callable[[str], None] | None,
) -> None:
    def tick(status: str) -> None:
        if on_progress is not None:
            on_progress(status)

    def fail(doc_id: str, path: str, reason: str) -> None:
        write_jsonl([dumps({"id": doc_id, "path": path, "error": reason})], errors)
        summary.failed += 1
        tick("failed")

    def collect() -> None:
        handle, items = window.popleft()
        try:
            outcomes = runner.result(handle)
        except BriefxError:
            raise  # the pipeline cannot load: the whole batch is a bad invocation
        except Exception as exc:  # noqa: BLE001 (a worker died: its documents fail, the rest go on)
            reason = f"worker failed: {one_line(exc)}"
            outcomes = [(item.doc_id, item.path, None, reason) for item in items]
        for doc_id, path, payload, error in outcomes:
            if error is not None:
                fail(doc_id, path, error)
            else:
                sink.write(payload)
                summary.done += 1
                tick("done")

    def skip() -> None:
        summary.skipped += 1
        tick("skipped")

    window: deque[tuple[Any, list[Article]]] = deque()
    docs = read_inputs(files, skip=sink.done, max_chars=max_chars, stdin=stdin)
    for partition in _partitions(docs, batch_size, skip=skip, fail=fail):
        window.append((runner.submit(partition), partition))
        while len(window) >= runner.slots:
            collect()
    while window:
        collect()


def _partitions(
    docs: Iterable[Article], batch_size: int, *, skip: Callable[[], None], fail: Callable[[str, str, str], None]
) -> Iterator[list[Article]]:
    """The documents to extract in partitions of `batch_size`; skipped documents, read
    errors and duplicate ids are reported through `skip` and `fail` instead."""
    seen: set[str] = set()
    partition: list[Article] = []
    for doc in docs:
        if doc.skipped:
            skip()
            continue
        if doc.error is None and doc.doc_id in seen:
            doc = replace(doc, error="duplicate id: an earlier document has the same id")
        if doc.error is not None:
            fail(doc.doc_id, doc.path, doc.error)
            continue
        seen.add(doc.doc_id)
        partition.append(doc)
        if len(partition) >= batch_size:
            yield partition
            partition = []
    if partition:
        yield partition
