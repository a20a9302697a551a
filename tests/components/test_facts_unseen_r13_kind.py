"""briefx_facts, round 13 (kind): kinds found in unseen odd-year NZ government releases, Australian PM releases and
White House statements, and in real dev. Every sentence is written for the test after the shape of real text."""

from __future__ import annotations

import pytest
from tests.components.test_facts_unseen_r9 import _fact_of

# (text, figure, kind): a figure that sizes a noun of a prepositional phrase, a noun the text knows (a possessive or
# `the`), describes a thing that is, as it is: a level, not the plan of its clause; a pledge noun, a noun a plan word
# marks, and a figure that is itself what the plan gives are still targets
KNOWN_THING = [
    pytest.param("Tariffs will be abolished for Canada's $9 billion wheat industry.", "$9 billion", "level",
                 id="possessed-industry"),
    pytest.param("The new library will sit beside the $40 million aquatic centre.", "$40 million", "level",
                 id="the-sized-building"),
    pytest.param("Trade talks between our two nations will be held every year.", "two", "level",
                 id="our-two-nations"),
    pytest.param("Duties will be removed on most farm goods, including the 6 per cent duty on wool.", "6 per cent",
                 "level", id="including-the-sized-duty"),
    pytest.param("Work will start on the proposed 300 MW plant next year.", "300 MW", "target",
                 id="a-plan-word-marks-the-noun"),
    pytest.param("The Minister will announce details of the $40 million package next week.", "$40 million", "target",
                 id="a-pledge-noun"),
    pytest.param("The Government will provide $5 million to the fund.", "$5 million", "target",
                 id="the-sum-given"),
    pytest.param("The Government will upgrade 40 rural schools.", "40", "target", id="no-known-noun"),
]


@pytest.mark.parametrize("text, figure, kind", KNOWN_THING)
def test_a_figure_that_describes_a_known_thing_is_a_level(extractor, text, figure, kind):
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert fact.kind == kind


# (text, figure, kind): under a plan or announcing verb, as under a modal, `a total of` is the sum planned or
# announced (corpus/README.md: announced allocations are targets); a total since a date, or one a passive or a
# `previously` tells as made, is a level
PLANNED_TOTAL = [
    pytest.param("Science Minister Jane Doe today announced a total of $42 million in research funding as part of "
                 "the 2026 round.", "$42 million", "target", id="announced-a-total"),
    pytest.param("Several partners plan to invest a total of $2 billion in port projects.", "$2 billion", "target",
                 id="plan-to-invest-a-total"),
    pytest.param("Two foundations committed a total of $300,000 to support training for apprentices.", "$300,000",
                 "target", id="committed-a-total"),
    pytest.param("The United States has committed a total of $2 billion to the region since 2021.", "$2 billion",
                 "level", id="a-total-since-a-date"),
    pytest.param("In 2025, a total of $51.3 million was awarded for 30 projects.", "$51.3 million", "level",
                 id="awarded-in-the-past"),
    pytest.param("The Government has previously announced a total of $20 million for the programme.", "$20 million",
                 "level", id="previously-announced"),
]


@pytest.mark.parametrize("text, figure, kind", PLANNED_TOTAL)
def test_a_total_under_a_plan_verb_is_a_target(extractor, text, figure, kind):
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert fact.kind == kind
