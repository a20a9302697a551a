"""People the pipeline read as organisations or places, found on unseen real press texts (round 10:
odd-year Australian PM transcripts and releases, White House releases and transcripts, New Zealand
releases, Wikinews), each kind pinned by cases written for this suite after the shape of those texts
(none copied). The rules run on a blank tokenizer with the entity lexicon."""

from __future__ import annotations

import pytest
from tests.components import test_entities_unseen

from briefx.components.entities.given_names import given_names

tokenizer_and_lexicon = test_entities_unseen.tokenizer_and_lexicon  # the blank tokenizer and lexicon fixture
_relabelled = test_entities_unseen._relabelled  # the span and label `relabel` gives a model candidate
_after = test_entities_unseen._after  # (text, label) of the candidates a repair returns


# a surname with a second capital after a prefix or an apostrophe is no acronym (AU PM doorstops and
# interviews, Wikinews obituaries and court stories); acronyms stay bodies
SURNAMES = [
    pytest.param("We will be speaking to Prime Minister O’Neill about the aid.", "O’Neill", ("O’Neill", "PERSON"),
                 id="apostrophe-after-title"),
    pytest.param("She thanked Yvette D'Ath and said D'Ath had done the work.", "D'Ath", ("D'Ath", "PERSON"),
                 id="apostrophe-straight"),
    pytest.param("the hero, also known as King T'Challa, in four films", "T'Challa", ("T'Challa", "PERSON"),
                 id="apostrophe-one-letter"),
    pytest.param("The pardon went to the former owner. DeBartolo, who owned the club, thanked him.", "DeBartolo",
                 ("DeBartolo", "PERSON"), id="prefix-de"),
    pytest.param("AfDB Vice-President Kane spoke first.", "AfDB", ("AfDB", "ORG"), id="acronym-stays-a-body"),
    pytest.param("Loans from KfW will follow.", "KfW", ("KfW", "ORG"), id="acronym-ending-in-a-capital"),
]


@pytest.mark.parametrize("text, surface, expected", SURNAMES)
def test_a_surname_with_a_second_capital_is_no_acronym(tokenizer_and_lexicon, text, surface, expected):
    assert _relabelled(tokenizer_and_lexicon, text, surface, "PERSON") == expected


def test_a_surname_with_an_apostrophe_after_a_title_is_a_person(tokenizer_and_lexicon):
    text = "He might ring Premier O'Farrell, who runs the biggest school system."
    assert _after(tokenizer_and_lexicon, given_names, text, [("O'Farrell", "ORG")]) == {("O'Farrell", "PERSON")}
