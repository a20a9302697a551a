"""briefx_sections: numbered headings ('1. Control orders') and numbered lists, in HTML and markdown releases."""

from __future__ import annotations

import pytest
from tests.components.test_sections import _layout, _masked_layout


def _headings(doc) -> list[str]:
    return [s.text.strip() for s in doc.spans["sections"]]


# Australian PM HTML releases of 2005-2009 (unseen): an attachment's measures as numbered paragraphs over their
# text, in sentence case or title case; a numbered point that is a sentence heads nothing
HTML_NUMBERED = [
    pytest.param(
        "<p>The Government will move quickly on the following regimes:</p>\n<p>1. Border checks</p>\n"
        "<p>A new regime will let officers seek a warrant from a court.</p>\n<p>2. Notice to attend</p>\n"
        "<p>Officers may ask a person to attend an interview.</p>\n",
        ["1. Border checks", "2. Notice to attend"], id="sentence-case-points",
    ),
    pytest.param(
        "<p>The package has new measures.</p>\n<p>1. The Government will count household action.</p>\n"
        "<p>Households will now help meet the target.</p>\n<p>2. A statutory review of the scheme will occur "
        "when a new multilateral agreement is signed by the parties</p>\n<p>The review will examine the law.</p>\n",
        [], id="sentence-points-head-nothing",
    ),
    pytest.param(
        "<p>The fund will protect ecosystems.</p>\n<p>Energy Savings</p>\n"
        "<p>7. Development of a new savings mechanism with input from a task group.</p>\n"
        "<p>The task group will report by June.</p>\n",
        ["Energy Savings"], id="heading-over-a-numbered-sentence",
    ),
    pytest.param(
        "<p>The scheme was agreed in 2007.</p>\n<p>Initial Areas for Closer Cooperation</p>\n"
        "<p>1. Closer Policy Dialogue</p>\n<p>The two countries will meet each year.</p>\n",
        ["Initial Areas for Closer Cooperation", "1. Closer Policy Dialogue"], id="stacked-over-a-numbered-heading",
    ),
    pytest.param(
        "<p>Leaders will discuss the following:</p>\n<p>1. Hospitals</p>\n<p>2. Schools</p>\n<p>3. Water</p>\n"
        "<p>The meeting will be held in Perth.</p>\n",
        [], id="list-of-points",
    ),
]


# New Zealand releases of 2001 and 2007 (unseen): numbered parts standing alone under a lone short line that
# introduces them; a numbered list whose items stand alone heads nothing
NUMBERED = [
    *HTML_NUMBERED,
    pytest.param(
        "The plan was announced today.\n\nKey areas of support for growth\n\n1.Building the confidence to invest\n\n"
        "Investing requires certainty about the rules.\n\n2.Improving public support\n\nBetter information helps.\n",
        ["1.Building the confidence to invest", "2.Improving public support"], id="under-a-lone-line",
    ),
    pytest.param(
        "People should do the following.\n\n1. Stay out of the water\n\n2. Stay off beaches\n\n"
        "3. Do not go sightseeing\n\nThe warning will be reviewed at noon.\n",
        [], id="items-standing-alone",
    ),
]


@pytest.mark.parametrize("text, expected", NUMBERED)
def test_numbered_parts_of_a_release(blank, text, expected):
    """HTML (its tags masked, as the pipeline reads it) or markdown."""
    doc = _masked_layout(blank, text) if text.startswith("<p>") else _layout(blank, text)[1]
    assert _headings(doc) == expected
