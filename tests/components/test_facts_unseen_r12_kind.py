"""briefx_facts, round 12 of issue 11 (kind): kinds found in unseen odd-year NZ government releases, Australian PM
releases and White House statements, and in real dev. Every sentence is written for the test after the shape of real
text."""

from __future__ import annotations

import pytest
from tests.components.test_facts_unseen_r9 import _fact_of

# (text, figure, kind): a sum a giving verb in the present progressive takes as its object is given as announced, an
# allocation (corpus/README.md: announced allocations are targets); the passive, the past and the perfect progressive
# tell a sum given, and a count is no sum
GIVING_NOW = [
    pytest.param("The Government is contributing $350,000 to the recovery fund.", "$350,000", "target",
                 id="is-contributing"),
    pytest.param("The District Council is investing $2 million in the new library.", "$2 million", "target",
                 id="is-investing-in"),
    pytest.param("The two governments are investing $640 million to build the eastern bypass.", "$640 million",
                 "target", id="are-investing-to"),
    pytest.param("Canada is making an immediate $3 million contribution to flood relief in the region.",
                 "$3 million", "target", id="making-a-sized-contribution"),
    pytest.param("The state is now investing a record $4.1 billion to upgrade its rail lines.", "$4.1 billion",
                 "target", id="a-record-sum"),
    pytest.param("The agency is providing nearly $90 million in new emergency assistance to the region.",
                 "$90 million", "target", id="is-providing-in-aid"),
    pytest.param("We are investing $40 million for the port road and $25 million for the bypass.", "$25 million",
                 "target", id="a-coordinated-sum"),
    pytest.param("The $60 million grant is being provided from the Regional Fund.", "$60 million", "level",
                 id="passive-progressive"),
    pytest.param("The council was providing $5 million a year at the time.", "$5 million", "level",
                 id="past-progressive"),
    pytest.param("The council has been investing $5 million a year in its parks.", "$5 million", "level",
                 id="perfect-progressive"),
    pytest.param("The firm is adding 300 jobs at its plant.", "300", "level", id="a-count-is-no-sum"),
    pytest.param("The new rules are costing households $400 a year.", "$400", "level", id="no-giving-verb"),
]


@pytest.mark.parametrize("text, figure, kind", GIVING_NOW)
def test_a_sum_given_in_the_present_progressive_is_a_target(extractor, text, figure, kind):
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert fact.kind == kind


# (text, figure, kind, direction): the parse makes a gapped clause's figure (`by $10 billion for X and $5 billion for
# Y`) a conjunct of the verb; it shares the kind and direction of the figure the verb governs
GAPPED = [
    pytest.param("In light of the progress made since June, the Committee decided to begin reducing the monthly pace "
                 "of its net asset purchases by $20 billion for Treasury securities and $10 billion for agency "
                 "mortgage-backed securities.", "$10 billion", "change", "down",
                 id="decided-reduction"),
    pytest.param("We are investing $40 million for the port road and $25 million for the bypass.", "$25 million",
                 "target", None, id="giving-now"),
    pytest.param("Exports rose 5 per cent in March and 3 per cent in April.", "3 per cent", "change", "up",
                 id="change-verb"),
    pytest.param("The council spent $4 million on roads and $2 million on parks last year.", "$2 million", "level",
                 None, id="past-spending"),
]


@pytest.mark.parametrize("text, figure, kind, direction", GAPPED)
def test_a_gapped_figure_shares_the_kind_of_its_verbs_figure(extractor, text, figure, kind, direction):
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert (fact.kind, fact.direction) == (kind, direction)
