"""briefx_facts on tables set as text, one row a line: a name opens the line and a sum closes it. Under a lead
that names allotted sums (`grants are:`, `List of grant recipients:`, `Funding (up to)`) the sums are allocations,
targets; under one that names sums paid they stay levels. The rows are written for the test after the shape of
real releases (NZ grant lists, Australian PM statements); none is copied from the corpus."""

from __future__ import annotations

import pytest

from briefx.components.facts.clauses import view_of
from briefx.components.facts.cues import FactCues
from briefx.components.facts.textrows import row_name

COUNCILS = (
    "The Prime Minister announced that three shire councils in the northern region will share special grants.\n"
    "The councils to receive the grants are:\n"
    "Kowhai Valley Shire Council $ 42,000\n"
    "Riverside municipal Council $ 18,500\n"
    "Tarn Lake City Council $ 96,000\n"
)
RECIPIENTS = (
    "Six youth and volunteering groups share this year's fund, the Minister says.\n\n"
    "**List of grant recipients:**\n\n"
    "***Harbour Youth Trust - $75,000***\n\n"
    "Harbour Youth Trust runs mentoring programmes for young people in coastal towns.\n\n"
    "***Coastal Volunteers Network - $40,000***\n"
)
PROVIDERS = (
    "The Prime Minister today opened a new learning centre built with Government support.\n\n"
    "Organisations in the Northern Region          Funding (up to)\n\n"
    "Kestrel Creek Learning Centre Inc           $100,000\n\n"
    "Bluegum Women's Resource Centre           $62,500\n"
)
PAID = (
    "The Government has paid $9 million to the regions for reforms completed last year.\n\n"
    "Region          Reward Payment (paid on a per capita basis)\n\n"
    "Northern Region          $2.5 million\n\n"
    "Southern Region          $1.1 million\n"
)
TEXTS = {"councils": COUNCILS, "recipients": RECIPIENTS, "providers": PROVIDERS, "paid": PAID}

# (text, figure, kind): each a target the rows' lead makes, a level before the rule
KINDS = [
    ("councils", "$ 42,000", "target"),
    ("councils", "$ 18,500", "target"),  # a lower-case word inside the council's name
    ("councils", "$ 96,000", "target"),
    ("recipients", "$75,000", "target"),  # bold marks around the row, a dash before the sum
    ("recipients", "$40,000", "target"),  # a line of prose about the row above lies between
    ("providers", "$100,000", "target"),  # column heads as the lead
    ("providers", "$62,500", "target"),
]


def _fact(extractor, name: str, figure: str):
    text = TEXTS[name]
    record = extractor.extract(text, published="2026-01-15")
    return next(f for f in record.facts if f.figure.start == text.index(figure))


@pytest.mark.parametrize("name, figure, kind", KINDS, ids=[f"{c[0]}-{c[1]}" for c in KINDS])
def test_a_named_row_under_an_allotting_lead_is_a_target(extractor, name, figure, kind):
    assert _fact(extractor, name, figure).kind == kind


# (line, figure, name): the name that opens the figure's line, or None when the line is no row
NAMES = [
    ("Kowhai Valley Shire Council $ 42,000\n", "$ 42,000", "Kowhai Valley Shire Council"),
    ("***Harbour Youth Trust - $75,000***\n", "$75,000", "Harbour Youth Trust"),
    ("- Northern Region: $2.5 million;\n", "$2.5 million", "Northern Region"),
    ("- Holidaymakers spent $479 million\n", "$479 million", None),  # a sentence: a lower-case verb
    ("Kowhai Valley Shire Council $ 42,000 for a new hall\n", "$ 42,000", None),  # words after the sum
    ("the council $ 42,000\n", "$ 42,000", None),  # no capitalised word opens it
]


@pytest.fixture(scope="module")
def cues():
    return FactCues.load("facts.json")


@pytest.mark.parametrize("line, figure, name", NAMES, ids=[c[0][:24] for c in NAMES])
def test_row_name(extractor, cues, line, figure, name):
    doc = extractor.nlp(line)
    start = line.index(figure)
    figures = list(doc.spans["figures"])
    span = next(s for s in figures if s.start_char == start)
    others = frozenset(i for s in figures if s != span for i in range(s.start, s.end))
    found = row_name(view_of(span, cues, others), cues)
    assert (found.text if found is not None else None) == name


def test_a_row_under_a_paid_lead_stays_a_level(extractor):
    assert _fact(extractor, "paid", "$2.5 million").kind == "level"
