"""ORG kinds found on unseen odd-year texts and the out-of-fold errors on real dev, round 29 (White House
statements and fact sheets, Australian PM releases): a body's name that goes on with its purpose, "to" and a
capitalised verb and object ("Global Coalition to Defeat ISIS"), which the model and the head-word pattern
cut at "to"; a capitalised short reference ("the Taskforce") the model read as a person. Cases written for
this suite after the shape of those texts (none copied); the rules run on a blank tokenizer with a
sentencizer and the entity lexicon."""

from __future__ import annotations

import pytest
import spacy

from briefx.components.entities.candidates import Candidate, choose
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon
from briefx.components.entities.organisations import org
from briefx.components.entities.repairs import short_references


@pytest.fixture(scope="module")
def tokenizer_and_lexicon() -> tuple[spacy.Language, Lexicon]:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp, Lexicon(nlp)


PURPOSES = [
    # text, the head word's text, the name found around it
    pytest.param(
        "The partners met within the Global Alliance to Counter Drone Threats last week .",
        "Alliance",
        "Global Alliance to Counter Drone Threats",
        id="to-verb-object",
    ),
    pytest.param(
        "He pledged $ 6 billion to the Global Fund to Fight Polio , Measles and Cholera this year .",
        "Fund",
        "Global Fund to Fight Polio , Measles and Cholera",
        id="list-after-the-verb",
    ),
    pytest.param(
        "She chaired the National Council to Reduce Violence against Children in 2009 .",
        "Council",
        "National Council to Reduce Violence against Children",
        id="against-in-the-object",
    ),
    # not a purpose: a post, a place, a lower-case verb, or a headline in title case
    pytest.param(
        "The report of the Energy Commission to President Okafor was released .",
        "Commission",
        "Energy Commission",
        id="post-after-to",
    ),
    pytest.param(
        "The Regional Assistance Mission to Solomon Islands stays .",
        "Mission",
        "Regional Assistance Mission",
        id="place",
    ),
    pytest.param("The Global Fund to support clinics was set up .", "Fund", "Global Fund", id="lower-case-verb"),
    pytest.param(
        "Harbour Port Authority To Open New Cargo Terminal In March",
        "Authority",
        "Harbour Port Authority",
        id="headline-case",
    ),
]


@pytest.mark.parametrize("text, head, expected", PURPOSES)
def test_a_body_name_goes_on_with_its_purpose(tokenizer_and_lexicon, text, head, expected):
    nlp, lex = tokenizer_and_lexicon
    view = DocView(nlp(text))
    found = org(view, lex, view.texts.index(head))
    assert found is not None and view.span_text(found.start, found.end) == expected


def test_a_list_after_the_verb_goes_on_over_a_line_wrap(tokenizer_and_lexicon):
    """A hard-wrapped paragraph breaks the list after a comma ("AIDS,⏎Tuberculosis")."""
    nlp, lex = tokenizer_and_lexicon
    view = DocView(nlp("the replenishment of the Global Fund to Fight Polio,\nMeasles, and Cholera, which we hosted."))
    found = org(view, lex, view.texts.index("Fund"))
    assert (
        found is not None
        and view.span_text(found.start, found.end) == "Global Fund to Fight Polio,\nMeasles, and Cholera"
    )


def test_a_short_reference_wins_over_the_models_person(tokenizer_and_lexicon):
    """AU PM releases: the out-of-fold model reads "the Taskforce" as a person after "Manufacturing Taskforce"."""
    nlp, lex = tokenizer_and_lexicon
    view = DocView(nlp("The Manufacturing Taskforce met today. Later the Taskforce said it would report."))
    head = view.texts.index("Taskforce", 3)
    model = [Candidate(1, 3, "ORG", "ner"), Candidate(head, head + 1, "PERSON", "ner")]
    chosen = choose(view, lex, model + short_references(view, lex, model))
    assert [(view.texts[c.start], c.label) for c in chosen if c.start == head] == [("Taskforce", "ORG")]
