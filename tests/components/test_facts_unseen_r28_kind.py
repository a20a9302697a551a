"""briefx_facts, round 28 (kind): tables of sums per recipient in unseen odd-year NZ government and Australian PM
releases and in real dev. Every table is written for the test after the shape of real text."""

from __future__ import annotations

import pytest
from tests.components.test_facts_unseen_r9 import _fact_of

_GRANTS = ("The latest recipients of the grants are:\n\n**Business name and specialty**\n\n**Location**\n\n"
           "**Approved maximum investment (GST excl.)**\n\nKiwi Sensors: Measurement products for dairy sheds.\n\n"
           "Hamilton\n\n$1,204,300\n\nHarbour Code: Billing software for small utilities.\n\nNelson\n\n$612,000\n")
_COMMITMENTS = ("<p><strong>RESEARCH FUNDING BY PRIORITY AREA</strong></p>\n<p><strong>Priority Area</strong></p>\n"
                "<p><strong>Commitment</strong></p>\n<p>Asthma</p>\n<p>$2,461,220</p>\n<p>Dementia</p>\n"
                "<p>$4,173,905</p>\n")
_ROUND = ("A full list of the successful projects is below.\n\n**Summary of successful round 3 applications**\n\n"
          "**Club**\n\n**Project**\n\n**$ Grant (GST excl.)**\n\n**1**\n\nWairoa Racing Club\n\nNew running rails\n\n"
          "$42,500.00\n\n**2**\n\nOtaki Racing Club\n\nJudges tower\n\n$31,250.00\n")
_RECEIVED = ("The table lists the funds by state.\n\n**State**\n\n**Total Funds Received by Colleges in the State**\n\n"
             "Arizona\n\n$1,482,000\n\nNevada\n\n$730,500\n")
_PRICES = ("Prices by region are below.\n\n**Region**\n\n**Median house price**\n\nNorthland\n\n$612,400\n\n"
           "Otago\n\n$588,900\n")

# (text, figure, kind): a cell of a table whose caption or column heads name sums allotted to each recipient
# (approved, grant, commitment, funding) is an announced allocation, a target (corpus/README.md: announced
# allocations and approved grants are targets), also past a row's line of prose and a caption that holds a count;
# a table of sums received, or of anything else, stays a level
ALLOCATION_TABLES = [
    pytest.param(_GRANTS, "$1,204,300", "target", id="approved-head-first-row"),
    pytest.param(_GRANTS, "$612,000", "target", id="approved-head-past-a-row-of-prose"),
    pytest.param(_COMMITMENTS, "$4,173,905", "target", id="commitment-head-html"),
    pytest.param(_ROUND, "$31,250.00", "target", id="grant-head-under-a-caption-with-a-count"),
    pytest.param(_RECEIVED, "$730,500", "level", id="funds-received"),
    pytest.param(_PRICES, "$588,900", "level", id="no-allocation-head"),
]


@pytest.mark.parametrize("text, figure, kind", ALLOCATION_TABLES)
def test_a_cell_of_an_allocation_table_is_a_target(extractor, text, figure, kind):
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert fact.kind == kind


# (text, figure, kind, direction): `could`, as `would`, tells a forecast or an estimate of what may come (GOLD.md §
# Facts: a forecast or expectation is a target; a planned or forecast change keeps its direction); the level a
# forecast change starts from stays a level
COULD = [
    pytest.param("Officials estimate the scheme could lift exports by $2.1 billion a year.", "$2.1 billion", "target",
                 "up", id="could-lift-by"),
    pytest.param("Modelling shows the new rules could cut household power bills by up to $240 a year.", "$240",
                 "target", "down", id="could-cut-by"),
    pytest.param("The redress scheme could provide payments to around 45,000 survivors.", "45,000", "target", None,
                 id="could-provide-to"),
    pytest.param("The proposed rule could lower late fees from $25 to $9.", "$25", "level", None,
                 id="the-level-a-forecast-change-starts-from"),
]


@pytest.mark.parametrize("text, figure, kind, direction", COULD)
def test_could_tells_a_forecast(extractor, text, figure, kind, direction):
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert (fact.kind, fact.direction) == (kind, direction)
