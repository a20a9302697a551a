"""ORG boundaries found on unseen odd-year texts and the out-of-fold errors on real dev, round 13 (White House
fact sheets, New Zealand and Australian releases, Wikinews): a body that owns the name after its possessive
("Department of Commerce’s National Institute of …") is a name of its own, on one line or across a wrap.
Cases written for this suite after the shape of those texts (none copied); the sources run on a blank
tokenizer with the entity lexicon."""

from __future__ import annotations

import pytest
from tests.components import test_entities_real

from briefx.components.entities.name_patterns import from_patterns
from briefx.components.entities.wraps import from_wrapped

tokenizer_and_lexicon = test_entities_real.tokenizer_and_lexicon  # the blank tokenizer and lexicon fixture


def _orgs(tokenizer_and_lexicon, source, text: str) -> set[str]:
    return {t for t, label in test_entities_real._found(tokenizer_and_lexicon, source, text) if label == "ORG"}


OWNED = [
    # a body, then its possessive, then a body it owns: two names
    pytest.param(
        "funds from the Tasman Regional Council’s Biosecurity Board this year",
        {"Tasman Regional Council", "Biosecurity Board"},
        id="council-owns-board",
    ),
    pytest.param(
        "a grant to the United Nations’ Gaza Relief Fund in May",
        {"United Nations", "Gaza Relief Fund"},
        id="known-body",
    ),
    pytest.param(
        "he ran for the Liberal Party's State Senate seat", {"Liberal Party", "State Senate"}, id="party-owns-senate"
    ),
    pytest.param(
        "work with the Department of Trade’s Export Credit Agency on loans",
        {"Department of Trade", "Export Credit Agency"},
        id="opener-of",
    ),
    # a possessive inside one name: the words before it name no body
    pytest.param(
        "a levy paid to the Dairy Farmers’ Federation each year", {"Dairy Farmers’ Federation"}, id="plural-possessive"
    ),
    pytest.param(
        "the United Nations Children's Fund said",
        {"United Nations Children's Fund", "United Nations"},
        id="no-body-head",
    ),
]


WRAPPED_OWNED = [
    pytest.param(
        "Today the U.S. Department of Labor’s Mine Safety\n    Administration announced",
        {"Mine Safety\n    Administration"},
        id="owner-before-break",
    ),
    pytest.param(
        "The Department of\n    Labor’s Safer Mines and Tunnels program",
        {"Department of\n    Labor"},
        id="owner-after-break",
    ),
    pytest.param(
        "the United Nations Children’s Emergency\nFund said",
        {"United Nations Children’s Emergency\nFund"},
        id="no-owner",
    ),
]


@pytest.mark.parametrize("text, expected", WRAPPED_OWNED)
def test_a_body_owning_a_body_across_a_wrap(tokenizer_and_lexicon, text, expected):
    assert _orgs(tokenizer_and_lexicon, from_wrapped, text) == expected


PAIRED = [
    # a whole name before "and" is no part of the body after it
    pytest.param("the United Kingdom and European Commission agreed", {"European Commission"}, id="country-before-and"),
    pytest.param(
        "staff of the Office of Energy and Department of Labor met",
        {"Office of Energy", "Department of Labor"},
        id="opener-after-and",
    ),
    pytest.param("spending on Army and Air Force readiness", {"Air Force"}, id="body-word-before-and"),
    # an "and" inside one body's name
    pytest.param(
        "the Energy and Mining Regulatory Authority said", {"Energy and Mining Regulatory Authority"}, id="one-name"
    ),
]


POSTS = [
    # a body named by its kind alone closes a post before a person's name (GOV.UK and White House releases)
    pytest.param("said the Chief Secretary to the Treasury Dana Ilves today", {"Treasury"}, id="to-the"),
    pytest.param(
        "joined by Deputy Secretary of the Treasury Dr Lee Amari , who", {"Treasury"}, id="prefix-before-name"
    ),
    # the body's kind before a title or a longer name is no body alone
    pytest.param("said the Treasury Secretary Mara Ames today", set(), id="title-after"),
    pytest.param("a report from the Treasury Policy Unit today", set(), id="longer-name"),
]


@pytest.mark.parametrize("text, expected", OWNED + PAIRED + POSTS)
def test_body_boundaries(tokenizer_and_lexicon, text, expected):
    # "United Nations Children's Fund": the pattern also finds "United Nations"; the choice keeps the outer name
    assert _orgs(tokenizer_and_lexicon, from_patterns, text) == expected
