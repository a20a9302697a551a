"""Small towns (GeoNames cities1000, small_towns.json) after a locative preposition (small_towns.from_small_towns):
the town the model reads as a body ("in Beachlands", "from Kippa-Ring"), never a person's or a body's word."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon
from briefx.components.entities.place_heads import towns_read_as_places
from briefx.components.entities.small_towns import from_small_towns


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


@pytest.fixture(scope="module")
def lex(nlp) -> Lexicon:
    return Lexicon(nlp)


def _towns(nlp, lex, text: str, people: tuple[str, ...] = ()) -> list[str]:
    doc = nlp.make_doc(text)
    ents = []
    for name in people:  # the model's reading of a person's full name elsewhere in the document
        start = text.index(name)
        ents.append(doc.char_span(start, start + len(name), label="PERSON"))
    doc.ents = [e for e in ents if isinstance(e, Span)]
    view = DocView(doc)
    return [view.doc[c.start : c.end].text for c in from_small_towns(view, lex) if c.label == "GPE"]


# the shapes of real dev text: a police base or a clinic opened in a town (NZ releases, PM transcripts),
# a rail line to a suburb, a board member's home town, a remote town's solar farm
SMALL_TOWNS = [
    pytest.param("The trust will fund a new community base in Raglan next year.", "Raglan", id="in-town"),
    pytest.param("A new line will run from Kyogle to the coast.", "Kyogle", id="from-town"),
    pytest.param("The solar farm near Longreach is now running.", "Longreach", id="near-town"),
    pytest.param("She grew up at Twizel, where her family farmed.", "Twizel", id="at-town"),
    pytest.param("Jane Roe, a grower from Te Puke, has been appointed.", "Te Puke", id="two-word-town"),
    pytest.param("Crews worked through the night in Oatlands.", "Oatlands", id="town-ends-sentence"),
]


@pytest.mark.parametrize(("text", "town"), SMALL_TOWNS)
def test_a_small_town_after_a_locative_preposition_is_a_place(nlp, lex, text, town):
    assert town in _towns(nlp, lex, text)


NOT_SMALL_TOWNS = [
    pytest.param("The bill passed in Congress on Tuesday.", (), id="body-head"),
    pytest.param("A report from Council staff followed.", (), id="body-word"),
    pytest.param("Dr Ann Smith spoke. A letter from Smith followed.", ("Ann Smith",), id="persons-surname"),
    pytest.param(
        "The Raglan Surf Club met. Funding for Raglan Surf Club came in Raglan Surf Club rooms.", (), id="name-goes-on"
    ),
    pytest.param("Nothing happened in Wellingtonia.", (), id="unknown-word"),
    pytest.param("Trials enrolled people in Parkinson’s disease clinics.", (), id="owner-of-a-thing"),
    pytest.param("**Planning in Long-term Housing:**", (), id="hyphen-compound"),
    pytest.param("The old rule (Priority in Time) is replaced.", (), id="inside-title-case-name"),
    pytest.param("Inflation held at 3% in August.", (), id="month"),
    pytest.param("Trade grew in Asia and Africa.", (), id="continent-is-the-gazetteers"),
    pytest.param(
        "They manage the Oatlands and Tarago reservoirs. Water flows from Oatlands in May.",
        (),
        id="bare-name-of-a-feature",
    ),
]


@pytest.mark.parametrize(("text", "people"), NOT_SMALL_TOWNS)
def test_no_town_where_a_person_or_body_holds_the_name(nlp, lex, text, people):
    assert _towns(nlp, lex, text, people) == []


# a small town read as a place by its preposition is the place wherever the model reads it alone as a body
# (place_heads.towns_read_as_places); a small town's name another source took for a place spreads nowhere
SPREAD = [
    pytest.param("gazetteer", ["GPE", "GPE"], id="placed-by-preposition-spreads"),
    pytest.param("ner", ["GPE", "ORG"], id="model-place-does-not-spread"),
]


@pytest.mark.parametrize(("source", "expected"), SPREAD)
def test_a_small_town_placed_by_its_preposition_is_the_place_alone(nlp, lex, source, expected):
    view = DocView(nlp.make_doc("A base opens in Raglan. The Raglan base has a volunteer network."))
    chosen = [Candidate(4, 5, "GPE", source), Candidate(7, 8, "ORG", "ner")]
    assert [c.label for c in towns_read_as_places(view, lex, chosen)] == expected
