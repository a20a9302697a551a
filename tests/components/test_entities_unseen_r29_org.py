"""One body's name that holds an "and" or "&", which the model read whole and the rules cut at it
(round 29: odd-year NZ board and trust releases, an Australian PM release of an advisory group's
members; out-of-fold real dev: White House budget and fact sheets, Australian PM releases). Cases
written for this suite after the shape of those texts (none copied); the rules run on a blank
tokenizer with the entity lexicon."""

from __future__ import annotations

import pytest
import spacy

from briefx.components.entities.candidates import Candidate, choose
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.from_model import split_joined
from briefx.components.entities.lexicon import Lexicon
from briefx.components.entities.one_body import one_body_over_and


@pytest.fixture(scope="module")
def tokenizer_and_lexicon() -> tuple[spacy.Language, Lexicon]:
    blank = spacy.blank("en")
    return blank, Lexicon(blank)


def _span(view: DocView, surface: str) -> tuple[int, int]:
    text = view.doc.text
    span = view.doc.char_span(text.index(surface), text.index(surface) + len(surface))
    assert span is not None, surface
    return span.start, span.end


ONE_OR_TWO = [
    pytest.param("Federal Energy and Water Regulatory Commission", False, True, id="field-and-field-commission"),
    pytest.param("Northland Arts and Heritage Trust", False, True, id="trust"),
    pytest.param("Crisis Support & Family Referral Service", False, True, id="ampersand"),
    pytest.param("Regional Housing and Scholarship Trust", False, False, id="programme-word-needs-the-flag"),
    pytest.param("Regional Housing and Scholarship Trust", True, True, id="programme-word-inside-a-body"),
    pytest.param("University of Otago and Lincoln University", True, False, id="two-universities"),
    pytest.param("Harbour Holdings Group and Kestrel Bank", True, False, id="company-head-before-and"),
    pytest.param("Board Chair and Deputy Chair Council", True, False, id="posts"),
    pytest.param("Harbour Arts and Crafts", True, False, id="no-body-head-last"),
]


@pytest.mark.parametrize("name, programme_inside, expected", ONE_OR_TWO)
def test_one_body_or_two_names_over_and(tokenizer_and_lexicon, name, programme_inside, expected):
    nlp, lex = tokenizer_and_lexicon
    words = [t.text for t in nlp.make_doc(name)]
    assert one_body_over_and(lex, words, programme_inside=programme_inside) is expected


# the model's whole name against the parts the rules found: a place before the "and", a body after it
MODEL_WHOLE = [
    pytest.param(
        "He chaired the Otago Education and Scholarship Trust until May.",
        "Otago Education and Scholarship Trust",
        [("Otago", "GPE", "gazetteer"), ("Scholarship Trust", "ORG", "pattern")],
        ["Otago Education and Scholarship Trust"],
        id="place-and-body-parts",
    ),
    pytest.param(
        "Grants go to the Rural Resources and Services Administration this year.",
        "Rural Resources and Services Administration",
        [("Rural Resources", "ORG", "pattern")],
        ["Rural Resources and Services Administration"],
        id="company-word-part-before-and",
    ),
    pytest.param(
        "Chips come from Delta Foundries and Kestrel Group, officials said.",
        "Delta Foundries and Kestrel Group",
        [("Delta Foundries", "ORG", "pattern"), ("Kestrel Group", "ORG", "pattern")],
        ["Delta Foundries", "Kestrel Group"],
        id="two-companies-stay-two",
    ),
]


@pytest.mark.parametrize("text, whole, parts, expected", MODEL_WHOLE)
def test_the_models_one_body_over_and_wins_its_parts(tokenizer_and_lexicon, text, whole, parts, expected):
    nlp, lex = tokenizer_and_lexicon
    view = DocView(nlp.make_doc(text))
    cands = [Candidate(*_span(view, surface), label, source) for surface, label, source in parts]
    cands.append(Candidate(*_span(view, whole), "ORG", "ner"))
    assert [view.span_text(c.start, c.end) for c in choose(view, lex, cands)] == expected


# a company word before "and" lists a field in a public body's name, unless a second body follows
FIELDS = [
    pytest.param(
        "The Securities and Exchange Commission said it would act.",
        "Securities and Exchange Commission",
        ["Securities and Exchange Commission"],
        id="securities-commission",
    ),
    pytest.param(
        "Shares of Apex Securities and Harbour Bank fell.",
        "Apex Securities and Harbour Bank",
        ["Apex Securities", "Harbour Bank"],
        id="company-then-bank",
    ),
    pytest.param(
        "Rates set by Delta Energy and Department of Transport rules apply.",
        "Delta Energy and Department of Transport",
        ["Delta Energy", "Department of Transport"],
        id="company-then-department",
    ),
]


@pytest.mark.parametrize("text, joined, expected", FIELDS)
def test_a_company_word_before_and_in_a_bodys_name(tokenizer_and_lexicon, text, joined, expected):
    nlp, lex = tokenizer_and_lexicon
    view = DocView(nlp(text))
    start, end = _span(view, joined)
    assert [view.span_text(a, b) for a, b in split_joined(view, lex, start, end)] == expected

