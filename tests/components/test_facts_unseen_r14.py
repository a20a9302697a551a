"""briefx_facts, round 14 (measures of sums): kinds found in unseen odd-year Australian PM releases, NZ government
releases and White House fact sheets, and in real dev. Every sentence is written for the test after the shape of real
text."""

from __future__ import annotations

import pytest
from tests.components.test_facts_unseen_r9 import _fact_of
from tests.components.test_facts_unseen_r10_measure import _measure

# (text, figure, measure): `worth` as the noun a sum sizes passes the measure on to its `of`-phrase, as a container
# does (`the number of trains`); a mark of bold type around a sum is neither its measure nor a wall between the sum
# and the `in`-phrase that names it
SUMS = [
    pytest.param("The venture will buy about $41 billion worth of local steel over the next decade.",
                 "$41 billion", "local steel", id="worth-of"),
    pytest.param("The port will ship around $250 billion worth of coal to buyers in Asia.",
                 "$250 billion", "coal", id="worth-of-then-to"),
    pytest.param("The Department is announcing it has approved:\n\n- **$3.4 billion** in new loan relief for "
                 "**41,000 borrowers** under disability programs.\n", "$3.4 billion", "new loan relief",
                 id="bold-sum-then-in-phrase"),
    pytest.param("The Department is announcing it has approved:\n\n- Nearly **$1.9 billion** in added loan relief for "
                 "nearly **36,000 borrowers** through other programs.\n", "$1.9 billion", "added loan relief",
                 id="bold-sum-after-qualifier"),
]


# (text, figure, measure): a sum in brackets right after a noun phrase is what that item costs, its noun the measure
# (past a place's phrase); a name of a body before the bracket is the item's receiver, not its measure, and a figure
# before it is the same sum told in another currency
BRACKETED = [
    pytest.param("The grants will cover 42 new Studies ($48 million) and 6 new Programmes ($18 million).",
                 "$48 million", "new Studies", id="count-then-bracket"),
    pytest.param("**Helping lead the way in the region:**\n\n- Wind generation plant in Tonga ($3m)\n",
                 "$3m", "Wind generation plant", id="item-in-a-place"),
    pytest.param("Priorities include investment in applied science ($71.5 million over four years) and new tourism "
                 "marketing.", "$71.5 million", "applied science", id="in-phrase-then-bracket"),
    pytest.param("The fund holds $64.1 billion (£50.2 billion) in assets under management.",
                 "£50.2 billion", "assets", id="currency-then-bracket"),
]


@pytest.mark.parametrize("text, figure, measure", SUMS + BRACKETED)
def test_what_names_a_sum(extractor, text, figure, measure):
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert _measure(fact) == measure


def test_a_body_before_a_bracketed_sum_is_no_item(extractor):
    text = "Awards go to Hamlin University (award of up to $19.4M) and Corbett University ($17.2M)."
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), "$17.2M", text)
    assert "University" not in (_measure(fact) or "")
