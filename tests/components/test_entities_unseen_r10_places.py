"""LOC and EVENT kinds found on unseen odd-year texts (round 10: Wikinews storm and conflict reports, NZ
releases on sanctuaries, regions and summits, White House readouts and fact sheets on oceans and
coasts): a place's short form in brackets read as a body ("Exclusive Economic Zone (EEZ)", "the
DMZ"), a compass word before a known place named with "of" ("Eastern Bay of Plenty", "Eastern
Gulf of Mexico"), a year opening an event's name ("the 2022 Madrid Summit", "the 2020 Summit").
Round 11 (unseen NZ releases on marine protection, real dev out of fold on lake restoration): a Māori
tribe (iwi) the model read as a body or a person ("working with Kāi Tahu", "the workforce Te Arawa
employs"), NORP as the real gold labels it.
Cases written for this suite after the shape of those texts (none copied); the rules run on a blank
tokenizer with the entity lexicon, the heading check on the model."""

from __future__ import annotations

import functools

import pytest
import spacy
from tests.components.test_entities_events import _patterns

from briefx.components.entities import repairs
from briefx.components.entities.candidates import Candidate, choose
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.gazetteer import from_gazetteer
from briefx.components.entities.lexicon import Lexicon
from briefx.components.entities.name_patterns import from_patterns


@functools.cache
def _blank() -> tuple[spacy.Language, Lexicon]:
    """A blank English tokenizer and the entity lexicon built on it, once for this module."""
    nlp = spacy.blank("en")
    return nlp, Lexicon(nlp)


PLACE_CASES = [
    # a compass word before a known place named with "of": one LOC (the real gold's "Eastern Bay of Plenty")
    pytest.param("jobs for growers in the Eastern Bay of Plenty this year", "Eastern Bay of Plenty", "LOC", id="bay"),
    pytest.param("no new leases in the Eastern Gulf of Mexico", "Eastern Gulf of Mexico", "LOC", id="gulf"),
    pytest.param("leases in the Eastern Gulf of\nMexico and beyond", "Eastern Gulf of\nMexico", "LOC", id="wrap"),
    # no known place after "of": the head's name as before
    pytest.param("damage on the Northern Coast of Vitu Levu", "Northern Coast", "LOC", id="unknown-after-of"),
    # a body's name that holds the place: no place over it
    pytest.param("grants to the Western Bay of Plenty Tourism Trust", "Western Bay of Plenty", None, id="body"),
    pytest.param("a grant to Tourism Bay of Plenty for marketing", "Tourism Bay of Plenty", None, id="body-word"),
]


@pytest.mark.parametrize("text, surface, label", PLACE_CASES)
def test_a_compass_word_before_a_known_place_with_of(text, surface, label):
    found = _patterns(_blank(), text)
    if label is None:
        assert not any(name == surface or name.endswith(" Bay") for name, found_label in found if found_label == "LOC")
    else:
        assert (surface, label) in found


EVENT_CASES = [
    # a year after a determiner opens the event's name (the real gold: "2022 Madrid Summit", "2020 Summit")
    pytest.param("new pledges at the 2022 Lakeside Summit, and later", "2022 Lakeside Summit", id="year-summit"),
    pytest.param("in response to the 2020 Summit we acted", "2020 Summit", id="year-and-head"),
    pytest.param("after the 2024 Coastal Leaders’ Forum closed", "2024 Coastal Leaders’ Forum", id="year-forum"),
    # a head that names a meeting only when numbered takes the year as its number
    pytest.param("after the 2020 Island Presidential Election results", "2020 Island Presidential Election", id="ele"),
]


@pytest.mark.parametrize("text, surface", EVENT_CASES)
def test_a_year_opens_an_events_name(text, surface):
    assert (surface, "EVENT") in _patterns(_blank(), text)


def test_a_year_that_dates_the_clause_stays_out():
    found = _patterns(_blank(), "In 2019 Hurricane Odalys reached the coast.")
    assert ("Hurricane Odalys", "EVENT") in found
    assert not any(name.startswith("2019") for name, _ in found)


