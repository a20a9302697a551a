"""ORG kinds found on unseen odd-year transcripts and news, round 8 (White House briefings, gaggles,
background calls and remarks; Australian PM transcripts; Wikinews), under the tuned NER: a body's
name holding an "and" broken by a hard line wrap ("Department of Health and Human⏎Services",
"Cybersecurity and⏎Infrastructure Security Agency": the model's entity stops at the break or at
the "and"), and newspapers named by their head word (Times, Post, Journal) that the model read as a
person or a place; hospital care, equipment and fields read as bodies ("ICU", "PPE", "STEM"), and (round 30)
diseases, substances and technologies by their initials ("RSV", "GHG", "IoT").
Cases written for this suite after the shape of those texts (none copied); the sources run on a
blank tokenizer with the entity lexicon."""

from __future__ import annotations

import pytest
from tests.components import test_entities_real, test_entities_unseen

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.name_patterns import from_patterns
from briefx.components.entities.not_names import not_names
from briefx.components.entities.wraps import from_wrapped

tokenizer_and_lexicon = test_entities_unseen.tokenizer_and_lexicon  # the blank tokenizer and lexicon fixture
_found = test_entities_real._found  # (text, label) of each candidate a source finds in a text


WRAPPED_AND = [
    pytest.param(
        "a grant from the Department of Housing and Urban\nServices this year",
        {("Department of Housing and Urban\nServices", "ORG")},
        id="break-after-and-complement",
    ),
    pytest.param(
        "a grant from the Department of Housing\nand Urban Services this year",
        {("Department of Housing\nand Urban Services", "ORG")},
        id="break-before-and",
    ),
    pytest.param(
        "The Fisheries and\nMaritime Safety Agency is reviewing the data",
        {("Fisheries and\nMaritime Safety Agency", "ORG")},
        id="break-after-and",
    ),
    pytest.param(
        "shares of Harlan Birch\nand Company fell", {("Harlan Birch\nand Company", "ORG")}, id="company-word-last"
    ),
    # two bodies, or a post and a body: the "and" joins nothing
    pytest.param("The Coast Guard Service\nand National Forest Service met", set(), id="head-before-and"),
    pytest.param("Ask NOAA\nand State Department about it", set(), id="acronym-before-and"),
    pytest.param("She served as President and\nVice Chair of Harbor Freight Company", set(), id="post-and-post"),
    pytest.param(
        "He taught at the University of\nOtago and Lincoln University",
        {("University of\nOtago", "ORG")},
        id="same-head-twice",
    ),
    pytest.param("the Minister for Trade and\nEnergy said", set(), id="two-words-no-body"),
    pytest.param("as reported by the New\nYork Times", {("New\nYork Times", "ORG")}, id="place-opens-body"),
    pytest.param("he flew to New\nYork yesterday", {("New\nYork", "GPE")}, id="place-alone"),
    pytest.param("shares of Norvik Energy and\nHarlan Holdings rose", set(), id="company-word-before-and"),
]


@pytest.mark.parametrize("text, expected", WRAPPED_AND)
def test_a_wrapped_body_keeps_its_and(tokenizer_and_lexicon, text, expected):
    assert _found(tokenizer_and_lexicon, from_wrapped, text) == expected


def test_an_acronym_after_and_opens_another_name(tokenizer_and_lexicon):
    text = "the loan is split between Orsen and KLT\n- Nordic Finance Bank"
    found = _found(tokenizer_and_lexicon, from_wrapped, text)
    assert not any(" and " in text for text, _ in found)


OUTLETS = [
    pytest.param("We go to Ana Ruiz at the Financial Times next", {("Financial Times", "ORG")}, id="times"),
    pytest.param("she told the Huffington Post that it was over", {("Huffington Post", "ORG")}, id="post"),
    pytest.param("a report in the Wall Street Journal said", {("Wall Street Journal", "ORG")}, id="journal"),
    pytest.param("a story in the Times of Malta today", {("Times of Malta", "ORG")}, id="head-of-place"),
    pytest.param("At Times the queue was long", set(), id="sentence-opener-before-head"),
    pytest.param("That Times Square crowd was large", set(), id="opener-before-place-word"),
]


@pytest.mark.parametrize("text, expected", OUTLETS)
def test_a_newspaper_by_its_head_word(tokenizer_and_lexicon, text, expected):
    found = {(t, label) for t, label in _found(tokenizer_and_lexicon, from_patterns, text) if label == "ORG"}
    assert found == expected


THINGS_AS_BODIES = [
    pytest.param("more ICU beds for the state", (1, 2, "ORG"), set(), id="hospital-unit"),
    pytest.param("on ECMO or a ventilator", (1, 2, "ORG"), set(), id="treatment"),
    pytest.param("masks, gowns and other PPE for staff", (5, 6, "ORG"), set(), id="equipment"),
    pytest.param("a leading STEM university", (2, 3, "ORG"), set(), id="field"),
    pytest.param("new HVAC systems in schools", (1, 2, "ORG"), set(), id="equipment-acronym"),
    pytest.param("a grant from the FDA today", (4, 5, "ORG"), {("FDA", "ORG")}, id="agency-stays"),
    # round 30, unseen White House readouts and AU/NZ releases: a disease, a substance or a technology by its
    # initials ("RSV immunizations", "GHG emissions", "PET plastic", "IoT devices") read as a body
    pytest.param("more doses of RSV immunizations for infants", (3, 4, "ORG"), set(), id="virus"),
    pytest.param("children who suffer from RHD each year", (4, 5, "ORG"), set(), id="disease"),
    pytest.param("a plant to recycle PET plastic bottles", (4, 5, "ORG"), set(), id="substance"),
    pytest.param("lead the cuts in GHG emissions after 2030", (4, 5, "ORG"), set(), id="gas"),
    pytest.param("labels for smart IoT devices at home", (3, 4, "ORG"), set(), id="technology"),
    pytest.param("machinery switched on in their DNA again", (5, 6, "ORG"), set(), id="molecule"),
    pytest.param("a grant from the CDC for RSV research", (4, 5, "ORG"), {("CDC", "ORG")}, id="agency-beside-stays"),
    pytest.param(
        "samples sent to DNA Clothing Ltd today", (3, 6, "ORG"), {("DNA Clothing Ltd", "ORG")}, id="company-stays"
    ),
]


@pytest.mark.parametrize("text, cand, expected", THINGS_AS_BODIES)
def test_care_equipment_and_fields_name_no_body(tokenizer_and_lexicon, text, cand, expected):
    nlp, lex = tokenizer_and_lexicon
    view = DocView(nlp.make_doc(text))
    out = not_names(view, lex, [Candidate(*cand, "ner")])
    assert {(view.doc[c.start : c.end].text, c.label) for c in out} == expected
