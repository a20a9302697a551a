"""Events and places of round 30. A capitalised place head after "the" standing alone ("the Channel", "the Basin") is
the place the document named in full with it: found among the out-of-fold errors of real dev (an Australian PM
release on a river basin) and in two unseen texts of round 30 (a Wikinews report on a Channel crossing, a White
House memorandum on a river basin). The own word of a lake, river or island named in full ("Lake Taupo", "Murray
River") standing alone is the feature (LOC). A monument's name ("the Australian War Memorial") is a place GOLD.md
gives no span, nor the names inside it, where the model and the event patterns read an EVENT after "War": found
among the out-of-fold errors of real dev (NZ releases on a minister's visit, an Australian PM appointment) and in
three unseen texts of round 30 (an NZ council appointment, an Australian PM doorstop and release). Cases written
after the shape of those texts (none copied); the repair runs on a blank tokenizer with the entity lexicon, the
whole pipeline on the session model."""

from __future__ import annotations

import pytest
import spacy

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon
from briefx.components.entities.place_heads import features_by_bare_name, short_place_references
from briefx.components.entities.repairs import facility_chains
from briefx.export import to_gold


@pytest.fixture(scope="module")
def nlp_lex() -> tuple[spacy.Language, Lexicon]:
    blank = spacy.blank("en")
    return blank, Lexicon(blank)


MONUMENTS = [
    pytest.param(
        "He will lay a wreath at the Australian War Memorial tomorrow.",
        "Australian War Memorial",
        id="national-memorial",
    ),
    pytest.param("The medals were brought back to the War Memorial on Monday.", "War Memorial", id="short-name"),
    pytest.param("A ceremony at the Sandakan Memorial, then talks.", "Sandakan Memorial", id="place-inside"),
    # the head with a capitalised word after it, or alone, names no monument here
    pytest.param("Services are held on Memorial Day each year.", "", id="named-day"),
    pytest.param("The Anzac Memorial Park opens in May.", "", id="park-after"),
    pytest.param("I thank the Council of the Memorial for its work.", "", id="head-alone-in-a-body"),
]


@pytest.mark.parametrize("text, monument", MONUMENTS)
def test_a_monuments_name_is_no_name(nlp_lex, text, monument):
    nlp, lex = nlp_lex
    view = DocView(nlp.make_doc(text))
    tokens = sorted(facility_chains(view, lex))
    assert (view.doc[tokens[0] : tokens[-1] + 1].text if tokens else "") == monument


def test_a_war_memorial_gets_no_event_nor_nationality(extractor):
    text = (
        "The Minister will attend a remembrance ceremony at the National War Memorial in Wellington, "
        "and lay a wreath at the Australian War Memorial in Canberra on Friday."
    )
    ents = {(s.text, s.label) for s in to_gold(extractor.extract(text)).spans}
    assert not {label for words, label in ents if "Memorial" in words or words == "Australian"}
    assert {("Wellington", "GPE"), ("Canberra", "GPE")} <= ents


# (text, the place named in full, the short references expected)
SHORT_PLACES = [
    pytest.param(
        "He crossed the English Channel. Winds over the Channel were strong.",
        "English Channel",
        ["Channel"],
        id="channel",
    ),
    pytest.param(
        "Fish in the Columbia River Basin declined; dams in the\nBasin and the Basin’s tribes.",
        "Columbia River Basin",
        ["Basin", "Basin"],
        id="basin-wrapped-and-possessive",
    ),
    # no reference: a capitalised word goes on, no "the" before it, or the head stands inside another name
    pytest.param("They sailed the English Channel to the Channel Islands.", "English Channel", [], id="name-goes-on"),
    pytest.param("The English Channel is busy; Channel crossings are up.", "English Channel", [], id="no-the"),
    pytest.param("He visited Botany Bay and Gardens by the Bay.", "Botany Bay", [], id="inside-another-name"),
]


def _span_of(doc, words: str) -> tuple[int, int]:
    n = len(words.split())
    return next((i, i + n) for i in range(len(doc)) if doc[i : i + n].text == words)


