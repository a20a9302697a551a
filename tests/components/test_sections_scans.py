"""briefx_sections: the headline of a scanned PM&C release (pm-transcripts), one line or wrapped over several."""

from __future__ import annotations

import pytest
from tests.components.test_sections import _masked_layout

# scanned releases of 1974-1996 as the collection gives them (dev, and unseen ones of 1985 and 1989): header lines
# ('PRIME MINISTER', 'FOR MEDIA …', a statement line), then the headline in capitals, wrapped or not, then the body
SCANS = [
    pytest.param(
        "<p>\nPRIME MINISTER<br />\nFOR MEDIA 5 MAY 1985<br />\nJOINT STATEMENT BY THE PRIME MINISTER AND THE<br />\n"
        "STATE PREMIER, MR ROE<br />\nThe Prime Minister and the Premier today announced two projects<br />\n"
        "for the State.</p>\n",
        "JOINT STATEMENT BY THE PRIME MINISTER AND THE STATE PREMIER, MR ROE", id="wrapped-over-two-lines",
    ),
    pytest.param(
        "<p>\nSTATEMENT BY THE PRIME MINISTER, THE HON J ROE MP<br />\nRIVER AGREEMENT A TRIUMPH FOR THE<br />\n"
        "ENVIRONMENT<br />\nToday's agreement is a watershed for the region and its people.</p>\n",
        "RIVER AGREEMENT A TRIUMPH FOR THE ENVIRONMENT", id="last-line-one-word",
    ),
    pytest.param(
        "<p>\nJ0<br />\nPRM4MIISE<br />\nEARLY START TO THE RAIL LINK<br />\nThe port will become a freight centre "
        "within five years, the Prime Minister said.</p>\n",
        "EARLY START TO THE RAIL LINK", id="noise-over-one-line",
    ),
]


@pytest.mark.parametrize("given, headline", SCANS)
def test_headline_of_a_scan(blank, extractor, given, headline):
    """The title span covers the headline's lines; the record's title joins their words by single spaces, the
    line-break tags left out (the real gold's majority: five documents against two)."""
    doc = _masked_layout(blank, given)
    assert [" ".join(s.text.split()) for s in doc.spans["title"]] == [headline]
    assert extractor.extract(given).meta.title == headline


def test_too_many_capital_lines_give_no_headline(blank):
    """Four lines in capitals with no header line over them: which of them is the headline is not read."""
    given = (
        "<p>\nA A<br />\nJOINT STATEMENT BY THE PRIME MINISTER<br />\nAND THE MINISTER FOR PRIMARY INDUSTRIES<br />\n"
        "AND THE MINISTER FOR THE ENVIRONMENT<br />\nFOREST POLICY<br />\nThe Government today agreed to the criteria"
        " for a reserve system.</p>\n"
    )
    assert list(_masked_layout(blank, given).spans["title"]) == []
