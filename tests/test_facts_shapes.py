"""briefx_facts on the shapes of real press text (releases, fact sheets, budget lists): one table per
error kind found on the real dev documents. Every sentence is written for the test after the shape
of real text; none is copied from the corpus. They run through the real pipeline once per session."""

from __future__ import annotations

import re

import pytest

from briefx.schema import Briefing


def _fact_of(record: Briefing, surface: str, text: str, at: int = 0):
    start = -1
    for _ in range(at + 1):
        start = text.index(surface, start + 1)
    return next(f for f in record.facts if f.figure.start == start)


def _ids(cases) -> list[str]:
    return [re.sub(r"\W+", "-", c[0].strip("- "))[:50] for c in cases]


# --- measure: a sum named only as money measures what it is for --------------------------------
# (text, figure, measure)
PURPOSES = [
    ("Budget 2024 will provide $12.5 million of new funding over the next three years for rural health clinics.",
     "$12.5 million", "rural health clinics"),
    ("- $6 million over two years to upgrade regional airports.", "$6 million", "regional airports"),
    ("- $9 million in capital expenditure for coastal defences.", "$9 million", "coastal defences"),
    ("$15 million over four years will be provided for the Council's Urban Renewal Programme.", "$15 million",
     "Urban Renewal Programme"),
    ("- $3 million for the Coastal Walkways Fund and $7 million over three years for the Southern Rail Link.",
     "$7 million", "Southern Rail Link"),
    # a verb's own infinitive says why the money is given, not what it measures; a noun of its own stays
    ("The agency will provide $2 million over two years to train nurses in the north.", "$2 million", None),
    ("Japan gave $30 million in grants for flood recovery.", "$30 million", "grants"),
]


@pytest.mark.parametrize("text, figure, measure", PURPOSES, ids=_ids(PURPOSES))
def test_money_measures_its_purpose(extractor, text, figure, measure):
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert (fact.measure.text if fact.measure else None) == measure


# --- kind: a list under a lead line ---------------------------------------------------------------
LIST = ("Ministers today announced more support for Mali's army.\n\n"
        "The new $300 million aid package includes:\n\n-   40 armoured vehicles;\n-   12 field hospitals.\n\n"
        "In addition to the items above, previous French assistance committed to Mali includes:\n\n"
        "-   Over 120 mine detectors;\n-   Nine transport helicopters.\n")
# (figure, kind)
LIST_KINDS = [
    ("40", "target"),
    ("120", "level"),  # `previous … committed`: allocations already made
    ("Nine", "level"),
]


@pytest.mark.parametrize("figure, kind", LIST_KINDS, ids=[c[0] for c in LIST_KINDS])
def test_a_list_takes_its_kind_from_its_lead_line(extractor, figure, kind):
    fact = _fact_of(extractor.extract(LIST, published="2026-01-15"), figure, LIST)
    assert fact.kind == kind
