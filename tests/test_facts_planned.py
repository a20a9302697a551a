"""briefx_facts kind of a figure an infinitive puts ahead (round 32, `facts/planned.py`): `is to` + infinitive, the
infinitive of a noun of intention, a headline infinitive, the infinitive that says what a sum is for, and a
tenseless complement of a verb under `will`. Every sentence is written for the test after the shape of real Beehive,
White House and Australian PM releases; none is copied from the corpus."""

from __future__ import annotations

import re

import pytest


def _fact_of(record, surface: str, text: str):
    start = text.index(surface)
    return next(f for f in record.facts if f.figure.start == start)


def _ids(cases) -> list[str]:
    return [re.sub(r"\W+", "-", f"{c[1]} {c[0]}".strip("- "))[:60] for c in cases]


# (text, figure, kind, direction)
PLANNED = [
    # a present `be` completed by the infinitive: what is to be done
    ("The district council is to build 24 new pensioner flats in Motueka.", "24", "target", None),
    ("Their aim is to open 12 community pantries across the region.", "12", "target", None),
    # the infinitive of a noun of intention or undertaking
    ("The Premier welcomed the State's commitment to invest $45 million in the rail link.", "$45 million", "target",
     None),
    ("This shows the Government's readiness to match $2 for every $1 raised by local councils.", "$2", "target", None),
    # what the infinitive of a sum, or of a verb given a sum, is to do
    ("The Trust receives $150,000 to plant 12,000 native trees along the river.", "12,000", "target", None),
    ("The grant is $3 million to train 400 new nurses in rural hospitals.", "400", "target", None),
    # a tenseless complement of a verb under `will`
    ("The new funding will allow 45 schools to hire a specialist reading teacher.", "45", "target", None),
    ("Australia's grant will help the agency expand its work to reach an extra 1.5 million people.", "1.5 million",
     "target", None),
    # a headline infinitive
    ("- Hospitals to receive almost 60% of the new funding", "60%", "target", None),
]

AS_THEY_ARE = [
    # told in the past: what a grant was for is done
    ("The Trust received $150,000 last year to plant 12,000 native trees.", "12,000", "level", None),
    # the level a planned change starts from
    ("The funding will allow the agency to lift the number of firms it supports from 400 to 650.", "400", "level",
     None),
]


@pytest.mark.parametrize("text, figure, kind, direction", PLANNED + AS_THEY_ARE, ids=_ids(PLANNED + AS_THEY_ARE))
def test_kind_of_planned_figure(extractor, text, figure, kind, direction):
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert (fact.kind, fact.direction) == (kind, direction)
