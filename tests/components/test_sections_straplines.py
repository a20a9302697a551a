"""briefx_sections: an italic line opening a text whose collection dropped the headline (r30-6)."""

from __future__ import annotations

import pytest


def _layout(blank, text):
    doc = blank("briefx_sections")(text)
    return {g: [s.text for s in doc.spans[g]] for g in ("title", "sections")}


# a fact sheet's strapline in bold italics, cut by the wrap, with no full stop (White House)
WRAPPED_STRAPLINE = (
    " \n***New Mill in Ohio will Create 2,000 Jobs; Governor to Call on the\n"
    "Assembly to Pass the Bipartisan Skills Act to Speed New Investments in\n"
    "Training***\n\n"
    "Today, the Governor and the chief executive of Acme Steel will tour the\n"
    "company’s plant in Toledo, a model for the new mill being built in Lorain.\n\n"
    "**<u>Building the Workforce</u>**\n\n"
    "The state will fund two new training centres.\n"
)

# a joint statement's issuer line in bold italics on one line (New Zealand releases)
ISSUED_BY = (
    "\n***Issued by Hon Mere Tane, Minister of Education, and Sam Roe QC (on behalf of the parents who brought the"
    " claim against the Crown)***\n\n"
    "A settlement has been reached between the Government and the parents.\n\n"
    "The parties agreed to review special education services.\n"
)

# an epigraph (a whakataukī) or a venue in italics over the body: no title
EPIGRAPH = (
    "\n*Ka mua, ka muri*\n\n"
    "Walking backwards into the future is how the Minister described the new plan.\n\n"
    "**Tips**\n\n"
    "The ministry offers these tips for the summer.\n"
)
VENUE = "\n*Via Teleconference*\n\n2:15 P.M. EDT\n\nMS. LANE: Good afternoon, everyone. We have news.\n"


@pytest.mark.parametrize(
    ("text", "sections"),
    [
        pytest.param(WRAPPED_STRAPLINE, ["**<u>Building the Workforce</u>**"], id="wrapped-bold-italic"),
        pytest.param(ISSUED_BY, [], id="issued-by"),
        pytest.param(EPIGRAPH, ["**Tips**"], id="epigraph"),
        pytest.param(VENUE, [], id="venue"),
    ],
)
def test_an_italic_opening_line_is_neither_title_nor_heading(blank, text, sections):
    layout = _layout(blank, text)
    assert layout["title"] == []
    assert layout["sections"] == sections


def test_a_short_bold_italic_opening_line_still_heads(blank):
    text = "\n***What is changing?***\n\n- From 1 April the top rate falls to 28 percent.\n\n- The change stays.\n"
    assert _layout(blank, text)["sections"] == ["***What is changing?***"]


def test_an_opening_headline_in_plain_type_is_still_the_title(blank):
    text = "Council Opens New Library\n\n*Photo: the new library*\n\nThe council opened its new library today.\n"
    assert _layout(blank, text)["title"] == ["Council Opens New Library"]
