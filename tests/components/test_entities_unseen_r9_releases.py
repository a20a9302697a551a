"""ORG kinds found on unseen odd-year releases, fact sheets and joint statements, round 9 (White
House fact sheets, New Zealand and Australian ministry releases): a bold lead-in that names a topic
by a common noun ("**Clean Energy:**", "**U.S.-ASEAN Health Futures:**") or closes on a bracketed
short form ("**Artificial Intelligence (AI):**"), read by the model as a body; a post's
portfolio read as a body ("Assistant Secretary for Fossil Energy", "Advisor for⏎International
Economics"); a fund named as it is set up ("launch a new … Fund"), a programme's pot of money. Cases written for
this suite after the shape of those texts (none copied); the rules run on a blank tokenizer with the
entity lexicon."""

from __future__ import annotations

import pytest
from tests.components import test_entities_unseen
from tests.components.test_entities_unseen_r6 import _after

from briefx.components.entities.doc_view import DocView
from briefx.components.entities.given_names import given_names
from briefx.components.entities.lead_ins import topic_lead_ins
from briefx.components.entities.not_names import not_names
from briefx.components.entities.organisations import body_alone
from briefx.components.entities.posts import portfolios_after_posts

tokenizer_and_lexicon = test_entities_unseen.tokenizer_and_lexicon  # the blank tokenizer and lexicon fixture

COMMON_NOUN_LEAD_INS = [
    # topics: the lead-in's last word is written in lower case elsewhere
    pytest.param(
        "Leaders will protect our societies.\n\n**Resilient Societies**:  Leaders will agree on steps.",
        [("Resilient Societies", "ORG")], set(), id="plural-common-noun",
    ),
    pytest.param(
        "Both sides back clean energy.\n\n-   **Clean Energy:**  The group will fund a wind farm.",
        [("Clean Energy", "ORG")], set(), id="company-word-written-in-lower-case",
    ),
    pytest.param(
        "It sets out our shared futures.\n\n**U.S.-Fiji Ocean Futures:**  The partners will work on it.",
        [("U.S.-Fiji Ocean Futures", "ORG")], set(), id="hyphenated-partners",
    ),
    pytest.param(
        "**Quantum Computing (QC):**\n\n-   Agreed to hold a dialogue.",
        [("Quantum Computing", "ORG")], set(), id="short-form-before-the-colon",
    ),
    # names: kept
    pytest.param(
        "The firm sells energy.\n\n-   **Kestrel Energy:**  will build a solar farm.",
        [("Kestrel Energy", "ORG")], {("Kestrel Energy", "ORG")}, id="company-not-in-lower-case",
    ),
    pytest.param(
        "It helps every department.\n\n-   **Treasury Department:**  will report.",
        [("Treasury Department", "ORG")], {("Treasury Department", "ORG")}, id="body-by-its-head",
    ),
    pytest.param(
        "The summit drew leaders.\n\n**Pacific Leaders Summit:**  Leaders met.",
        [("Pacific Leaders Summit", "EVENT")], {("Pacific Leaders Summit", "EVENT")}, id="event-untouched",
    ),
    pytest.param(
        "-   **Harbour Energy:**  will build it.",
        [("Harbour Energy", "ORG")], {("Harbour Energy", "ORG")}, id="no-lower-case-use",
    ),
]


@pytest.mark.parametrize("text, chosen, expected", COMMON_NOUN_LEAD_INS)
def test_topic_lead_ins_named_by_common_nouns(tokenizer_and_lexicon, text, chosen, expected):
    assert _after(tokenizer_and_lexicon, topic_lead_ins, text, chosen) == expected


def _body_alone_at(tokenizer_and_lexicon, text: str, word: str) -> str | None:
    nlp, lex = tokenizer_and_lexicon
    doc = nlp.make_doc(text)
    view = DocView(doc)
    i = next(k for k, tok in enumerate(doc) if tok.text == word)
    cand = body_alone(view, lex, i)
    return None if cand is None else doc[cand.start : cand.end].text


