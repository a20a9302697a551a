"""PERSON, GPE, LOC and EVENT kinds found on unseen odd-year press texts, round 7 (New Zealand
releases, White House fact sheets, Wikinews): a town's hospital, hall, prison or street the model
reads as the town. Cases written for this suite after the shape of those texts (none copied); the
rules run on a blank tokenizer with the entity lexicon."""

from __future__ import annotations

import pytest
from tests.components import test_entities_unseen
from tests.components.test_entities_unseen_r6 import _after

from briefx.components.entities.not_names import not_names

tokenizer_and_lexicon = test_entities_unseen.tokenizer_and_lexicon  # the blank tokenizer and lexicon fixture


FACILITIES = [
    pytest.param("Nurses at Timaru Hospital signed the pledge.", [("Timaru Hospital", "GPE")], set(),
                 id="town-hospital"),
    pytest.param("Repairs to Freedom Hall will finish by July.", [("Freedom Hall", "GPE")], set(), id="hall"),
    pytest.param("He spent a decade in Insein Prison near Yangon.", [("Insein Prison", "GPE"), ("Yangon", "GPE")],
                 {("Yangon", "GPE")}, id="prison-and-its-city"),
    pytest.param("Stage two widens Fairfax Road and Dunmore Street in Hastings.",
                 [("Fairfax Road", "GPE"), ("Dunmore Street", "GPE"), ("Hastings", "GPE")], {("Hastings", "GPE")},
                 id="streets-of-a-town"),
    pytest.param("They landed at Hamilton Airport.", [("Hamilton Airport", "ORG")], set(), id="airport-body"),
    # the place itself, and a body that is no facility, stay
    pytest.param("Nurses in Timaru signed the pledge.", [("Timaru", "GPE")], {("Timaru", "GPE")}, id="town-stays"),
    pytest.param("The Hospital Board of Gisborne met.", [("Gisborne", "GPE")], {("Gisborne", "GPE")},
                 id="facility-word-before-the-place"),
]


@pytest.mark.parametrize("text, chosen, expected", FACILITIES)
def test_a_name_ending_in_a_facility_word_gets_no_span(tokenizer_and_lexicon, text, chosen, expected):
    assert _after(tokenizer_and_lexicon, not_names, text, chosen) == expected
