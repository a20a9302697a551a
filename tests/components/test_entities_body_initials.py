"""A body's initials written alone after its full name (round 6 of the unseen real texts: FOMC
statements' voting lines, White House lists of unions and associations, NZ releases): ORG
candidates for the uncovered words that spell the initials of a named body; not for programmes,
things, or two letters. Cases written for this suite after the shape of those texts; the
function runs on a blank tokenizer with the entity lexicon."""

from __future__ import annotations

import pytest
import spacy

from briefx.components.entities.body_initials import initials_of_bodies
from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon


@pytest.fixture(scope="module")
def tokenizer_and_lexicon() -> tuple[spacy.Language, Lexicon]:
    blank = spacy.blank("en")
    return blank, Lexicon(blank)


def _found(nlp: spacy.Language, lex: Lexicon, text: str, orgs: list[str]) -> list[str]:
    doc = nlp.make_doc(text)
    chosen = []
    for surface in orgs:
        at = text.find(surface)
        span = doc.char_span(at, at + len(surface))
        assert span is not None, surface
        chosen.append(Candidate(span.start, span.end, "ORG", "ner"))
    return [doc[c.start : c.end].text for c in initials_of_bodies(DocView(doc), lex, chosen)]


@pytest.mark.parametrize(
    "text, orgs, expected",
    [
        pytest.param(
            "The Federal Open Market Committee held the rate. Voting for the FOMC monetary policy action were:",
            ["Federal Open Market Committee"],
            ["FOMC"],
            id="committee-initials-as-a-modifier",
        ),
        pytest.param(
            "The Harbour Pilots Association backed the rule. HPA members will vote in May.",
            ["Harbour Pilots Association"],
            ["HPA"],
            id="association-initials-opening-a-sentence",
        ),
        pytest.param(
            "Kainga Housing Corporation will build 300 homes; KHC said work starts soon.",
            ["Kainga Housing Corporation"],
            ["KHC"],
            id="corporation",
        ),
    ],
)
def test_a_named_bodys_initials_are_an_organisation(tokenizer_and_lexicon, text, orgs, expected):
    nlp, lex = tokenizer_and_lexicon
    assert _found(nlp, lex, text, orgs) == expected


@pytest.mark.parametrize(
    "text, orgs",
    [
        pytest.param(
            "Families enrolled in the Rural Broadband Program. RBP ends next year.",
            ["Rural Broadband Program"],
            id="a-programme",
        ),
        pytest.param(
            "The Coastal Monitoring System failed. CMS data were lost.", ["Coastal Monitoring System"], id="a-thing"
        ),
        pytest.param("The Metro Council met in DC. MC staff attended.", ["Metro Council"], id="two-letters"),
        pytest.param(
            "The Harbour Pilots Association said so (https://example.org/news/HPA-Statement).",
            ["Harbour Pilots Association"],
            id="inside-a-web-address",
        ),
        pytest.param(
            "The Federal Open Market Committee (FOMC) met.",
            ["Federal Open Market Committee", "FOMC"],
            id="already-named",
        ),
        pytest.param(
            "Staff of Northern Regional Health spoke to NRH reporters.", ["Northern Regional Health"], id="no-body-head"
        ),
    ],
)
def test_other_capitals_are_left_alone(tokenizer_and_lexicon, text, orgs):
    nlp, lex = tokenizer_and_lexicon
    assert _found(nlp, lex, text, orgs) == []
