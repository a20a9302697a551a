"""briefx_facts, round 9 of issue 11 (subjects and measure): kinds found in unseen odd-year NZ government releases,
White House releases and Wikinews articles, and in real dev. Every sentence is written for the test after the shape
of real text."""

from __future__ import annotations

import pytest


def _fact_of(record, surface: str, text: str):
    start = text.index(surface)
    return next(f for f in record.facts if f.figure.start == start)


# (text, figure, subjects): any name in a `since` phrase frames the clause in time; it owns nothing
TIME_FRAMES = [
    pytest.param("Figures show 4,200 more apprentices are training this quarter, with the number of idle youth "
                 "falling to its lowest level since the start of the Asian Financial Crisis.", "4,200", [],
                 id="event-in-since-under-participle"),
    pytest.param("The grant comes on top of the $6.5 million in relief already sent to Sudanese families since "
                 "the outbreak of Ethiopia's border war.", "$6.5 million", ["Sudanese"],
                 id="place-owner-in-since"),
    pytest.param("The Prime Minister today announced an additional $300 million in aid to Haiti, bringing the total "
                 "aid committed to Haiti to $700 million in the past month, and a total of $1 billion since the start "
                 "of the Carney Government.", "$1 billion", ["Haiti"], id="body-in-since-on-a-noun"),
    # a name in the clause outside the `since` phrase still owns the figure
    pytest.param("Since the start of the Carney Government, Canada has given $1 billion to Haiti.", "$1 billion",
                 ["Canada", "Haiti"], id="fronted-since-keeps-the-others"),
]


@pytest.mark.parametrize("text, figure, subjects", TIME_FRAMES)
def test_a_since_phrase_owns_no_figure(extractor, text, figure, subjects):
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert [s.text for s in fact.subjects] == subjects


# (text, figure, subjects): the parser joins a list of figured noun phrases by apposition as well as by
# coordination; a name in another item that holds a figure of its own is that item's
LISTED_ITEMS = [
    pytest.param("At dissolution, there was one MP of the Green Party of Ontario, one MP of the Social Credit "
                 "Federation, and 3 independent MPs.", "one MP of the Green", ["Green Party of Ontario"],
                 id="first-item-keeps-its-own"),
    pytest.param("At dissolution, there was one MP of the Green Party of Ontario, one MP of the Social Credit "
                 "Federation, and 3 independent MPs.", "3", [], id="last-item-has-none"),
    pytest.param("Two other missing Australians have been found -- one in Fiji and one elsewhere.", "Two",
                 ["Australians"], id="place-of-an-appositive-count"),
]


@pytest.mark.parametrize("text, figure, subjects", LISTED_ITEMS)
def test_a_name_in_another_listed_item_is_that_items(extractor, text, figure, subjects):
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert [s.text for s in fact.subjects] == subjects
