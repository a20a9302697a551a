"""`briefx batch`: extract every document of a news archive.

Bottom up: `inputs` (lazy readers over folders, globs, files, JSON Lines and stdin,
each document a `briefx.io.Article`), `outputs` (JSON Lines and Parquet sinks, resume,
the output checks), `run` (partitions, in this process, a process pool or Dask).
"""

from briefx.batch.outputs import FORMATS, errors_path
from briefx.batch.run import DEFAULT_MAX_CHARS, BatchSummary, extract_partition, run_batch, worker_extractor

__all__ = [
    "DEFAULT_MAX_CHARS",
    "FORMATS",
    "BatchSummary",
    "errors_path",
    "extract_partition",
    "run_batch",
    "worker_extractor",
]
