"""Fine-tuning the NER with rehearsal (issue 9 § 4)."""

from __future__ import annotations

import pytest

from briefx.schema import GoldDocument
from briefx.train import rehearsal_entities

TEXT = "Ms Mara Ellison of Harlow Bank said on Monday that 300 jobs would go in Leeds."


def _gold(*spans: tuple[str, str]) -> GoldDocument:
    items = []
    for label, surface in spans:
        start = TEXT.index(surface)
        items.append({"start": start, "end": start + len(surface), "text": surface, "label": label,
                      **({"value": None} if label == "DATE" else {})})
    return GoldDocument.model_validate({"id": "d", "text": TEXT, "spans": items})


def _at(surface: str, label: str) -> tuple[int, int, str]:
    start = TEXT.index(surface)
    return start, start + len(surface), label


CASES = [
    pytest.param([_at("Monday", "DATE"), _at("300", "CARDINAL")], [("PERSON", "Mara Ellison")],
                 [_at("Mara Ellison", "PERSON"), _at("Monday", "DATE"), _at("300", "CARDINAL")],
                 id="other-labels-rehearsed"),
    pytest.param([_at("Harlow", "GPE"), _at("Leeds", "ORG")], [("ORG", "Harlow Bank"), ("GPE", "Leeds")],
                 [_at("Harlow Bank", "ORG"), _at("Leeds", "GPE")], id="gold-entities-win"),
    pytest.param([_at("Mara Ellison", "PERSON")], [], [], id="an-entity-gold-leaves-out-is-unlearned"),
    pytest.param([_at("on Monday", "DATE")], [("DATE", "Monday")], [], id="base-span-overlapping-gold-dropped"),
]


@pytest.mark.parametrize("base, gold_spans, expected", CASES)
def test_rehearsal_entities(base, gold_spans, expected):
    assert rehearsal_entities(_gold(*gold_spans), base) == sorted(expected)


@pytest.mark.slow
def test_train_ner_writes_weights_the_base_model_loads(tmp_path):
    import spacy

    from briefx.pipeline import default_model
    from briefx.train import train_ner

    doc = _gold(("PERSON", "Mara Ellison"), ("ORG", "Harlow Bank"), ("GPE", "Leeds"))
    train_ner(default_model(), [doc], tmp_path / "ner", epochs=1)
    nlp = spacy.load(default_model(), exclude=["lemmatizer"])
    nlp.get_pipe("ner").from_disk(tmp_path / "ner")
    assert {"PERSON", "ORG", "GPE", "CARDINAL"} <= set(nlp.get_pipe("ner").labels)


def _ner_bytes(nlp) -> bytes:
    return nlp.get_pipe("ner").model.to_bytes()


@pytest.fixture(scope="module")
def stock():
    import spacy

    from briefx.pipeline import default_model

    return spacy.load(default_model(), exclude=["lemmatizer"])


def test_default_pipeline_runs_the_shipped_tuned_ner(extractor, stock):
    from briefx.resources import resource_path

    shipped = resource_path("ner", "model").read_bytes()
    assert _ner_bytes(extractor.nlp) != _ner_bytes(stock)
    assert len(shipped) > 1_000_000  # the weights are in models/, not downloaded


@pytest.mark.parametrize("tuned_ner, env, stock_kept", [
    pytest.param(False, "", True, id="asked-for-stock"),
    pytest.param(None, "1", True, id="env-asks-for-stock"),
    pytest.param(None, "0", False, id="env-zero-keeps-tuned"),
    pytest.param(None, "", False, id="default-tuned"),
])
def test_stock_ner_on_request(stock, monkeypatch, tuned_ner, env, stock_kept):
    from briefx.pipeline import STOCK_NER_ENV, build_nlp

    monkeypatch.setenv(STOCK_NER_ENV, env)
    assert (_ner_bytes(build_nlp(tuned_ner=tuned_ner)) == _ner_bytes(stock)) is stock_kept


@pytest.mark.parametrize("field, value", [
    pytest.param("version", "3.7.1", id="other-version"),
    pytest.param("name", "core_web_md", id="other-model"),
])
def test_other_base_models_keep_their_own_ner(stock, field, value):
    import spacy

    from briefx.pipeline import default_model, tune_ner

    nlp = spacy.load(default_model(), exclude=["lemmatizer"])
    nlp.meta[field] = value
    assert _ner_bytes(tune_ner(nlp)) == _ner_bytes(stock)
