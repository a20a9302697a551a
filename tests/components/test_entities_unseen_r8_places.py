"""Kinds of the tuned NER found on unseen odd-year releases, round 8 (New Zealand and Australian
ministers' releases on trade, energy and foreign affairs, joint statements): a body named after its
country read as a place ("Tourism New Zealand", "Biodiesel New Zealand" GPE). Cases written for
this suite after the shape of those texts (none copied); the repairs run on a blank tokenizer with
the entity lexicon."""

from __future__ import annotations

import pytest
from tests.components import test_entities_unseen, test_entities_unseen_r6

from briefx.components.entities.place_heads import bodies_named_before_countries

tokenizer_and_lexicon = test_entities_unseen.tokenizer_and_lexicon  # the blank tokenizer and lexicon fixture
_after = test_entities_unseen_r6._after  # what a repair leaves of the model's (surface, label) candidates


BODIES_BEFORE_COUNTRIES = [
    pytest.param("Funding went to Tourism New Zealand this year.", ("Tourism New Zealand", "GPE"), "ORG",
                 id="agency-before-country"),
    pytest.param("the plant run by Kelp Fuels UK near the port", ("Kelp Fuels UK", "GPE"), "ORG",
                 id="company-before-short-country"),
    pytest.param("Enterprise Ireland will lead the mission.", ("Enterprise Ireland", "GPE"), "ORG",
                 id="one-word-before-country"),
    pytest.param("Ministers from Papua New Guinea met today.", ("Papua New Guinea", "GPE"), "GPE",
                 id="country-by-whole-name"),
    pytest.param("Exporters in South Australia gained most.", ("South Australia", "GPE"), "GPE",
                 id="compass-opens-place"),
    pytest.param("Sales to Greater China rose again.", ("Greater China", "GPE"), "GPE", id="modifier-opens-place"),
    pytest.param("The ship reached Port Sudan on Monday.", ("Port Sudan", "GPE"), "GPE", id="port-town"),
    pytest.param("Shares held by Korean Japan investors", ("Korean Japan", "GPE"), "GPE", id="demonym-before-country"),
    pytest.param("Tourism New Zealand said so.", ("Tourism New Zealand", "LOC"), "LOC", id="loc-kept"),
    pytest.param("Trade with New Zealand grew.", ("New Zealand", "GPE"), "GPE", id="country-alone"),
]


@pytest.mark.parametrize(("text", "cand", "label"), BODIES_BEFORE_COUNTRIES)
def test_bodies_named_before_countries(tokenizer_and_lexicon, text, cand, label):
    assert _after(tokenizer_and_lexicon, bodies_named_before_countries, text, [cand]) == {(cand[0], label)}
