"""A region whose name also names its peoples ("Pacific"), read as the peoples (NORP) before a noun for people,
found on unseen real press texts (round 29: odd-year New Zealand releases on Pacific communities, White House
remarks with Pacific leaders) and out-of-fold real dev. Cases written for this suite after the shape of those
texts (none copied); the repair runs on a blank tokenizer with the entity lexicon, whatever source proposed the
region (the gazetteer's "Pacific", the model's or a pattern's "Pacific Island")."""

from __future__ import annotations

import pytest
from tests.components import test_entities_unseen

from briefx.components.entities.repairs import places_by_name

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
