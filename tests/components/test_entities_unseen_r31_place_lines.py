"""A town or region heading a row of a funding list (layout.place_lines): alone on its line,
with its sum, or as the row's label; the gazetteer knows it, no sentence stands around it."""

from __future__ import annotations

import pytest
from tests.conftest import layout_names

PLACE_LINES = [
    pytest.param("Grants were made.\n\nNELSON\n\nSeaview Ltd, $12,000, export plan.", "NELSON", id="capitals-heading"),
    pytest.param("Projects funded:\n\nTimaru\n\nHarbour Trust, new wharf.", "Timaru", id="town-alone"),
    pytest.param("Allocations:\n\nRotorua – $40,000\nTaupo – $25,000", "Rotorua", id="town-dash-sum"),
    pytest.param("Allocations:\n\nRotorua – $40,000\nTaupo – $25,000", "Taupo", id="second-row"),
    pytest.param("**Invercargill:** Southern Steel Ltd, Bluff Oysters Ltd.", "Invercargill", id="bold-label-row"),
    pytest.param("Recipients by town\n- Geelong: $1.2m for the library", "Geelong", id="list-label-row"),
    pytest.param("States:\n    Victoria           $3.5 million    ", "Victoria", id="state-and-sum"),
]


@pytest.mark.parametrize(("text", "place"), PLACE_LINES)
def test_a_row_heading_town_is_a_place(text, place):
    assert place in layout_names(text, "GPE")


NOT_PLACE_LINES = [
    pytest.param("Details\n\nDate: 4 May\n\nVenue: the hall", id="date-label"),
    pytest.param("- Replace the Timaru roundabout with a bridge.", id="sentence-item"),
    pytest.param("Contact: Jo Bell, press secretary", id="contact-label"),
    pytest.param("Background\n\nThe fund opened in 2019.", id="heading-word"),
]


@pytest.mark.parametrize("text", NOT_PLACE_LINES)
def test_a_line_that_is_no_town_gives_nothing(text):
    assert layout_names(text, "GPE") == []
