"""Entity kinds that fail on real press text (issue 9), each pinned by cases written for this
suite after the shape of real releases and transcripts (none copied from the corpus).

The rule tables run on a blank tokenizer; the end-to-end tables on the session model."""

from __future__ import annotations

import pytest
import spacy

from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon
from briefx.components.entities.wraps import from_wrapped


@pytest.fixture(scope="module")
def tokenizer_and_lexicon() -> tuple[spacy.Language, Lexicon]:
    """A blank English tokenizer and the entity lexicon built on it."""
    blank = spacy.blank("en")
    return blank, Lexicon(blank)


WRAPPED = [
    # government releases hard-wrapped at ~70 characters
    pytest.param(
        "equipment from the Department\nof Energy to the army", {("Department\nof Energy", "ORG")}, id="head-of"
    ),
    pytest.param(
        "grateful to the Government of\nPeru for its help", {("Government of\nPeru", "ORG")}, id="government-of"
    ),
    pytest.param(
        "the Korea Bank for International\nCooperation (KBIC) will lend",
        {("Korea Bank for International\nCooperation", "ORG")},
        id="head-before-complement",
    ),
    pytest.param("served together in the U.S.\nSenate for years", {("U.S.\nSenate", "ORG")}, id="acronym-then-head"),
    pytest.param("as the Russian\nFederation keeps up its attacks", {("Russian\nFederation", "GPE")}, id="country"),
    pytest.param("Vice President Kamala\nHarris announced aid", {("Kamala\nHarris", "PERSON")}, id="person"),
    pytest.param("the President Jean-Claude  Juncker said", {("Jean-Claude  Juncker", "PERSON")}, id="double-space"),
    pytest.param(
        "issues related to the Democratic People’s Republic of\nKorea this week",
        {("Democratic People’s Republic of\nKorea", "GPE")},
        id="curly-possessive-in-country",
    ),
    pytest.param(
        "ahead of the Pacific Leaders\nSummit in May", {("Pacific Leaders\nSummit", "EVENT")}, id="event-head"
    ),
    pytest.param("from the Marine Corps of\nEngineers and others", {("Marine Corps of\nEngineers", "ORG")}, id="corps"),
    # not one name across the break
    pytest.param("with the Electoral\nCommission and Peruvian groups", {("Electoral\nCommission", "ORG")}, id="no-and"),
    pytest.param("the Prime  Minister of Peru Ana Ruiz and the Council", set(), id="title-no-head"),
    pytest.param("the Strategic\nPartnership for Growth", set(), id="programme"),
    pytest.param("Ministry of Health\n\nPress Office", set(), id="blank-line"),
    pytest.param("Ministry of Health\nPress Office\n", set(), id="line-of-its-own"),
]


@pytest.mark.parametrize("text, expected", WRAPPED)
def test_names_across_a_line_break(tokenizer_and_lexicon, text, expected):
    nlp, lex = tokenizer_and_lexicon
    view = DocView(nlp.make_doc(text))
    assert {(view.doc[c.start : c.end].text, c.label) for c in from_wrapped(view, lex)} == expected
