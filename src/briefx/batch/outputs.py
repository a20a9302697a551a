"""Batch outputs: JSON Lines (one complete, flushed line per record) or a folder of
Parquet tables written in parts; both can be resumed after a crash, and both are
checked before a batch starts."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import IO

from briefx.errors import BatchError, InputError
from briefx.export import TABLES
from briefx.io import write_jsonl

FORMATS = ("jsonl", "gold", "parquet")


def errors_path(out: str | Path) -> Path:
    """Where the failures of a batch writing to `out` go: ``OUT.errors.jsonl``."""
    return Path(f"{out}.errors.jsonl")


def repair_jsonl(path: str | Path) -> set[str]:
    """Ids of the records in a JSON Lines output, after cutting a half-written last line.

    A run killed mid-write leaves at most one line without its newline; it is removed
    so that appending starts on a fresh line.

    Raises:
        InputError: a complete line that is not a JSON record with an id.
    """
    p = Path(path)
    if not p.is_file():
        return set()
    with p.open("rb+") as stream:
        stream.seek(0, 2)
        size = stream.tell()
        end = size
        while end > 0:
            stream.seek(max(0, end - 65536))
            block = stream.read(end - max(0, end - 65536))
            cut = block.rfind(b"\n")
            if cut >= 0:
                end = max(0, end - 65536) + cut + 1
                break
            end = max(0, end - 65536)
        if end < size:
            stream.truncate(end)
    ids = set()
    with p.open("rb") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                ids.add(str(json.loads(line)["id"]))
            except (ValueError, KeyError, TypeError):
                raise InputError(f"{p}:{number}: not a briefx record; cannot resume") from None
    return ids


def parquet_schemas():  # -> dict[str, pyarrow.Schema]; pyarrow is imported only when used
    """The Arrow schema of each Parquet table."""
    import pyarrow as pa

    text, i64, f64, flag = pa.string(), pa.int64(), pa.float64(), pa.bool_()
    span = [("start", i64), ("end", i64), ("text", text)]
    figure_columns = [("label", text), *span, ("value", f64), ("value_high", f64), ("currency", text),
                      ("unit", text), ("si_value", f64), ("si_value_high", f64), ("si_unit", text),
                      ("qualifier", text)]
    return {
        "documents": pa.schema(
            [("doc_id", text), ("path", text), ("title", text), ("authors", pa.list_(text)),
             ("outlet", text), ("dateline", text), ("dateline_place", text),
             ("published", pa.date32()), ("year", i64), ("year_inferred", flag),
             ("sections", pa.list_(text)), ("n_chars", i64), ("n_sentences", i64),
             ("warnings", pa.list_(text)), ("text", text)]
        ),
        "entities": pa.schema(
            [("doc_id", text), ("entity_id", text), ("name", text), ("label", text),
             ("role", text), ("iso_code", text), ("aliases", pa.list_(text)),
             ("n_mentions", i64)]
        ),
        "mentions": pa.schema([("doc_id", text), ("entity_id", text), ("label", text), *span]),
        "figures": pa.schema([("doc_id", text), *figure_columns]),
        "dates": pa.schema([("doc_id", text), *span, ("value", text), ("inferred", flag)]),
        "quotes": pa.schema(
            [("doc_id", text), *span, ("speaker", text), ("speaker_id", text), ("cue", text)]
        ),
        "facts": pa.schema(
            [("doc_id", text), ("fact_id", text), *figure_columns, ("measure", text), ("measure_key", text),
             ("subjects", pa.list_(text)), ("subject_ids", pa.list_(text)), ("period", text),
             ("period_text", text), ("kind", text), ("direction", text), ("changes", text)]
        ),
        "turns": pa.schema(
            [("doc_id", text), *span, ("label", text), ("speaker", text), ("speaker_id", text),
             ("question", flag)]
        ),
    }


class ParquetTables:
    """Writes records to a folder of Parquet tables, one part file per table per flush.

    ``OUT/<table>/part-00000.parquet`` … Every part is written under a temporary name
    and renamed, the documents part last: a part of `documents` is the commit mark of
    its records, so a run killed at any moment leaves only whole parts to resume from.
    """

    def __init__(self, folder: str | Path, *, rows_per_part: int = 500) -> None:
        self.folder = Path(folder)
        self.rows_per_part = rows_per_part
        self._rows: dict[str, list[dict]] = {name: [] for name in TABLES}
        self._pending = 0
        self._part = 0

    def open(self, *, resume: bool) -> set[str]:
        """Create the folder (emptied unless `resume`) and return the ids already written."""
        for name in TABLES:
            (self.folder / name).mkdir(parents=True, exist_ok=True)
            for part in (self.folder / name).glob("*.parquet*"):
                if not resume or part.suffix != ".parquet":
                    part.unlink()
        committed = {p.stem for p in (self.folder / "documents").glob("part-*.parquet")}
        for name in TABLES[1:]:
            for part in (self.folder / name).glob("part-*.parquet"):
                if part.stem not in committed:
                    part.unlink()  # written before a kill, its documents part never was
        numbers = [int(stem.removeprefix("part-")) for stem in committed]
        self._part = max(numbers, default=-1) + 1
        if not committed:
            return set()
        import pyarrow.parquet as pq

        ids = pq.read_table(self.folder / "documents", columns=["doc_id"]).column("doc_id")
        return {str(i) for i in ids.to_pylist()}

    def write(self, tables: dict[str, list[dict]]) -> None:
        """Add one record's rows; a part is written every `rows_per_part` records."""
        for name, rows in tables.items():
            self._rows[name].extend(rows)
        self._pending += 1
        if self._pending >= self.rows_per_part:
            self.flush()

    def flush(self) -> None:
        """Write the buffered rows as one part of each table."""
        if not self._pending:
            return
        import pyarrow as pa
        import pyarrow.parquet as pq

        schemas = parquet_schemas()
        stem = f"part-{self._part:05d}"
        for name in (*TABLES[1:], "documents"):
            table = pa.Table.from_pylist(self._rows[name], schema=schemas[name])
            final = self.folder / name / f"{stem}.parquet"
            temporary = final.with_suffix(".parquet.tmp")
            pq.write_table(table, temporary)
            temporary.replace(final)
            self._rows[name].clear()
        self._pending = 0
        self._part += 1

    def close(self) -> None:
        self.flush()


