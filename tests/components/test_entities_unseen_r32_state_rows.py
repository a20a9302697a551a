"""A state's code as a cell of a table or list of states (layout.state_rows): alone on its row, with its
sum, or in brackets ending a row; read only where three rows or more of the document hold a code."""

from __future__ import annotations

import pytest
from tests.conftest import layout_names

# the shapes of real dev tables: a payment per state and territory (PM transcripts), grants per state
# in an HTML table with its tags masked to spaces (White House), award winners with their state (PM transcripts)
_SUMS = "Payments by state\n\nNT        $1.150 million\nSA        $9.870 million\nTAS       $3.010 million\n"
_CELLS = (
    "State    Funding\n    OR\xa0     \n    $12,500,000    \n    KS\xa0     \n    $8,000,000    \n    ME\xa0     \n"
)
_ROWS = (
    "Winners\nRiverina Canvas ( NSW)\nCoastal Bakery Pty Ltd ( WA)\nHarbour Signs (VIC)\n"
    "The Department of Health ( ACT)\n"
)

STATE_ROWS = [
    pytest.param(_SUMS, "NT", id="code-and-sum"),
    pytest.param(_SUMS, "TAS", id="upper-case-tas"),
    pytest.param(_CELLS, "OR", id="table-cell-word-code"),
    pytest.param(_CELLS, "ME", id="table-cell-last"),
    pytest.param(_ROWS, "WA", id="bracketed-after-company"),
    pytest.param(_ROWS, "VIC", id="bracketed-no-space"),
    pytest.param(_ROWS, "ACT", id="bracketed-after-department"),
]


@pytest.mark.parametrize(("text", "code"), STATE_ROWS)
def test_a_code_in_a_table_of_states_is_a_place(text, code):
    assert code in layout_names(text, "GPE")


NOT_STATE_ROWS = [
    pytest.param("Help is at hand.\n- The Temporary Accommodation Service (TAS) has been stood up.", id="short-form"),
    pytest.param("Results\nOR\xa0\n$5,000\nSee the notes below.\nME\n", id="two-rows-only"),
    pytest.param("The council (SA) Inc. met.\nNT\nWords follow.", id="one-bracket-one-line"),
]


@pytest.mark.parametrize("text", NOT_STATE_ROWS)
def test_fewer_than_three_code_rows_give_nothing(text):
    assert layout_names(text, "GPE") == []
