"""The wider given-name table (models/lexicons/given_names.json, built by models/sources/build_given_names.py):
full names whose first name the US Census 1990 ranks 1-900/1-1200 left out ('Clive', 'Nicola', 'Jacinda',
'Graeme', 'Avril', 'Hana'), read by the model as a body or a place, are people; a word of a place or body the tables
know is no given name. Cases written for this suite after the shape of out-of-fold real dev text (none copied);
the rules run on a blank tokenizer with the entity lexicon."""

from __future__ import annotations

import pytest
from tests.components import test_entities_unseen

from briefx.components.entities.given_names import given_names

tokenizer_and_lexicon = test_entities_unseen.tokenizer_and_lexicon  # the blank tokenizer and lexicon fixture
_after = test_entities_unseen._after

WIDER = [
    pytest.param("local grower Clive Pendleton was on hand", [("Clive Pendleton", "ORG")],
                 {("Clive Pendleton", "PERSON")}, id="british-given-name"),
    pytest.param("said chief executive Nicola Hartigan of the trust.", [("Nicola Hartigan", "ORG")],
                 {("Nicola Hartigan", "PERSON")}, id="census-rank-over-1200"),
    pytest.param("a letter from Graeme Wotherspoon, who chairs it.", [("Graeme Wotherspoon", "ORG")],
                 {("Graeme Wotherspoon", "PERSON")}, id="scottish-spelling"),
    pytest.param("Labour leader Jacinda Maraney met farmers", [("Jacinda Maraney", "ORG")],
                 {("Jacinda Maraney", "PERSON")}, id="rare-census-name"),
    pytest.param("wrestler Hana Okamura died on Saturday", [("Hana Okamura", "GPE")],
                 {("Hana Okamura", "PERSON")}, id="japanese-given-name"),
    pytest.param("said Dayle Tamihana, the board's chair.", [("Dayle Tamihana", "ORG")],
                 {("Dayle Tamihana", "PERSON")}, id="rare-spelling"),
    # a common English word or a surname stays out of the table
    pytest.param("the Marvel Studios film", [("Marvel Studios", "ORG")], {("Marvel Studios", "ORG")},
                 id="english-word-is-no-given-name"),
    pytest.param("talks in Lagos with Avril Okafor on trade", [("Avril Okafor", "GPE")],
                 {("Avril Okafor", "PERSON")}, id="read-as-a-place"),
    # words of places and bodies the tables name stay out of the table
    pytest.param("flights to Hong Kong resumed", [("Hong Kong", "GPE")], {("Hong Kong", "GPE")},
                 id="first-word-of-a-city"),
    pytest.param("exports to France Telecom grew", [("France Telecom", "ORG")], {("France Telecom", "ORG")},
                 id="country-is-no-given-name"),
]


@pytest.mark.parametrize("text, chosen, expected", WIDER)
def test_people_told_by_a_wider_given_name(tokenizer_and_lexicon, text, chosen, expected):
    assert _after(tokenizer_and_lexicon, given_names, text, chosen) == expected
