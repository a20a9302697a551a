"""Places named by a natural feature's head and by a compass word before a known place, found among the
out-of-fold LOC misses on real dev and in unseen NZ, Australian PM, White House and Wikinews texts
(round 13): "Stewart Island", "Waipapa Point", "Pelorus Sound", "Hokitika Gorge", "L’Esperance Rock" read
as GPE, ORG or PERSON; a town, subdivision or country that ends in the same head ("Rhode Island",
"Staten Island", "Christmas Island") stays a governed place. Cases written after the shape of those
texts (none copied); the rules run on a blank tokenizer with the entity lexicon."""

from __future__ import annotations

import pytest
import spacy

from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon
from briefx.components.entities.name_patterns import from_patterns


@pytest.fixture(scope="module")
def nlp_lex() -> tuple[spacy.Language, Lexicon]:
    blank = spacy.blank("en")
    return blank, Lexicon(blank)


def _patterns(nlp, lex, text: str) -> set[tuple[str, str]]:
    view = DocView(nlp.make_doc(text))
    return {(view.span_text(c.start, c.end), c.label) for c in from_patterns(view, lex)}


# (text, name, whether the pattern source reads the name as a LOC)
FEATURES = [
    pytest.param("The survey ran south of Stewart Island last month.", "Stewart Island", True, id="island"),
    pytest.param("Statues stand all over Easter Island, far from the coast.", "Easter Island", True, id="island-wiki"),
    pytest.param("The network runs from Timaru to Waipapa Point in the south.", "Waipapa Point", True, id="point"),
    pytest.param("The boats anchored off Cable Rock overnight.", "Cable Rock", True, id="rock"),
    pytest.param("New towers will cover Pelorus Sound and the Marlborough coast.", "Pelorus Sound", True, id="sound"),
    pytest.param("Walkers reach the Hokitika Gorge swing bridge in an hour.", "Hokitika Gorge", True, id="gorge"),
    # a town, subdivision or country ending in the head stays a governed place
    pytest.param("Flooding hit Rhode Island and Connecticut overnight.", "Rhode Island", False, id="state"),
    pytest.param("The ferry to Staten Island resumed on Monday.", "Staten Island", False, id="borough"),
    pytest.param("Residents of Christmas Island will receive the payment.", "Christmas Island", False, id="territory"),
]


@pytest.mark.parametrize("text, name, loc", FEATURES)
def test_a_name_ending_in_a_natural_features_head_is_a_loc(nlp_lex, text, name, loc):
    nlp, lex = nlp_lex
    found = _patterns(nlp, lex, text)
    assert ((name, "LOC") in found) is loc
    assert loc or not any(label == "LOC" and name in surface for surface, label in found)


# a treaty named by "Convention" before a preposition and its subject is a law (no span, GOLD.md), as out-of-fold
# real dev and unseen White House and NZ releases name UNCLOS; a convention met in a place or a year stays an EVENT
TREATIES = [
    pytest.param("They uphold the 1982 United Nations Convention on\nthe Law of the Sea today.", None,
                 id="unclos-wrapped"),
    pytest.param("Both have ratified the Convention against Torture since.", None, id="against"),
    pytest.param("At the 1972 Democratic National Convention, she won votes.", "1972 Democratic National Convention",
                 id="gathering-with-year"),
    pytest.param("Delegates gathered at the Libertarian National Convention in Orlando.",
                 "Libertarian National Convention", id="gathering-in-a-city"),
]


@pytest.mark.parametrize("text, event", TREATIES)
def test_a_convention_on_a_subject_is_a_treaty_not_an_event(nlp_lex, text, event):
    nlp, lex = nlp_lex
    events = {surface for surface, label in _patterns(nlp, lex, text) if label == "EVENT"}
    assert events == ({event} if event else set())


def test_a_body_inside_a_treatys_name_gets_no_span(nlp_lex):
    from briefx.components.entities.candidates import Candidate
    from briefx.components.entities.not_names import not_names

    nlp, lex = nlp_lex
    view = DocView(nlp.make_doc("under the United Nations Convention on the Law of the Sea."))
    assert not_names(view, lex, [Candidate(2, 4, "ORG", "gazetteer"), Candidate(10, 11, "LOC", "ner")]) == []
