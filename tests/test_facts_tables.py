"""briefx_facts on figures alone on their line: the cells of a table flattened to one cell a line, as
government grant and funding tables come out of HTML. The row's line before the figure names what is
funded unless it is only the row's party; then the table's caption does. The tables are written for
the test after the shape of real releases; none is copied from the corpus."""

from __future__ import annotations

import pytest
import spacy

from briefx.components.facts.cells import alone_on_line, is_cell
from briefx.components.facts.cues import FactCues
from briefx.schema import Briefing

GRANTS = (
    "The Minister for Sport today announced 3 grants for safety work at regional sports grounds.\n\n"
    "A list of the successful projects follows.\n\n"
    "**Grants awarded in round 1**\n\n**Applicant**\n\n**Project**\n\n**Grant**\n\n"
    "**1**\n\nOtago Rugby Union\n\nFloodlight replacement\n\n$42,000.00\n\n"
    "**2**\n\nCanterbury Cricket Association\n\nNew spectator stand\n\n$35,500.00\n\n"
    "**3**\n\nNelson Netball Centre\n\nCourt resurfacing\n\n$18,250.00\n\n"
    "**Total**\n\n**$95,750.00**\n"
)
FUNDING = (
    "More than $3 million has been confirmed for the country's regional arts trusts, the minister said today.\n\n"
    "“The trusts will use it to support local artists,” she said.\n\n"
    "**Allocations by trust**\n\n**No.**\n\n**Trust**\n\n**Approved**\n\n"
    "**1**\n\nWaikato Arts Trust\n\n$900,000\n\n"
    "**2**\n\nCreative Northland Trust (trading as: Arts Northland | Toi Northland)\n\n$1,200,000\n\n"
    "**3**\n\nSouthland Creative Ltd\n\n$950,000\n\n"
    "Total\n\n$3,050,000\n"
)

# (table, figure, at, measure)
CELLS = [
    # the row's line before the figure that is not its party names what the grant is for
    ("grants", "$42,000.00", 0, "Floodlight replacement"),
    ("grants", "$35,500.00", 0, "New spectator stand"),
    ("grants", "$18,250.00", 0, "Court resurfacing"),
    ("grants", "$95,750.00", 0, "Total"),  # a row without a number: its own label
    # a row of a number and a party only: the caption's noun phrase
    ("funding", "$900,000", 0, "Allocations"),
    ("funding", "$1,200,000", 0, "Allocations"),  # a long party line, brackets and a bar in it
    ("funding", "$950,000", 0, "Allocations"),
    ("funding", "$3,050,000", 0, "Total"),
]
TABLES = {"grants": GRANTS, "funding": FUNDING}


def _fact_of(record: Briefing, surface: str, text: str, at: int = 0):
    start = -1
    for _ in range(at + 1):
        start = text.index(surface, start + 1)
    return next(f for f in record.facts if f.figure.start == start)


@pytest.mark.parametrize("table, figure, at, measure", CELLS, ids=[f"{c[0]}-{c[1]}" for c in CELLS])
def test_a_cell_takes_its_row_or_caption(extractor, table, figure, at, measure):
    text = TABLES[table]
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text, at)
    assert (fact.measure.text if fact.measure else None) == measure


def test_a_figure_in_prose_keeps_its_sentence_measure(extractor):
    text = FUNDING
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), "$3 million", text)
    assert fact.measure is None or fact.measure.text != "Allocations"


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


@pytest.fixture(scope="module")
def cues():
    return FactCues.load("facts.json")


# (text, figure, alone)
ALONE = [
    ("Total\n\n**$95,750.00**\n", "$95,750.00", True),
    ("Trust\n\n$900,000", "$900,000", True),
    ("[$50,000 maximum\n", "$50,000", False),
    ("The fund gives $900,000 a year.\n", "$900,000", False),
]


@pytest.mark.parametrize("text, figure, alone", ALONE, ids=[c[0][:20] for c in ALONE])
def test_alone_on_line(blank, cues, text, figure, alone):
    doc = blank(text)
    start = text.index(figure)
    span = doc.char_span(start, start + len(figure), alignment_mode="expand")
    assert alone_on_line(span, cues.layout_marks) is alone


# (line, cell)
LINES = [
    ("No.", True),
    ("Court resurfacing", True),
    ("A list of the successful projects follows.", False),
    ("“The trusts will use it,” she said.”", False),
    ("Creative Northland Trust (trading as: Arts Northland | Toi Northland)", True),
]


@pytest.mark.parametrize("line, cell", LINES, ids=[c[0][:20] for c in LINES])
def test_is_cell(blank, cues, line, cell):
    doc = blank(line)
    assert is_cell(doc, (0, len(doc)), cues) is cell
