"""A company's name with a bracketed qualifier before its legal suffix ("Foodstuffs (New Zealand) Ltd",
"Crombie Lockwood (NZ) Limited", "Zip Industries ( Aust) Pty Ltd"): the model cut the name at the
bracket (round 30: odd-year NZ releases listing brokers, housing consortia and panellists' employers,
an Australian PM release on an advisory board; out-of-fold real dev: NZ company lists, Australian PM
biographies and joint-venture partners, 14 of 14 such names whole in the gold). Cases written for
this suite after the shape of those texts (none copied); the rules run on a blank tokenizer with the
entity lexicon."""

from __future__ import annotations

import pytest
from tests.components import test_entities_unseen_r9_org

tokenizer_and_lexicon = test_entities_unseen_r9_org.tokenizer_and_lexicon  # the blank tokenizer and lexicon fixture
_orgs = test_entities_unseen_r9_org._orgs


WHOLE = [
    pytest.param(
        "The brokers are Marsh Limited and Harbour Lockwood (NZ) Limited, both in Auckland.",
        "Harbour Lockwood (NZ) Limited",
        id="initials-before-limited",
    ),
    pytest.param(
        "She chairs Kestrel Contractors (Asia) Limited and Tui Foods (New Zealand) Ltd in Wellington.",
        "Tui Foods (New Zealand) Ltd",
        id="country-before-ltd",
    ),
    pytest.param(
        "She chairs Kestrel Contractors (Asia) Limited and Tui Foods (New Zealand) Ltd in Wellington.",
        "Kestrel Contractors (Asia) Limited",
        id="region-before-limited",
    ),
    pytest.param(
        "The partners are Coral Sea LNG (KTX) Pty Ltd and the operator.",
        "Coral Sea LNG (KTX) Pty Ltd",
        id="two-suffixes-after-the-brackets",
    ),
    pytest.param(
        "He founded Banksia Industries ( Aust) Pty Ltd, a maker of tools.",
        "Banksia Industries ( Aust) Pty Ltd",
        id="blank-inside-the-bracket",
    ),
    pytest.param(
        "Mr Reid, Coastal Drug and Alcohol Council (SA) Inc., Adelaide.",
        "Coastal Drug and Alcohol Council (SA) Inc.",
        id="a-body-joined-by-and",
    ),
]


@pytest.mark.parametrize("text, name", WHOLE)
def test_bracketed_qualifier_stays_inside_the_company(tokenizer_and_lexicon, text, name):
    nlp, lex = tokenizer_and_lexicon
    assert name in _orgs(nlp, lex, text)


NOT_A_COMPANY = [
    pytest.param("The centre (NZ) Limited its hours.", id="lower-case-word-before-the-bracket"),
    pytest.param("Prices fell 5 (NZ) Ltd said.", id="number-before-the-bracket"),
    pytest.param("The Council (see below) Limited the grants.", id="lower-case-words-inside"),
]


@pytest.mark.parametrize("text", NOT_A_COMPANY)
def test_no_company_across_brackets_without_a_name_before(tokenizer_and_lexicon, text):
    nlp, lex = tokenizer_and_lexicon
    assert not any("(" in name for name in _orgs(nlp, lex, text))

