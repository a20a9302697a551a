"""briefx_quotes, round 12: speakers seen wrong on out-of-fold real dev and on unseen text."""

from __future__ import annotations

import pytest

from briefx.normalize.quote_marks import colon_lead_end

# a colon ending the text above the line the quote opens: the lead of a quote with no reporting verb
COLON_LEADS = [
    pytest.param('the Committee voted to direct the Desk as follows:\n\n"Effective today, the', ":\n\n",
                 id="blank-line"),
    pytest.param("**According to Jo Ames:**\n\n-   “There is no crisis.”", ":**", id="bold-lead-over-a-list"),
    pytest.param("**According to Jo Ames:**\n\n*“There is no crisis.”*", ":**", id="italic-quote"),
    pytest.param("The board decided:\n“We will build it.”", ":\n", id="line-above"),
    pytest.param("The board met today.\n\n“We will build it.”", None, id="no-colon"),
    pytest.param("Jo Ames said:\n\nIn her words, “we will build it.”", None, id="words-before-the-mark"),
    pytest.param("“We will build it.”", None, id="first-line"),
]


@pytest.mark.parametrize("text, colon_at", COLON_LEADS)
def test_colon_lead_end(text, colon_at):
    """`colon_at` is the text that starts at the colon, or None when no colon lead stands above the quote."""
    at = max(text.rfind("“"), text.rfind('"'))
    assert colon_lead_end(text, at) == (text.index(colon_at) if colon_at else None)


# real dev tx-fed (a directive after 'the Committee voted … the following directive:'), unseen White House 2025 (a
# bold 'According to X:' over a list of quotes): a colon lead with no reporting verb names the speaker
LEADS_WITHOUT_A_VERB = [
    pytest.param("The Harbour Monetary Committee met on Tuesday and left its rate unchanged.\n\n"
                 "The Committee voted unanimously to instruct the Harbour Bank to execute transactions in accordance "
                 "with the following policy directive:\n\n"
                 "\"Effective March 4, the Harbour Monetary Committee directs the Desk to keep the rate in its range "
                 "of 1 to 2 percent.\"\n",
                 ["Harbour Monetary Committee"], id="a-body-deciding"),
    pytest.param("Crime in Halden rose again over the long weekend, and Governor Mara Ames has refused help.\n\n"
                 "**According to Ames:**\n\n"
                 "-   “We have been fighting crime and it has been working.”\n"
                 "    ([Link](https://example.org/a))\n"
                 "-   “There is no emergency in this city.”\n"
                 "    ([Link](https://example.org/b))\n",
                 ["Mara Ames", "Mara Ames"], id="according-to-over-a-list"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", LEADS_WITHOUT_A_VERB)
def test_a_colon_lead_without_a_verb_names_the_speaker(extractor, text, expected):
    assert [q.speaker for q in extractor.extract(text).quotes] == expected
