"""`briefx batch`: local execution, robustness, resume after SIGKILL, the CLI, Parquet + DuckDB."""

from __future__ import annotations

import io
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from rich.console import Console
from spacy.language import Language
from typer.testing import CliRunner

from briefx import batch as batch_module
from briefx import cli
from briefx.batch import errors_path, extract_partition, run_batch
from briefx.errors import BatchError
from briefx.pipeline import Extractor, build_nlp
from briefx.schema import Briefing, GoldDocument

ROOT = Path(__file__).resolve().parents[1]
CORPUS = sorted((ROOT / "corpus" / "src").glob("*.txt"))
ARTICLE = (
    "Ghana signs power deal\n\nACCRA, March 3 — Ghana signed a $410 million power deal on "
    "Tuesday, the finance minister said. The plant will add 350 MW to the grid by 2027, "
    "and the government expects the project to create about 2,000 jobs in the region.\n"
)


def articles(folder: Path, n: int, *, corpus: bool = False) -> Path:
    """`n` articles in a folder: short ones, or the corpus texts cycled."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        if corpus and CORPUS:
            text = CORPUS[i % len(CORPUS)].read_text(encoding="utf-8")
        else:
            text = f"{ARTICLE}\nStory {i}: Togo said on Friday it would join.\n"
        (folder / f"doc{i:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# --- local execution ----------------------------------------------------------------


def test_records_come_in_input_order_with_stable_ids(tmp_path):
    folder = articles(tmp_path / "news", 12)
    out = tmp_path / "out.jsonl"
    summary = run_batch([str(folder)], out, workers=1, batch_size=5)
    assert (summary.done, summary.failed, summary.skipped, summary.exit_code) == (12, 0, 0, 0)
    records = [Briefing.model_validate(r) for r in lines(out)]
    assert [r.id for r in records] == [f"doc{i:03d}.txt" for i in range(12)]
    assert errors_path(out).read_text() == ""


def test_two_workers_write_the_same_records_as_one(tmp_path):
    folder = articles(tmp_path / "news", 20)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    run_batch([str(folder)], one, workers=1, batch_size=3)
    summary = run_batch([str(folder)], two, workers=2, batch_size=3)
    assert summary.done == 20
    assert two.read_bytes() == one.read_bytes()


def test_gold_format_writes_gold_documents(tmp_path):
    folder = articles(tmp_path / "news", 3)
    out = tmp_path / "gold.jsonl"
    run_batch([str(folder)], out, fmt="gold", workers=1)
    gold = [GoldDocument.model_validate(r) for r in lines(out)]
    assert [g.id for g in gold] == ["doc000.txt", "doc001.txt", "doc002.txt"]


def test_a_record_that_cannot_be_written_fails_alone(tmp_path, monkeypatch):
    import briefx.export

    def to_gold(record, **_):
        if "Story 1:" in record.text:
            raise ValueError("two MONEY spans overlap at 5")
        return real(record)

    real = briefx.export.to_gold
    monkeypatch.setattr(briefx.export, "to_gold", to_gold)
    folder = articles(tmp_path / "news", 3)
    out = tmp_path / "gold.jsonl"
    summary = run_batch([str(folder)], out, fmt="gold", workers=1)
    assert (summary.done, summary.failed) == (2, 1)
    assert lines(errors_path(out))[0]["error"] == "ValueError: two MONEY spans overlap at 5"


def test_stdin_json_lines(tmp_path):
    stdin = io.BytesIO(b'{"id": "s1", "text": "Ghana.", "published": "2024-01-02"}\n{"text": "x"\n')
    out = tmp_path / "out.jsonl"
    summary = run_batch(["-"], out, workers=1, stdin=stdin)
    assert (summary.done, summary.failed, summary.exit_code) == (1, 1, 3)
    [record] = lines(out)
    assert (record["id"], record["meta"]["published"]) == ("s1", "2024-01-02")
    [error] = lines(errors_path(out))
    assert (error["id"], error["path"]) == ("stdin:2", "stdin:2")


def test_duplicate_ids_are_errors_not_second_records(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "a", "text": "one"}\n{"id": "a", "text": "two"}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = run_batch([str(feed)], out, workers=1)
    assert (summary.done, summary.failed) == (1, 1)
    assert "duplicate id" in lines(errors_path(out))[0]["error"]


@Language.component("test_boom")
def _boom(doc):
    if "BOOM" in doc.text:
        raise ValueError("component exploded\nsecond line")
    return doc


def test_a_component_error_fails_only_its_document(tmp_path, monkeypatch):
    nlp = build_nlp()
    nlp.add_pipe("test_boom")
    monkeypatch.setattr(batch_module, "worker_extractor", lambda model: Extractor(nlp))
    feed = tmp_path / "feed.jsonl"
    texts = ["Ghana one.", "Togo two.", "BOOM three.", "Mali four.", "Chad five."]
    feed.write_text("".join(json.dumps({"id": f"d{i}", "text": t}) + "\n"
                            for i, t in enumerate(texts)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = run_batch([str(feed)], out, workers=1, batch_size=8)
    assert (summary.done, summary.failed, summary.exit_code) == (4, 1, 3)
    assert [r["id"] for r in lines(out)] == ["d0", "d1", "d3", "d4"]
    [error] = lines(errors_path(out))
    assert error == {"id": "d2", "path": f"{feed}:3",
                     "error": "ValueError: component exploded second line"}


@Language.component("test_crash")
def _crash(doc):
    if "CRASH" in doc.text:
        os._exit(1)  # a worker dying as if in native code
    return doc


@pytest.mark.skipif(threading.active_count() > 1, reason="needs fork to inherit the patch")
def test_a_dead_worker_fails_its_partitions_and_the_batch_goes_on(tmp_path, monkeypatch):
    nlp = build_nlp()
    nlp.add_pipe("test_crash")
    monkeypatch.setattr(batch_module, "worker_extractor", lambda model: Extractor(nlp))
    feed = tmp_path / "feed.jsonl"
    texts = [f"Ghana {i}." if i != 3 else "CRASH" for i in range(12)]
    feed.write_text("".join(json.dumps({"id": f"d{i}", "text": t}) + "\n"
                            for i, t in enumerate(texts)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = run_batch([str(feed)], out, workers=2, batch_size=1)
    done = [r["id"] for r in lines(out)]
    failed = {e["id"]: e["error"] for e in lines(errors_path(out))}
    assert sorted(done + list(failed), key=lambda i: int(i[1:])) == [f"d{i}" for i in range(12)]
    assert "worker failed" in failed["d3"] and len(failed) <= 4
    assert (summary.done, summary.failed, summary.exit_code) == (len(done), len(failed), 3)
    assert done[-1] == "d11"


def test_reader_warnings_travel_into_the_record():
    [(doc_id, _, payload, error)] = extract_partition(
        [("x", "x.txt", ARTICLE, None, ("x.txt: HTML input; tags stripped, text kept",))],
        model=None, fmt="jsonl", batch_size=4,
    )
    assert error is None and json.loads(payload)["warnings"][0].startswith("x.txt: HTML input")


def test_a_mixed_archive_gets_a_record_or_an_error_line_for_every_document(tmp_path):
    """The real pipeline over good files and every kind of bad one; nothing crashes."""
    folder = articles(tmp_path / "news", 3, corpus=True)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    latin = ARTICLE.replace("\u2014", "-").replace("finance", "financ\u00e9")
    (folder / "latin1.txt").write_bytes(latin.encode("latin-1"))
    (folder / "page.html").write_text(
        f"<!doctype html><html><head><title>Deal</title><script>var x;</script></head>"
        f"<body><p>{ARTICLE}</p><p>More.</p></body></html>", encoding="utf-8")
    (folder / "huge.txt").write_text(ARTICLE * (5_000_000 // len(ARTICLE)), encoding="utf-8")
    (folder / "feed.jsonl").write_text(
        json.dumps({"id": "j1", "text": ARTICLE}) + "\n{\"id\": \"j2\", \"text\": \n",
        encoding="utf-8")
    out = tmp_path / "out.jsonl"
    started = time.perf_counter()
    summary = run_batch([str(folder)], out, workers=1)
    assert time.perf_counter() - started < 120
    records = {r["id"]: Briefing.model_validate(r) for r in lines(out)}
    errors = {e["id"]: e for e in lines(errors_path(out))}
    assert set(records) == {"doc000.txt", "doc001.txt", "doc002.txt", "latin1.txt",
                            "page.html", "j1"}
    assert set(errors) == {"empty.txt", "binary.txt", "huge.txt", "feed.jsonl:2"}
    assert "Windows-1252/Latin-1" in records["latin1.txt"].warnings[0]
    assert "HTML input" in records["page.html"].warnings[0]
    assert "<p>" not in records["page.html"].text
    assert "over the limit of 2,000,000" in errors["huge.txt"]["error"]
    assert "malformed JSON" in errors["feed.jsonl:2"]["error"]
    assert errors["empty.txt"]["path"] == str(folder / "empty.txt")
    assert (summary.done, summary.failed, summary.exit_code) == (6, 4, 3)


# --- resume -------------------------------------------------------------------------


def test_resume_skips_what_is_done_and_repairs_a_torn_line(tmp_path):
    folder = articles(tmp_path / "news", 10)
    out = tmp_path / "out.jsonl"
    run_batch([str(folder)], out, workers=1)
    kept = out.read_text(encoding="utf-8").splitlines(keepends=True)[:4]
    out.write_text("".join(kept) + kept[0][:50], encoding="utf-8")  # killed mid-line
    summary = run_batch([str(folder)], out, workers=1, resume=True)
    assert (summary.done, summary.skipped, summary.failed) == (6, 4, 0)
    assert [r["id"] for r in lines(out)] == [f"doc{i:03d}.txt" for i in range(10)]


def test_resume_retries_documents_that_failed(tmp_path):
    folder = articles(tmp_path / "news", 2)
    (folder / "late.txt").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    assert run_batch([str(folder)], out, workers=1).failed == 1
    (folder / "late.txt").write_text(ARTICLE, encoding="utf-8")
    summary = run_batch([str(folder)], out, workers=1, resume=True)
    assert (summary.done, summary.skipped, summary.failed) == (1, 2, 0)
    assert errors_path(out).read_text() == ""


def _wait_for_lines(path: Path, n: int, process: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and path.read_bytes().count(b"\n") >= n:
            return
        if process.poll() is not None:
            pytest.fail(f"batch ended before it could be killed: {process.stderr.read()}")
        time.sleep(0.01)
    pytest.fail("no records appeared")


@pytest.mark.slow
@pytest.mark.parametrize("workers", [1, 2])
def test_sigkill_then_resume_gives_exactly_one_record_per_document(tmp_path, workers):
    folder = articles(tmp_path / "news", 30, corpus=True)
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "briefx", "batch", str(folder), "--out", str(out),
               "--workers", str(workers), "--batch-size", "1"]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    try:
        _wait_for_lines(out, 3, process, timeout=60)
        os.killpg(process.pid, signal.SIGKILL)  # the batch and its worker processes
    finally:
        process.wait()
    written = out.read_bytes().count(b"\n")
    assert 3 <= written < 30
    resumed = subprocess.run([*command, "--resume"], capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    ids = [r["id"] for r in lines(out)]
    assert sorted(ids) == [f"doc{i:03d}.txt" for i in range(30)]
    assert f"skipped {written}" in resumed.stderr


# --- the command line ---------------------------------------------------------------

runner = CliRunner()


def invoke(*args: str, **kwargs):
    return runner.invoke(cli.app, ["batch", *args], **kwargs)


def test_cli_summary_and_exit_code_3_when_some_documents_fail(tmp_path):
    folder = articles(tmp_path / "news", 3)
    (folder / "empty.txt").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    result = invoke(str(folder), "--out", str(out), "--workers", "1")
    assert result.exit_code == 3
    assert re.search(r"^done 3, failed 1, skipped 0 in [\d.]+ s", result.stderr)
    assert "reasons in" in result.stderr and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1  # piped: no progress bar


def test_cli_quiet_prints_nothing(tmp_path):
    folder = articles(tmp_path / "news", 2)
    result = invoke(str(folder), "--out", str(tmp_path / "o.jsonl"), "-w", "1",
                    "--quiet")
    assert (result.exit_code, result.stderr, result.stdout) == (0, "", "")


def test_cli_reads_json_lines_from_stdin(tmp_path):
    out = tmp_path / "o.jsonl"
    result = invoke("-", "--out", str(out), "-w", "1", "-q",
                    input='{"id": "s", "text": "Ghana."}\n')
    assert result.exit_code == 0 and lines(out)[0]["id"] == "s"


def test_cli_progress_bar_on_a_terminal(tmp_path, monkeypatch):
    folder = articles(tmp_path / "news", 4)
    screen = io.StringIO()
    terminal = Console(file=screen, force_terminal=True, width=120, highlight=False)
    monkeypatch.setattr(cli, "err", terminal)
    result = invoke(str(folder), "--out", str(tmp_path / "o.jsonl"), "-w", "1")
    assert result.exit_code == 0
    shown = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", screen.getvalue())
    assert "briefx batch" in shown and "ETA" in shown and "4/4" in shown
    assert "done 4, failed 0, skipped 0" in shown
    frames = [f for f in re.split(r"[\r\n]", shown) if f.startswith("briefx batch")]
    assert "loading model" in frames[0] and "docs/s" not in frames[0]
    assert all("loading model" not in f for f in frames if "1/4" in f or "4/4" in f)
    summary_rate = re.search(r"\((\d+\.\d) docs/s\)", shown).group(1)
    assert f"{summary_rate} docs/s" in [f for f in frames if "4/4" in f][-1]


@pytest.mark.parametrize(
    "args, message",
    [
        (["{tmp}/nothing-here", "--out", "{tmp}/o.jsonl"], "no such file or folder"),
        (["{tmp}/empty", "--out", "{tmp}/o.jsonl"], "no input documents found"),
        (["{tmp}/news", "--out", "{tmp}/missing/o.jsonl"], "does not exist"),
        (["{tmp}/news", "--out", "{tmp}/news"], "is a folder"),
        (["{tmp}/news", "--out", "{tmp}/taken.jsonl"], "pass --resume"),
        (["{tmp}/news", "--out", "{tmp}/taken.jsonl", "--format", "parquet"], "is a file"),
        (["{tmp}/news", "--out", "{tmp}/taken.jsonl", "--resume"], "not a briefx record"),
        (["{tmp}/news", "--out", "{tmp}/o.jsonl", "--dask", "nonsense://x"], "Dask scheduler"),
    ],
    ids=["missing-input", "no-documents", "no-output-folder", "output-is-folder",
         "output-exists", "parquet-over-file", "resume-of-foreign-file", "bad-dask-address"],
)
def test_cli_bad_invocations_exit_1_with_one_line(tmp_path, args, message):
    articles(tmp_path / "news", 1)
    (tmp_path / "empty").mkdir()
    (tmp_path / "taken.jsonl").write_text("not a record\n", encoding="utf-8")
    args = [a.format(tmp=tmp_path) for a in args]
    result = invoke(*args, "-w", "1")
    assert result.exit_code == 1
    assert message in result.stderr and result.stderr.startswith("error: ")
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr + result.stdout


def test_cli_missing_model_exits_1(tmp_path):
    folder = articles(tmp_path / "news", 1)
    result = invoke(str(folder), "--out", str(tmp_path / "o.jsonl"), "--model",
                    str(tmp_path / "no-model"), "-w", "1")
    assert result.exit_code == 1 and "cannot load spaCy pipeline" in result.stderr


def test_run_batch_rejects_an_unknown_format(tmp_path):
    with pytest.raises(BatchError, match="unknown format"):
        run_batch([str(tmp_path)], tmp_path / "o", fmt="xml")


# --- Parquet and the README's DuckDB query ------------------------------------------

# The query of the README section "Batch over news archives"; kept equal by the test below.
README_QUERY = """\
SELECT f.currency, e.name AS country, sum(f.value) AS total, count(*) AS figures
FROM read_parquet('out/figures/*.parquet') AS f
JOIN read_parquet('out/entities/*.parquet') AS e USING (doc_id)
WHERE f.label = 'MONEY' AND e.label = 'GPE' AND e.iso_code IS NOT NULL
GROUP BY ALL
ORDER BY total DESC"""


def _money_by_currency_and_country(records: list[Briefing]) -> dict[tuple, float]:
    """What README_QUERY computes, in Python."""
    totals: dict[tuple, float] = {}
    for record in records:
        countries = {e.name for e in record.entities if e.label == "GPE" and e.iso_code}
        for figure in record.figures:
            if figure.label != "MONEY" or figure.value is None:
                continue
            value = figure.value[0] if isinstance(figure.value, tuple) else figure.value
            for country in countries:
                key = (figure.currency, country)
                totals[key] = totals.get(key, 0.0) + value
    return totals


def _query(folder: Path, monkeypatch) -> dict[tuple, float]:
    import duckdb

    monkeypatch.chdir(folder)
    result = duckdb.sql(README_QUERY)
    assert result.columns == ["currency", "country", "total", "figures"]
    return {(c, n): t for c, n, t, _ in result.fetchall() if t is not None}


def test_readme_duckdb_query_over_a_real_parquet_output(tmp_path, monkeypatch):
    import duckdb

    folder = articles(tmp_path / "news", 6, corpus=True)
    summary = run_batch([str(folder)], tmp_path / "out", fmt="parquet", workers=1)
    assert summary.done == 6
    run_batch([str(folder)], tmp_path / "same.jsonl", workers=1)
    records = [Briefing.model_validate(r) for r in lines(tmp_path / "same.jsonl")]
    expected = _money_by_currency_and_country(records)
    assert _query(tmp_path, monkeypatch) == pytest.approx(expected)
    documents = duckdb.sql("SELECT doc_id FROM 'out/documents/*.parquet' ORDER BY doc_id")
    assert [row[0] for row in documents.fetchall()] == [f"doc{i:03d}.txt" for i in range(6)]


def test_readme_duckdb_query_totals(tmp_path, monkeypatch):
    from briefx.io import ParquetTables, briefing_tables

    text = "Ghana got $2 million and GHS 5 million; Ghana's $1 million too."
    record = Briefing.model_validate({
        "id": "d1", "text": text,
        "entities": [{"id": "e1", "name": "Ghana", "label": "GPE", "iso_code": "GHA",
                      "mentions": [{"start": 0, "end": 5, "text": "Ghana"}]}],
        "figures": [
            {"label": "MONEY", "start": 10, "end": 20, "text": "$2 million", "value": 2e6,
             "currency": "USD"},
            {"label": "MONEY", "start": 25, "end": 38, "text": "GHS 5 million", "value": 5e6,
             "currency": "GHS"},
            {"label": "MONEY", "start": 48, "end": 58, "text": "$1 million", "value": 1e6,
             "currency": "USD"},
        ],
    })
    tables = ParquetTables(tmp_path / "out")
    tables.open(resume=False)
    tables.write(briefing_tables(record))
    tables.close()
    assert _query(tmp_path, monkeypatch) == {("GHS", "Ghana"): 5e6, ("USD", "Ghana"): 3e6}


def test_readme_shows_the_tested_query():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    if "briefx batch" not in readme:
        pytest.skip("the batch section is not merged into README.md yet")
    blocks = re.findall(r"```sql\n(.*?)```", readme, flags=re.S)
    assert any(" ".join(README_QUERY.split()) in " ".join(b.split()) for b in blocks)
