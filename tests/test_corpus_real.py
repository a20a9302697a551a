"""The real corpus's tooling: the seeded stratified split and the compiled files (issue 9)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


draw_split = _module(ROOT / "corpus" / "real" / "draw_split.py", "draw_split")
build = _module(ROOT / "corpus" / "build.py", "corpus_build")


def test_draw_is_seeded_stratified_and_keeps_earlier_draws():
    styles = {f"tr-{i}": "transcript" for i in range(10)} | {f"fj-{i}": "joint" for i in range(5)}
    first = draw_split.draw(styles, {}, seed=7, share=0.4)
    assert first == draw_split.draw(styles, {}, seed=7, share=0.4)
    assert sum(v == "test" for k, v in first.items() if k.startswith("tr")) == 4
    assert sum(v == "test" for k, v in first.items() if k.startswith("fj")) == 2
    more = styles | {"nw-0": "wire", "nw-1": "wire"}
    second = draw_split.draw(more, first, seed=8, share=0.4)
    assert set(second) == {"nw-0", "nw-1"} and sorted(second.values()) == ["dev", "test"]


def test_compiled_real_corpus_is_fresh_and_every_document_has_provenance():
    compiled, errors = build.load_sources(real=True)
    assert errors == []
    for split in ("dev", "test", "pending"):
        path = ROOT / "corpus" / "real" / f"{split}.jsonl"
        if compiled[split] or path.exists():
            assert path.read_text(encoding="utf-8") == build.render(compiled[split]), f"{split} is stale"
    for record in compiled["SOURCES"]:
        assert all(record.get(key) for key in build.SOURCE_KEYS), record["id"]


def test_turns_compile_from_tags_at_line_starts():
    text = "Briefing\n\nQuite so.\nMS. PSAKI: Hello. (Laughter.)\n\nQ Why?\n\nMS. PSAKI: Because.\n\nEND 2:15 P.M.\n"
    turns = build.compile_turns(
        "x", [["MS. PSAKI:", "Jen Psaki", False], ["Q", None, True], ["MS. PSAKI:", "Jen Psaki", False,
                                                                        {"until": "END"}]], text)
    assert [text[t["start"] : t["end"]] for t in turns] == ["Hello. (Laughter.)", "Why?", "Because."]
    with pytest.raises(build.CorpusError):
        build.compile_turns("x", [["MR. NOBODY:", None, False]], text)


@pytest.mark.skipif(not (ROOT / "corpus" / "real" / "split.json").exists(), reason="no split drawn yet")
def test_split_file_lists_each_real_document_once():
    data = json.loads((ROOT / "corpus" / "real" / "split.json").read_text(encoding="utf-8"))
    ids = {p.stem for p in (ROOT / "corpus" / "real" / "src").glob("*.json")}
    assert set(data["split"]) <= ids
    assert set(data["split"].values()) <= {"dev", "test"}


split_dates = _module(ROOT / "corpus" / "split_coordinated_dates.py", "split_coordinated_dates")


@pytest.mark.parametrize(
    ("surface", "value", "before", "expected"),
    [
        ("May 7 and 9", "2021-05-07/2021-05-09", "talks on ", [("May 7", "2021-05-07"), ("9", "2021-05-09")]),
        ("7 and 9 May", "2021-05-07/2021-05-09", "talks on ", [("7", "2021-05-07"), ("9 May", "2021-05-09")]),
        ("April and June", "2023-04/2023-06", "fell in ", [("April", "2023-04"), ("June", "2023-06")]),
        ("1994 and 1997", "1994/1997", "in ", [("1994", "1994"), ("1997", "1997")]),
        ("June and July", None, "in ", [("June", None), ("July", None)]),
        ("7 and 9 May", "2021-05-07/2021-05-09", "held between ", None),
        ("2014 and 2023", "2014/2023", "spent between\n", None),
        ("coming days and weeks", None, "in the ", None),
        ("two and a half years", None, "for ", None),
    ],
    ids=["month-day-and-day", "day-and-day-month", "two-months", "two-years", "null-values", "between-days",
         "between-years", "vague-period", "duration"],
)
def test_coordinated_gold_dates_split_unless_a_range(surface, value, before, expected):
    assert split_dates.split(surface, value, before) == expected


def test_no_gold_date_is_still_a_coordination():
    for real in (False, True):
        folder = build.REAL / "src" if real else build.SRC
        for path in folder.glob("*.json"):
            source = json.loads(path.read_text(encoding="utf-8"))
            text = path.with_suffix(".txt").read_text(encoding="utf-8")
            assert split_dates._rewrite(source, text) == [], path.name


def test_agreement_compares_spans_only_and_its_report_is_the_committed_one():
    # the second pass labels spans and turns, not facts: pass 1's facts would count as 'missed' facts
    agreement = _module(ROOT / "corpus" / "agreement.py", "corpus_agreement")
    first, second = agreement.load_passes(real=True)
    assert first and not any(d.facts for d in first) and [d.id for d in first] == [d.id for d in second]
    committed = json.loads((ROOT / "corpus" / "real" / "agreement.json").read_text(encoding="utf-8"))
    assert "facts" not in committed and committed["documents"] == [d.id for d in first]
