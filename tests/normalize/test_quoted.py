"""Quoted stretches that are no quotation (briefx.normalize.quoted)."""

from __future__ import annotations

import re

import pytest

from briefx.normalize.quoted import follows_term, is_imagined_speech, is_quoted_name, is_term_quote, quote_words
from briefx.resources import load_json

LEX = load_json("lexicons", "quotes.json")
TERM_LEAD = re.compile(LEX["term_lead"], re.IGNORECASE)
SMALL = frozenset(LEX["name_small_words"])

TERMS = [
    pytest.param("The envoy described the accord as an ", True, id="as-an"),
    pytest.param("Officials called the levy what it is, known as the ", True, id="known-as-the"),
    pytest.param("Critics have dubbed the scheme ", True, id="dubbed"),
    pytest.param("The plan, labelled ", True, id="labelled"),
    pytest.param("The minister said: ", False, id="colon-cue"),
    pytest.param("Ms Roe was quoted as saying ", False, id="as-saying"),
    pytest.param("The agency said it would ", False, id="said-it-would"),
    pytest.param("Negotiations were held in Basra ", False, id="word-ending-in-as"),
]


@pytest.mark.parametrize("before, expected", TERMS)
def test_is_term_quote(before, expected):
    assert is_term_quote(before, TERM_LEAD) == expected


@pytest.mark.parametrize(
    "between, expected",
    [(" and ", True), (", ", True), (" or ", True), (", and ", True), (" as the minister put it, ", False)],
    ids=["and", "comma", "or", "comma-and", "a-clause"],
)
def test_follows_term(between, expected):
    assert follows_term(between) == expected


NAMES = [
    pytest.param("Coastal Shipping Act", True, id="law"),
    pytest.param("Belt and Road Initiative", True, id="plan-with-small-word"),
    pytest.param("Clean Air 2030", True, id="name-with-year"),
    pytest.param("We Will Not Back Down.", False, id="a-sentence"),
    pytest.param("the rules apply to everyone", False, id="lower-case-words"),
    pytest.param("Prices Rise Again As Markets Fall Across The Region", False, id="too-long"),
]


@pytest.mark.parametrize("text, expected", NAMES)
def test_is_quoted_name(text, expected):
    assert is_quoted_name(text, SMALL) == expected


@pytest.mark.parametrize(
    "text, expected",
    [("win - win", 2), ("we will build it now", 5), ("don’t stop—ever", 3)],
    ids=["dash-is-no-word", "plain", "apostrophe-and-dash"],
)
def test_quote_words(text, expected):
    assert quote_words(text) == expected


@pytest.mark.parametrize(
    "text, expected", [("you can't come here", True), ("We will not accept this deal", False)],
    ids=["lower-case-opening", "capital-opening"],
)
def test_is_imagined_speech(text, expected):
    assert is_imagined_speech(text) == expected


@pytest.mark.parametrize(
    "before, words, expected",
    [
        ("The report described the suspect as ", 1, True),
        ("a strategy otherwise known as ", 5, True),
        ("The premier referred to his guest as ", 8, False),
        ("The envoy described the accord as an ", 8, True),
        ("Critics have dubbed the scheme ", 9, True),
    ],
    ids=["bare-as-one-word", "known-as-long", "bare-as-long-phrase-is-words", "as-an-long", "dubbed-long"],
)
def test_a_long_phrase_after_a_bare_as_is_a_quotation(before, words, expected):
    assert is_term_quote(before, TERM_LEAD, words, bare_as_words=LEX["bare_as_term_words"]) == expected


BARE_ARTICLES = [
    pytest.param("and as we work for what we call a ", 3, True, id="call-a-three-words"),
    pytest.param("Pilgrims gathered in the town, the latest stop on the ", 3, True, id="the-three-words"),
    pytest.param("Officials say the agency will adopt an ", 3, True, id="an-three-words"),
    pytest.param("The mayor said the closure marked a ", 6, False, id="a-longer-phrase-is-words"),
    pytest.param("Critics called the bill a ", 7, False, id="called-the-bill-a-long-is-words"),
    pytest.param("The deal was known as the ", 8, True, id="known-as-the-any-length"),
    pytest.param("The leader of the ", 2, True, id="short"),
    pytest.param("The minister said: ", 3, False, id="no-article"),
    pytest.param("She wanted to breathe ", 3, False, id="article-inside-a-word"),
]


@pytest.mark.parametrize("before, words, expected", BARE_ARTICLES)
def test_a_short_phrase_right_after_a_bare_article_is_a_term(before, words, expected):
    assert is_term_quote(before, TERM_LEAD, words, bare_as_words=LEX["bare_as_term_words"],
                         bare_article_words=LEX["bare_article_term_words"]) == expected
