"""briefx_facts, round 11 of issue 11 (kind, period): kinds found in unseen odd-year Australian PM releases, NZ
government releases and White House fact sheets, and in real dev. Every sentence is written for the test after the
shape of real text."""

from __future__ import annotations

import pytest
from tests.components.test_facts_unseen_r9 import _fact_of

# (text, figure, kind, direction): what an announcement is of is announced, a target (corpus/README.md: announced
# allocations are targets)
ANNOUNCED = [
    pytest.param("The ministers today welcomed the announcement of the $420 million upgrade of the coastal highway.",
                 "$420 million", "target", None, id="welcomed-the-announcement-of-a-sized-project"),
    pytest.param("The leaders also welcomed Japan's announcement of $2 billion in new food security assistance for "
                 "the region.", "$2 billion", "target", None, id="announcement-of-a-sum-in-aid"),
    pytest.param("The summit closed with the announcement of over half a billion pounds worth of new investment in "
                 "housing.", "half a billion pounds", "target", None, id="announcement-of-worth"),
    # an announcement that is no `of`-owner of the figure makes nothing of it
    pytest.param("Today's announcement builds on the $9 million in grants the agency issued to 18 clinics last "
                 "year.", "18", "level", None, id="announcement-as-subject"),
    pytest.param("The announcement was welcomed by 40 councils.", "40", "level", None, id="announcement-welcomed-by"),
]


@pytest.mark.parametrize("text, figure, kind, direction", ANNOUNCED)
def test_what_an_announcement_is_of_is_a_target(extractor, text, figure, kind, direction):
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert (fact.kind, fact.direction) == (kind, direction)


# (text, figure, period): a date fronted before the first conjunct's subject frames the clauses coordinated with it,
# also under two prepositions (`as of`)
FRONTED = [
    pytest.param("According to the commission, as of Monday morning, over 40,000 forms were not yet returned, and "
                 "over 2,000 were not yet sent out.", "2,000", "Monday morning", id="as-of-over-a-conjunct"),
    pytest.param("As of 30 June, 1,200 claims were open and 300 were closed.", "300", "30 June", id="as-of-short"),
    pytest.param("In the year to July, spending rose 17.9 per cent and arrivals were up 4 per cent.", "4 per cent",
                 "year to July", id="one-preposition"),
]


@pytest.mark.parametrize("text, figure, period", FRONTED)
def test_a_fronted_date_frames_the_coordinated_clause(extractor, text, figure, period):
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert (text[fact.period.start:fact.period.end] if fact.period else None) == period


# (text, figure, kind): a line opened by bold markup (`**Funding:** $110,000`) is no list item, so a lead line's
# plan does not reach it; a bullet and a blank open a list item, which takes its lead line's plan
ITEMS = [
    pytest.param("The trusts will build new recycling plants.\n\n**Organisation:** Coast Trust\n\n**Funding:** "
                 "$110,000\n\nCoast Trust works with schools.", "$110,000", "level", id="bold-label-is-no-item"),
    pytest.param("The trusts will build:\n\n* 12 new recycling plants\n* 40 glass bins\n", "40", "target",
                 id="star-bullet-is-an-item"),
    pytest.param("The trusts will build:\n\n- 12 new recycling plants\n- 40 glass bins\n", "12", "target",
                 id="dash-bullet-is-an-item"),
]


@pytest.mark.parametrize("text, figure, kind", ITEMS)
def test_a_list_item_takes_its_lead_lines_plan(extractor, text, figure, kind):
    assert _fact_of(extractor.extract(text, published="2026-01-15"), figure, text).kind == kind
