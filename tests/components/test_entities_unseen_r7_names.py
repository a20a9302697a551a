"""PERSON, GPE, LOC and EVENT kinds found on unseen odd-year press texts, round 7 (New Zealand
releases, White House fact sheets, remarks and briefings, Australian PM transcripts, Wikinews): the
first speaker's tag of a speech read as a place or body ("PRESIDENT …:", "PM:"); 'Emerita' and a
transcript's "Well" inside a name; a given name spoken to read as a place; a virus variant read as
a place. Cases written for this suite after the shape of those texts (none copied); the rules run
on a blank tokenizer with the entity lexicon."""

from __future__ import annotations

import pytest
from tests.components import test_entities_unseen
from tests.components.test_entities_unseen_r6 import _after

from briefx.components.entities.doc_view import DocView
from briefx.components.entities.given_names import given_names
from briefx.components.entities.speaker_tags import speaker_tags
from briefx.components.entities.trim import sentence_openers, trim
from briefx.components.entities.variants import variants

tokenizer_and_lexicon = test_entities_unseen.tokenizer_and_lexicon  # the blank tokenizer and lexicon fixture


SPEAKER_TAGS = [
    pytest.param("East Room\n\nPRESIDENT MACRON:  Thank you all.  Welcome.", [("PRESIDENT MACRON", "GPE")],
                 {("MACRON", "PERSON")}, id="president-read-as-a-place"),
    pytest.param("PRIME MINISTER KISHIDA:  Thank you, Joe.", [("KISHIDA", "ORG"), ("Joe", "PERSON")],
                 {("KISHIDA", "PERSON"), ("Joe", "PERSON")}, id="surname-read-as-a-body"),
    pytest.param("Opening remarks\n\nGOVERNOR HOCHUL:  Good morning.", [], {("HOCHUL", "PERSON")},
                 id="tag-the-model-missed"),
    pytest.param("THE VICE PRESIDENT:  Thank you, Denver.", [("THE VICE PRESIDENT", "GPE"), ("Denver", "GPE")],
                 {("Denver", "GPE")}, id="titles-alone"),
    pytest.param("PM: Thanks very much for coming out to Dubbo.", [("PM", "GPE"), ("Dubbo", "GPE")],
                 {("Dubbo", "GPE")}, id="abbreviated-title"),
    # a lead or a tag with no title are left as the model read them
    pytest.param("PRESIDENT TRUMP’S AGENDA: more jobs.", [("TRUMP", "PERSON")], {("TRUMP", "PERSON")},
                 id="possessive-lead"),
    pytest.param("SECRETARY OF STATE:  Good morning.", [("STATE", "ORG")], set(), id="office-names-nobody"),
    pytest.param("SARAH FERGUSON:  Prime Minister, welcome.", [("SARAH FERGUSON", "PERSON")],
                 {("SARAH FERGUSON", "PERSON")}, id="name-alone"),
    pytest.param("The President said: we will act.", [], set(), id="sentence-with-a-colon"),
]


@pytest.mark.parametrize("text, chosen, expected", SPEAKER_TAGS)
def test_a_title_led_speakers_tag_gives_a_person_on_the_name_only(tokenizer_and_lexicon, text, chosen, expected):
    assert _after(tokenizer_and_lexicon, speaker_tags, text, chosen) == expected


@pytest.mark.parametrize("text, surface, expected", [
    pytest.param("We thank Speaker Emerita Ruth Okafor today.", "Speaker Emerita Ruth Okafor", "Ruth Okafor",
                 id="emerita"),
    pytest.param("Professor Emeritus Alan Brooke spoke.", "Professor Emeritus Alan Brooke", "Alan Brooke",
                 id="emeritus"),
])
def test_emeritus_is_part_of_the_title(tokenizer_and_lexicon, text, surface, expected):
    nlp, lex = tokenizer_and_lexicon
    view = DocView(nlp.make_doc(text))
    (cand,) = test_entities_unseen._candidates(view, [(surface, "PERSON")])
    kept = trim(view, lex, cand)
    assert kept is not None and view.span_text(kept.start, kept.end) == expected


