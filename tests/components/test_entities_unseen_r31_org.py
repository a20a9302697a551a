"""An ORG boundary kind of round 31 (odd-year NZ, Australian PM and White House releases; real dev): a rule closed
a body's name at its head word ("Union", "Air") where the model read the name on with further capitalised words
("International Trade Union Confederation", "National Credit Union Administration", "Air New Zealand"); the
model's outermost name now wins over the rule's first words, unless the words after them are a post or a person.
Cases written for this suite after the shape of those texts (none copied); the rules run on a blank tokenizer with
the entity lexicon, the model's reading given as a candidate."""

from __future__ import annotations

import pytest
from tests.components import test_entities_unseen_r9_org

from briefx.components.entities.candidates import Candidate, choose
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.name_patterns import from_patterns

tokenizer_and_lexicon = test_entities_unseen_r9_org.tokenizer_and_lexicon  # the blank tokenizer and lexicon fixture


def _span(doc, words: str) -> tuple[int, int]:
    n = len(words.split())
    for i in range(len(doc) - n + 1):
        if [t.text for t in doc[i : i + n]] == words.split():
            return i, i + n
    raise AssertionError(words)


def _chosen(nlp, lex, text: str, model: str, person: str | None = None, verb: str | None = None) -> list[str]:
    doc = nlp.make_doc(text)
    for tok in doc:
        tok.tag_ = "VBZ" if tok.text == verb else "NNP"  # the tagger's reading of a title-case headline
    view = DocView(doc)
    cands = [Candidate(*_span(doc, model), "ORG", "ner"), *from_patterns(view, lex)]
    if person is not None:
        cands.append(Candidate(*_span(doc, person), "PERSON", "gazetteer"))
    return [doc[c.start : c.end].text for c in choose(view, lex, cands) if c.label == "ORG"]


GOES_ON = [
    pytest.param(
        "The council will work with the Harbour Trade Union Confederation on the plan.",
        "Harbour Trade Union Confederation",
        id="union-then-confederation",
    ),
    pytest.param(
        "He chaired the Coastal Credit Union Administration until 2019.",
        "Coastal Credit Union Administration",
        id="union-then-administration",
    ),
    pytest.param(
        "She replaces outgoing Air New Zealand boss Tama Rewi.",
        "Air New Zealand",
        id="airline-named-by-a-two-word-country",
    ),
]


@pytest.mark.parametrize("text, name", GOES_ON)
def test_model_name_going_on_past_the_head_wins(tokenizer_and_lexicon, text, name):
    nlp, lex = tokenizer_and_lexicon
    assert _chosen(nlp, lex, text, name) == [name]


STOPS = [
    pytest.param(
        "The Harbour Credit Union Secretary spoke first.",
        "Harbour Credit Union Secretary",
        None,
        "Harbour Credit Union",
        id="a-post-after-the-head",
    ),
    pytest.param(
        "The Harbour Credit Union Tama Rewi said so.",
        "Harbour Credit Union Tama Rewi",
        "Tama Rewi",
        "Harbour Credit Union",
        id="a-person-after-the-head",
    ),
    pytest.param(
        "Delegates met at the Harbour Credit Union Annual Meetings last week.",
        "Harbour Credit Union Annual Meetings",
        None,
        "Harbour Credit Union",
        id="an-event-after-the-head",
    ),
    pytest.param(
        "Crews flew a Royal Harbour Air Force F/A18 jet.",
        "Royal Harbour Air Force F",
        None,
        "Royal Harbour Air Force",
        id="a-letter-of-a-code-after-the-head",
    ),
    pytest.param(
        "The Harbour Credit Union Te Kaupapa Rangahau is new.",
        "Harbour Credit Union Te Kaupapa Rangahau",
        None,
        "Harbour Credit Union",
        id="three-words-after-the-head",
    ),
]


@pytest.mark.parametrize("text, model, person, name", STOPS)
def test_rule_name_stays_before_a_post_or_a_person(tokenizer_and_lexicon, text, model, person, name):
    nlp, lex = tokenizer_and_lexicon
    assert _chosen(nlp, lex, text, model, person) == [name]


def test_rule_name_stays_before_a_headline_verb(tokenizer_and_lexicon):
    nlp, lex = tokenizer_and_lexicon
    text = "Harbour Credit Union Estimates That Fees Fell"
    assert _chosen(nlp, lex, text, "Harbour Credit Union Estimates", verb="Estimates") == ["Harbour Credit Union"]
