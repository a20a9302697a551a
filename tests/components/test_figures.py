"""briefx_figures (money + percent + capacity + count in one) and the shared span placement."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Span
from tests.conftest import blank_pipeline

from briefx.export import doc_to_briefing

FIGURE_LABELS = ("MONEY", "PERCENT", "CAPACITY", "COUNT")
PARAGRAPH = (
    "From January to October, trade reached $1.8 billion, up 12.5% on the year. "
    "Partners signed 14 agreements, including a 450 MW wind farm and a 2 GW solar "
    "plant, while nearly 9,000 visitors came - more than twice the 2024 level. "
    "A 20 MW/40 MWh battery will cost about 30 million euros."
)
EXPECTED = [
    ("$1.8 billion", "MONEY"),
    ("12.5%", "PERCENT"),
    ("14", "COUNT"),
    ("450 MW", "CAPACITY"),
    ("2 GW", "CAPACITY"),
    ("9,000", "COUNT"),
    ("20 MW", "CAPACITY"),
    ("40 MWh", "CAPACITY"),
    ("30 million euros", "MONEY"),
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return blank_pipeline("briefx_figures")


def test_combined_component_finds_every_label(nlp: Language) -> None:
    doc = nlp(PARAGRAPH)
    assert [(s.text, s.label_) for s in doc.spans["figures"]] == EXPECTED


def test_separate_components_agree_with_combined(blank, nlp: Language) -> None:
    separate = blank("briefx_money", "briefx_percent", "briefx_capacity", "briefx_count")
    separate_doc, combined_doc = separate(PARAGRAPH), nlp(PARAGRAPH)
    got = [(s.text, s.label_, s._.value) for s in separate_doc.spans["figures"]]
    want = [(s.text, s.label_, s._.value) for s in combined_doc.spans["figures"]]
    assert got == want


def test_spans_align_and_never_overlap_within_a_label(nlp: Language) -> None:
    doc = nlp(PARAGRAPH)
    spans = list(doc.spans["figures"])
    for span in spans:
        assert doc.text[span.start_char : span.end_char] == span.text
    for label in FIGURE_LABELS:
        same = [s for s in spans if s.label_ == label]
        for a, b in zip(same, same[1:], strict=False):
            assert a.end_char <= b.start_char


def test_token_split_keeps_other_groups_aligned(nlp: Language) -> None:
    doc = nlp.make_doc("In 2025 a 20 MW/40 MWh battery opened in Baku.")
    doc.spans["dates"] = [Span(doc, 1, 2, label="DATE")]
    doc.spans["places"] = [Span(doc, len(doc) - 2, len(doc) - 1, label="GPE")]
    doc = nlp(doc)
    assert [t.text for t in doc][4:7] == ["MW", "/", "40"]
    assert [s.text for s in doc.spans["dates"]] == ["2025"]
    assert [s.text for s in doc.spans["places"]] == ["Baku"]
    assert [s.text for s in doc.spans["figures"]] == ["20 MW", "40 MWh"]


def test_span_group_is_configurable(blank) -> None:
    nlp = blank("briefx_figures", config={"briefx_figures": {"span_group": "numbers"}})
    doc = nlp("It costs $5 million.")
    assert [s.text for s in doc.spans["numbers"]] == ["$5 million"]


def test_figures_export_through_the_schema(nlp: Language) -> None:
    briefing = doc_to_briefing(nlp(PARAGRAPH))
    assert [(f.text, f.label) for f in briefing.figures] == EXPECTED
    money = briefing.figures[0]
    assert (money.value, money.currency) == (1.8e9, "USD")


def _same(value: object, gold: object) -> bool:
    if isinstance(gold, list):
        return isinstance(value, tuple) and all(
            _same(v, g) for v, g in zip(value, gold, strict=True)
        )
    if value is None or gold is None:
        return value is None and gold is None
    return math.isclose(value, gold, rel_tol=1e-6)  # type: ignore[arg-type]


def test_seed_figures(nlp: Language, seed_gold: Path) -> None:
    """Every MONEY/PERCENT/CAPACITY/COUNT of the seed gold, strict offsets and values."""
    for line in seed_gold.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        gold = {
            (s["start"], s["end"], s["label"]): s
            for s in record["spans"]
            if s["label"] in FIGURE_LABELS
        }
        doc = nlp(record["text"])
        predicted = {(s.start_char, s.end_char, s.label_): s for s in doc.spans["figures"]}
        assert sorted(predicted) == sorted(gold)
        for key, span in predicted.items():
            want = gold[key]
            assert _same(span._.value, want["value"]), span.text
            assert span._.qualifier == want.get("qualifier"), span.text
            for name in ("currency", "si_unit", "unit"):
                if name in want:
                    assert getattr(span._, name) == want[name], span.text


# Cases met in the second batch of dev documents (written for this suite, not copied).
DEV_BATCH_2 = [
    pytest.param("The commission spent N$212 million on the count.", [("N$212 million", "MONEY", 212e6, "NAD")],
                 id="namibian-dollar"),
    pytest.param("Fares start at ฿535 for a single trip.", [("฿535", "MONEY", 535.0, "THB")], id="baht"),
    pytest.param("The plant treats 120,000 m3 a day.", [("120,000 m3 a day", "CAPACITY", 120000.0, "m3/d")],
                 id="water-per-day"),
    pytest.param("Workers poured 2,000 cubic metres of concrete.", [],
                 id="volume-without-rate-is-no-capacity"),
    pytest.param("The price was raised by ₹150 to ₹2,575.",
                 [("₹150", "MONEY", 150.0, "INR"), ("₹2,575", "MONEY", 2575.0, "INR")], id="by-x-to-y-is-a-change"),
    pytest.param("Stocks stood at 29.1 million tonnes a year earlier.",
                 [("29.1 million tonnes", "CAPACITY", 29.1e6, "t")], id="rate-phrase-taken-by-a-date"),
    pytest.param("It flies a Boeing 787-9 on the route.", [], id="model-number"),
    pytest.param("Tickets cost more one way, and from day one the tier 1 ratio held.", [], id="idioms-and-tiers"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", DEV_BATCH_2)
def test_second_dev_batch_cases(extractor, text, expected):
    record = extractor.extract(text, published="2026-03-01")
    found = [
        (f.text, f.label, f.value, getattr(f, "currency", None) or getattr(f, "unit", None))
        for f in record.figures
    ]
    assert found == expected
