"""Rough edges a new user hits first (issue 12 § 3), each pinned through Typer's CliRunner."""

from __future__ import annotations

import json
import re
from importlib.metadata import version

import pytest
from tests.conftest import ROOT
from tests.test_score_cli import GOLD, TEXT
from typer.testing import CliRunner

from briefx.cli import app, docs_per_second, progress_status
from briefx.schema import Briefing

SAMPLE = ROOT / "samples" / "sample_article.txt"
runner = CliRunner()


@pytest.fixture(scope="module", autouse=True)
def _share_model(extractor):
    """Reuse the session's loaded pipeline instead of loading one per command."""
    import briefx.pipeline

    patch = pytest.MonkeyPatch()
    patch.setattr(briefx.pipeline, "load", lambda model=None: extractor)
    yield
    patch.undo()


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"briefx {version('briefx')}"


def test_extract_writes_to_a_file_with_o(tmp_path):
    out = tmp_path / "record.json"
    result = runner.invoke(app, ["extract", str(SAMPLE), "-o", str(out)])
    assert result.exit_code == 0 and result.stdout == ""
    assert Briefing.model_validate_json(out.read_text(encoding="utf-8")).id == "sample_article.txt"
    page = tmp_path / "record.html"
    assert runner.invoke(app, ["extract", str(SAMPLE), "-o", str(page)]).exit_code == 0
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_extract_json_carries_the_reader_warnings_as_batch_does(tmp_path):
    path = tmp_path / "l1.txt"
    path.write_bytes("Café owners in Bogotá said exports rose 5% to $3 million in 2025.".encode("latin-1"))
    result = runner.invoke(app, ["extract", str(path), "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["warnings"] == [f"{path}: not valid UTF-8; decoded as Windows-1252/Latin-1"]
    assert "not valid UTF-8" in result.stderr


def test_a_wire_agency_in_the_dateline_is_the_outlet():
    text = "Kenya raises rates\n\nNAIROBI (Reuters) — Kenya's central bank raised its policy rate on Tuesday.\n"
    result = runner.invoke(app, ["extract", "-", "--format", "json"], input=text)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["meta"]["outlet"] == "Reuters"


@pytest.mark.parametrize("args, expected", [(["-"], "-"), (["-", "--id", "cbk-0304"], "cbk-0304")],
                         ids=["dash", "--id"])
def test_stdin_gets_an_id(args, expected):
    result = runner.invoke(app, ["extract", *args, "--format", "json"], input=SAMPLE.read_text(encoding="utf-8"))
    assert result.exit_code == 0 and json.loads(result.stdout)["id"] == expected


@pytest.mark.parametrize(
    "given, message",
    [
        ("https://example.com/news/kenya-rates", "https://example.com/news/kenya-rates: a URL; briefx reads files"),
        ("www.example.com/a.html", "www.example.com/a.html: a URL"),
        ("{tmp}/report.pdf", "{tmp}/report.pdf: a PDF, not text; convert it to text first"),
    ],
    ids=["https", "www", "pdf"],
)
def test_a_url_or_a_pdf_is_one_line_that_says_what_to_do(tmp_path, given, message):
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    result = runner.invoke(app, ["extract", given.format(tmp=tmp_path)])
    assert result.exit_code == 1
    assert message.format(tmp=tmp_path) in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "no such file" not in result.stderr


@pytest.mark.parametrize(
    "line, where",
    [
        pytest.param({**GOLD, "spans": [{"start": 0, "end": 6, "label": "MONEY", "text": "Lu Mei", "value": "x"}]},
                     "spans.0.MONEY.value", id="bad-value"),
        pytest.param({**GOLD, "extra": 1}, "extra: Extra inputs are not permitted", id="unknown-key"),
    ],
)
def test_score_names_file_and_line_without_validation_internals(tmp_path, line, where):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(GOLD) + "\n\n" + json.dumps(line) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["score", str(gold), "--pred", str(gold)])
    assert result.exit_code == 1
    [message] = result.stderr.strip().splitlines()
    assert message.startswith(f"error: {gold}:3: not a GOLD.md document: {where}")
    assert "pydantic" not in message and "http" not in message and "validation error" not in message


def test_score_pred_accepts_spans_without_attribute_keys(tmp_path):
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold.write_text(json.dumps(GOLD) + "\n", encoding="utf-8")
    start = TEXT.index("$2.44 billion")
    bare = [{"start": start, "end": start + 13, "label": "MONEY", "text": "$2.44 billion"},
            {"start": 0, "end": 6, "label": "PERSON", "text": "Lu Mei"}]
    pred.write_text(json.dumps({"id": "d1", "text": TEXT, "spans": bare}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["score", str(gold), "--pred", str(pred), "--json"])
    assert result.exit_code == 0, result.output
    money = json.loads(result.stdout)["systems"]["pred.jsonl"]["labels"]["MONEY"]
    assert money["strict"]["f1"] == 1.0 and money["values"]["accuracy"] == 0.0  # found, value scored as null
    strict = runner.invoke(app, ["score", str(pred), "--pred", str(gold)])  # gold itself must be complete
    assert strict.exit_code == 1 and "pred.jsonl:1: not a GOLD.md document: spans.0.MONEY.value" in strict.stderr


@pytest.mark.parametrize("command", ["score", "batch", "convert", "extract", None])
def test_help_shows_flags_as_flags(command):
    result = runner.invoke(app, [command, "--help"] if command else ["--help"], env={"COLUMNS": "160"})
    assert result.exit_code == 0
    assert "<bool>" not in result.stdout
    flags = {"score": "--json", "batch": "--resume", "convert": "--annotations", "extract": "--help", None: "--version"}
    assert re.search(rf"{flags[command]}\s{{2,}}\S", result.stdout)


STATUS_CASES = [
    pytest.param((0, 0, 0, 10, 3.0), "loading model", id="before the first document"),
    pytest.param((0, 1, 1, 10, 3.0), "0.0 docs/s · 1 failed · ETA 0:27", id="first document failed"),
    pytest.param((5, 0, 5, 10, 2.0), "2.5 docs/s · ETA 0:02", id="halfway"),
    pytest.param((10, 0, 10, None, 4.0), "2.5 docs/s", id="stdin: total unknown"),
]


@pytest.mark.parametrize("args, expected", STATUS_CASES)
def test_progress_status(args, expected):
    assert progress_status(*args) == expected


def test_progress_rate_is_the_summary_rate():
    assert progress_status(7, 0, 7, 7, 2.8).startswith(docs_per_second(7, 2.8)) and docs_per_second(7, 2.8) == (
        "2.5 docs/s"
    )
