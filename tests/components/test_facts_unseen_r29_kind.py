"""briefx_facts, round 29 (kind): a sum that an allotted whole includes or provides, in unseen odd-year Australian PM
releases and in real dev (NZ, White House, PM releases); round 30: what a deal, act, law or initiative includes or
invests (unseen White House fact sheets, NZ releases). Every sentence is written for the test after the shape of real
text."""

from __future__ import annotations

import pytest
from tests.components.test_facts_unseen_r9 import _fact_of

_PARAGRAPH = ("The Commonwealth will provide $280 million to upgrade regional freight roads in Gippsland. The package "
              "will focus on projects that improve safety. This includes a further $12 million to extend the work on "
              "the coastal highway.")
_PAST = ("Work has begun in 80% of the region's towns. This includes over $600 million that the State invested in "
         "broadband last year.")

# (text, figure, kind): what an investment, a funding round or an agreement includes or provides is allotted as the
# whole is (corpus/README.md: announced allocations are targets), as is what a sum the subject names includes, and
# what `This` includes after a sum allotted in the two sentences before; a fund's standing grant, a deal's cover and
# the part of a level stay levels
ALLOTTED_PARTS = [
    pytest.param("The Government's investment includes $4 million through Sport New Zealand for new floodlights.",
                 "$4 million", "target", id="investment-includes"),
    pytest.param("This round of research funding provides $31.6 million towards 14 new fellowships.", "$31.6 million",
                 "target", id="funding-round-provides"),
    pytest.param("At the Premier's request, the agreement included over $15 billion for regional hospitals.",
                 "$15 billion", "target", id="agreement-included"),
    pytest.param("The $180 million in funding announced today includes over $35 million for heart research.",
                 "$35 million", "target", id="an-announced-sum-includes"),
    pytest.param(_PARAGRAPH, "$12 million", "target", id="this-includes-after-a-planned-sum"),
    pytest.param(_PAST, "$600 million", "level", id="this-includes-after-a-level"),
    pytest.param("The Rural Safety Fund provides $2 million a year for projects that improve farm safety.",
                 "$2 million", "level", id="a-fund-provides"),
    pytest.param("The deal covers 214 stores and two distribution centres.", "214", "level", id="a-deal-covers"),
    # round 30 (unseen White House fact sheets and NZ releases): a deal, an act, a law or an initiative that funds
    pytest.param("The Bipartisan Infrastructure Deal includes $4 billion for a new program to make streets safer.",
                 "$4 billion", "target", id="named-deal-includes"),
    pytest.param("The deal invests $12 billion in capping abandoned wells and cleaning up mine land.", "$12 billion",
                 "target", id="the-deal-invests"),
    pytest.param("The Clean Harbours Act includes another $3 billion with a focus on electrifying cranes.",
                 "$3 billion", "target", id="an-act-includes"),
    pytest.param("The initiative includes a $2.5 million grant from the housing fund.", "$2.5 million", "target",
                 id="the-initiative-includes"),
    pytest.param("The law bans 12 chemicals from children's toys.", "12", "level", id="a-law-with-another-verb"),
]


@pytest.mark.parametrize("text, figure, kind", ALLOTTED_PARTS)
def test_a_part_of_an_allotted_whole_is_a_target(extractor, text, figure, kind):
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert fact.kind == kind
