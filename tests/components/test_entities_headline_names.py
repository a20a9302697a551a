"""Names in capitals headings that survive (headlines.confirm_headlines, layout.place_lines): a region in
capitals over its grants, whatever the case of its small words or its apostrophe, and a person's full
name in capitals over a biography that names the person by first and last name (GOLD.md: the names of
sub-headings get spans too)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.headlines import confirm_headlines
from briefx.components.entities.layout import from_layout
from briefx.components.entities.lexicon import Lexicon


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


@pytest.fixture(scope="module")
def lex(nlp) -> Lexicon:
    return Lexicon(nlp)


# NZ grant lists (dev, 2001-2002): regions in capitals, one a line, over their grants
REGION_LINES = [
    pytest.param("Grants were made.\n\nHAWKES BAY  \nSika Tools Ltd, $2,000, prototype development", "HAWKES BAY",
                 id="apostrophe-dropped"),
    pytest.param("Grants were made.\n\nBAY OF PLENTY  \nKiwi Dairy Ltd, $3,080, financial systems", "BAY OF PLENTY",
                 id="small-word-in-capitals"),
]


@pytest.mark.parametrize(("text", "place"), REGION_LINES)
def test_a_region_in_capitals_heads_its_grants(nlp, lex, text, place):
    view = DocView(nlp.make_doc(text))
    assert place in [view.doc[c.start : c.end].text for c in from_layout(view, lex) if c.label == "GPE"]


def _headed(nlp, text: str, heading: str, name: str, label: str = "PERSON") -> tuple[DocView, list[Candidate]]:
    """`text` with `heading` as its section heading and the model's `name` inside it and in the body."""
    doc = nlp.make_doc(text)
    start = text.index(heading)
    line = doc.char_span(start, start + len(heading), alignment_mode="expand")
    doc.spans["sections"] = [Span(doc, line.start, line.end, label="HEADING")]
    cands = []
    for k, (n, lab) in enumerate(name):
        at = text.index(n, start if k == 0 else start + len(heading))
        span = doc.char_span(at, at + len(n))
        cands.append(Candidate(span.start, span.end, lab, "ner"))
    return DocView(doc), cands


# PM&C biographies of board members (dev, 1996): the heading gives the middle names, the body does not
HEADING_PEOPLE = [
    pytest.param(
        "The Council will meet.\n\nMR JOHN HENRY ROE, AM\nJohn Roe, AM is Chair of Acme Holdings.",
        "MR JOHN HENRY ROE, AM", [("JOHN HENRY ROE", "PERSON"), ("John Roe", "PERSON")],
        ["JOHN HENRY ROE", "John Roe"], id="middle-name-in-capitals",
    ),
    pytest.param(
        "The Council will meet.\n\nDR ANNA MARIE JANE DOE, AO\nDr Anna Doe chairs the Fund.",
        "DR ANNA MARIE JANE DOE, AO", [("ANNA MARIE JANE DOE", "PERSON"), ("Anna Doe", "PERSON")],
        ["ANNA MARIE JANE DOE", "Anna Doe"], id="two-middle-names",
    ),
]


@pytest.mark.parametrize(("text", "heading", "names", "kept"), HEADING_PEOPLE)
def test_a_heading_person_named_by_the_body(nlp, lex, text, heading, names, kept):
    view, cands = _headed(nlp, text, heading, names)
    assert [view.doc[c.start : c.end].text for c in confirm_headlines(view, lex, cands, cands)] == kept


# guards: the body names someone else, or the heading's name is no person
UNCONFIRMED = [
    pytest.param(
        "The Council will meet.\n\nMR JOHN HENRY ROE, AM\nJohn Smith, AM is Chair of Acme Holdings.",
        "MR JOHN HENRY ROE, AM", [("JOHN HENRY ROE", "PERSON"), ("John Smith", "PERSON")],
        ["John Smith"], id="other-surname-in-body",
    ),
    pytest.param(
        "The Fund opened.\n\nACME ROE HOLDINGS\nAcme Holdings sells tools.",
        "ACME ROE HOLDINGS", [("ACME ROE HOLDINGS", "ORG"), ("Acme Holdings", "PERSON")],
        ["Acme Holdings"], id="only-people-by-first-and-last",
    ),
]


@pytest.mark.parametrize(("text", "heading", "names", "kept"), UNCONFIRMED)
def test_a_heading_name_the_body_does_not_confirm_goes(nlp, lex, text, heading, names, kept):
    view, cands = _headed(nlp, text, heading, names)
    assert [view.doc[c.start : c.end].text for c in confirm_headlines(view, lex, cands, cands)] == kept
