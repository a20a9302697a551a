"""briefx_facts, rounds 13 and 28 (measures of sums): kinds found in unseen odd-year Australian PM releases, NZ
government releases and White House fact sheets, and in real dev. Every sentence is written for the test after the shape
of real text."""

from __future__ import annotations

import pytest
from tests.components.test_facts_unseen_r9 import _fact_of
from tests.components.test_facts_unseen_r10_measure import _measure

# (text, figure, measure): a money noun with its own modifier in an `in`-phrase right after the sum names it, even when
# a `for`-phrase or an infinitive says what it is for; a bare `in funding`, a spend, or an `of`-phrase passes it on to
# the purpose. A sum's `to`-phrase of a common noun says what the sum is for, like a `for`-phrase; a name there is a
# receiver, not a measure (`to the Red Cross`), and a `to`-phrase of a money noun leaves the money noun the measure
SUMS = [
    pytest.param("The Budget provides $640 million in increased funding for the Rural Health Act programs.",
                 "$640 million", "increased funding", id="in-increased-funding-for"),
    pytest.param("A further $18.2 million in operating funding will be provided over three years for the new "
                 "recovery unit.", "$18.2 million", "operating funding", id="in-operating-funding-passive"),
    pytest.param("The state government will commit an additional $75 million in new funding for the Wetlands Trust "
                 "to support the delivery of the river plan.", "$75 million", "new funding", id="in-new-funding-to"),
    pytest.param("The agency announced $5 million in Disaster Relief funds for use by the port authority.",
                 "$5 million", "Disaster Relief funds", id="in-named-funds-for-use"),
    pytest.param("The agency announced $120 million in funding for the harbour restoration project.",
                 "$120 million", "harbour restoration project", id="bare-in-funding-for"),
    pytest.param("The regional package includes $45 million in capital expenditure for rural roading.",
                 "$45 million", "rural roading", id="in-capital-expenditure-for"),
    pytest.param("The package includes $9 million of operating funding for the land registry programme.",
                 "$9 million", "land registry programme", id="of-operating-funding-for"),
    pytest.param("The Government has contributed $2 million to humanitarian mine clearance efforts in Laos and is "
                 "working with local partners.", "$2 million", "humanitarian mine clearance efforts",
                 id="contributed-to-noun-phrase"),
    pytest.param("The package includes:\n\n- $3.2m to island-specific coastal resilience projects, the first of "
                 "which will be a sea wall\n", "$3.2m", "island-specific coastal resilience projects",
                 id="list-item-to-noun-phrase"),
    pytest.param("The Government has now provided over $410 million in funding to the research centres programme.",
                 "$410 million", "funding", id="in-funding-to-programme"),
    pytest.param("The minister announced $4 million to the International Federation of Red Cross Societies for urgent "
                 "shelter assistance.", "$4 million", "urgent shelter assistance", id="to-a-body-then-for"),
    pytest.param("The Government will give $1.5 million to the Pacific Red Cross Society.", "$1.5 million", None,
                 id="to-a-body-alone"),
    # a sum that is what a noun is worth measures that noun, whatever its `to`-phrase says
    pytest.param("The scheme has awarded 180 grants totalling $95.2 million to projects across the country.",
                 "$95.2 million", "grants", id="worth-then-to-noun-phrase"),
    # round 28: a `towards`-phrase says what a sum goes to, as a `to`-phrase does (a common noun: the measure; a name:
    # a receiver; after a money noun: the money noun stays the measure)
    pytest.param("The Government will provide $2.5 million towards the establishment of a marine research centre in "
                 "Nelson.", "$2.5 million", "establishment", id="towards-noun-phrase"),
    pytest.param("The Commonwealth will contribute $300 million towards a major upgrade of the coastal highway.",
                 "$300 million", "major upgrade", id="towards-contribute"),
    pytest.param("The new funding includes:\n\n- $95 million towards improved water infrastructure in the region\n",
                 "$95 million", "improved water infrastructure", id="towards-list-item"),
    pytest.param("The Council will also receive $4 million toward these scholarships.", "$4 million", "scholarships",
                 id="toward-spelling"),
    pytest.param("The Government will give $1.5 million towards the Pacific Red Cross Society.", "$1.5 million", None,
                 id="towards-a-body"),
    pytest.param("The plan sets aside $640 million contingent capital funding towards the replacement of the ships.",
                 "$640 million", "contingent capital funding", id="money-noun-towards"),
    # round 28: the infinitive of a verb of investing names what the sum is for, as a verb of allocating's does (a
    # verb of giving's tells why: `will provide $4.5 million to train analysts`)
    pytest.param("The Government will invest $240 million to create 30,000 new apprenticeship places.",
                 "$240 million", "new apprenticeship places", id="invest-to-create"),
    pytest.param("The firm is investing $9 billion to build a new battery plant in Ohio.", "$9 billion",
                 "new battery plant", id="investing-to-build"),
    pytest.param("About $11 million will be invested to rebuild the junior campus at Riverside School.", "$11 million",
                 "junior campus", id="passive-invested-to"),
    # round 28: a noun that is no word for money and whose `of`-phrase the sum is names it, before what a `for`-, `to`-
    # or `towards`-phrase after it says the sum is for; a word for money passes the measure on to that phrase
    pytest.param("Growers can apply for planning grants of up to $4,800 for eligible dairy farms.", "$4,800",
                 "planning grants", id="grants-of-for"),
    pytest.param("The Council has agreed to a capital contribution of $12 million towards the new aquatic centre.",
                 "$12 million", "capital contribution", id="contribution-of-towards"),
    pytest.param("The plan builds on an earlier commitment of $90 million for a new interchange at the port.",
                 "$90 million", "earlier commitment", id="commitment-of-for"),
]


@pytest.mark.parametrize("text, figure, measure", SUMS)
def test_what_names_a_sum(extractor, text, figure, measure):
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert _measure(fact) == measure


# (text, figure, subjects): `the two leaders`, the subject of its clause, counts parties named before; of its clause's
# names only those it names as a pair (`between X and Y`) are its subjects, the rest are what the parties talk about
COUNTED_PARTIES = [
    pytest.param("President Ruiz met Prime Minister Okafor in Lagos. The two leaders stressed their support for the "
                 "people of Ukraine.", "two", [], id="topic-of-the-talks"),
    pytest.param("President Ruiz met Prime Minister Okafor in Lagos. The two leaders discussed efforts to advance the "
                 "close partnership between the United States and Nigeria.", "two", ["United States", "Nigeria"],
                 id="parties-as-a-pair"),
    pytest.param("The fund drew new managers. These three investment funds by Acme Capital, Birch Group and Cobalt "
                 "Partners will back homes in Wales.", "three", ["Acme Capital", "Birch Group", "Cobalt Partners"],
                 id="parties-in-its-own-phrase"),
    pytest.param("Chile and Nigeria signed a trade pact. Trade between the two countries reached 400 containers.",
                 "400", [], id="no-count-of-parties"),
]


@pytest.mark.parametrize("text, figure, subjects", COUNTED_PARTIES)
def test_a_count_of_parties_keeps_only_the_pair_it_names(extractor, text, figure, subjects):
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert [text[s.start:s.end] for s in fact.subjects] == subjects
