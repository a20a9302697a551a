"""People the pipeline read as organisations or places, found on unseen real press texts (round 10:
odd-year Australian PM transcripts and releases, White House releases and transcripts, New Zealand
releases, Wikinews), each kind pinned by cases written for this suite after the shape of those texts
(none copied). The rules run on a blank tokenizer with the entity lexicon."""

from __future__ import annotations

import pytest
from tests.components import test_entities_unseen

from briefx.components.entities.given_names import given_names
from briefx.components.entities.not_names import honours

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


# honours after a person's name are no body (NZ appointment releases, AU PM releases on departmental
# secretaries); a code after a place or a number stays what it is
HONOURS = [
    pytest.param("Sir Bruce Holt, KNZM and Anna Vine, QC have been appointed.", [("KNZM", "ORG"), ("QC", "ORG")], set(),
                 id="after-a-comma"),
    pytest.param("The co-chairs are Dr Ana Ruiz and Ruth Moss QSM this year.", [("QSM", "ORG")], set(), id="no-comma"),
    pytest.param("Mr Tom Lane AO, DSC, CSC will be appointed Secretary.", [("DSC", "ORG"), ("CSC", "ORG")], set(),
                 id="a-run-of-honours"),
    pytest.param("He succeeds Air Marshal Angus Houston, AC, AFC as chief.",
                 [("Angus Houston", "PERSON"), ("AC", "PERSON"), ("AFC", "ORG")], {("Angus Houston", "PERSON")},
                 id="after-a-person-named-like-a-city"),
    pytest.param("Fans of Milan AC were there.", [("AC", "ORG")], {("AC", "ORG")}, id="after-a-city"),
    pytest.param("The doors open at 9 AM sharp.", [("AM", "ORG")], {("AM", "ORG")}, id="after-a-number"),
]


@pytest.mark.parametrize("text, chosen, expected", HONOURS)
def test_honours_after_a_name_are_no_body(tokenizer_and_lexicon, text, chosen, expected):
    assert _after(tokenizer_and_lexicon, honours, text, chosen) == expected


# a person the model read as a body because honours close the name (NZ appointments, AU PM releases)
HONOURED = [
    pytest.param("They thanked Helen Vane QC for her work.", "Helen Vane QC", {("Helen Vane", "PERSON")},
                 id="given-name"),
    pytest.param("Mr Dan Lewis AO will be Secretary.", "Mr Dan Lewis AO", {("Dan Lewis", "PERSON")}, id="title"),
    pytest.param("Fans of Auckland City AFC cheered.", "Auckland City AFC", {("Auckland City AFC", "ORG")}, id="club"),
]


@pytest.mark.parametrize("text, surface, expected", HONOURED)
def test_a_person_closed_by_honours_is_no_body(tokenizer_and_lexicon, text, surface, expected):
    assert _after(tokenizer_and_lexicon, honours, text, [(surface, "ORG")]) == expected


# a person the model found after "to" or "in" stays a person unless a town bears the name (White House
# gaggles, Wikinews interviews and reports, AU PM interviews); a town after it is still the place
AFTER_A_PREPOSITION = [
    pytest.param("The President also spoke to Hadassah Lindqvist to express condolences.", "Hadassah Lindqvist",
                 ("Hadassah Lindqvist", "PERSON"), id="spoke-to"),
    pytest.param("Wikinews also reached out to Philipp Hausmeister, a former maintainer.", "Philipp Hausmeister",
                 ("Philipp Hausmeister", "PERSON"), id="reached-out-to"),
    pytest.param("The only point I made to Tory Shepard is a valid one.", "Tory Shepard", ("Tory Shepard", "PERSON"),
                 id="made-to"),
    pytest.param("I was disturbed by what I saw in Tomasz Sekulski's film.", "Tomasz Sekulski",
                 ("Tomasz Sekulski", "PERSON"), id="in-a-possessor"),
    pytest.param("Aid convoys to El Fasher were blocked.", "El Fasher", ("El Fasher", "GPE"), id="town-after-to"),
    pytest.param("Workers moved to Tema last year.", "Tema", ("Tema", "GPE"), id="port-town-after-to"),
]


@pytest.mark.parametrize("text, surface, expected", AFTER_A_PREPOSITION)
def test_a_person_after_a_preposition_is_a_place_only_where_a_town_bears_the_name(
    tokenizer_and_lexicon, text, surface, expected
):
    assert _relabelled(tokenizer_and_lexicon, text, surface, "PERSON") == expected
