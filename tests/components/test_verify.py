"""The learned entity filter (issue 9 § 4): its pure pieces, its training, its hook."""

from __future__ import annotations

import numpy as np
import pytest

from briefx.components.entities import verify
from briefx.components.entities.doc_view import DocView
from briefx.schema import GoldDocument
from briefx.train_filter import collect, gold_class, train_filter

SHAPES = [
    pytest.param("Halvorsen", "Xxx", id="title-case-word"),
    pytest.param("NATO", "XX", id="initialism"),
    pytest.param("G20", "Xdd", id="letter-and-digits"),
    pytest.param("U.S.", "X.X.", id="dotted-initials"),
    pytest.param("O’Connor", "X’Xxx", id="apostrophe-name"),
]


@pytest.mark.parametrize("text, expected", SHAPES)
def test_word_shape(text, expected):
    assert verify.word_shape(text) == expected


@pytest.mark.parametrize("n, expected", [(0, "0"), (2, "2"), (4, "3-4"), (9, "5+")], ids=["0", "2", "3-4", "5+"])
def test_bucket(n, expected):
    assert verify.bucket(n) == expected


def _probs(**given: float) -> np.ndarray:
    rest = (1.0 - sum(given.values())) / (len(verify.CLASSES) - len(given))
    return np.array([given.get(c, rest) for c in verify.CLASSES])


DECISIONS = [
    pytest.param(_probs(ORG=0.9), "ORG", "ORG", id="model-agrees-keeps"),
    pytest.param(_probs(none=0.8), "ORG", None, id="sure-none-drops"),
    pytest.param(_probs(none=0.45, ORG=0.4), "ORG", "ORG", id="unsure-none-keeps"),
    pytest.param(_probs(PERSON=0.7), "ORG", "PERSON", id="sure-other-label-relabels"),
    pytest.param(_probs(PERSON=0.45, ORG=0.4), "ORG", "ORG", id="unsure-other-label-keeps"),
    pytest.param(_probs(none=0.9), "FAC", "FAC", id="label-never-trained-passes"),
]


@pytest.mark.parametrize("probs, label, expected", DECISIONS)
def test_decide(probs, label, expected):
    assert verify.decide(probs, label, drop_at=0.5, relabel_at=0.5).label == expected


def test_hashed_features_are_stable_and_in_range():
    cols = verify.hashed(["label=ORG", "prev=the", "label=ORG"], bits=10)
    assert list(cols) == sorted(set(cols)) and len(cols) == 2 and cols.max() < 1 << 10
    assert list(cols) == list(verify.hashed(["prev=the", "label=ORG"], bits=10))


TOY = [(["bias", "label=ORG", "last=fund"], "none"), (["bias", "label=ORG", "last=bank"], "ORG")] * 20


def test_training_is_deterministic_and_learns_a_separable_toy():
    first = verify.train(TOY, seed=3, epochs=3, bits=10)
    assert np.array_equal(first, verify.train(TOY, seed=3, epochs=3, bits=10))
    model = verify.Verifier(first)
    assert verify.CLASSES[int(model.probabilities(["bias", "label=ORG", "last=fund"]).argmax())] == "none"
    assert verify.CLASSES[int(model.probabilities(["bias", "label=ORG", "last=bank"]).argmax())] == "ORG"


def test_weights_survive_a_round_trip(tmp_path):
    model = verify.Verifier(verify.train(TOY, epochs=1, bits=10), drop_at=0.6, relabel_at=0.7, checked=("ORG",))
    model.save(tmp_path / "filter.npz")
    back = verify.Verifier.load(tmp_path / "filter.npz")
    assert np.array_equal(back.weights, model.weights)
    assert (back.bits, back.drop_at, back.relabel_at, back.checked) == (10, 0.6, 0.7, ("ORG",))


TEXT = "Ms Mara Ellison of the Harlow Bank said the Harlow Growth Fund would open in Leeds."


def _gold(*spans: tuple[str, str]) -> GoldDocument:
    items = [{"start": TEXT.index(s), "end": TEXT.index(s) + len(s), "text": s, "label": label} for label, s in spans]
    return GoldDocument.model_validate({"id": "d", "text": TEXT, "spans": items})


GOLD_CLASSES = [
    pytest.param("Harlow Bank", "ORG", id="same-bounds-takes-the-gold-label"),
    pytest.param("the Harlow Bank", "ORG", id="determiner-left-out-as-the-scorer-does"),
    pytest.param("Harlow", "none", id="part-of-a-name-is-none"),
    pytest.param("Harlow Growth Fund", "none", id="no-gold-span-is-none"),
]


@pytest.mark.parametrize("surface, expected", GOLD_CLASSES)
def test_gold_class(surface, expected):
    gold = _gold(("PERSON", "Mara Ellison"), ("ORG", "Harlow Bank"), ("GPE", "Leeds"))
    start = TEXT.index(surface)
    assert gold_class(gold, start, start + len(surface)) == expected


