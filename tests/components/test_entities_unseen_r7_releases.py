"""ORG kinds found on unseen odd-year releases, fact sheets, readouts and statements, round 7 (White
House nomination and appointment releases and fact sheets with hard line wraps, New Zealand releases,
FOMC statements): a post and its "of"/"for" read into the body's name; a name right after a hard line
wrap taken for a sentence's first word; the part of a law's name before or inside brackets read as a
body ("the <Name> (<Name>) Act"); a post alone ("Nominee", "Comptroller", "Attorney" of "the
Attorney General") read as a body; "our Nation" (White
House proclamations and fact sheets) read as a body. Cases written
for this suite after the shape of those texts (none copied); the rules run on a blank tokenizer with
the entity lexicon."""

from __future__ import annotations

import pytest
from tests.components import test_entities_unseen
from tests.components.test_entities_unseen_r6 import _after

from briefx.components.entities import relabel as rules
from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.not_names import not_names
from briefx.components.entities.posts import posts_before_bodies

tokenizer_and_lexicon = test_entities_unseen.tokenizer_and_lexicon  # the blank tokenizer and lexicon fixture

POSTS = [
    pytest.param("She was named Deputy Inspector General of the\nU.S. Department of Energy in 2016.",
                 ("Deputy Inspector General of the\nU.S. Department of Energy", "ORG"),
                 {("U.S. Department of Energy", "ORG")}, id="title-run-of-the-over-a-wrap"),
    pytest.param("He joins as Deputy Director of the White House Office\nof Public Engagement.",
                 ("Director of the White House Office\nof Public Engagement", "ORG"),
                 {("White House Office\nof Public Engagement", "ORG")}, id="director-of-an-office"),
    pytest.param("Before that she was Ohio State Director for the Democratic\nNational Committee.",
                 ("Ohio State Director for the Democratic\nNational Committee", "ORG"),
                 {("Democratic\nNational Committee", "ORG")}, id="place-and-post-for-a-body"),
    pytest.param("Dana Reyes, Nominee for Commissioner of the Federal\nMaritime Commission",
                 ("Nominee for Commissioner of the Federal\nMaritime Commission", "ORG"),
                 {("Federal\nMaritime Commission", "ORG")}, id="post-for-a-post-of-a-body"),
    pytest.param("He was Chief Counsel for the FDA until 2019.", ("Chief Counsel for the FDA", "ORG"),
                 {("FDA", "ORG")}, id="short-form-after-a-post"),
    pytest.param("She met the Leader of the Opposition today.", ("Leader of the Opposition", "ORG"),
                 {("Leader of the Opposition", "ORG")}, id="one-word-left-stays"),
    # a body's head before the post: the post is part of the body's name
    pytest.param("She worked in the Office of the Secretary of Defense for a decade.",
                 ("Office of the Secretary of Defense", "ORG"),
                 {("Office of the Secretary of Defense", "ORG")}, id="office-of-a-post"),
    pytest.param("the Commission for Financial Capability said", ("Commission for Financial Capability", "ORG"),
                 {("Commission for Financial Capability", "ORG")}, id="body-for-a-topic"),
    pytest.param("the Minister for Trade and Export Growth said", ("Minister for Trade and Export Growth", "ORG"),
                 {("Minister for Trade and Export Growth", "ORG")}, id="portfolio-is-no-body"),
]


@pytest.mark.parametrize("text, cand, expected", POSTS)
def test_post_before_a_body_is_left_out(tokenizer_and_lexicon, text, cand, expected):
    assert _after(tokenizer_and_lexicon, posts_before_bodies, text, [cand]) == expected


WRAPS = [
    pytest.param("The President urged that\nParliament act before the recess.", "Parliament", False,
                 id="after-a-lower-case-word"),
    pytest.param("He met the mayors,\nCouncil members and staff.", "Council", False, id="after-a-comma"),
    pytest.param("The talks ended.\nParliament rose at noon.", "Parliament", True, id="after-a-full-stop"),
    pytest.param("Overview\nParliament rose at noon.", "Parliament", True, id="after-a-heading"),
    pytest.param("The talks ended on\n\nParliament Day.", "Parliament", True, id="after-a-blank-line"),
]


@pytest.mark.parametrize("text, word, initial", WRAPS)
def test_a_line_a_hard_wrap_began_opens_no_sentence(tokenizer_and_lexicon, text, word, initial):
    nlp, _ = tokenizer_and_lexicon
    doc = nlp.make_doc(text)
    for tok in doc:
        tok.is_sent_start = tok.i == 0 or doc[tok.i - 1].text == "."
    i = next(t.i for t in doc if t.text == word)
    assert DocView(doc).sentence_initial(i) is initial


def _verdict(tokenizer_and_lexicon, rule, text: str, surface: str) -> str | None:
    nlp, lex = tokenizer_and_lexicon
    view = DocView(nlp.make_doc(text))
    span = view.doc.char_span(text.index(surface), text.index(surface) + len(surface))
    verdict = rule(Candidate(span.start, span.end, "ORG", "ner"), view, lex)
    if verdict is None:
        return None
    return "no span" if verdict.cand is None else view.doc[verdict.cand.start : verdict.cand.end].text


LAWS = [
    pytest.param("amendments to the Kia Ora (Safer Roads) Act 2024 were approved", "Kia Ora", "no span",
                 id="name-before-a-bracketed-part"),
    pytest.param("amendments to the Kia Ora (Safer Roads) Act 2024 were approved", "Safer Roads", "no span",
                 id="bracketed-part-before-the-head"),
    pytest.param("he signed the Rural Clinics HEAL (Health, Education, Access, Living) Act today", "Rural Clinics HEAL",
                 "no span", id="long-bracketed-part"),
    pytest.param("the Transport Agency (NZTA) said the road would open", "Transport Agency", None,
                 id="short-form-and-no-law"),
]


@pytest.mark.parametrize("text, surface, expected", LAWS)
def test_part_of_a_law_over_brackets(tokenizer_and_lexicon, text, surface, expected):
    assert _verdict(tokenizer_and_lexicon, rules.part_of_a_law, text, surface) == expected


POST_ALONE = [
    pytest.param("Dana Reyes, Nominee for Chief of Protocol", "Nominee", "no span", id="nominee"),
    pytest.param("Deputy Under Secretary of the Navy (Comptroller)", "Comptroller", "no span", id="comptroller"),
    pytest.param("The Order directs the Attorney General to act.", "Attorney", "no span", id="attorney-alone"),
]


@pytest.mark.parametrize("text, surface, expected", POST_ALONE)
def test_a_post_alone_is_no_body(tokenizer_and_lexicon, text, surface, expected):
    assert _verdict(tokenizer_and_lexicon, rules.lone_portfolio_word, text, surface) == expected


NATION = [
    pytest.param("Coal is essential to our Nation’s grid.", ("Nation", "ORG"), set(), id="our-nation"),
    pytest.param("We honor the Nation and its veterans.", ("Nation", "ORG"), set(), id="the-nation"),
    pytest.param("leaders of the Blackfoot Nation met", ("Blackfoot Nation", "ORG"), {("Blackfoot Nation", "ORG")},
                 id="a-nation-by-name-stays"),
]


@pytest.mark.parametrize("text, cand, expected", NATION)
def test_the_nation_names_no_body(tokenizer_and_lexicon, text, cand, expected):
    assert _after(tokenizer_and_lexicon, not_names, text, [cand]) == expected
