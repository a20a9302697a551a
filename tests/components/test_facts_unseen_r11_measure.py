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


@pytest.mark.parametrize("text, figure, measure", INFINITIVE_PURPOSES)
def test_a_received_sum_measures_what_its_infinitive_names(extractor, text, figure, measure):
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert _measure(fact) == measure