def test_collect_labels_the_rules_candidates(extractor):
    gold = _gold(("PERSON", "Mara Ellison"), ("ORG", "Harlow Bank"), ("GPE", "Leeds"))
    (rows,) = collect(extractor.nlp, [gold])
    found = {next(f for f in feats if f.startswith("text=")): y for feats, y in rows}
    assert found["text=mara ellison"] == "PERSON" and found["text=leeds"] == "GPE"


MARKED = [
    pytest.param("<p>Ms Mara Ellison of the <strong>Harlow Bank</strong> said it.</p>", ("<", ">", "strong"),
                 id="html-tags-of-a-transcript"),
    pytest.param("Ms Mara Ellison of the [Harlow Bank](https://harlow.example/bank) said it.",
                 ("](", "http", "example"),
                 id="markdown-link-target"),
]


@pytest.mark.parametrize("text, pieces", MARKED)
def test_collect_reads_markup_masked_as_the_pipeline_does(extractor, text, pieces):
    """The running pipeline masks markup before tokenising (`Extractor.make_doc`): no tag or link is a token
    the filter learns from."""
    gold = GoldDocument.model_validate({"id": "m", "text": text, "spans": []})
    (rows,) = collect(extractor.nlp, [gold])
    assert rows and not [f for feats, _ in rows for f in feats if any(p in f for p in pieces)]


def test_train_filter_is_deterministic(extractor, tmp_path):
    gold = _gold(("PERSON", "Mara Ellison"), ("ORG", "Harlow Bank"), ("GPE", "Leeds"))
    one = train_filter(extractor.nlp, [gold], tmp_path / "a.npz", epochs=2, seed=1)
    two = train_filter(extractor.nlp, [gold], tmp_path / "b.npz", epochs=2, seed=1)
    assert np.array_equal(one.weights, two.weights)
    saved = [verify.Verifier.load(tmp_path / name).weights for name in ("a.npz", "b.npz")]
    assert np.array_equal(*saved)


def test_the_filter_hook_drops_what_the_model_rejects(extractor):
    weights = np.zeros((1 << 4, len(verify.CLASSES)), dtype=np.float32)
    weights[verify.hashed(["bias"], 4), verify.CLASSES.index("none")] = 50.0  # every name is "none"
    component = extractor.nlp.get_pipe("briefx_entities")
    component.verifier = verify.Verifier(weights, checked=("GPE",))
    try:
        doc = extractor.nlp(TEXT)
    finally:
        component.verifier = None
    labels = {e.text: e.label_ for e in doc.ents}
    assert "Leeds" not in labels and labels.get("Mara Ellison") == "PERSON"


def test_features_name_the_source_and_the_label(extractor):
    doc = extractor.nlp(TEXT)
    component = extractor.nlp.get_pipe("briefx_entities")
    view = DocView(doc)
    cand = next(c for c in component.entities(view) if doc[c.start : c.end].text == "Leeds")
    feats = verify.span_features(view, component.lexicon, cand)
    assert "label=GPE" in feats and f"src={cand.source}" in feats and "GPE|prev=in" in feats


def test_shipped_filter_is_on_and_only_relabels_org():
    from briefx.resources import load_json, resource_path

    model = verify.Verifier.load(resource_path("verify", "filter.npz"))
    assert model.bits == verify.BITS and model.checked == ("ORG",) and model.drop_at > 1.0
    entities = next(p for p in load_json("pipeline.json")["pipes"] if p["factory"] == "briefx_entities")
    assert entities["config"]["verify"] == "verify/filter.npz"


TRAIN_OPTIONS = [
    pytest.param([], ("ORG", "PERSON", "NORP"), 0.7, id="defaults-drop-and-relabel-at-one-threshold"),
    pytest.param(["--labels", "ORG", "--threshold", "0.9", "--drop-threshold", "2"], ("ORG",), 2.0,
                 id="relabel-only-never-drops"),
]


@pytest.mark.parametrize("options, checked, drop_at", TRAIN_OPTIONS)
def test_train_filter_command_writes_weights(tmp_path, options, checked, drop_at):
    from typer.testing import CliRunner

    from briefx.cli import app

    gold = tmp_path / "gold.jsonl"
    gold.write_text(_gold(("PERSON", "Mara Ellison"), ("GPE", "Leeds")).model_dump_json() + "\n", encoding="utf-8")
    out = tmp_path / "filter.npz"
    result = CliRunner().invoke(app, ["train-filter", str(gold), "--out", str(out), "--epochs", "1", *options])
    assert result.exit_code == 0, result.output
    model = verify.Verifier.load(out)
    assert (model.checked, model.drop_at) == (checked, drop_at)