BODIES_ALONE = [
    pytest.param("Funds flow to the\n    Government of Fiji for the works.", "Government", None, id="wrap-then-of"),
]


@pytest.mark.parametrize("text, word, expected", BODIES_ALONE)
def test_a_body_named_by_its_kind_alone(tokenizer_and_lexicon, text, word, expected):
    assert _body_alone_at(tokenizer_and_lexicon, text, word) == expected


PORTFOLIOS = [
    # a post's portfolio after its "for" or "of": no body
    pytest.param("with the Deputy Security Advisor for\nInternational Economics, and officials",
                 [("International Economics", "ORG")], set(), id="portfolio-across-a-wrap"),
    pytest.param("Mara Quill, Nominee for Assistant Administrator for Development, USAID",
                 [("Assistant Administrator for Development", "ORG"), ("USAID", "ORG")], {("USAID", "ORG")},
                 id="a-post-inside-a-post"),
    pytest.param("said the Minister for Trade and Investment today",
                 [("Trade and Investment", "ORG")], set(), id="portfolio-words"),
    # bodies: kept
    pytest.param("said Tam Rua, chief executive of Solvance, today", [("Solvance", "ORG")], {("Solvance", "ORG")},
                 id="company-after-a-lower-case-post"),
    pytest.param("Chair of Aotearoa Seeds, she said", [("Aotearoa Seeds", "ORG")], {("Aotearoa Seeds", "ORG")},
                 id="company-after-a-title"),
    pytest.param("the Leader of the Opposition said", [("Opposition", "ORG")], {("Opposition", "ORG")},
                 id="party-word"),
    pytest.param("the Secretary of the Treasury said", [("Treasury", "ORG")], {("Treasury", "ORG")},
                 id="body-word"),
    pytest.param("the Director of the FBI said", [("FBI", "ORG")], {("FBI", "ORG")}, id="short-form"),
    pytest.param("the trade minister met the Trade and Investment Board",
                 [("Trade and Investment Board", "ORG")], {("Trade and Investment Board", "ORG")}, id="no-post-before"),
]


@pytest.mark.parametrize("text, chosen, expected", PORTFOLIOS)
def test_a_posts_portfolio_is_no_body(tokenizer_and_lexicon, text, chosen, expected):
    assert _after(tokenizer_and_lexicon, portfolios_after_posts, text, chosen) == expected


FUNDS_SET_UP = [
    pytest.param("The budget will launch a new Coastal Safety and\n    Recovery Fund for towns.",
                 [("Coastal Safety and\n    Recovery Fund", "ORG")], set(), id="a-new-fund-across-a-wrap"),
    pytest.param("Establish a Regional Cities Innovation Fund to help towns.",
                 [("Regional Cities Innovation Fund", "ORG")], set(), id="establish-a-fund"),
    pytest.param("research funded under the proposed Medical Futures Fund.",
                 [("Medical Futures Fund", "ORG")], set(), id="proposed-fund"),
    # bodies that act under their name: kept
    pytest.param("The Regional Growth Fund will invest $6 million.", [("Regional Growth Fund", "ORG")],
                 {("Regional Growth Fund", "ORG")}, id="fund-that-invests"),
    pytest.param("a loan from the African Development Fund", [("African Development Fund", "ORG")],
                 {("African Development Fund", "ORG")}, id="the-fund"),
    pytest.param("a Sovereign Wealth Authority loan", [("Sovereign Wealth Authority", "ORG")],
                 {("Sovereign Wealth Authority", "ORG")}, id="not-a-fund"),
]


@pytest.mark.parametrize("text, chosen, expected", FUNDS_SET_UP)
def test_a_fund_named_as_it_is_set_up_is_no_body(tokenizer_and_lexicon, text, chosen, expected):
    assert _after(tokenizer_and_lexicon, not_names, text, chosen) == expected


