"""Issue 10: after `kill -9` of a running `briefx batch`, no worker process survives it by more than 5 s,
for the process pool and for the local Dask cluster alike."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from briefx.parent_watch import exit_with_parent

pytestmark = pytest.mark.slow

ARTICLE = (
    "Ghana signs power deal\n\nACCRA, March 3 — Ghana signed a $410 million power deal on Tuesday, "
    "the finance minister said. The plant will add 350 MW to the grid by 2027.\n"
)
GRACE_SECONDS = 5.0


def _archive(folder: Path, documents: int = 3000) -> Path:
    folder.mkdir()
    with (folder / "feed.jsonl").open("w", encoding="utf-8") as feed:
        for i in range(documents):
            feed.write(json.dumps({"id": f"d{i}", "text": ARTICLE * 4}) + "\n")
    return folder


def _busy_children(parent: psutil.Process, want: int, timeout: float = 90.0) -> list[psutil.Process]:
    """The batch's worker processes, once `want` of them exist and the first records are written."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        children = parent.children(recursive=True)
        if len(children) >= want:
            return children
        time.sleep(0.2)
    raise AssertionError(f"the batch started {len(parent.children(recursive=True))} workers, not {want}")


def _survivors(children: list[psutil.Process]) -> list[psutil.Process]:
    deadline = time.monotonic() + GRACE_SECONDS
    alive = children
    while time.monotonic() < deadline:
        alive = [c for c in alive if c.is_running() and c.status() != psutil.STATUS_ZOMBIE]
        if not alive:
            return []
        time.sleep(0.1)
    return alive


@pytest.mark.parametrize("mode", [["--workers", "2"], ["--dask", "local", "--workers", "2"]], ids=["pool", "dask"])
def test_no_worker_survives_a_killed_batch(tmp_path, mode):
    archive = _archive(tmp_path / "news")
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "briefx", "batch", str(archive), "--out", str(out), "--batch-size", "4", *mode]
    batch = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    children: list[psutil.Process] = []
    try:
        children = _busy_children(psutil.Process(batch.pid), want=2)
        deadline = time.monotonic() + 90
        while not (out.exists() and out.stat().st_size) and time.monotonic() < deadline:
            time.sleep(0.2)  # the workers are extracting
        children = psutil.Process(batch.pid).children(recursive=True) or children
        os.kill(batch.pid, signal.SIGKILL)
        batch.wait()
        survivors = _survivors(children)
        assert not survivors, [f"{c.pid} {c.name()}" for c in survivors]
    finally:
        if batch.poll() is None:
            batch.kill()
        for child in children:  # a failed run must not leave its orphans behind
            if child.is_running():
                child.kill()


def test_watch_ends_the_process_when_the_parent_goes(tmp_path):
    """The watch alone (no batch): a grandchild started by a short-lived child ends with it."""
    code = (
        "import os, sys, time, subprocess\n"
        "pid = os.getpid()\n"
        "child = subprocess.Popen([sys.executable, '-c', "
        "'import sys, time; from briefx.parent_watch import exit_with_parent; "
        "exit_with_parent(int(sys.argv[1]), 0.1); time.sleep(60)', str(pid)])\n"
        "print(child.pid, flush=True)\n"
        "time.sleep(60)\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    grandchild = psutil.Process(int(parent.stdout.readline()))
    time.sleep(1.0)  # let it import and start watching
    assert grandchild.is_running()
    parent.kill()
    parent.wait()
    assert not _survivors([grandchild])
    assert callable(exit_with_parent)