@pytest.mark.parametrize("text, full, expected", SHORT_PLACES)
def test_a_place_head_after_the_is_the_place_named_in_full(nlp_lex, text, full, expected):
    nlp, lex = nlp_lex
    view = DocView(nlp.make_doc(text))
    chosen = [Candidate(*_span_of(view.doc, full), "LOC", "ner")]
    if "Gardens" in text:
        chosen.append(Candidate(*_span_of(view.doc, "Gardens by the Bay"), "LOC", "ner"))
    out = short_place_references(view, lex, chosen)
    assert [(view.doc[c.start : c.end].text, c.label) for c in out] == [(w, "LOC") for w in expected]


def test_the_channel_is_the_english_channel(extractor):
    text = (
        "The inventor crossed the English Channel on Sunday. Strong winds over the Channel made the "
        "crossing hard, and he landed near Dover."
    )
    spans = {(s.text, s.label) for s in to_gold(extractor.extract(text)).spans}
    assert {("English Channel", "LOC"), ("Channel", "LOC"), ("Dover", "GPE")} <= spans


# The own word of a lake, river or island the document names in full, standing alone, is the feature, where the
# model read a town, a body or a person: out-of-fold dev (an Australian PM release on a river) and two unseen NZ
# releases of round 30 (an island reserve, a lake's catchment). (text, the feature, the bare word, its label, expected)
FEATURES = [
    pytest.param(
        "Inflows to the Murray River fell. Flows at the Murray were low.",
        "Murray River",
        "Murray",
        "ORG",
        "LOC",
        id="river",
    ),
    pytest.param(
        "The trust manages Kaikoura Island; the purchase of Kaikoura was costly.",
        "Kaikoura Island",
        "Kaikoura",
        "GPE",
        "LOC",
        id="island",
    ),
    pytest.param(
        "Nitrogen in Lake Taupo rose, so catchments such as Taupo need limits.",
        "Lake Taupo",
        "Taupo",
        "GPE",
        "LOC",
        id="lake",
    ),
    # a region the tables know, a body named after the word, a head named only after a place
    pytest.param(
        "Work on the Waikato River began; Waikato farmers agreed.",
        "Waikato River",
        "Waikato",
        "GPE",
        "GPE",
        id="region",
    ),
    pytest.param(
        "Fishing in the Taiwan Strait grew, and Taiwan said so.", "Taiwan Strait", "Taiwan", "GPE", "GPE", id="strait"
    ),
]


@pytest.mark.parametrize("text, feature, word, label, expected", FEATURES)
def test_a_features_own_word_is_the_feature(nlp_lex, text, feature, word, label, expected):
    nlp, lex = nlp_lex
    view = DocView(nlp.make_doc(text))
    doc = view.doc
    bare = next(
        i for i in range(len(doc)) if doc[i].text == word and doc[i + 1].text not in ("River", "Island", "Strait")
    )
    if word == "Taupo":
        bare = max(i for i in range(len(doc)) if doc[i].text == word)
    chosen = [Candidate(*_span_of(doc, feature), "LOC", "ner"), Candidate(bare, bare + 1, label, "ner")]
    out = features_by_bare_name(view, lex, chosen)
    assert out[1].label == expected and out[0] == chosen[0]


def test_a_body_named_after_the_word_keeps_its_bare_name(nlp_lex):
    nlp, lex = nlp_lex
    view = DocView(nlp.make_doc("Lake Taupo is clean. The Taupo District Council agreed, and Taupo said yes."))
    doc = view.doc
    bare = max(i for i in range(len(doc)) if doc[i].text == "Taupo")
    chosen = [
        Candidate(0, 2, "LOC", "ner"),
        Candidate(*_span_of(doc, "Taupo District Council"), "ORG", "ner"),
        Candidate(bare, bare + 1, "ORG", "ner"),
    ]
    assert [c.label for c in features_by_bare_name(view, lex, chosen)] == ["LOC", "ORG", "ORG"]
