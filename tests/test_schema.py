"""The Pydantic models are the contract; the committed JSON Schema must match them."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError
from tests.conftest import ROOT

from briefx.schema import Briefing, GoldDocument, json_schemas


@pytest.mark.parametrize("name", sorted(json_schemas()))
def test_committed_schema_matches_models(name):
    committed = json.loads((ROOT / "schemas" / name).read_text(encoding="utf-8"))
    assert committed == json_schemas()[name], "run: briefx schema --out schemas"


def test_offsets_must_match_the_text():
    with pytest.raises(ValidationError, match="does not match the text"):
        Briefing.model_validate({"text": "Kenya", "dates": [{"start": 0, "end": 5, "text": "Kenyb", "value": None}]})


def test_currency_must_be_iso_4217():
    figure = {"label": "MONEY", "start": 0, "end": 2, "text": "$2", "value": 2, "currency": "XYZ"}
    with pytest.raises(ValidationError, match="ISO 4217"):
        Briefing.model_validate({"text": "$2", "figures": [figure]})


def test_values_must_be_finite():
    figure = {"label": "COUNT", "start": 0, "end": 1, "text": "5", "value": float("inf")}
    with pytest.raises(ValidationError, match="finite"):
        Briefing.model_validate({"text": "5", "figures": [figure]})


def test_gold_spans_of_one_label_do_not_overlap():
    doc = {
        "id": "x",
        "text": "Bank of Kenya",
        "spans": [
            {"start": 0, "end": 13, "label": "ORG", "text": "Bank of Kenya"},
            {"start": 8, "end": 13, "label": "ORG", "text": "Kenya"},
        ],
    }
    with pytest.raises(ValidationError, match="overlap"):
        GoldDocument.model_validate(doc)


def test_models_are_frozen_and_forbid_extra_fields():
    record = Briefing(text="x")
    with pytest.raises(ValidationError):
        record.text = "y"
    with pytest.raises(ValidationError):
        Briefing.model_validate({"text": "x", "unknown": 1})
