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


@pytest.mark.parametrize("text, figure, measure", SUMS)
def test_what_names_a_sum(extractor, text, figure, measure):
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert _measure(fact) == measure
