"""ORG kinds found on unseen odd-year texts and the out-of-fold errors on real dev, round 12 (New Zealand funding
releases, White House fact sheets, Australian releases): funds named as pots of money read as bodies. Cases
written for this suite after the shape of those texts (none copied); the rule runs on a blank tokenizer with the
entity lexicon."""

from __future__ import annotations

import pytest
from tests.components import test_entities_unseen_org
from tests.components.test_entities_unseen_org import _candidate, _kept, _view

tokenizer_and_lexicon = test_entities_unseen_org.tokenizer_and_lexicon  # the blank tokenizer and lexicon fixture


POTS_AND_BODIES = [
    # money comes from or goes through the fund: no span, at any of its mentions (corpus/README.md)
    pytest.param(
        "Bids for the new round of the Coastal Waste Fund close in May. The Coastal Waste Fund varies each year.",
        [("Coastal Waste Fund", 0), ("Coastal Waste Fund", 1)],
        [],
        id="round-of-spreads-to-every-mention",
    ),
    pytest.param(
        "Forty groups will benefit from the 2016 Rural Youth Partnership Fund, she says.",
        [("Rural Youth Partnership Fund", 0)],
        [],
        id="from-over-a-year",
    ),
    pytest.param(
        "The council used contributions to Mayoral Storm Funds after the floods.",
        [("Mayoral Storm Funds", 0)],
        [],
        id="contributions-to",
    ),
    pytest.param(
        "The bill will replenish the Road Victims Fund this year.", [("Road Victims Fund", 0)], [], id="replenish"
    ),
    pytest.param(
        "It is paid from the State Government's Schools and Clinics Fund.",
        [("Schools and Clinics Fund", 0)],
        [],
        id="a-governments-fund",
    ),
    pytest.param("**Coastal Waste Fund recipients are:**", [("Coastal Waste Fund", 0)], [], id="recipients"),
    pytest.param(
        "The Harbour Safety Fund pays for rails. Clubs have benefited from the Fund to date.",
        [("Harbour Safety Fund", 0), ("Fund", 1)],
        [],
        id="the-short-reference-names-the-pot",
    ),
    pytest.param(
        "She opened a round of Coastal Waste Funding. Bids to this round of the Coastal Waste Fund close in May.",
        [("Coastal Waste", 0), ("Coastal Waste Fund", 1)],
        [],
        id="its-words-before-funding",
    ),
    # a fund that acts, a body's, or a known one: ORG
    pytest.param(
        "Money came from the Regional Growth Fund (RGF) in May. The Regional Growth Fund (RGF) will invest more.",
        [("Regional Growth Fund", 0), ("Regional Growth Fund", 1)],
        [("Regional Growth Fund", "ORG"), ("Regional Growth Fund", "ORG")],
        id="acts-as-a-body",
    ),
    pytest.param(
        "a soft loan from the African Development Fund",
        [("African Development Fund", 0)],
        [("African Development Fund", "ORG")],
        id="a-peoples-fund",
    ),
    pytest.param(
        "a grant from the Red Cross’ Relief Aid Fund",
        [("Relief Aid Fund", 0)],
        [("Relief Aid Fund", "ORG")],
        id="a-bodys-fund",
    ),
    pytest.param(
        "a loan from the International Monetary Fund",
        [("International Monetary Fund", 0)],
        [("International Monetary Fund", "ORG")],
        id="international",
    ),
    pytest.param("a loan from the OPEC Fund", [("OPEC Fund", 0)], [("OPEC Fund", "ORG")], id="initialism"),
    pytest.param(
        "The Harbour Safety Fund said it would help.",
        [("Harbour Safety Fund", 0)],
        [("Harbour Safety Fund", "ORG")],
        id="no-money-context",
    ),
    pytest.param(
        "$2 million from the Provincial Growth Fund",
        [("Provincial Growth Fund", 0)],
        [("Provincial Growth Fund", "ORG")],
        id="known-body",
    ),
]


@pytest.mark.parametrize("text, chosen, expected", POTS_AND_BODIES)
def test_a_fund_the_text_uses_as_a_pot_of_money_is_no_body(tokenizer_and_lexicon, text, chosen, expected):
    nlp, lex = tokenizer_and_lexicon
    view = _view(nlp, text)
    cands = sorted((_candidate(view, surface, "ORG", nth) for surface, nth in chosen), key=lambda c: c.start)
    assert _kept(view, lex, cands) == expected


# round 31 (out-of-fold real dev: NZ funding releases, Australian PM releases, a White House fact sheet): money
# goes through or is granted under the fund, in a numbered round of it, into the councils' own fund, or from a
# plan's fund; cases written after the shape of those texts
POTS_ROUND_31 = [
    pytest.param(
        "Schools can apply for grants through the Coastal Waste Fund.",
        [("Coastal Waste Fund", 0)],
        [],
        id="through",
    ),
    pytest.param(
        "Twelve groups are funded under the Youth Provider Development Fund this year.",
        [("Youth Provider Development Fund", 0)],
        [],
        id="under",
    ),
    pytest.param(
        "Bids for Round Two of the Housing Supply Fund close in May. The Housing Supply Fund is popular.",
        [("Housing Supply Fund", 0), ("Housing Supply Fund", 1)],
        [],
        id="a-numbered-round-of",
    ),
    pytest.param(
        "Each council gets a further contribution to their Mayoral Storm Fund.",
        [("Mayoral Storm Fund", 0)],
        [],
        id="over-their",
    ),
    pytest.param(
        "It will use the Rescue Plan’s (RP) Capital Works Fund to connect homes.",
        [("Capital Works Fund", 0)],
        [],
        id="a-plans-fund",
    ),
    pytest.param(
        "a loan through the OPEC Fund",
        [("OPEC Fund", 0)],
        [("OPEC Fund", "ORG")],
        id="through-a-bodys-fund",
    ),
    pytest.param(
        "Grants come from the Red Cross’ (RC) Relief Aid Fund.",
        [("Relief Aid Fund", 0)],
        [("Relief Aid Fund", "ORG")],
        id="a-bodys-fund-over-its-short-form",
    ),
]


@pytest.mark.parametrize("text, chosen, expected", POTS_ROUND_31)
def test_money_through_under_or_from_a_plans_fund(tokenizer_and_lexicon, text, chosen, expected):
    nlp, lex = tokenizer_and_lexicon
    view = _view(nlp, text)
    cands = sorted((_candidate(view, surface, "ORG", nth) for surface, nth in chosen), key=lambda c: c.start)
    assert _kept(view, lex, cands) == expected
