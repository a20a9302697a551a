"""`briefx batch --dask`: the same records, errors and resume on a real 2-worker LocalCluster."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefx.batch import errors_path, run_batch

ARTICLE = (
    "Ghana signs power deal\n\nACCRA, March 3 — Ghana signed a $410 million power deal on "
    "Tuesday, the finance minister said. The plant will add 350 MW to the grid by 2027.\n"
)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def cluster():
    from dask.distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as local:
        yield local


@pytest.fixture
def archive(tmp_path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    for i in range(24):
        (folder / f"doc{i:02d}.txt").write_text(f"{ARTICLE}\nStory {i} from Lomé.\n", "utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "feed.jsonl").write_text(
        '{"id": "j1", "text": "Togo said on Friday it would join."}\n{"id": \n', "utf-8"
    )
    return folder


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_dask_writes_what_local_mode_writes(tmp_path, archive, cluster):
    local, remote = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    expected = run_batch([str(archive)], local, workers=1, batch_size=4)
    summary = run_batch([str(archive)], remote, dask=cluster.scheduler_address, batch_size=4)
    assert (summary.done, summary.failed, summary.exit_code) == (25, 2, 3)
    assert (expected.done, expected.failed) == (25, 2)
    assert remote.read_bytes() == local.read_bytes()
    assert lines(errors_path(remote)) == lines(errors_path(local))


def test_each_dask_worker_loads_the_pipeline_once(tmp_path, archive, cluster):
    from dask.distributed import Client

    run_batch([str(archive)], tmp_path / "a.jsonl", dask=cluster.scheduler_address, batch_size=2)
    with Client(cluster.scheduler_address) as client:
        loads = client.run(
            lambda: __import__("briefx.batch.run").batch.run.worker_extractor.cache_info().misses
        )
    assert sorted(loads.values()) == [1, 1]


def test_dask_resume_adds_only_what_is_missing(tmp_path, archive, cluster):
    out = tmp_path / "out.jsonl"
    run_batch([str(archive)], out, dask=cluster.scheduler_address, batch_size=4)
    complete = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text("".join(complete[:10]) + complete[10][:40], encoding="utf-8")
    summary = run_batch(
        [str(archive)], out, dask=cluster.scheduler_address, batch_size=4, resume=True
    )
    assert (summary.done, summary.skipped, summary.failed) == (15, 10, 2)
    assert out.read_text(encoding="utf-8").splitlines(keepends=True) == complete


def test_dask_local_starts_its_own_cluster(tmp_path, archive):
    out = tmp_path / "out"
    summary = run_batch([str(archive)], out, fmt="parquet", dask="local", workers=2)
    assert (summary.done, summary.failed) == (25, 2)
    import pyarrow.parquet as pq

    ids = pq.read_table(out / "documents").column("doc_id").to_pylist()
    assert ids == [*(f"doc{i:02d}.txt" for i in range(24)), "j1"]
