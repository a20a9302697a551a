"""GOLD.md ⇄ Label Studio, doccano and Prodigy: round trips are the identity, offsets are converted."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from tests.conftest import ROOT, SHARED
from typer.testing import CliRunner

from briefx.cli import app
from briefx.convert import FORMATS, from_tool, read_documents, to_tool
from briefx.convert.offsets import OffsetMap
from briefx.convert.spans import ATTRIBUTE_NAMES
from briefx.resources import resource_path
from briefx.schema import SPAN_LABELS

TOOLS = [f for f in FORMATS if f != "gold"]


def _span(text: str, surface: str, label: str, nth: int = 0, **attrs) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return {"start": start, "end": start + len(surface), "label": label, "text": surface, **attrs}


def _document(doc_id: str, text: str, spans: list[tuple]) -> dict:
    return {"id": doc_id, "text": text, "meta": {"title": None, "authors": [], "published": "2026-03-02"},
            "sections": [], "spans": [_span(text, *s[:2], **(s[2] if len(s) > 2 else {})) for s in spans]}


EMOJI = "🚀 Launch day 😀😀: Lu Mei said “the fund 👍🏽 is ready” and pledged $2.44 billion 🎉 to Baku.\n"
CRLF = "BAKU, Jan. 15\r\n\r\nLu Mei said exports rose 21.9%\r\nin 2025 to 1,570 MW.\r\n"
COMBINING = "Zoe\u0308 Sa\u0301nchez of Me\u0301xico pledged 5 million euros on Thursday.\n"
SYNTHETIC = [
    _document("emoji", EMOJI, [
        ("Lu Mei", "PERSON"),
        ("the fund 👍🏽 is ready", "QUOTE", {"speaker": "Lu Mei"}),
        ("$2.44 billion", "MONEY", {"value": 2.44e9, "currency": "USD", "qualifier": None}),
        ("Baku", "GPE"),
    ]),
    _document("crlf", CRLF, [
        ("BAKU", "GPE"),
        ("Lu Mei", "PERSON"),
        ("21.9%", "PERCENT", {"value": 21.9}),
        ("2025", "DATE", {"value": "2025"}),
        ("1,570 MW", "CAPACITY", {"value": 1570, "unit": "MW", "si_value": 1.57e9, "si_unit": "W"}),
    ]),
    _document("combining", COMBINING, [
        ("Zoe\u0308 Sa\u0301nchez", "PERSON"),
        ("Me\u0301xico", "GPE"),
        ("5 million euros", "MONEY", {"value": 5e6, "currency": "EUR", "qualifier": None}),
        ("Thursday", "DATE", {"value": None}),
    ]),
]


def _json(obj: dict) -> dict:
    """What a tool hands back: the task after a trip through JSON."""
    return json.loads(json.dumps(obj, ensure_ascii=False))


def _gold_files() -> list[Path]:
    files = [ROOT / "corpus" / "dev.jsonl", ROOT / "corpus" / "test.jsonl"]
    seed = [SHARED / "eval" / "seed.gold.jsonl", SHARED / "eval" / "seed.facts.jsonl"]
    return files + [p for p in seed if p.is_file()]


# --- offsets -------------------------------------------------------------------------

OFFSET_CASES = [
    pytest.param("a😀b", [0, 1, 3, 4], id="one astral emoji takes two UTF-16 units"),
    pytest.param("👍🏽x", [0, 2, 4, 5], id="emoji with a skin-tone modifier: two astral code points"),
    pytest.param("a\r\nb", [0, 1, 2, 3, 4], id="CRLF counts two in both units"),
    pytest.param("e\u0301x", [0, 1, 2, 3], id="a combining accent is one unit in both"),
]


@pytest.mark.parametrize("text, utf16", OFFSET_CASES)
def test_utf16_offsets_match_javascript_string_indices(text, utf16):
    offsets = OffsetMap(text, "utf16")
    assert [offsets.to_tool(i) for i in range(len(text) + 1)] == utf16
    assert utf16 == [len(text[:i].encode("utf-16-le")) // 2 for i in range(len(text) + 1)]
    assert [offsets.to_python(u) for u in utf16] == list(range(len(text) + 1))


def test_an_offset_inside_a_surrogate_pair_is_an_error():
    with pytest.raises(ValueError, match="surrogate pair"):
        OffsetMap("a😀b", "utf16").to_python(2)


# --- round trips ---------------------------------------------------------------------


@pytest.mark.parametrize("tool", TOOLS)
@pytest.mark.parametrize("document", SYNTHETIC, ids=[d["id"] for d in SYNTHETIC])
def test_round_trip_of_tricky_text_is_the_identity(document, tool):
    assert from_tool(_json(to_tool(document, tool)), tool) == document


@pytest.mark.parametrize("path", _gold_files(), ids=lambda p: p.name)
def test_round_trip_of_every_corpus_and_seed_document_is_the_identity(path):
    documents = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert documents
    for tool in TOOLS:
        for document in documents:
            assert from_tool(_json(to_tool(document, tool)), tool) == document, (tool, document["id"])


def test_round_trip_of_every_real_document_is_the_identity():
    """corpus/real (transcripts with turns, fact sheets …), compiled in memory from its sources."""
    compiled, errors = _build_module().load_sources(real=True)
    documents = [d for split, docs in compiled.items() if split != "SOURCES" for d in docs]
    assert len(documents) > 50 and not errors
    for tool in TOOLS:
        for document in documents:
            assert from_tool(_json(to_tool(document, tool)), tool) == document, (tool, document["id"])


def test_doccano_offsets_are_utf16_code_units():
    line = to_tool(SYNTHETIC[0], "doccano")
    units = EMOJI.encode("utf-16-le")
    surfaces = [units[2 * s : 2 * e].decode("utf-16-le") for s, e, _ in line["label"]]
    assert surfaces == [s["text"] for s in SYNTHETIC[0]["spans"]]
    python = to_tool(SYNTHETIC[0], "doccano", unit="codepoints")
    assert [EMOJI[s:e] for s, e, _ in python["label"]] == surfaces


def test_label_studio_offsets_are_code_points_unless_told_utf16():
    spans = SYNTHETIC[0]["spans"]
    for unit, shift in (("codepoints", 0), ("utf16", 5)):
        task = to_tool(SYNTHETIC[0], "label-studio", unit=unit)
        money = next(r for r in task["predictions"][0]["result"] if r["value"].get("labels") == ["MONEY"])
        assert money["value"]["start"] == spans[2]["start"] + shift, unit  # five astral code points before it
        assert money["value"]["text"] == "$2.44 billion"


def test_prodigy_tokens_cover_every_span_exactly():
    task = to_tool(SYNTHETIC[2], "prodigy")
    tokens = task["tokens"]
    for span in task["spans"]:
        first, last = tokens[span["token_start"]], tokens[span["token_end"]]
        assert (first["start"], last["end"]) == (span["start"], span["end"])
    assert "".join(t["text"] + (" " if t["ws"] else "") for t in tokens) == COMBINING


# --- what comes back from a tool -------------------------------------------------------


def test_a_span_drawn_in_doccano_gets_its_attributes_recomputed(tmp_path):
    document = SYNTHETIC[0]
    line = to_tool({**document, "spans": document["spans"][:2]}, "doccano")
    money = document["spans"][2]
    offsets = OffsetMap(EMOJI, "utf16")
    line["label"].append([offsets.to_tool(money["start"]), offsets.to_tool(money["end"]), "MONEY"])
    path = tmp_path / "doccano.jsonl"
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    [converted] = read_documents(path, "doccano")
    assert converted.document["spans"][2] == {**money, "value": 2.44e9, "currency": "USD", "qualifier": None}
    assert converted.recomputed == [
        "MONEY '$2.44 billion' at 64: recomputed value=2440000000.0, currency='USD', qualifier=None"
    ]


def test_label_studio_reads_the_latest_annotation_and_corrected_attributes():
    document = SYNTHETIC[1]
    task = _json(to_tool(document, "label-studio", as_annotations=True))
    corrected = json.loads(json.dumps(task["annotations"][0]))
    for item in corrected["result"]:
        if item["from_name"] == "unit":
            item["value"]["text"] = ["GW"]  # an annotator types a plain word
    task["annotations"] = [task["annotations"][0], {**corrected, "was_cancelled": False},
                           {"result": [], "was_cancelled": True}]
    task["predictions"] = [{"result": []}]
    back = from_tool(task, "label-studio")
    assert [s.get("unit") for s in back["spans"]] == [None, None, None, None, "GW"]


def test_label_studio_config_declares_every_label_and_attribute():
    root = ET.parse(resource_path("annotation", "label_studio.xml")).getroot()
    labels = {node.get("value") for node in root.iter("Label")}
    areas = {node.get("name") for node in root.iter("TextArea") if node.get("perRegion") == "true"}
    assert labels == set(SPAN_LABELS)
    assert areas == set(ATTRIBUTE_NAMES)


# --- the command -----------------------------------------------------------------------


def test_convert_command_round_trips_through_each_tool(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in SYNTHETIC), encoding="utf-8")
    runner = CliRunner()
    for tool in TOOLS:
        middle, back = tmp_path / f"{tool}.out", tmp_path / f"{tool}.gold.jsonl"
        first = runner.invoke(app, ["convert", str(gold), "--from", "gold", "--to", tool, "--out", str(middle)])
        assert first.exit_code == 0, first.output
        second = runner.invoke(app, ["convert", str(middle), "--from", tool, "--to", "gold", "-o", str(back)])
        assert second.exit_code == 0, second.output
        assert back.read_text(encoding="utf-8").splitlines() == gold.read_text(encoding="utf-8").splitlines()


def test_convert_names_file_and_line_of_a_bad_document(tmp_path):
    bad = tmp_path / "bad.jsonl"
    line = to_tool(SYNTHETIC[0], "doccano")
    line["label"].append([1, 3, "MONEY"])  # ends inside 😀
    bad.write_text("\n" + json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", str(bad), "--from", "doccano", "--to", "gold", "-o",
                                      str(tmp_path / "out.jsonl")])
    assert result.exit_code == 1
    assert f"{bad}:2: not a doccano document" in result.output
    assert "surrogate pair" in result.output and "Traceback" not in result.output


# --- back into the corpus ------------------------------------------------------------------


def _build_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location("corpus_build", ROOT / "corpus" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_corrected_gold_file_goes_back_into_the_corpus_sources(tmp_path):
    build = _build_module()
    text = "Kenya and Kenya Airways met. Kenya said 5% and 5% more.\n"
    document = _document("kenya-x", text, [("Kenya", "GPE"), ("Kenya Airways", "ORG"), ("Kenya", "GPE", {}),
                                           ("5%", "PERCENT", {"value": 5})])
    document["spans"][2] = _span(text, "Kenya", "GPE", nth=2)  # the sequential search would take 'Kenya' of Airways
    document["spans"].append(_span(text, "5%", "PERCENT", nth=1, value=5, qualifier=None))
    gold = tmp_path / "corrected.jsonl"
    gold.write_text(json.dumps(document) + "\n", encoding="utf-8")
    [written] = build.import_gold(gold, "dev", folder=tmp_path)
    source = json.loads(written.read_text(encoding="utf-8"))
    assert source["spans"][2] == ["GPE", "Kenya", {"at": 2}]
    compiled = build.compile_document(source, written.with_suffix(".txt").read_text(encoding="utf-8"))
    assert compiled == {k: document[k] for k in ("id", "text", "meta", "sections", "spans")}
    with pytest.raises(build.CorpusError, match="already in the corpus"):
        build.import_gold(gold, "dev", folder=tmp_path)


@pytest.mark.parametrize("path", [ROOT / "corpus" / "test.jsonl"], ids=["test.jsonl"])
def test_every_corpus_document_has_a_source_form_that_compiles_back(path):
    build = _build_module()
    for line in path.read_text(encoding="utf-8").splitlines():
        document = json.loads(line)
        source = build.source_of(document, "test")
        assert build.compile_document(source, document["text"]) == document
