"""briefx_facts, round 11 of issue 11 (measure and subjects): kinds found in unseen odd-year NZ government releases,
Australian PM releases and White House fact sheets, and in real dev. Every sentence is written for the test after the
shape of real text."""

from __future__ import annotations

import pytest
from tests.components.test_facts_unseen_r10_measure import _fact_of, _measure

# (text, figure, measure): a sum a body receives, uses or is allocated `to` do something measures the object of that
# infinitive (what the money is for); a giving verb's infinitive tells why, not what (the written corpus's labels)
INFINITIVE_PURPOSES = [
    pytest.param("The Harbour Trust receives $150,000 to install 80 new mooring buoys along the coast.", "$150,000",
                 "new mooring buoys", id="receives-to-install"),
    pytest.param("Westport District Council will receive $640,000 to complete a detailed business case for the "
                 "bridge.", "$640,000", "detailed business case", id="will-receive-to-complete"),
    pytest.param("The Greenfield Society will use $48,000 to design and build a composting shed, which will serve "
                 "the town.", "$48,000", "composting shed", id="use-to-design-and-build"),
    pytest.param("$120 million has been allocated to establish 24 rural health clinics in remote towns.",
                 "$120 million", "rural health clinics", id="passive-allocated-to-establish"),
    pytest.param("The agency's grid programme also allocates $2.9 million to Guam to strengthen energy security.",
                 "$2.9 million", "energy security", id="allocates-to-place-to-strengthen"),
    # a giving verb's own infinitive names no measure
    pytest.param("The United States will provide $3.5 million over two years to train 200 analysts in the region.",
                 "$3.5 million", None, id="provide-to-train-stays-null"),
]


# (text, figure, measure): a share that a verb of shares gives its subject measures the subject, its numerator
# (corpus/README.md § Facts: the measure of a share is its numerator); a relative pronoun or a verb that acts on the
# share (`cut`) leaves the denominator
SHARES_OF_SUBJECTS = [
    pytest.param("Officials noted that services make up 62 per cent of the region's output of goods and services.",
                 "62 per cent", "services", id="make-up"),
    pytest.param("Wool exports have fallen in recent years and now represent about three per cent of the country's "
                 "farm exports.", "three per cent", "Wool exports", id="conjoined-verb-represents"),
    pytest.param("Hotel occupancy will average 85% of 2019 levels over the winter.", "85%", "Hotel occupancy",
                 id="average"),
    pytest.param("International spend in Nelson, Otago and Southland were all at nearly 95% of pre-pandemic levels.",
                 "95%", "International spend", id="copula-at"),
    pytest.param("Cheese and butter, which together account for 40 percent of dairy exports to Japan, face new "
                 "quotas.", "40 percent", "dairy exports", id="relative-pronoun-keeps-denominator"),
    pytest.param("The agency will cut 15% of the jobs in its regional offices.", "15%", "jobs",
                 id="acting-verb-keeps-denominator"),
]




# (text, figure, subjects): a place or nationality that says where a person is from or what office they hold
# describes the person, not the figure (real gold: Wikinews, White House, gov.uk and NZ releases); a place the
# counted thing is in stays
PLACES_OF_PEOPLE = [
    pytest.param("On Monday, French President Emmanuel Roche signed nine decrees and two orders.", "two",
                 ["Emmanuel Roche"], id="nationality-title-person"),
    pytest.param("Both won 7 seats, followed by Senator Ann Kowalski of Ohio, with 5.", "7", [],
                 id="place-of-a-person-in-another-clause"),
    pytest.param("Governor Lisa Marten of Oregon opened 12 new clinics in Portland.", "12",
                 ["Lisa Marten", "Portland"], id="place-of-the-thing-stays"),
]


def _subjects(fact) -> list[str]:
    return [s.text for s in fact.subjects]


CASES = [*((*p.values, _measure) for p in INFINITIVE_PURPOSES + SHARES_OF_SUBJECTS),
         *((*p.values, _subjects) for p in PLACES_OF_PEOPLE)]
IDS = [p.id for p in INFINITIVE_PURPOSES + SHARES_OF_SUBJECTS + PLACES_OF_PEOPLE]


@pytest.mark.parametrize("text, figure, expected, read", CASES, ids=IDS)
def test_measure_and_subjects(extractor, text, figure, expected, read):
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert read(fact) == expected
