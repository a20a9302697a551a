"""A region whose name also names its peoples ("Pacific"), read as the peoples (NORP) before a noun for people,
found on unseen real press texts (round 29: odd-year New Zealand releases on Pacific communities, White House
remarks with Pacific leaders) and out-of-fold real dev. Cases written for this suite after the shape of those
texts (none copied); the gazetteer runs on a blank tokenizer with the entity lexicon
(the relabel rule for the model's own region is in test_entity_rules' table)."""

from __future__ import annotations

import pytest
from tests.components import test_entities_unseen

from briefx.components.entities.doc_view import DocView
from briefx.components.entities.gazetteer import from_gazetteer

tokenizer_and_lexicon = test_entities_unseen.tokenizer_and_lexicon  # the blank tokenizer and lexicon fixture

PEOPLES = [
    pytest.param("The centre serves the town's 8,000 Pacific people and their families.", "NORP", id="people"),
    pytest.param("Advisors will help Pacific communities reach the services they need.", "NORP", id="communities"),
    pytest.param("It will improve links between Pacific peoples and the agencies.", "NORP", id="peoples"),
    pytest.param("She met ministers from Pacific churches on Tuesday.", "NORP", id="churches"),
    pytest.param("The fund will reach all Pacific\npeople in the region.", "NORP", id="across-a-line-break"),
    pytest.param("Leaders of the Pacific nations met in Suva.", "LOC", id="nations-stay-the-region"),
    pytest.param("Pacific leaders agreed a plan.", "LOC", id="leaders-stay-the-region"),
    pytest.param("Fishing fleets crossed the Pacific on Monday.", "LOC", id="the-ocean"),
    pytest.param("The Pacific People Fund opened.", None, id="capitalised-name-is-no-people-noun"),
]


@pytest.mark.parametrize("text, label", PEOPLES)
def test_the_gazetteer_reads_a_region_before_a_people_noun_as_its_peoples(tokenizer_and_lexicon, text, label):
    nlp, lex = tokenizer_and_lexicon
    view = DocView(nlp.make_doc(text))
    found = {(view.doc[c.start : c.end].text, c.label) for c in from_gazetteer(view, lex)}
    assert ("Pacific", label) in found if label else ("Pacific", "NORP") not in found

