"""briefx_facts: subjects that the figure's clause does not name. A figure alone on its line (a table's cell)
takes the names of its row, which no sentence holds with the figure; a clause that names no owner takes whom a
possessive pronoun on the figure's path stands for. The tables and sentences are written for the test after the
shape of real releases (grant lists by recipient, allocations by region, figures by state, central bank
statements); none is copied from the corpus."""

from __future__ import annotations

import pytest
from tests.test_facts_shapes import _fact_of

RECIPIENTS = (
    "The Minister for Tourism today confirmed funding for 3 regional visitor agencies.\n\n"
    "**Funding by agency**\n\n**No.**\n\n**Agency**\n\n**Approved**\n\n"
    "**1**\n\nDestination Otago Limited\n\n$650,000\n\n"
    "**2**\n\nTourism Canterbury Trust\n\nVisitor centre upgrade Kaikoura\n\n$420,000\n\n"
    "**3**\n\nWellington City Council (on behalf of Porirua City Council)\n\n$300,000\n\n"
    "Total\n\n$1,370,000\n"
)
STATES = (
    "The programme has paid out $4.2 million to 1.2 million households, the White House said on Tuesday.\n\n"
    "**Payments by state**\n\n**State**\n\n**Paid**\n\n"
    "California\n\n$312,000\n\nOregon\n\n$148,500\n\nVermont\n\n$21,750\n"
)
CODED = (
    "The Department today announced $9.1 million in new grants to state health agencies.\n\n"
    "<table>\n<tr>\n<td><strong>Code</strong></td>\n<td><strong>State</strong></td>\n<td><strong>Award</strong></td>\n</tr>\n"
    "<tr>\n<td>OH</td>\n<td>Ohio</td>\n<td>$4,250,000</td>\n</tr>\n"
    "<tr>\n<td>NV</td>\n<td>Nevada</td>\n<td>$3,100,000</td>\n</tr>\n"
    "<tr>\n<td>WY</td>\n<td>Wyoming</td>\n<td>$1,750,000</td>\n</tr>\n</table>\n"
)
CODES = (
    "The agency listed its first payments under the program.\n\n"
    "TX  $2,140,000\n\nOK  $1,075,000\n\nKS  $830,500\n"
)
TABLES = {"recipients": RECIPIENTS, "states": STATES, "coded": CODED, "codes": CODES}

# (table, figure, subjects)
ROWS = [
    ("recipients", "$650,000", ["Destination Otago Limited"]),
    ("recipients", "$420,000", ["Tourism Canterbury Trust", "Kaikoura"]),  # its place in the project line
    ("recipients", "$1,370,000", []),  # the total row names no party
    ("states", "$312,000", ["California"]),  # no row number: the row ends at the figure above
    ("states", "$148,500", ["Oregon"]),
    ("states", "$21,750", ["Vermont"]),
    # a figure in prose keeps the clause rules
    ("states", "1.2 million", []),
    # a state's code beside its name is the same place, named once
    ("coded", "$4,250,000", ["Ohio"]),
    ("coded", "$1,750,000", ["Wyoming"]),
    # a code alone names its state
    ("codes", "$1,075,000", ["OK"]),
]


@pytest.mark.parametrize("table, figure, subjects", ROWS, ids=[f"{c[0]}-{c[1]}" for c in ROWS])
def test_a_table_cell_takes_its_rows_names_as_subjects(extractor, table, figure, subjects):
    text = TABLES[table]
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert [s.text for s in fact.subjects] == subjects


# --- a clause that names no owner: whom a possessive pronoun on the figure's path stands for --------------
# (text, figure, subjects)
PRONOUNS = [
    ("The Bank also expects that inflation will stay close to its 3 percent target over the next year.", "3 percent",
     ["Bank"]),
    ("The Council will weigh housing and transport conditions relative to its goals of full occupancy and 5 percent "
     "vacancy.", "5 percent", ["Council"]),
    # a clause that names an owner keeps it
    ("Unilever said the staff will move into its 40 offices in Germany.", "40", ["Germany"]),
]


@pytest.mark.parametrize("text, figure, subjects", PRONOUNS, ids=[c[1] for c in PRONOUNS])
def test_a_possessive_pronoun_stands_for_the_subject_before_it(extractor, text, figure, subjects):
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert [s.text for s in fact.subjects] == subjects


# A table the text runs together on one line (or line by line with no break between a row's cells), each row a
# figure after only names, dates and marks: the names since the figure before are its row's parties.
RUN_TOGETHER = (
    "The Minister today released the grants made to councils for safer town centres:\n\n"
    "Timaru $8,000 Ashburton $6,500 Gore $4,250 Napier $9,000 Queenstown $7,750\n"
)
RUN_WITH_TERMS = (
    "Funding has been approved for four catchment groups over the next three years.\n\n"
    "Group Region Funding Term Alpine Streams Collective Otago $450,000 3 years Coastal Wetlands Trust "
    "Southland $275,000 2 years Ridgeline Farmers Network Canterbury $380,000 3 years\n"
)
RUN_TABLES = {"run": RUN_TOGETHER, "terms": RUN_WITH_TERMS}
RUNS = [
    ("run", "$4,250", ["Gore"]),
    ("run", "$9,000", ["Napier"]),
    ("run", "$7,750", ["Queenstown"]),
    ("terms", "$275,000", ["Coastal Wetlands Trust", "Southland"]),  # a row's date stays out of its parties
    ("terms", "$380,000", ["Ridgeline Farmers Network", "Canterbury"]),
]


@pytest.mark.parametrize("table, figure, subjects", RUNS, ids=[f"{c[0]}-{c[1]}" for c in RUNS])
def test_a_run_together_row_takes_the_names_since_the_figure_before(extractor, table, figure, subjects):
    text = RUN_TABLES[table]
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert [s.text for s in fact.subjects] == subjects
