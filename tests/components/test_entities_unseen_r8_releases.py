"""ORG kinds found on unseen odd-year releases, fact sheets and statements, round 8 (White House fact
sheets whose bullets wrap into indented lines, New Zealand and Australian releases, FOMC statements):
a body's name cut where a hard wrap falls inside it ("the Department of Health⏎    and Human
Services", "the U.S. Department of⏎    Housing and Urban Development"), where the parser also opens a
sentence after the wrap, or where "and" follows on the line after the wrap ("the Bureau of Global
Health⏎Security and Diplomacy"); a document, technology or scheme named by a short form or brand the
model reads as a body ("the E.O.", "UAS", "KiwiSaver", "KiwiBuild"). Cases written for this suite
after the shape of those texts (none copied); the rules run on a blank tokenizer with the entity
lexicon."""

from __future__ import annotations

import pytest
from tests.components import test_entities_unseen
from tests.components.test_entities_unseen_r6 import _after

from briefx.components.entities.doc_view import DocView
from briefx.components.entities.not_names import not_names
from briefx.components.entities.organisations import org
from briefx.components.entities.wraps import from_wrapped

tokenizer_and_lexicon = test_entities_unseen.tokenizer_and_lexicon  # the blank tokenizer and lexicon fixture


def _org_at(tokenizer_and_lexicon, text: str, head: str, parser_splits: bool) -> str | None:
    """The body's name around the first `head` word; `parser_splits` opens a sentence after each line
    break, as the parser does after most hard wraps."""
    nlp, lex = tokenizer_and_lexicon
    doc = nlp.make_doc(text)
    if parser_splits:
        for k in range(1, len(doc)):
            doc[k].is_sent_start = "\n" in doc[k - 1].text
    view = DocView(doc)
    i = next(k for k, tok in enumerate(doc) if tok.text == head)
    cand = org(view, lex, i)
    return None if cand is None else doc[cand.start : cand.end].text


WRAPPED_BODIES = [
    pytest.param("Funds go to the Department of Health\n    and Human Services, which will act.", "Department",
                 "Department of Health\n    and Human Services", id="wrap-before-and"),
    pytest.param("Funds go to the Ministry of\n    Business and Innovation for the pilot.", "Ministry",
                 "Ministry of\n    Business and Innovation", id="wrap-after-of"),
    pytest.param("It asks the Office of the Chief Scientist for\nSafety and Quality to report.", "Office",
                 "Office of the Chief Scientist for\nSafety and Quality", id="wrap-after-for-unindented"),
    pytest.param("She joins the Institute for Fiscal Studies\n    and Policy this year.", "Institute",
                 "Institute for Fiscal Studies\n    and Policy", id="wrap-before-and-in-a-complement"),
    # a Markdown line end ("  ⏎") or a masked link ("](…)⏎[") ends the line: no wrap to read across
    pytest.param("Funds go to the Department of Health  \nand Human Services staff.", "Department",
                 "Department of Health", id="markdown-line-end-is-no-wrap"),
    # "and the" after a wrap still opens a second name
    pytest.param("It thanks the Department of Health\n    and the Treasury for their work.", "Department",
                 "Department of Health", id="and-the-opens-a-second-name"),
    # a list whose items are bodies is no portfolio list ("Department for Culture, Media and Sport")
    pytest.param("It thanks the Department of\nTransport, Federal Roads Administration, and Office of Rail staff.",
                 "Department", "Department of\nTransport", id="listed-bodies-are-no-portfolio-list"),
    pytest.param("the Department for Culture, Media and Sport said", "Department",
                 "Department for Culture, Media and Sport", id="portfolio-list-stays"),
    # "Mayor X and U.S. Department of …": a name opening on a country is a second name, not "X and …"
    pytest.param("Mayor Tom Reyes and U.S. Department of\nTransportation officials met.", "Department",
                 "U.S. Department of\nTransportation", id="country-after-and-opens-a-second-name"),
]


@pytest.mark.parametrize("parser_splits", [False, True], ids=["one-sentence", "parser-splits-at-wraps"])
@pytest.mark.parametrize("text, head, expected", WRAPPED_BODIES)
def test_body_name_read_across_a_hard_wrap(tokenizer_and_lexicon, text, head, expected, parser_splits):
    assert _org_at(tokenizer_and_lexicon, text, head, parser_splits) == expected



ACROSS_A_WRAP = [
    pytest.param("He would lead the new Bureau of Global Health\nSecurity and Diplomacy, which acts.",
                 "Bureau of Global Health\nSecurity and Diplomacy", id="and-in-the-complement-after-the-wrap"),
    pytest.param("She joins the Institute for Fiscal\n    Studies and Policy Research this year.",
                 "Institute for Fiscal\n    Studies and Policy Research", id="indented-line"),
    pytest.param("He met the Bank for International\nSettlements and the Treasury.",
                 "Bank for International\nSettlements", id="and-the-opens-another-name"),
    pytest.param("It cut the funds of the Department\nof State and U.S. Agency for Aid.", "Department\nof State",
                 id="and-a-country-opens-another-name"),
    pytest.param("says Office of\nScience and Technology Policy Director Jo Ames today.",
                 "Office of\nScience and Technology Policy", id="a-post-before-a-name-ends-it"),
    # a head word ending the run: "and" after it joins two names
    pytest.param("It funds the Marine Research\nCouncil and Ocean Watch.", "Marine Research\nCouncil",
                 id="head-last-then-and"),
]


@pytest.mark.parametrize("text, expected", ACROSS_A_WRAP)
def test_body_name_across_a_wrap_goes_on_after_and(tokenizer_and_lexicon, text, expected):
    nlp, lex = tokenizer_and_lexicon
    view = DocView(nlp.make_doc(text))
    found = [view.doc[c.start : c.end].text for c in from_wrapped(view, lex) if c.label == "ORG"]
    assert found == [expected]

THINGS = [
    pytest.param("The new E.O. widens the sanctions.", ("E.O.", "ORG"), id="an-executive-order-by-its-initials"),
    pytest.param("Under the EO, agencies have 90 days to report.", ("EO", "ORG"), id="eo-without-stops"),
    pytest.param("Operators of UAS near stadiums must register.", ("UAS", "ORG"), id="unmanned-aircraft-systems"),
    pytest.param("Members can use their KiwiSaver for a first home.", ("KiwiSaver", "ORG"), id="a-savings-scheme"),
    pytest.param("Buyers of KiwiBuild homes must live in them.", ("KiwiBuild", "ORG"), id="a-housing-programme"),
]


@pytest.mark.parametrize("text, cand", THINGS)
def test_documents_technologies_and_schemes_by_a_short_name_get_no_span(tokenizer_and_lexicon, text, cand):
    assert _after(tokenizer_and_lexicon, not_names, text, [cand]) == set()
