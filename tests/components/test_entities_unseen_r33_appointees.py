"""People named in appointment and nomination releases that the model reads as bodies or places (round 33: White
House nomination releases, New Zealand board appointment releases, Australian PM appointment lists, out-of-fold
real dev and unseen texts). Cases written for this suite after the shape of those texts (none copied); the rules run
on a blank tokenizer with the entity lexicon."""

from __future__ import annotations

import pytest
from tests.components import test_entities_unseen

from briefx.components.entities.appointees import read_as_people
from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.place_heads import people_named_by_place_type

tokenizer_and_lexicon = test_entities_unseen.tokenizer_and_lexicon  # the blank tokenizer and lexicon fixture


def _all(view: DocView, surface: str, label: str) -> list[Candidate]:
    """A candidate of the model's with `label` at every occurrence of `surface` standing alone."""
    text, out = view.doc.text, []
    start = text.find(surface)
    while start >= 0:
        span = view.doc.char_span(start, start + len(surface))
        if span is not None:
            out.append(Candidate(span.start, span.end, label, "ner"))
        start = text.find(surface, start + 1)
    return out


# (text, [(surface, the model's label)], the surfaces read as people afterwards)
PEOPLE = [
    pytest.param("•     Amara Okafor, Nominee for Deputy Administrator, Office of Rural Lending\n\n"
                 "Okafor is a lawyer and a small business owner.",
                 [("Amara Okafor", "ORG"), ("Okafor", "ORG")], ["Amara Okafor", "Okafor"], id="nominee-and-surname"),
    pytest.param("Renata Volkov, Board Member, Dunmore County Library Board, Ohio", [("Renata Volkov", "GPE")],
                 ["Renata Volkov"], id="board-member-after-the-comma"),
    pytest.param("**Olusegun Bakare, reappointed Chair and member**\n\nOlusegun Bakare chairs two boards.",
                 [("Olusegun Bakare", "ORG")], ["Olusegun Bakare"], id="reappointed-chair"),
    pytest.param("Dinh Quang Vo, a current board member, is a director of two companies.", [("Dinh Quang Vo", "ORG")],
                 ["Dinh Quang Vo"], id="a-current-board-member"),
    pytest.param("**Helen Marsh-Tate** is a chartered accountant with a long career in audit.",
                 [("Helen Marsh-Tate", "ORG")], ["Helen Marsh-Tate"], id="biography-line-on-a-given-name"),
    pytest.param("**Sarah Tumahai** (Whakatāne) is deputy chair of the trust.", [("Sarah Tumahai", "GPE")],
                 ["Sarah Tumahai"], id="biography-line-after-a-home-town"),
    pytest.param("**Rāwiri Tamatea** (Ōpōtiki) is chair of the iwi trust.", [("Rāwiri Tamatea", "ORG")],
                 ["Rāwiri Tamatea"], id="bold-biography-line"),
    pytest.param("The Minister thanked Ms Marsh-Tate for her years on the board.", [("Marsh-Tate", "GPE")],
                 ["Marsh-Tate"], id="title-of-address"),
]


@pytest.mark.parametrize("text, model, people", PEOPLE)
def test_a_name_introduced_as_a_person_is_a_person(tokenizer_and_lexicon, text, model, people):
    nlp, lex = tokenizer_and_lexicon
    view = DocView(nlp.make_doc(text))
    cands = [c for surface, label in model for c in _all(view, surface, label)]
    cands = [c for c in cands if not any(o.contains(c) for o in cands)]
    out = read_as_people(view, lex, cands, cands)
    read = {view.doc[c.start : c.end].text for c in out if c.label == "PERSON"}
    assert read == set(people)


# what the document does not introduce as a person stays the model's
BODIES = [
    pytest.param("She spent ten years as a partner at Harlow Finch, Mr Dunne said.", "Harlow Finch", "ORG",
                 id="title-of-address-opens-the-next-name"),
    pytest.param("Kestrel Harbour is a listed company based in Nelson.", "Kestrel Harbour", "ORG",
                 id="biography-verb-without-a-given-name"),
    pytest.param("**Kestrel Harbour**\n\nThe company was listed in 2004.", "Kestrel Harbour", "ORG",
                 id="bold-heading-without-a-predicate"),
    pytest.param("Visitors to Port Hedland, the town's mayor said, doubled.", "Port Hedland", "GPE",
                 id="post-in-a-clause-after-a-place"),
    pytest.param("Members include Ana Ruiz, Mayor of Lakes Falls, a former councillor.", "Lakes Falls", "GPE",
                 id="post-after-a-place-inside-a-line"),
    pytest.param("In Utopia's Grand Assembly, President Lena Ortiz spoke.", "Grand Assembly", "ORG",
                 id="post-after-a-body-inside-a-sentence"),
]


@pytest.mark.parametrize("text, surface, label", BODIES)
def test_a_body_is_no_person(tokenizer_and_lexicon, text, surface, label):
    nlp, lex = tokenizer_and_lexicon
    view = DocView(nlp.make_doc(text))
    cands = _all(view, surface, label)
    assert [c.label for c in read_as_people(view, lex, cands, cands)] == [label]


# a place type glued by a hyphen to the surname of a known given name ends no place's name
SURNAMES = [
    pytest.param("**Talia Ward-Town** is a chartered accountant.", "Talia Ward-Town", "PERSON", id="surname-town"),
    pytest.param("They sailed past Stewart Island at dawn.", "Stewart Island", "LOC", id="a-place-still"),
]


@pytest.mark.parametrize("text, surface, label", SURNAMES)
def test_a_hyphenated_surname_names_no_place(tokenizer_and_lexicon, text, surface, label):
    nlp, lex = tokenizer_and_lexicon
    view = DocView(nlp.make_doc(text))
    cands = _all(view, surface, "PERSON")
    assert [c.label for c in people_named_by_place_type(view, lex, cands)] == [label]