class JsonLines:
    """JSON Lines output (`jsonl`, `gold`): one complete, flushed line per record."""

    def __init__(self, path: Path, *, resume: bool) -> None:
        self.done = repair_jsonl(path) if resume else set()
        self.stream: IO[str] = path.open("a" if resume else "w", encoding="utf-8")

    def write(self, payload: str) -> None:
        write_jsonl([payload], self.stream)

    def close(self) -> None:
        self.stream.close()


class Parquet:
    def __init__(self, path: Path, *, resume: bool) -> None:
        self.tables = ParquetTables(path)
        self.done = self.tables.open(resume=resume)

    def write(self, payload: dict[str, list[dict]]) -> None:
        self.tables.write(payload)

    def close(self) -> None:
        self.tables.close()


def check_output(out: Path, fmt: str, *, resume: bool, force: bool) -> None:
    if fmt not in FORMATS:
        raise BatchError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    parent = out.parent
    if not parent.is_dir():
        raise BatchError(f"{out}: folder {parent} does not exist")
    if not os.access(parent, os.W_OK):
        raise BatchError(f"{out}: folder {parent} is not writable")
    if fmt == "parquet":
        if out.exists() and not out.is_dir():
            raise BatchError(f"{out}: is a file; --format parquet writes a folder")
        filled = out.is_dir() and any(out.iterdir())
    else:
        if out.is_dir():
            raise BatchError(f"{out}: is a folder; --format {fmt} writes a file")
        filled = out.is_file() and out.stat().st_size > 0
    if filled and not (resume or force):
        raise BatchError(f"{out} exists; pass --resume to continue it or --force to overwrite it")
