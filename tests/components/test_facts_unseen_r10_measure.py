"""briefx_facts, round 10 of issue 11 (measure and subjects): kinds found in unseen odd-year NZ government releases,
White House fact sheets and Wikinews articles, and in real dev. Every sentence is written for the test after the shape
of real text."""

from __future__ import annotations

import pytest


def _fact_of(record, surface: str, text: str):
    start = text.index(surface)
    return next(f for f in record.facts if f.figure.start == start)


def _measure(fact) -> str | None:
    return None if fact.measure is None else fact.measure.text


# (text, figure, measure, subjects): a body that money is for is its receiver, a subject, not what it measures
# (corpus/README.md § Facts: the giver and the receiver of money are subjects); a programme stays the measure
RECEIVERS = [
    pytest.param("The project will build a farm biosecurity plan. Funding is $80,400 for the Grain Growers Response "
                 "Group.", "$80,400", "Funding", ["Grain Growers Response Group"], id="funding-is-x-for-a-group"),
    pytest.param("The budget provides $12.5 billion for border security, including $3 billion for the Bureau of "
                 "Customs and Border Affairs.", "$3 billion", None, ["Bureau of Customs and Border Affairs"],
                 id="part-for-a-bureau"),
    pytest.param("The new funding includes:\n\n- $50,000 for the Rural Support Network Trust.", "$50,000", None,
                 ["Rural Support Network Trust"], id="list-item-for-a-trust"),
    # the rule needs the body as an entity (the NER of stop 25 read none here; the one of stop 26 does)
    pytest.param("The new funding includes:\n\n- $50,000 for the Rural Support Network.", "$50,000", None,
                 ["Rural Support Network"], id="list-item-for-a-network"),
    # a programme named as a fund is what the money is for
    pytest.param("The Budget includes $15 million over four years for the Regional Tourism Facilities Grants Fund.",
                 "$15 million", "Regional Tourism Facilities Grants Fund", [], id="programme-fund-is-the-measure"),
]


@pytest.mark.parametrize("text, figure, measure, subjects", RECEIVERS)
def test_a_body_money_is_for_is_its_receiver(extractor, text, figure, measure, subjects):
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert (_measure(fact), [s.text for s in fact.subjects]) == (measure, subjects)


# (text, figure, subjects): who welcomes, congratulates, highlights or praises a figure is no party to it, as a
# speaker is not (corpus/README.md § Facts); an agent who announces or gives it still is
ACKNOWLEDGERS = [
    pytest.param("Agriculture Minister Jane Hollis has welcomed eight new pest control projects funded in the "
                 "latest round.", "eight", [], id="person-welcomes"),
    pytest.param("Trade Minister Peter Vance has congratulated New Zealand’s top exporters on reaching $4.2 billion "
                 "in annual sales.", "$4.2 billion", ["New Zealand"], id="person-congratulates"),
    pytest.param("The White House highlights new commitments from over 20 broadband providers to offer cheaper "
                 "plans.", "20", [], id="body-highlights"),
    pytest.param("President Biden announced two expanded efforts to help families build wealth.", "two", ["Biden"],
                 id="announcer-stays"),
]


@pytest.mark.parametrize("text, figure, subjects", ACKNOWLEDGERS)
def test_who_acknowledges_a_figure_is_no_party(extractor, text, figure, subjects):
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert [s.text for s in fact.subjects] == subjects


# (text, figure, measure): the noun whose `of`-phrase the figure is names its measure before an `in`-phrase after
# it; a container, a change noun or an act on the amount passes the measure on
OWNERS_OF_AMOUNTS = [
    pytest.param("The fund has helped generate an overall investment of $120 million in walking tracks.",
                 "$120 million", "overall investment", id="investment-in"),
    pytest.param("At year-end, the closed stores held a value of 410 million pounds in the books.",
                 "410 million pounds", "value", id="value-in-the-books"),
    pytest.param("The operator announced a new investment of $90 million into its charging network.", "$90 million",
                 "new investment", id="investment-into"),
    pytest.param("Tokyo has extended a total of ¥12.5 billion in development aid to Jakarta since 2019.",
                 "¥12.5 billion", "development aid", id="container-passes-on"),
    pytest.param("The leaders welcomed the announcement of $2 billion in new food assistance for the region.",
                 "$2 billion", "new food assistance", id="act-noun-passes-on"),
]


@pytest.mark.parametrize("text, figure, measure", OWNERS_OF_AMOUNTS)
def test_the_owner_of_an_amount_names_its_measure(extractor, text, figure, measure):
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert _measure(fact) == measure


# Round 30: a word for an extreme a figure reaches, in unseen odd-year Australian PM media releases and NZ
# government releases and in real dev.
# (text, figure, measure): what reaches the extreme is the measure, the verb's subject or the object before the
# frame's preposition; a name that holds it (an agent spending a record sum) leaves none (GOLD.md § Facts: measure)
EXTREMES = [
    pytest.param("Mining investment in the state is forecast to reach a record of over $64 billion this year.",
                 "$64 billion", "Mining investment", id="reach-a-record-of"),
    pytest.param("Dairy exports across the region are climbing to an all-time high of $9.4 billion.", "$9.4 billion",
                 "Dairy exports", id="to-an-all-time-high-of"),
    pytest.param("The council lifted the roading budget to a record $210 million in 2019/20.", "$210 million",
                 "roading budget", id="object-to-a-record"),
    pytest.param("Kāinga Ora is spending a record $3.1 billion over four years.", "$3.1 billion", None,
                 id="a-name-spends-a-record"),
    # a limit named with its own words keeps them (`an expanded cap of $5 million`, `a per-day limit`)
    pytest.param("Firms can claim the grant, with an expanded cap of $5 million per annum.", "$5 million",
                 "expanded cap", id="cap-stays"),
]


@pytest.mark.parametrize("text, figure, measure", EXTREMES)
def test_an_extreme_names_no_measure(extractor, text, figure, measure):
    fact = _fact_of(extractor.extract(text, published="2019-03-01"), figure, text)
    assert _measure(fact) == measure
