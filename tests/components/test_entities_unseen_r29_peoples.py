"""A region whose name also names its peoples ("Pacific") before a noun for people, and a party's name before a word
for a government or politicians ("a Labor government", "the Labour-led government"), read as NORP: found on unseen
real press texts (round 29: odd-year New Zealand releases, Australian PM releases, White House remarks) and
out-of-fold real dev. Cases written for this suite after the shape of those texts (none copied); the repairs run
on a blank tokenizer with the entity lexicon, whatever source proposed the name."""

from __future__ import annotations

import pytest
from tests.components import test_entities_unseen

from briefx.components.entities.repairs import party_adjectives, places_by_name

tokenizer_and_lexicon = test_entities_unseen.tokenizer_and_lexicon  # the blank tokenizer and lexicon fixture
_after = test_entities_unseen._after  # (text, label) of the candidates a repair returns

PEOPLES = [
    pytest.param("The centre serves the town's 8,000 Pacific people.", "Pacific", "NORP", id="people"),
    pytest.param("Advisors will help Pacific communities reach the services they need.", "Pacific", "NORP",
                 id="communities"),
    pytest.param("It will improve links between Pacific peoples and the agencies.", "Pacific", "NORP", id="peoples"),
    pytest.param("She met ministers from Pacific churches on Tuesday.", "Pacific", "NORP", id="churches"),
    pytest.param("The fund will reach all Pacific\npeople in the region.", "Pacific", "NORP", id="across-a-line-break"),
    pytest.param("Exchanges of Pacific Island students will double.", "Pacific Island", "NORP", id="island-students"),
    pytest.param("Leaders of the Pacific nations met in Suva.", "Pacific", "LOC", id="nations-stay-the-region"),
    pytest.param("Pacific leaders agreed a plan.", "Pacific", "LOC", id="leaders-stay-the-region"),
    pytest.param("Aid to Pacific Island countries grew.", "Pacific Island", "LOC", id="island-countries"),
    pytest.param("Fishing fleets crossed the Pacific on Monday.", "Pacific", "LOC", id="the-ocean"),
    pytest.param("Our Pacific People Fund opened.", "Pacific", "LOC", id="capitalised-name-is-no-people-noun"),
    pytest.param("Caribbean communities gathered.", "Caribbean", "LOC", id="only-the-listed-regions"),
]


@pytest.mark.parametrize("text, surface, label", PEOPLES)
def test_a_region_before_a_noun_for_people_is_its_peoples(tokenizer_and_lexicon, text, surface, label):
    assert _after(tokenizer_and_lexicon, places_by_name, text, [(surface, "LOC")]) == {(surface, label)}


# a party's name before a lower-case word for a government or politicians, or before "-led", is an adjective: NORP
# (corpus/README.md), whatever the model made of it; before a capitalised "Government" or as a noun it stays
PARTIES = [
    pytest.param("Under a Labor government the plan would go.", [("Labor", "ORG")], {("Labor", "NORP")},
                 id="model-body"),
    pytest.param("Under a Labor government the plan would go.", [("Labor government", "ORG")], {("Labor", "NORP")},
                 id="model-read-the-noun-in"),
    pytest.param("The Labour-led government chose a scheme.", [], {("Labour", "NORP")}, id="led-passed-over"),
    pytest.param("Eight state Labor\ngovernments backed it.", [], {("Labor", "NORP")}, id="across-a-line-break"),
    pytest.param("He met Republican officials in Ohio.", [("Republican", "NORP")], {("Republican", "NORP")},
                 id="already-right"),
    pytest.param("The Coalition Government will act.", [("Coalition Government", "ORG")],
                 {("Coalition Government", "ORG")}, id="capitalised-government-stays-a-body"),
    pytest.param("Labor supported the plan.", [("Labor", "ORG")], {("Labor", "ORG")}, id="a-noun-stays-a-body"),
    pytest.param("The Australian Labor government acted.", [("Australian Labor", "ORG")],
                 {("Australian Labor", "ORG")}, id="a-longer-name-stays"),
]


@pytest.mark.parametrize("text, chosen, expected", PARTIES)
def test_a_party_before_a_government_or_politicians_is_an_adjective(tokenizer_and_lexicon, text, chosen, expected):
    assert _after(tokenizer_and_lexicon, party_adjectives, text, chosen) == expected
