"""`briefx extract` end to end, and every kind of bad input."""

from __future__ import annotations

import json

import pytest
from tests.conftest import ROOT
from typer.testing import CliRunner

from briefx.cli import app
from briefx.schema import Briefing, GoldDocument

SAMPLE = ROOT / "samples" / "sample_article.txt"
runner = CliRunner()


@pytest.fixture(scope="module", autouse=True)
def _share_model(extractor, monkeypatch_module):
    """Reuse the session's loaded pipeline instead of loading one per command."""
    import briefx.pipeline

    monkeypatch_module.setattr(briefx.pipeline, "load", lambda model=None: extractor)


@pytest.fixture(scope="module")
def monkeypatch_module():
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()


def test_extract_json_record_validates():
    result = runner.invoke(app, ["extract", str(SAMPLE), "--format", "json", "--published", "2026-03-05"])
    assert result.exit_code == 0, result.output
    record = Briefing.model_validate_json(result.stdout)
    assert record.meta.title == "Minister Unveils Plan to Double Kenya's Geothermal Output"
    assert record.meta.authors == ["Amina Odhiambo"]
    assert record.meta.dateline is not None and record.meta.dateline.place == "NAIROBI"
    assert [s.heading for s in record.sections] == ["Financing the expansion", "What comes next"]
    names = {e.name: e for e in record.entities}
    assert names["Joseph Kariuki"].role == "Energy Minister"
    assert {"Kariuki"} <= set(names["Joseph Kariuki"].aliases)
    money = [(f.text, f.value, f.currency) for f in record.figures if f.label == "MONEY"]
    assert ("$1.2 billion", 1.2e9, "USD") in money
    capacity = [(f.text, f.unit, f.si_value) for f in record.figures if f.label == "CAPACITY"]
    assert ("2,000 MW", "MW", 2e9) in capacity
    assert {q.speaker for q in record.quotes} >= {"Joseph Kariuki", "Marie-Claire Dossou"}
    assert "Share this article" not in {e.name for e in record.entities}


def test_extract_gold_format_is_a_gold_document():
    result = runner.invoke(app, ["extract", str(SAMPLE), "--format", "gold", "--id", "sample"])
    assert result.exit_code == 0, result.output
    doc = GoldDocument.model_validate_json(result.stdout)
    assert doc.id == "sample" and doc.spans


def test_extract_table_format_prints_the_tables():
    result = runner.invoke(app, ["extract", str(SAMPLE), "--format", "table"])
    assert result.exit_code == 0
    assert "Entities" in result.stdout and "Joseph Kariuki" in result.stdout


def test_extract_reads_stdin():
    result = runner.invoke(app, ["extract", "-", "--format", "json"], input=SAMPLE.read_text())
    assert result.exit_code == 0
    assert json.loads(result.stdout)["meta"]["title"].startswith("Minister Unveils")


def _write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


BAD_INPUTS = [
    pytest.param("empty.txt", b"", "file is empty", id="empty"),
    pytest.param("blank.txt", b"  \n\n ", "file is empty", id="whitespace-only"),
    pytest.param("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "binary file", id="binary"),
]


@pytest.mark.parametrize("name, data, message", BAD_INPUTS)
def test_bad_input_is_one_line_and_exit_1(tmp_path, name, data, message):
    result = runner.invoke(app, ["extract", _write(tmp_path, name, data)])
    assert result.exit_code == 1
    assert message in result.stderr
    assert "Traceback" not in result.output and len(result.stderr.strip().splitlines()) == 1


def test_missing_path(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1 and "no such file" in result.stderr


def test_directory_path(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 1 and "is a directory" in result.stderr


def test_latin1_is_decoded_with_a_warning(tmp_path):
    text = "Café owners in Bogotá said exports rose 5% to $3 million in 2025."
    result = runner.invoke(app, ["extract", _write(tmp_path, "l1.txt", text.encode("latin-1")), "--format", "json"])
    assert result.exit_code == 0
    assert "not valid UTF-8" in result.stderr
    assert json.loads(result.stdout)["text"].startswith("Café owners in Bogotá")


def test_html_is_stripped_with_a_warning(tmp_path):
    page = (
        b"<html><head><style>p{}</style></head><body><h1>Port Deal Signed</h1>"
        b"<p>Kenya signed a $40 million port deal on Monday.</p></body></html>"
    )
    result = runner.invoke(app, ["extract", _write(tmp_path, "p.html", page), "--format", "json"])
    assert result.exit_code == 0
    assert "HTML input" in result.stderr
    record = json.loads(result.stdout)
    assert "<p>" not in record["text"] and "Kenya signed" in record["text"]


def test_non_english_text_is_flagged(tmp_path):
    text = (
        "Le ministre a annoncé que les exportations ont augmenté de cinq pour cent cette année "
        "grâce aux nouveaux accords signés avec les partenaires régionaux du pays."
    )
    result = runner.invoke(app, ["extract", _write(tmp_path, "fr.txt", text.encode()), "--format", "json"])
    assert result.exit_code == 0
    assert "does not look like English" in result.stderr


def test_bad_published_date_is_a_usage_error():
    result = runner.invoke(app, ["extract", str(SAMPLE), "--published", "yesterday"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_unexpected_errors_are_one_line_without_traceback(tmp_path):
    """The console script's last line of defence: exit 2, one line, no traceback."""
    import subprocess
    import sys

    blocker = tmp_path / "file"
    blocker.write_text("x")
    code = "import sys; from briefx.cli import main; sys.argv = ['briefx', 'schema', '--out', sys.argv[1]]; main()"
    result = subprocess.run(
        [sys.executable, "-c", code, str(blocker / "sub")], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("internal error:")
