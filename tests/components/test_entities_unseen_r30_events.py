"""Events and places of round 30. A capitalised place head after "the" standing alone ("the Channel", "the Basin") is
the place the document named in full with it: found among the out-of-fold errors of real dev (an Australian PM
release on a river basin) and in two unseen texts of round 30 (a Wikinews report on a Channel crossing, a White
House memorandum on a river basin). A monument's name ("the Australian War Memorial") is a place GOLD.md gives no
span, nor the names inside it, where the model and the event patterns read an EVENT after "War": found among the
out-of-fold errors of real dev (NZ releases on a minister's visit, an Australian PM appointment) and in three unseen
texts of round 30 (an NZ council appointment, an Australian PM doorstop and release). Cases written after the shape
of those texts (none copied); the repair runs on a blank tokenizer with the entity lexicon, the whole pipeline on
the session model."""

from __future__ import annotations

import pytest
import spacy

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon
from briefx.components.entities.place_heads import short_place_references
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
