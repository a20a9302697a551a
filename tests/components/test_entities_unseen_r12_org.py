"""ORG kinds found on unseen odd-year texts and the out-of-fold errors on real dev, round 12 (New Zealand
releases, Australian PM releases, White House readouts and participant lists): organisations read as places
in a pair, and bodies read as people after a titled name. Cases written for this suite after the shape of
those texts (none copied); the rules run on a blank tokenizer with the entity lexicon."""

from __future__ import annotations

import pytest
import spacy
from tests.components import test_entities_unseen

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.from_model import from_appositions
from briefx.components.entities.listings import coordinated_orgs
from briefx.components.entities.organisations import from_descriptors
from briefx.components.entities.relabel import apposition_says_organisation, lone_portfolio_word

tokenizer_and_lexicon = test_entities_unseen.tokenizer_and_lexicon  # the blank tokenizer and lexicon fixture


PAIRS = [
    # text (tokens split on spaces), chosen candidates (start, end, label, source), labels after the rule
    # a one-word firm or body the model read as a place, paired with an organisation (NZ and AU releases)
    pytest.param(
        "matched by Fonterra and Kaimai over five years",
        [(2, 3, "ORG", "gazetteer"), (4, 5, "GPE", "ner")],
        ["ORG", "ORG"],
        id="place-after-org",
    ),
    pytest.param(
        "partners such as Rotaria and UNICEF in Fiji",
        [(3, 4, "GPE", "ner"), (5, 6, "ORG", "ner"), (7, 8, "GPE", "ner")],
        ["ORG", "ORG", "GPE"],
        id="place-before-org",
    ),
    pytest.param(
        "Chairman , Northgate Steel & Tambles .",
        [(2, 4, "ORG", "pattern"), (5, 6, "GPE", "ner")],
        ["ORG", "ORG"],
        id="ampersand",
    ),
    pytest.param(
        "either Westmark or Telvia will build it", [(1, 2, "ORG", "ner"), (3, 4, "GPE", "ner")], ["ORG", "ORG"], id="or"
    ),
    # a place a table knows stays a place; a gazetteer's place is no model guess
    pytest.param(
        "talks between Fonterra and Auckland",
        [(2, 3, "ORG", "gazetteer"), (4, 5, "GPE", "ner")],
        ["ORG", "GPE"],
        id="known-city",
    ),
    pytest.param(
        "offices of Fonterra and Hauraki",
        [(2, 3, "ORG", "gazetteer"), (4, 5, "GPE", "gazetteer")],
        ["ORG", "GPE"],
        id="gazetteer-place",
    ),
    # two words, or a pair inside a longer list of places, are left to the list rules
    pytest.param(
        "by Fonterra and Kaimai Ranges",
        [(1, 2, "ORG", "gazetteer"), (3, 5, "GPE", "ner")],
        ["ORG", "GPE"],
        id="two-words",
    ),
    pytest.param(
        "Hamilton , Kaimai and Waikato Regional Council",
        [(0, 1, "GPE", "ner"), (2, 3, "GPE", "ner"), (4, 7, "ORG", "pattern")],
        ["GPE", "GPE", "ORG"],
        id="end-of-a-list",
    ),
    pytest.param(
        "by Fonterra and Kaimai , for the programme",
        [(1, 2, "ORG", "gazetteer"), (3, 4, "GPE", "ner")],
        ["ORG", "ORG"],
        id="comma-after-the-pair",
    ),
    pytest.param(
        "Napier , Fonterra and Kaimai",
        [(0, 1, "GPE", "ner"), (2, 3, "ORG", "gazetteer"), (4, 5, "GPE", "ner")],
        ["GPE", "ORG", "GPE"],
        id="tail-of-a-list",
    ),
    pytest.param(
        "with Fonterra in Kaimai", [(1, 2, "ORG", "gazetteer"), (3, 4, "GPE", "ner")], ["ORG", "GPE"], id="no-joiner"
    ),
]


