"""`briefx score` through Typer's CliRunner, on --pred files (no model loaded)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefx.cli import app

TEXT = "Lu Mei met Ilham Aliyev in Baku and pledged $2.44 billion.\n"


def _span(label: str, surface: str, **attrs) -> dict:
    start = TEXT.index(surface)
    return {"start": start, "end": start + len(surface), "text": surface, "label": label, **attrs}


GOLD = {
    "id": "d1",
    "text": TEXT,
    "meta": {"title": None, "authors": []},
    "spans": [
        _span("PERSON", "Lu Mei"),
        _span("PERSON", "Ilham Aliyev"),
        _span("GPE", "Baku"),
        _span("MONEY", "$2.44 billion", value=2.44e9, currency="USD"),
    ],
}
# PERSON 1/2 found, GPE right, MONEY found with the wrong currency.
PRED = {
    **GOLD,
    "spans": [
        _span("PERSON", "Lu Mei"),
        _span("GPE", "Baku"),
        _span("MONEY", "$2.44 billion", value=2.44e9, currency="CNY"),
    ],
}


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold.write_text(json.dumps(GOLD) + "\n", encoding="utf-8")
    pred.write_text(json.dumps(PRED) + "\n", encoding="utf-8")
    return gold, pred


def run(*args: str | Path):
    return CliRunner().invoke(app, ["score", *map(str, args)])


def test_json_output(files):
    gold, pred = files
    result = run(gold, "--pred", pred, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    system = data["systems"]["pred.jsonl"]
    assert data["documents"] == 1
    assert system["groups"]["entities"]["strict"]["f1"] == pytest.approx(0.8)  # tp 2, fn 1
    assert system["labels"]["MONEY"]["values"] == {"accuracy": 0.0, "correct": 0, "total": 1}
    assert "errors" not in system


def test_table_output(files):
    gold, pred = files
    result = run(gold, "--pred", pred)
    assert result.exit_code == 0, result.output
    for text in ("PERSON", "entities", "figures", "overall", "0.800", "quote spans",
                 "title exact match"):
        assert text in result.stdout


def test_errors_are_listed_by_label_with_context(files):
    gold, pred = files
    result = run(gold, "--pred", pred, "--errors")
    assert result.exit_code == 0, result.output
    assert "PERSON errors of pred.jsonl" in result.stdout
    assert "missed    d1:11  Lu Mei met [[Ilham Aliyev]] in Baku" in result.stdout
    assert "value     d1:44" in result.stdout
    assert "(currency CNY, gold USD)" in result.stdout


def test_errors_in_json(files):
    gold, pred = files
    data = json.loads(run(gold, "--pred", pred, "--json", "--errors").stdout)
    errors = data["systems"]["pred.jsonl"]["errors"]
    assert [(e["label"], e["kind"], e["text"]) for e in errors] == [
        ("PERSON", "missed", "Ilham Aliyev"), ("MONEY", "value", "$2.44 billion")
    ]


@pytest.mark.parametrize(
    "gates, exit_code",
    [
        ([], 0),
        (["0.5"], 0),  # overall: tp 3, fn 1 -> 6/7
        (["0.9"], 1),
        (["entities=0.8"], 0),
        (["entities=0.81"], 1),
        (["entities=0.5", "figures=0.99"], 0),
        (["PERSON=0.7"], 1),  # 2/3
        (["person=0.6"], 0),
    ],
)
def test_min_f1_gates_the_exit_code(files, gates, exit_code):
    gold, pred = files
    args = [arg for gate in gates for arg in ("--min-f1", gate)]
    result = run(gold, "--pred", pred, "--json", *args)
    assert result.exit_code == exit_code, result.output
    if exit_code:
        assert "below minimum" in result.stderr


@pytest.mark.parametrize("gate", ["people=0.5", "entities=high"])
def test_a_bad_min_f1_is_a_usage_error(files, gate):
    gold, pred = files
    result = run(gold, "--pred", pred, "--min-f1", gate)
    assert result.exit_code == 2
    assert "--min-f1" in result.stderr


def test_record_then_against(files, tmp_path):
    gold, pred = files
    scores = tmp_path / "scores.json"
    assert run(gold, "--pred", pred, "--json", "--record", scores).exit_code == 0
    recorded = json.loads(scores.read_text())
    assert recorded["gate"] == ["entities", "figures"]
    assert recorded["f1"]["entities"] == 0.8
    assert run(gold, "--pred", pred, "--against", scores).exit_code == 0

    recorded["f1"]["entities"] = 0.83  # 0.8 is more than 0.02 below
    scores.write_text(json.dumps(recorded))
    result = run(gold, "--pred", pred, "--against", scores)
    assert result.exit_code == 1
    assert "entities F1 0.8000 is below the minimum 0.8100" in result.stderr
    assert run(gold, "--pred", pred, "--against", scores, "--tolerance", "0.05").exit_code == 0


@pytest.mark.parametrize(
    "content, message",
    [
        ("not json\n", "gold.jsonl:1: not a GOLD.md document"),
        (json.dumps({**GOLD, "spans": [{**GOLD["spans"][0], "end": 5}]}) + "\n",
         "gold.jsonl:1: not a GOLD.md document"),
    ],
    ids=["not-json", "bad-offsets"],
)
def test_a_bad_gold_file_is_one_line_and_exit_1(tmp_path, content, message):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(content, encoding="utf-8")
    result = run(gold, "--pred", gold)
    assert result.exit_code == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""


def test_a_missing_gold_file(tmp_path):
    result = run(tmp_path / "nope.jsonl", "--pred", tmp_path / "nope.jsonl")
    assert result.exit_code == 1
    assert "nope.jsonl: no such file" in result.stderr


def test_a_prediction_for_another_text_is_refused(files, tmp_path):
    gold, _ = files
    pred = tmp_path / "other.jsonl"
    pred.write_text(json.dumps({**GOLD, "text": TEXT + "More.", "spans": []}) + "\n")
    result = run(gold, "--pred", pred)
    assert result.exit_code == 1
    assert "d1: the predicted text differs from the gold text" in result.stderr


def test_missing_predictions_are_a_warning(files, tmp_path):
    gold, _ = files
    pred = tmp_path / "empty.jsonl"
    pred.write_text("")
    result = run(gold, "--pred", pred, "--json")
    assert result.exit_code == 0
    assert "warning:" in result.stderr and "scored as empty: d1" in result.stderr
    assert json.loads(result.stdout)["systems"]["empty.jsonl"]["groups"]["overall"]["strict"][
        "recall"] == 0.0


def test_the_recorded_corpus_scores_are_well_formed():
    from briefx.scoring import GATE_KEYS

    root = Path(__file__).resolve().parents[1]
    data = json.loads((root / "corpus" / "scores.json").read_text(encoding="utf-8"))
    # the CI gate covers the written and the real test split (issue 9), one record each
    assert set(data["files"]) == {"corpus/test.jsonl", "corpus/real/test.jsonl"}
    for gold, recorded in data["files"].items():
        assert recorded["gold"] == gold and (root / gold).is_file()
        assert recorded["gate"] and set(recorded["gate"]) <= set(GATE_KEYS)
        assert all(isinstance(recorded["f1"][key], float) for key in recorded["gate"])


def test_the_public_api_scores_a_prediction_file(files):
    import briefx

    gold, pred = files
    report = briefx.score(gold, pred=pred)
    assert report.main.name == "pred.jsonl"
    assert report.main.labels["PERSON"].strict.recall == 0.5


def test_an_unknown_baseline_is_refused(files):
    from briefx.errors import BriefxError
    from briefx.evaluate import score_file

    gold, pred = files
    with pytest.raises(BriefxError, match="unknown baseline 'stanza'"):
        score_file(gold, pred=pred, baseline="stanza")


def test_several_gold_files_are_scored_and_gated_one_by_one(tmp_path):
    written, real = tmp_path / "written.jsonl", tmp_path / "real.jsonl"
    written.write_text(json.dumps(GOLD) + "\n", encoding="utf-8")
    real.write_text(json.dumps({**GOLD, "spans": GOLD["spans"][:2]}) + "\n", encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps(PRED) + "\n", encoding="utf-8")
    # --pred goes with one gold file
    refused = run(written, real, "--pred", pred)
    assert refused.exit_code == 1 and "one gold file" in refused.output
    # per-file records: the real file's record gates the real file only
    from briefx.io import read_gold
    from briefx.scoring import ScoreReport, score_documents, write_records

    reports = [
        ScoreReport(str(path), 1, {"pred": score_documents(list(read_gold(path)), list(read_gold(pred)))})
        for path in (written, real)
    ]
    record = tmp_path / "scores.json"
    write_records(record, reports)
    data = json.loads(record.read_text())
    assert set(data["files"]) == {str(written), str(real)}
    ok = run(real, "--pred", pred, "--against", record, "--tolerance", "0")
    assert ok.exit_code == 0, ok.output
    data["files"][str(real)]["f1"]["entities"] = 0.99
    record.write_text(json.dumps(data))
    failed = run(real, "--pred", pred, "--against", record, "--tolerance", "0")
    assert failed.exit_code == 1 and "entities F1" in failed.output
    own = run(written, "--pred", pred, "--against", record, "--tolerance", "0")  # its own record, unchanged
    assert own.exit_code == 0, own.output
