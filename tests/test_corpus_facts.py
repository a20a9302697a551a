"""corpus/build.py compiles facts written by surfaces (corpus/README.md § Facts) to GOLD.md offsets."""

from __future__ import annotations

import importlib.util

import pytest
from tests.conftest import ROOT

from briefx.schema import GoldDocument

_spec = importlib.util.spec_from_file_location("corpus_build", ROOT / "corpus" / "build.py")
build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)

TEXT = "Kenya's exports rose 12% to $4 billion in 2025. Uganda's exports rose 12% in 2024."
SOURCE = {
    "id": "t", "meta": {"title": None, "authors": [], "published": None},
    "spans": [["GPE", "Kenya"], ["PERCENT", "12%", {"value": 12}],
              ["MONEY", "$4 billion", {"value": 4e9, "currency": "USD"}], ["DATE", "2025", {"value": "2025"}],
              ["GPE", "Uganda"], ["PERCENT", "12%", {"value": 12}], ["DATE", "2024", {"value": "2024"}]],
}


def _compile(facts):
    return build.compile_facts(build.compile_document(SOURCE, TEXT), facts)


def test_facts_resolve_to_the_spans_nearest_their_figure():
    facts = _compile([
        {"figure": "12%", "measure": "exports", "subjects": ["Kenya"], "period": "2025", "kind": "change",
         "direction": "up"},
        {"figure": "$4 billion", "measure": "exports", "subjects": ["Kenya"], "period": "2025"},
        {"figure": "12%", "measure": "exports", "subjects": ["Uganda"], "period": "2024", "kind": "change",
         "direction": "up"},
    ])
    second = TEXT.index("12%", 30)
    assert [f["figure"][0] for f in facts] == [TEXT.index("12%"), TEXT.index("$4"), second]
    assert facts[2]["measure"]["start"] == TEXT.index("exports", 40)
    assert facts[2]["subjects"] == [[TEXT.index("Uganda"), TEXT.index("Uganda") + 6]]
    doc = GoldDocument.model_validate({"id": "t", "text": TEXT, "spans": build.compile_document(SOURCE, TEXT)["spans"],
                                       "facts": facts})
    assert len(doc.facts) == 3


BAD = [
    ([{"figure": "12%"}, {"figure": "$4 billion"}], "have no fact"),
    ([{"figure": "9%"}], "not a figure span"),
    ([{"figure": "12%", "subjects": ["Ghana"]}], "subject 'Ghana' is not a span"),
    ([{"figure": "12%", "kind": "level", "direction": "up"}], "bad kind/direction"),
    ([{"figure": "12%", "period": "2023"}], "period '2023' is not a span"),
    ([{"figure": "12%", "unit": "x"}], "keys from"),
]


@pytest.mark.parametrize("facts, message", BAD, ids=["missing", "figure", "subject", "direction", "period", "key"])
def test_bad_facts_are_one_clear_error(facts, message):
    with pytest.raises(build.CorpusError, match=message):
        _compile(facts)


def test_compiled_corpus_is_current_and_its_facts_validate():
    assert build.main(["--check"]) == 0
    compiled, errors = build.load_sources()
    assert not errors
    labelled = [d for docs in compiled.values() for d in docs if "facts" in d]
    assert len(labelled) >= 20
    for doc in labelled:
        GoldDocument.model_validate(doc)


def test_a_heading_is_found_on_a_line_that_ends_in_a_markdown_line_break():
    text = "**Background**  \nKenya's exports rose 12% in 2025.\n"
    source = {"id": "h", "meta": {"title": None, "authors": [], "published": None},
              "sections": ["**Background**"], "spans": []}
    assert build.compile_document(source, text)["sections"] == [{"heading": "**Background**", "start": 0}]
    with pytest.raises(build.CorpusError, match="not a line"):
        build.compile_document({**source, "sections": ["**Back"]}, text)