DESCRIBED = [
    pytest.param("The Lending Agency (TLA) helps. TLA is a key source of grants for poor countries.",
                 [("TLA", "ORG")], {("TLA", "ORG")}, id="programme-word-after-the-head"),
    pytest.param("TLA is the arm that provides loans. TLA is a major provider of funding to farmers.",
                 [("TLA", "ORG")], {("TLA", "ORG")}, id="provider-of"),
    pytest.param("Kora Forward, a partnership with firms, grew.", [("Kora Forward", "ORG")], set(),
                 id="described-as-a-partnership"),
    pytest.param("Kora Forward is a public-private initiative to train nurses.", [("Kora Forward", "ORG")], set(),
                 id="head-before-to"),
]


@pytest.mark.parametrize("text, chosen, expected", DESCRIBED)
def test_a_name_described_as_a_programme(tokenizer_and_lexicon, text, chosen, expected):
    assert _after(tokenizer_and_lexicon, not_names, text, chosen) == expected


FILE_TYPES = [
    pytest.param("funds for the Department of Conservation (DOC) this year. DOC rangers will act.",
                 [("Department of Conservation", "ORG"), ("DOC", "ORG")],
                 {("Department of Conservation", "ORG"), ("DOC", "ORG")}, id="doc-the-department"),
    pytest.param("Bank of Canada (68 KB PDF)", [("KB PDF", "ORG")], set(), id="size-and-pdf"),
    pytest.param("the statement (40 KB DOC)", [("KB DOC", "ORG")], set(), id="size-and-doc"),
]


@pytest.mark.parametrize("text, chosen, expected", FILE_TYPES)
def test_doc_is_a_file_type_only_after_its_size(tokenizer_and_lexicon, text, chosen, expected):
    assert _after(tokenizer_and_lexicon, not_names, text, chosen) == expected


# unseen NZ releases (2021, 2023): 'Minister for <portfolio> <Name> said' read as one person with the portfolio's
# last words; the same release names the minister alone, and writes the portfolio's words in lower case elsewhere
GLUED_POSTS = [
    pytest.param("Minister for Harbour Safety Mara Lindqvist said. Harbour safety matters. Mara Lindqvist said so.",
                 [("Safety Mara Lindqvist", "PERSON"), ("Mara Lindqvist", "PERSON")],
                 {("Mara Lindqvist", "PERSON")}, id="portfolio-in-lower-case-elsewhere"),
    pytest.param("Minister for Coastal Peoples Tevita Aumua said. It helps coastal peoples. Tevita Aumua said so.",
                 [("Coastal Peoples Tevita Aumua", "PERSON"), ("Tevita Aumua", "PERSON")],
                 {("Tevita Aumua", "PERSON")}, id="a-given-name-the-table-lacks"),
    # kept: a middle name, no post's word; the name never given alone; a lead word in capitals only
    pytest.param("President Recep Tayyip Erdoğan spoke. Tayyip Erdoğan said so.",
                 [("Recep Tayyip Erdoğan", "PERSON"), ("Tayyip Erdoğan", "PERSON")],
                 {("Recep Tayyip Erdoğan", "PERSON"), ("Tayyip Erdoğan", "PERSON")}, id="middle-name"),
    pytest.param("Minister for Harbour Safety Mara Lindqvist said. Harbour safety matters.",
                 [("Safety Mara Lindqvist", "PERSON")], {("Safety Mara Lindqvist", "PERSON")},
                 id="never-named-alone"),
    pytest.param("Minister for Whenua Ora Tevita Aumua said. Tevita Aumua said so.",
                 [("Ora Tevita Aumua", "PERSON"), ("Tevita Aumua", "PERSON")],
                 {("Ora Tevita Aumua", "PERSON"), ("Tevita Aumua", "PERSON")}, id="no-lower-case-word"),
]


@pytest.mark.parametrize("text, chosen, expected", GLUED_POSTS)
def test_a_portfolio_glued_to_a_name_given_alone_is_left_out(tokenizer_and_lexicon, text, chosen, expected):
    assert _after(tokenizer_and_lexicon, given_names, text, chosen) == expected