def test_a_places_short_form_in_brackets_is_the_place_everywhere():
    nlp, lex = _blank()
    text = "Fishing ends in the Exclusive Economic Zone (EEZ) from today. Ships in the EEZ must report."
    view = DocView(nlp.make_doc(text))
    long_form = view.doc.char_span(text.index("Exclusive"), text.index(" ("))
    chosen = [Candidate(long_form.start, long_form.end, "LOC", "pattern")]
    short = repairs.acronyms(view, lex, chosen)
    assert [(view.doc[c.start : c.end].text, c.label) for c in short] == [("EEZ", "LOC")]
    spread = repairs.propagate(view, lex, chosen + short)
    later = [c for c in spread if view.doc[c.start].idx > text.index("Ships")]
    # as strong as a gazetteer name: it wins over the model's "body" on the later mention
    assert [(view.doc[c.start : c.end].text, c.label, c.source) for c in later] == [("EEZ", "LOC", "gazetteer")]


def test_a_short_form_that_does_not_spell_the_place_gets_none():
    nlp, lex = _blank()
    text = "They discussed the Partners of the Blue Pacific (PBP) and its work."
    view = DocView(nlp.make_doc(text))
    place = view.doc.char_span(text.index("Blue"), text.index(" ("))
    assert repairs.acronyms(view, lex, [Candidate(place.start, place.end, "LOC", "ner")]) == []


def test_a_bodys_short_form_stays_a_body():
    nlp, lex = _blank()
    text = "The Coastal Development Bank (CDB) lends. The CDB said so."
    view = DocView(nlp.make_doc(text))
    long_form = view.doc.char_span(text.index("Coastal"), text.index(" ("))
    short = repairs.acronyms(view, lex, [Candidate(long_form.start, long_form.end, "ORG", "pattern")])
    assert {(view.doc[c.start : c.end].text, c.label) for c in short} == {("CDB", "ORG")}


def test_a_place_in_a_wrapped_heading_is_confirmed_by_the_body(extractor):
    text = (
        "**Protecting the Atlantic Ocean and the Eastern Gulf of\nMexico from Drilling**\n\n"
        "The order protects the Eastern Gulf of Mexico from new leases.\n"
    )
    doc = extractor.nlp(text)
    places = [(e.text, e.label_) for e in doc.ents if e.label_ == "LOC"]
    assert places.count(("Eastern Gulf of\nMexico", "LOC")) == 1
    assert ("Eastern Gulf of Mexico", "LOC") in places


IWI = [
    pytest.param("officials will keep working with Kāi Tahu on the reserves", {("Kāi Tahu", "NORP")}, id="kai-tahu"),
    pytest.param("a third of the workforce Te Arawa employs", {("Te Arawa", "NORP")}, id="te-arawa"),
    pytest.param("the rangers worked closely with Ngāti Waewae", {("Ngāti Waewae", "NORP")}, id="ngati"),
    pytest.param("a grant to Ngai Tahu for the trail", {("Ngai Tahu", "NORP")}, id="no-macron"),
]


@pytest.mark.parametrize("text, expected", IWI)
def test_an_iwi_is_norp(text, expected):
    nlp, lex = _blank()
    view = DocView(nlp.make_doc(text))
    assert {(view.doc[c.start : c.end].text, c.label) for c in from_gazetteer(view, lex)} == expected


BODIES_OF_IWI = [
    pytest.param("the Te Arawa Lakes Trust will receive funding", ("Te Arawa Lakes Trust", "ORG"), id="trust"),
    pytest.param("land bought by Ngāi Tahu Property Limited last year", ("Ngāi Tahu Property Limited", "ORG"), id="co"),
]


@pytest.mark.parametrize("text, expected", BODIES_OF_IWI)
def test_a_body_named_after_an_iwi_keeps_its_name(text, expected):
    nlp, lex = _blank()
    view = DocView(nlp.make_doc(text))
    chosen = choose(view, lex, from_gazetteer(view, lex) + from_patterns(view, lex))
    assert {(view.doc[c.start : c.end].text, c.label) for c in chosen} == {expected}
