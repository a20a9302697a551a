"""briefx_sections: headings the guards for mixed-case lines kept out: a scan's heading after a page's number, a name
in capitals over a biography, a line in capitals over a short line of its part."""

from __future__ import annotations

import pytest
from tests.components.test_sections import _layout, _masked_layout

# a scanned PM&C release (dev, 1984-1996): a page's paragraph ends in the page's number or stamp as OCR read it, and
# the next page opens with a plain heading over its paragraph; an honorific name in capitals heads a biography
SCAN_HEADINGS = [
    pytest.param(
        "<p>The Commonwealth will pay the State a further amount.<br />\nIt will be paid in June.<br />\n4 r2 </p>\n"
        "<p>Water Supply<br />\nThe Governments have agreed that the dam will be built.</p>\n",
        ["Water Supply"], id="title-case-after-page-stamp",
    ),
    pytest.param(
        "<p>Inquiries should be made to the office.<br />\n1702<br />\nIV </p>\n"
        "<p>SCOPE OF THE STUDY<br />\nThe study will examine the timber industry and its markets.</p>\n",
        ["SCOPE OF THE STUDY"], id="capitals-after-roman-page-number",
    ),
    pytest.param(
        "<p>The Council will meet in June.</p>\n<p>He lives in Hobart and enjoys sailing. </p>\n"
        "<p>MS JANE ALICE ROE, AM<br />\nJane Roe is Chair of Acme Holdings Pty. Ltd., a large exporter.</p>\n",
        ["MS JANE ALICE ROE, AM"], id="capitals-name-over-biography",
    ),
    pytest.param(
        "<p>The Council will meet in June.</p>\n<p>He lives in Hobart and enjoys sailing. </p>\n"
        "<p>DR JOHN ROE, AO </p>\n<p>John Roe is a director of several companies in the region.</p>\n",
        ["DR JOHN ROE, AO"], id="capitals-name-own-paragraph",
    ),
]


@pytest.mark.parametrize("given, headings", SCAN_HEADINGS)
def test_headings_of_a_scan(blank, given, headings):
    doc = _masked_layout(blank, given)
    assert [s.text.strip() for s in doc.spans["sections"]] == headings


def test_a_page_number_inside_a_sentence_heads_nothing(blank):
    """A page break in the middle of a sentence: the line after the number goes on with it, no heading."""
    given = (
        "<p>The Commonwealth will pay the State a further amount for the<br />\n12 </p>\n"
        "<p>Hydro Scheme<br />\nand its workers over ten years.</p>\n"
    )
    doc = _masked_layout(blank, given)
    assert list(doc.spans["sections"]) == []


# an NZ release (dev, 2002) listing grants by region: each region in capitals over its grants, one a line after a
# Markdown line break, some regions holding a single short grant
REGIONS = (
    "The Minister today announced twelve grants to small firms.\n\n"
    "NORTHLAND  \nKauri Tools Ltd, $12,000, prototype testing\n\n"
    "SOUTHLAND  \nFiord Foods Ltd, $4,500, market research  \nRata Labs Ltd, $9,000, patent protection\n\n"
    "WEST COAST  \nGreystone Ltd, $8,000, product development\n"
)


def test_regions_in_capitals_head_their_grants(blank):
    parts, _ = _layout(blank, REGIONS)
    assert [text.strip() for text, _ in parts["sections"]] == [
        "NORTHLAND", "SOUTHLAND", "WEST COAST",
    ]


@pytest.mark.parametrize("text", [
    pytest.param("The Minister thanked the board for its work.\n\nJANE ROE  \nMinister of Finance\n", id="signature"),
    pytest.param("The grants are listed below.\n\nAUCKLAND  \nWAIKATO  \nOTAGO\n", id="capitals-list"),
])
def test_capitals_lines_that_head_nothing(blank, text):
    parts, _ = _layout(blank, text)
    assert parts["sections"] == []


# a line in capitals broken by hand inside a block of such lines, over a sentence: a scanned PM&C release's lines all
# end in '<br />' (dev 1996, blind 1993), an NZ release of 1997 breaks its lines with Markdown's two blanks (blind)
CAPITALS_IN_A_BLOCK = [
    pytest.param(
        "<p>The Minister opened the dam.</p>\n<p>Member of the Senate 1970-83<br />\n1975-79<br />\n"
        "OVERSEAS VISITS<br />\nLed a trade mission to Japan and Korea in March 1979 and 1981.<br />\n</p>\n",
        ["OVERSEAS VISITS"], id="scan-after-years",
    ),
    pytest.param(
        "<p>The Minister opened the dam.</p>\n<p>ATTACHMENT:<br />\nNATIONAL WATER BOARD<br />\n"
        "TERMS OF REFERENCE<br />\nThe board will advise the Minister on the options for reform.</p>\n",
        ["NATIONAL WATER BOARD", "TERMS OF REFERENCE"], id="scan-stacked-pair",
    ),
    pytest.param(
        "The summit opens in May, the Minister said.\n\nTHE WATER SUMMIT  \nTALKS. TRADE. GROWTH.  \n"
        "KEY FACTS  \nThe two-day summit is expected to draw about 200 people from the regions.\n",
        ["THE WATER SUMMIT", "KEY FACTS"], id="markdown-line-break",
    ),
    pytest.param(  # the last name heads its biography (as in SCAN_HEADINGS); names stacked over it are a list
        "<p>The Minister opened the dam.</p>\n<p>The members are:<br />\nMR JOHN ROE<br />\nMS JANE DOE<br />\n"
        "Jane Doe chairs the Water Council and has served on many boards.</p>\n",
        ["MS JANE DOE"], id="list-of-names",
    ),
]


@pytest.mark.parametrize("given, headings", CAPITALS_IN_A_BLOCK)
def test_capitals_lines_broken_by_hand_head_their_part(blank, given, headings):
    doc = _masked_layout(blank, given)
    assert [s.text.strip() for s in doc.spans["sections"]] == headings


@pytest.mark.parametrize("given", [
    pytest.param(
        "<p>The Minister opened the dam.</p>\n<p>The grants were announced by the<br />\n"
        "AUSTRALIAN WATER COUNCIL<br />\nwhich will fund ten projects over the next three years.</p>\n",
        id="name-a-wrapped-sentence-carries-on",
    ),
    pytest.param(
        "<p>The Minister opened the dam.</p>\n<p>We will act now.<br />\nJOHN ROE<br />\nPrime Minister<br />\n</p>\n",
        id="signature-over-role",
    ),
    pytest.param(
        "<p>The Minister opened the dam.<br />\nFOR PRESS 29 M1AY 1978<br />\n"
        "The Government is to provide $100,000 to the Academy this year.</p>\n", id="scan-header-line",
    ),
    pytest.param(
        "<p>Nominations can be sent by post to:</p>\n<p>Water Council</p>\n<p>PO Box 6500</p>\n"
        "<p>HOBART\xa0 TAS\xa0 7000</p>\n<p>We want to see real change in the lives of people in the regions.</p>\n",
        id="address-paragraph",
    ),
])
def test_capitals_lines_broken_by_hand_that_head_nothing(blank, given):
    doc = _masked_layout(blank, given)
    assert [s.text.strip() for s in doc.spans["sections"]] == []