@pytest.mark.parametrize("text, chosen, expected", [
    pytest.param("JOURNALIST:\nWill you follow him?\n\nPRIME MINISTER:\nWell Rowan will speak for his party.",
                 [("Well Rowan", "PERSON")], {("Rowan", "PERSON")}, id="well-before-a-first-name"),
    pytest.param("It went well Tuesday.", [("Tuesday", "DATE")], {("Tuesday", "DATE")}, id="mid-sentence"),
])
def test_well_opening_an_answer_is_no_part_of_a_name(tokenizer_and_lexicon, text, chosen, expected):
    assert _after(tokenizer_and_lexicon, sentence_openers, text, chosen) == expected


VARIANTS = [
    pytest.param("The Delta variant spread. Delta cases rose in Ohio.", [("Delta", "GPE"), ("Ohio", "GPE")],
                 {("Ohio", "GPE")}, id="letter-read-as-a-place"),
    pytest.param("We face the Omicron surge; Omicron subvariants are milder.", [("Omicron", "GPE")], set(),
                 id="plural-variant-word"),
    pytest.param("Mu was first seen in Peru. The Mu strain spread.", [("Mu", "ORG"), ("Peru", "GPE")],
                 {("Peru", "GPE")}, id="strain"),
    pytest.param("Shots protect against Delta and the Omicron variants. Delta fell.", [("Delta", "GPE")], set(),
                 id="joined-to-a-variant"),
    pytest.param("Alpha, Delta and Omicron variants spread. Delta fell.", [("Delta", "GPE")], set(),
                 id="list-of-variants"),
    # a country before the word, a nationality and a longer name stay
    pytest.param("The UK variant spread in the UK.", [("UK", "GPE")], {("UK", "GPE")}, id="country"),
    pytest.param("Trade with Brazil and the Gamma variant.", [("Brazil", "GPE")], {("Brazil", "GPE")},
                 id="country-joined"),
    pytest.param("The Indian variant spread.", [("Indian", "NORP")], {("Indian", "NORP")}, id="nationality"),
    pytest.param("Early cases of the Wuhan strain. Flights left Wuhan.", [("Wuhan", "GPE")], {("Wuhan", "GPE")},
                 id="city"),
    pytest.param("Delta Air Lines cut flights as the Delta variant spread.", [("Delta Air Lines", "ORG")],
                 {("Delta Air Lines", "ORG")}, id="longer-name"),
    pytest.param("Delta cases rose in Ohio.", [("Delta", "GPE")], {("Delta", "GPE")}, id="no-variant-word"),
]


@pytest.mark.parametrize("text, chosen, expected", VARIANTS)
def test_a_virus_variant_gets_no_span(tokenizer_and_lexicon, text, chosen, expected):
    assert _after(tokenizer_and_lexicon, variants, text, chosen) == expected


VOCATIVES = [
    pytest.param("Thank you all.  Nancy, you have been a great friend.", [("Nancy", "GPE")], {("Nancy", "PERSON")},
                 id="town-shared-given-name"),
    pytest.param("Good question.  Paul, I think the answer is yes.", [("Paul", "ORG")], {("Paul", "PERSON")},
                 id="answer-to-a-reporter"),
    # a country, a word that is no given name, a name inside a sentence stay
    pytest.param("We met.  Georgia, you voted early.", [("Georgia", "GPE")], {("Georgia", "GPE")}, id="country"),
    pytest.param("We met.  Ohio, you voted early.", [("Ohio", "GPE")], {("Ohio", "GPE")}, id="not-a-given-name"),
    pytest.param("They flew to Nancy, you know, last year.", [("Nancy", "GPE")], {("Nancy", "GPE")},
                 id="mid-sentence"),
]


@pytest.mark.parametrize("text, chosen, expected", VOCATIVES)
def test_a_given_name_spoken_to_is_a_person(tokenizer_and_lexicon, text, chosen, expected):
    assert _after(tokenizer_and_lexicon, given_names, text, chosen) == expected
