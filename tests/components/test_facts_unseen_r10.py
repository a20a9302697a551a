"""briefx_facts, round 10 of issue 11 (kind): kinds found in unseen odd-year NZ government releases, White House
fact sheets and Federal Reserve statements, and in real dev. Every sentence is written for the test after the shape
of real text."""

from __future__ import annotations

import pytest
from tests.components.test_facts_unseen_r9 import _fact_of

# (text, figure, kind, direction): a decision told in the perfect, or running from a `since` date, is made: what it
# gave is a level (GOLD.md § Facts: a target is a plan, goal, forecast or pledge)
DECIDED = [
    pytest.param("In the Canterbury and Otago areas, around $480 million has been approved since 2014 for new schools "
                 "and school expansions.", "$480 million", "level", None, id="perfect-passive-since"),
    pytest.param("More than $12 million has been approved for the country's 24 regional trusts to support their "
                 "recovery, the Minister announced today.", "$12 million", "level", None, id="perfect-passive"),
    pytest.param("The Secretary is announcing that another 40,000 borrowers have been approved for $3 billion in "
                 "relief.", "$3 billion", "level", None, id="people-approved-for-a-sum"),
    pytest.param("The Department has approved:\n\n- $2.1 billion in relief for 30,000 borrowers\n- $900 million for "
                 "12,000 veterans\n", "$900 million", "level", None, id="list-under-a-perfect-lead"),
    pytest.param("Schools have been rebuilt, as well as around 40 extra classrooms approved since 2018.", "40",
                 "change", "up", id="participle-since"),
    pytest.param("The Secretary is announcing the Department has approved:\n\n- $2.1 billion in relief for 30,000 "
                 "borrowers\n- $900 million for 12,000 veterans\n", "$2.1 billion", "level", None,
                 id="list-under-an-announced-decision"),
    # two-word past markers
    pytest.param("It is the largest school programme in the region, which so far has seen over $3 billion committed "
                 "for new and upgraded schools.", "$3 billion", "level", None, id="so-far"),
    pytest.param("Governor Reyes has amassed 812 pledged delegates so far, while Senator Park has 603.", "812",
                 "level", None, id="pledged-so-far"),
    # what is still ahead stays a target
    pytest.param("The Secretary is announcing the Department will provide:\n\n- $2.1 billion in relief for 30,000 "
                 "borrowers\n- $900 million for 12,000 veterans\n", "$2.1 billion", "target", None,
                 id="list-under-an-announced-plan"),
    pytest.param("The partner foundations have committed to invest over $10 million in the initiative.",
                 "$10 million", "target", None, id="pledge-in-the-perfect"),
    pytest.param("The Department will approve $2 billion in relief for 30,000 borrowers next month.",
                 "$2 billion", "target", None, id="approval-ahead"),
]


@pytest.mark.parametrize("text, figure, kind, direction", DECIDED)
def test_a_decision_told_as_made_gives_a_level(extractor, text, figure, kind, direction):
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert (fact.kind, fact.direction) == (kind, direction)


# (text, figure, kind, direction): an infinitive the parser hangs on a cue as an adverbial clause, after a phrase or
# not, is still the plan the cue needs (`allocated to`, `preferred to`)
HUNG_INFINITIVES = [
    pytest.param("Around $300 million has been allocated to establish 20 new clinics across the country.",
                 "$300 million", "target", None, id="allocated-to-establish"),
    pytest.param("Around $300 million has been allocated to establish 20 new clinics across the country.",
                 "20", "target", None, id="count-in-the-infinitive"),
    pytest.param("Voting against the action were Ann B. Cole and Ray D. Moss, who preferred at this meeting to "
                 "maintain the target range for the federal funds rate at 3-1/4 to 3-1/2 percent.",
                 "3-1/4 to 3-1/2 percent", "target", None, id="preferred-after-a-phrase"),
    # a purpose clause on a verb that is no cue leaves the figure as it was
    pytest.param("The council spent $4 million last year to repair 12 bridges.", "$4 million", "level", None,
                 id="purpose-of-a-past-spend"),
]


@pytest.mark.parametrize("text, figure, kind, direction", HUNG_INFINITIVES)
def test_an_infinitive_hung_on_a_cue_is_its_plan(extractor, text, figure, kind, direction):
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert (fact.kind, fact.direction) == (kind, direction)
