"""A body's name cut by the hard wrap of a running paragraph inside its complement ("Department of Housing and
Urban⏎Development", "Ministry of Innovation, Science and⏎Technology"), found out of fold on real dev (round 33:
White House releases hard-wrapped at 70 to 80 characters, the model and the patterns stopping at the break) and in
unseen releases. Cases written for this suite after the shape of those texts (none copied); the patterns run on a
blank tokenizer with the entity lexicon."""

from __future__ import annotations

import pytest
import spacy

from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon
from briefx.components.entities.name_patterns import from_patterns
from briefx.components.entities.wraps import from_wrapped


@pytest.fixture(scope="module")
def tokenizer_and_lexicon() -> tuple[spacy.Language, Lexicon]:
    blank = spacy.blank("en")
    return blank, Lexicon(blank)


def _bodies(tokenizer_and_lexicon, text: str) -> set[str]:
    """The ORG names the patterns find in `text`."""
    nlp, lex = tokenizer_and_lexicon
    view = DocView(nlp.make_doc(text))
    return {view.doc[c.start : c.end].text for c in from_patterns(view, lex) if c.label == "ORG"}


WRAPPED_COMPLEMENTS = [
    pytest.param(
        "Grants announced this morning will be paid out by the Department of Housing and Urban\n"
        "Development to the states before winter.",
        "Department of Housing and Urban\nDevelopment",
        id="wrap-after-and-inside-the-complement",
    ),
    pytest.param(
        "The draft rule on vehicle emissions went for review last month to the Office of Budget and Regulatory\n"
        "Affairs before its release.",
        "Office of Budget and Regulatory\nAffairs",
        id="wrap-before-the-last-word",
    ),
    pytest.param(
        "New measures announced by the Treasury today block any dealings with the Central Bank of the Moldovan\n"
        "Republic and its officers.",
        "Central Bank of the Moldovan\nRepublic",
        id="wrap-after-a-determiner-and-adjective",
    ),
    pytest.param(
        "The memorandum on quantum research was signed in Haifa with the Ministry of Energy, Water and\n"
        "Infrastructure, the embassy said.",
        "Ministry of Energy, Water and\nInfrastructure",
        id="wrap-after-the-and-of-a-list",
    ),
    pytest.param(
        "Fourteen companies joined the campaign run with the National Council on Youth, Sport, and\n"
        "Recreation this spring.",
        "National Council on Youth, Sport, and\nRecreation",
        id="wrap-after-a-serial-comma-and",
    ),
]

LEFT_ALONE = [
    # a short line is a list's or a heading's: the next line is no part of the name
    pytest.param("Department of Energy\nWashington Office", "Department of Energy", id="short-line-ends-the-name"),
    # a post and a person's name after the wrap open the next phrase
    pytest.param(
        "The loan guarantee for the new battery plant was approved by the Department of Energy\n"
        "Secretary Joan Avery said on Friday.",
        "Department of Energy",
        id="post-and-name-after-the-wrap",
    ),
    # a wrap after the name, before a lower-case word
    pytest.param(
        "The reviews of the new housing plans were carried out by the Department of Urban Renewal\n"
        "and its regional offices.",
        "Department of Urban Renewal",
        id="lower-case-after-the-wrap",
    ),
]


@pytest.mark.parametrize("text, expected", WRAPPED_COMPLEMENTS + LEFT_ALONE)
def test_complement_across_a_running_wrap(tokenizer_and_lexicon, text, expected):
    assert expected in _bodies(tokenizer_and_lexicon, text)
    assert not any(name != expected and expected in name for name in _bodies(tokenizer_and_lexicon, text))


def _wrapped(tokenizer_and_lexicon, text: str) -> set[tuple[str, str]]:
    """(text, label) of each name `from_wrapped` reads across a break in `text`."""
    nlp, lex = tokenizer_and_lexicon
    view = DocView(nlp.make_doc(text))
    return {(view.doc[c.start : c.end].text, c.label) for c in from_wrapped(view, lex)}


WRAPPED_BODY_ENDS = [
    # a word the body heads lack closes the name after the wrap (models/lexicons/entities.json wrap_body_heads)
    pytest.param("escorted by ships of the U.S.\nNavy and the", {("U.S.\nNavy", "ORG")}, id="navy"),
    pytest.param(
        "exercises led by the U.S. Euro-Atlantic\nCommand this spring",
        {("U.S. Euro-Atlantic\nCommand", "ORG")},
        id="command",
    ),
    pytest.param(
        "grants to the Ohio Valley Tech\n    Hub and others", {("Ohio Valley Tech\n    Hub", "ORG")}, id="hub"
    ),
    pytest.param("agents of the Border\nPatrol were sent", {("Border\nPatrol", "ORG")}, id="patrol"),
    pytest.param("engineers of the Stennis\nSpace Center said", {("Stennis\nSpace Center", "ORG")}, id="center"),
    pytest.param(
        "a visit to NASA’s Goddard Space\n    Center in", {("Goddard Space\n    Center", "ORG")}, id="after-an-owner"
    ),
    pytest.param("funds for the eLAB Tech\n    Hub and two", set(), id="unread-name-word-before"),
    # a body the gazetteer knows is the tail of a longer body's name read by its head
    pytest.param(
        "a vote at the U.N. Security\nCouncil next week",
        {("U.N. Security\nCouncil", "ORG")},
        id="acronym-gazetteer-tail",
    ),
    pytest.param(
        "speech to the United Nations General\nAssembly in New York",
        {("United Nations General\nAssembly", "ORG")},
        id="name-gazetteer-tail",
    ),
    # a place the gazetteer knows closes a body's complement
    pytest.param(
        "loans from the Farmers Bank of South\nAustralia were",
        {("Farmers Bank of South\nAustralia", "ORG")},
        id="place-tail",
    ),
    pytest.param(
        "a grant to the Teachers Union of Costa\nRica for",
        {("Teachers Union of Costa\nRica", "ORG")},
        id="place-tail-union",
    ),
]


@pytest.mark.parametrize("text, expected", WRAPPED_BODY_ENDS)
def test_a_body_name_closed_across_a_wrap(tokenizer_and_lexicon, text, expected):
    assert _wrapped(tokenizer_and_lexicon, text) == expected
