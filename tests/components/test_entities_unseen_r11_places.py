"""Places the pipeline read as organisations, found among the out-of-fold ORG false positives on real dev
(round 11: New Zealand grant tables and releases, a gov.uk prosecution release, Wikinews election reports):
a town after places and a comma, a subdivision the model took for a lone person, and a place whose name
also opens a body's name elsewhere in the text. Cases written for this suite after the shape of those texts
(none copied); the rules run on a blank tokenizer with the entity lexicon."""

from __future__ import annotations

import pytest
from tests.components import test_entities_unseen, test_entities_unseen_org

from briefx.components.entities.doc_view import DocView
from briefx.components.entities.relabel import relabel
from briefx.components.entities.repairs import lone_names, propagate

tokenizer_and_lexicon = test_entities_unseen.tokenizer_and_lexicon  # the blank tokenizer and lexicon fixture
_candidate = test_entities_unseen_org._candidate  # a model candidate on the n-th occurrence of a surface


def _view(nlp, text: str, places: list[tuple[str, str]]) -> DocView:
    """The text with the model's places (surface, label) set as its entities, as the NER leaves them."""
    doc = nlp.make_doc(text)
    doc.ents = [doc.char_span(text.index(s), text.index(s) + len(s), label=label) for s, label in places]
    return DocView(doc)


# a town after places and a comma is the place they lie in (gov.uk prosecution notices: "at Cleeve Prior –
# River Avon, Evesham"; Wikinews: "Stavanger Airport, Sola"); a body after a place and a comma stays a body
AFTER_PLACES = [
    pytest.param("caught fishing at Mill Reach – River Avon, Evesham on 3 May.", [("Mill Reach", "GPE")],
                 "Evesham", "PERSON", ("Evesham", "GPE"), id="person-after-a-dash-run"),
    pytest.param("caught fishing at Mill Reach – River Avon, Evesham on 3 May.", [("Mill Reach – River Avon", "FAC")],
                 "Evesham", "ORG", ("Evesham", "GPE"), id="org-after-a-facility"),
    pytest.param("flights from Stavanger Airport, Sola were cancelled.", [("Stavanger Airport", "FAC")],
                 "Sola", "ORG", ("Sola", "GPE"), id="town-after-an-airport"),
    pytest.param("The depot near South Bend, Mishawaka will close.", [("South Bend", "GPE")],
                 "Mishawaka", "ORG", ("Mishawaka", "GPE"), id="town-after-a-city"),
    # no town bears the name, or no place before the comma: the model's reading stays
    pytest.param("grants in Wellington, Northpower and Chorus said.", [("Wellington", "GPE")],
                 "Northpower", "ORG", ("Northpower", "ORG"), id="company-after-a-city"),
    pytest.param("the brothers, Evesham said, were fined.", [], "Evesham", "ORG", ("Evesham", "ORG"),
                 id="no-place-before"),
]


@pytest.mark.parametrize("text, places, surface, label, expected", AFTER_PLACES)
def test_a_town_after_places_and_a_comma_is_a_place(tokenizer_and_lexicon, text, places, surface, label, expected):
    nlp, lex = tokenizer_and_lexicon
    view = _view(nlp, text, places)
    out = relabel(view, lex, _candidate(view, surface, label))
    assert out is not None and (view.span_text(out.start, out.end), out.label) == expected


# a lone "person" that names a state or province is the place (Wikinews primary reports: "South Bend,
# Indiana,"); a lone word no place bears stays a body as before
LONE = [
    pytest.param("Rowe, the mayor of South Bend, Indiana, came second.", "Indiana", {("Indiana", "GPE")}, id="state"),
    pytest.param("Rowe spoke, and the vote in Tasmania and others followed.", "Tasmania", {("Tasmania", "GPE")},
                 id="state-mid"),
    pytest.param("Rowe spoke, and Azerenerji said it would pay.", "Azerenerji", {("Azerenerji", "ORG")},
                 id="company"),
]


@pytest.mark.parametrize("text, surface, expected", LONE)
def test_a_lone_person_naming_a_subdivision_is_the_place(tokenizer_and_lexicon, text, surface, expected):
    nlp, lex = tokenizer_and_lexicon
    view = _view(nlp, text, [])
    found = lone_names(view, lex, [_candidate(view, surface, "PERSON")])
    assert {(view.span_text(c.start, c.end), c.label) for c in found} == expected


# a place the model read stays a place where a body named after it is spread by its first word (NZ grant
# tables: "Manawatu Racing Club Inc" beside "kennels, Manawatu"; "Hauraki-Coromandel Rural Support Trust"
# beside a list of districts); the body's own name still spreads over a place reading
SPREAD = [
    pytest.param("A grant to Tarrow Racing Club Inc for new kennels in Tarrow this year.",
                 [("Tarrow Racing Club Inc", "ORG", 0), ("Tarrow", "GPE", 1)], ("Tarrow", "GPE"),
                 id="first-word-of-a-body"),
    pytest.param("Tarrow Holdings said it would pay. In March Tarrow Holdings paid.",
                 [("Tarrow Holdings", "ORG", 0), ("Tarrow Holdings", "GPE", 1)], ("Tarrow Holdings", "ORG"),
                 id="the-body-itself"),
]


@pytest.mark.parametrize("text, chosen, expected", SPREAD)
def test_a_body_named_after_a_place_leaves_the_place(tokenizer_and_lexicon, text, chosen, expected):
    nlp, lex = tokenizer_and_lexicon
    view = _view(nlp, text, [])
    cands = [_candidate(view, s, label, n) for s, label, n in chosen]
    second = cands[-1]
    spread = {(c.start, c.end, c.label) for c in propagate(view, lex, cands)}
    labels = {label for start, end, label in spread if (start, end) == (second.start, second.end)}
    assert labels == ({expected[1]} if expected[1] == "ORG" else set())
