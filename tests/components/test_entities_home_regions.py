"""A region named like a landscape in a document about the country that governs it is GPE (home_regions);
the same words in another country's document, or in a document naming no country, keep their label."""

from __future__ import annotations

import pytest
import spacy

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.home_regions import home_country, home_regions
from briefx.components.entities.lexicon import Lexicon


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


@pytest.fixture(scope="module")
def lex(nlp) -> Lexicon:
    return Lexicon(nlp)


def _label(nlp, lex, text: str, name: str, label: str = "LOC") -> str:
    view = DocView(nlp.make_doc(text))
    start = next(i for i, t in enumerate(view.doc) if text[t.idx :].startswith(name))
    end = start + len(nlp.make_doc(name))
    (cand,) = home_regions(view, lex, [Candidate(start, end, label, "gazetteer")])
    words = view.doc[cand.start : cand.end].text
    return cand.label if words == name else f"{cand.label} {words}"


# the shapes of real dev releases: NZ ministers' releases listing regions and grants, an Australian
# release on a council area's rail link
_NZ = "The New Zealand Government will fund {}. Roads on the {} will be repaired, the Minister said."
_AU = "The Australian Government and Queensland will fund the line for the {} region."
HOME = [
    pytest.param(_NZ.format("storm relief", "West Coast"), "West Coast", id="nz-west-coast"),
    pytest.param(_NZ.format("towns", "East Coast"), "East Coast", id="nz-east-coast"),
    pytest.param("New Zealand grants: Turf Trust, Kapiti Coast, $600,000.", "Kapiti Coast", id="nz-grant-row"),
    pytest.param("Kiwi farmers from the Hawkes Bay, New Zealand, met.", "Hawkes Bay", id="nz-no-apostrophe"),
    pytest.param(_AU.format("Moreton Bay"), "Moreton Bay", id="au-council-area"),
]


@pytest.mark.parametrize(("text", "name"), HOME)
def test_a_home_region_is_governed(nlp, lex, text, name):
    assert _label(nlp, lex, text, name) == "GPE"


def test_a_type_word_after_a_home_region_is_left_out(nlp, lex):
    assert _label(nlp, lex, _AU.format("Moreton Bay"), "Moreton Bay region") == "GPE Moreton Bay"


def test_a_home_region_typed_gpe_stays_gpe(nlp, lex):
    assert _label(nlp, lex, _NZ.format("roads", "West Coast"), "West Coast", "GPE") == "GPE"


NOT_HOME = [
    pytest.param("The United States will ship gas from the West Coast of America.", "West Coast", id="us-west-coast"),
    pytest.param("Storms hit the West Coast overnight.", "West Coast", id="no-country"),
    pytest.param("New Zealand ships sail the Tasman Sea.", "Tasman Sea", id="sea-not-listed"),
]


@pytest.mark.parametrize(("text", "name"), NOT_HOME)
def test_elsewhere_a_region_keeps_its_label(nlp, lex, text, name):
    assert _label(nlp, lex, text, name) == "LOC"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        pytest.param("Auckland and Wellington, New Zealand.", "NZ", id="nz"),
        pytest.param("Australia and New Zealand.", None, id="tie"),
        pytest.param("No place at all.", None, id="none"),
    ],
)
def test_home_country(text, country):
    assert home_country(text) == country

