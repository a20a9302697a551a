"""briefx_facts kind of a count of the things an announcement names (round 31): appointments, awards, actions and
designations an announcing verb takes are counted as they are, a level; sums, counts inside another phrase and
announcements still ahead are not such counts. Every sentence is written for the test after the shape of real
Beehive, White House and Australian PM releases; none is copied from the corpus."""

from __future__ import annotations

import re

import pytest


def _fact_of(record, surface: str, text: str):
    start = text.index(surface)
    return next(f for f in record.facts if f.figure.start == start)


def _ids(cases) -> list[str]:
    return [re.sub(r"\W+", "-", f"{c[1]} {c[0]}".strip("- "))[:60] for c in cases]


# (text, figure, kind, direction)
ANNOUNCED_COUNTS = [
    # the object of an announcing verb, in the past, the perfect or the present progressive
    ("The Conservation Minister today announced four appointments to the Fish and Game Council.", "four",
     "level", None),
    ("Trade Minister Ana Rees has today announced 14 regional export awards.", "14", "level", None),
    ("Today, the Administration is announcing five new actions to cut energy bills for renters.", "five", "level",
     None),
    # the subject of its passive, and a conjunct of it
    ("Three new appointments and two reappointments to the Heritage Board have been announced by the Minister.",
     "Three", "level", None),
    ("Three new appointments and two reappointments to the Heritage Board have been announced by the Minister.",
     "two", "level", None),
    # what an act of `announced_acts` makes
    ("I am pleased to announce today the appointment of two Deputy Secretaries.", "two", "level", None),
    ("Last year, the Secretary announced the designation of 18 innovation zones across the country.", "18",
     "level", None),
]

STILL_TARGETS = [
    # a sum announced is an allocation (corpus/README.md: announced allocations are targets)
    ("The Minister today announced $12 million for new classrooms in Nelson.", "$12 million", "target", None),
    # a count inside another phrase of the object is what the allocation goes to
    ("The agency today announced $8 million in grants to 15 small ports.", "15", "target", None),
]


@pytest.mark.parametrize("text, figure, kind, direction", ANNOUNCED_COUNTS + STILL_TARGETS,
                         ids=_ids(ANNOUNCED_COUNTS + STILL_TARGETS))
def test_kind_of_announced_count(extractor, text, figure, kind, direction):
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert (fact.kind, fact.direction) == (kind, direction)
