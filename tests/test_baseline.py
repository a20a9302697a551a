"""The `--baseline spacy` system and the end-to-end `score_file` run."""

from __future__ import annotations

import json

import pytest
import spacy

from briefx.baseline import baseline_gold, baseline_labels
from briefx.schema import GoldDocument

TEXT = "Ilham Aliyev opened 3 GW of plants and 351 trains at Baku Port on Monday."

LABEL_CASES = [
    # the issue: CARDINAL -> COUNT, QUANTITY -> CAPACITY, others by name
    ("CARDINAL", "COUNT"),
    ("QUANTITY", "CAPACITY"),
    ("PERSON", "PERSON"),
    ("MONEY", "MONEY"),
    ("DATE", "DATE"),
    ("FAC", None),
    ("ORDINAL", None),
    ("TIME", None),
]


@pytest.mark.parametrize("ontonotes, gold", LABEL_CASES)
def test_label_map(ontonotes, gold):
    assert baseline_labels().get(ontonotes) == gold


def test_baseline_gold_maps_entities_without_values():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([
        {"label": "PERSON", "pattern": "Ilham Aliyev"},
        {"label": "QUANTITY", "pattern": "3 GW"},
        {"label": "CARDINAL", "pattern": "351"},
        {"label": "FAC", "pattern": "Baku Port"},
        {"label": "DATE", "pattern": "Monday"},
    ])
    gold = GoldDocument(id="d1", text=TEXT)
    [pred] = baseline_gold([gold], nlp)
    assert pred.id == "d1" and pred.text == TEXT
    assert [(s.label, s.text) for s in pred.spans] == [
        ("PERSON", "Ilham Aliyev"), ("CAPACITY", "3 GW"), ("COUNT", "351"), ("DATE", "Monday")
    ]
    assert all(getattr(s, "value", None) is None for s in pred.spans)
    assert pred.meta.title is None and pred.sections == []


@pytest.mark.slow
def test_score_file_runs_briefx_and_the_baseline(tmp_path):
    from briefx.baseline import load_baseline
    from briefx.evaluate import score_file

    texts = [
        "President Ilham Aliyev met Xi Jinping in Beijing on Monday.\n",
        "China and Azerbaijan signed 20 documents worth $2 billion in 2025.\n",
    ]
    docs = [GoldDocument(id=f"d{i}", text=t, meta={"published": "2026-01-15"})
            for i, t in enumerate(texts)]
    # Gold made of the baseline's own spans: the baseline must score a perfect 1.0.
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        "".join(d.model_dump_json() + "\n" for d in baseline_gold(docs, load_baseline())),
        encoding="utf-8",
    )
    report = score_file(gold, baseline="spacy")
    assert list(report.systems) == ["briefx", "spacy"]
    assert report.documents == 2 and report.warnings == []
    assert report.systems["spacy"].groups["overall"].strict.f1 == 1.0
    f1 = report.main.groups["entities"].strict.f1
    assert f1 is not None and 0.0 <= f1 <= 1.0
    json.dumps(report.to_dict(errors=True))