@pytest.mark.parametrize("text, chosen, labels", PAIRS)
def test_a_place_paired_with_an_organisation(tokenizer_and_lexicon, text, chosen, labels):
    nlp, lex = tokenizer_and_lexicon
    view = DocView(spacy.tokens.Doc(nlp.vocab, words=text.split()))
    assert [c.label for c in coordinated_orgs(view, lex, [Candidate(*c) for c in chosen])] == labels


LONE_TITLES = [
    # text (tokens split on spaces), the model's one-word ORG (start, end), whether it stays
    # a post alone in a participant line or a release's count of office holders (White House, NZ releases)
    pytest.param("Rana Okafor , Member , Council of Economic Advisers", (3, 4), False, id="member"),
    pytest.param("Dr. Lee Amari , Provost , Morgan State University", (4, 5), False, id="provost"),
    pytest.param("they include two council Chairs and one Deputy Chair", (4, 5), False, id="plural-of-a-role"),
    # a one-word body stays
    pytest.param("Lee Amari , Director , Fonterra", (5, 6), True, id="body"),
    pytest.param("Portfolio words : Energy company bosses met", (3, 4), False, id="portfolio-word"),
    pytest.param("the Greens voted", (1, 2), True, id="plural-no-role"),
]


@pytest.mark.parametrize("text, cand, stays", LONE_TITLES)
def test_a_post_alone_is_no_organisation(tokenizer_and_lexicon, text, cand, stays):
    nlp, lex = tokenizer_and_lexicon
    view = DocView(spacy.tokens.Doc(nlp.vocab, words=text.split()))
    verdict = lone_portfolio_word(Candidate(*cand, "ORG", "ner"), view, lex)
    assert (verdict is None) is stays


@pytest.mark.parametrize(
    "text, cand, stays",
    [
        # the model's "place" for a post in a participant line is none either; a portfolio word stays a place
        pytest.param("Dr. Lee Amari , Provost , Morgan State University", (4, 5), False, id="provost-as-place"),
        pytest.param("tours of Energy , Kansas", (2, 3), True, id="portfolio-word-as-place"),
    ],
)
def test_a_post_read_as_a_place(tokenizer_and_lexicon, text, cand, stays):
    nlp, lex = tokenizer_and_lexicon
    view = DocView(spacy.tokens.Doc(nlp.vocab, words=text.split()))
    verdict = lone_portfolio_word(Candidate(*cand, "GPE", "ner"), view, lex)
    assert (verdict is None) is stays


def test_a_post_before_its_body_is_no_organisation(tokenizer_and_lexicon):
    """ "Name, Provost, University": the apposition names the body after the post, not the post."""
    nlp, lex = tokenizer_and_lexicon
    view = DocView(spacy.tokens.Doc(nlp.vocab, words="Dr. Lee Amari , Provost , Morgan State University".split()))
    assert apposition_says_organisation(Candidate(4, 5, "GPE", "ner"), view, lex) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("and include three council Chairs and one Deputy Chair", set(), id="posts-after-council"),
        pytest.param("the trade union Aslef said", {"Aslef"}, id="body-after-union"),
    ],
)
def test_posts_after_a_descriptor(tokenizer_and_lexicon, text, expected):
    nlp, lex = tokenizer_and_lexicon
    view = DocView(spacy.tokens.Doc(nlp.vocab, words=text.split()))
    assert {view.span_text(c.start, c.end) for c in from_descriptors(view, lex)} == expected


def test_a_post_in_a_participant_line_is_no_apposition(tokenizer_and_lexicon):
    """ "Name, Member, Council of …": the post before the body is no body the apposition names."""
    nlp, lex = tokenizer_and_lexicon
    view = DocView(spacy.tokens.Doc(nlp.vocab, words="Rana Okafor , Member , Council of Economic Advisers".split()))
    assert [view.span_text(c.start, c.end) for c in from_appositions(view, lex) if c.label == "ORG"] == []
