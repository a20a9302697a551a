"""briefx_facts kind of a sum given in the present progressive passive (round 33, `facts/given.py`): `is being
invested`, `is being distributed`, `is being funded by an allocation of`, an allocation the release announces (a
target). Every sentence is written for the test after the shape of real Beehive and Australian PM releases; none is
copied from the corpus."""

from __future__ import annotations

import re

import pytest


def _fact_of(record, surface: str, text: str):
    start = text.index(surface)
    return next(f for f in record.facts if f.figure.start == start)


def _ids(cases) -> list[str]:
    return [re.sub(r"\W+", "-", f"{c[2]} {c[0]}".strip("- "))[:60] for c in cases]


# (text, figure, kind)
GIVEN = [
    ("Another $640,000 is being invested in the region's cycle trails this winter.", "$640,000", "target"),
    ("The Minister announced that $2.5 million from the fund is being distributed to 48 community groups.",
     "$2.5 million", "target"),
    ("A total of $1.2 million is being allocated to eleven marae for repairs.", "$1.2 million", "target"),
    ("The inquiry is being funded by a departmental allocation of $240,000 from the Minister's budget.", "$240,000",
     "target"),
]

AS_THEY_ARE = [
    # where a sum comes from, not a giving: stays a level
    ("The Minister said $90 million is being provided from the Regional Fund.", "$90 million", "level"),
    # told in the past
    ("Last year $640,000 was invested in the region's cycle trails.", "$640,000", "level"),
]


@pytest.mark.parametrize("text, figure, kind", GIVEN + AS_THEY_ARE, ids=_ids(GIVEN + AS_THEY_ARE))
def test_kind_of_sum_given_in_progress(extractor, text, figure, kind):
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert fact.kind == kind
