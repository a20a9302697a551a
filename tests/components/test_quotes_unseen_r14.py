"""briefx_quotes, round 14: quote spans and speakers seen wrong on unseen text (White House round-ups, Wikinews)."""

from __future__ import annotations

import pytest

from briefx.normalize.quote_marks import bold_label, find_quotes

# unseen White House 2025 round-ups (curly marks) and Wikinews 2019 (straight marks): a title quoted inside a
# quotation ended the quotation at the title's closing mark
NESTED_TITLES = [
    pytest.param("**Acme Veterans:** “Raising taxes would hurt families. Voters are tired of costly “Green Harbour” "
                 "giveaways. Congress must act.”",
                 ["Raising taxes would hurt families. Voters are tired of costly “Green Harbour” giveaways. "
                  "Congress must act."], id="curly"),
    pytest.param("Jo Ames criticised it online. \"The statement shows no grasp of the facts. The \"Harbour Council\" "
                 "holds no detainees.\" Ames later wrote, \"The guards suffered many losses.\"",
                 ["The statement shows no grasp of the facts. The \"Harbour Council\" holds no detainees.",
                  "The guards suffered many losses."], id="straight"),
    pytest.param("“We will build it,” she said. “The “Harbour Line” opens in May,” he added.",
                 ["We will build it,", "The “Harbour Line” opens in May,"], id="two-quotes-one-nested"),
    # no close balances the marks: the first close ends the quote, as before
    pytest.param("“The plan is what we call the “harbour deal” and more",
                 ["The plan is what we call the “harbour deal"], id="unbalanced"),
    pytest.param("He said \"yes\" and \"no\" to the plan.", ["yes", "no"], id="straight-pairs-side-by-side"),
]


@pytest.mark.parametrize("text, expected", NESTED_TITLES)
def test_a_title_quoted_inside_a_quotation_does_not_end_it(text, expected):
    assert [text[q.start : q.end] for q in find_quotes(text)] == expected


def test_a_lead_wrapped_twice_is_one_bold_label():
    """'[**Acme SVP Jo A.⏎Ames,⏎Jr.**](…)**:**': a hard wrap cut the label twice (unseen White House 2025)."""
    lead = "[**Harbour Citizens Action SVP Jo A.\nAmes,\nJr.**](https://example.org/a)**:"
    assert bold_label(lead) == "Harbour Citizens Action SVP Jo A. Ames, Jr."


# unseen White House 2025 round-ups: a linked lead whose address is long ('…/#:~:text=%E2%80%9CThe%20…') is read with
# its address blanked out, so the lead looked longer than a lead may be; 'SVP' is a title that opens the name
LINKED_LEADS = (
    "Partners praised the agreement.\n\n"
    "[Harbour Software Alliance SVP Mara\nAmes](https://example.org/harbour-software-alliance-welcomes-agreement/"
    "#:~:text=%E2%80%9CThe%20agreement%20is%20a%20breakthrough,for%20our%20members%20and%20their%20customers.%E2%80%9D"
    "):\n"
    "“The agreement is a breakthrough in digital trade policy for our members and their customers.”\n\n"
    "[Coalition of Harbour Industries President Jo\nTal](https://example.org/coalition-of-harbour-industries-"
    "statement-on-the-agreement/#:~:text=%E2%80%9CThe%20principles%20issued%20today,suppliers%20across%20the%20region."
    "%E2%80%9D):\n"
    "“The principles issued today reflect important progress for service suppliers across the region.”\n"
)


@pytest.mark.slow
def test_a_linked_lead_with_a_long_address_names_the_speaker(extractor):
    assert [q.speaker for q in extractor.extract(LINKED_LEADS).quotes] == ["Mara Ames", "Jo Tal"]
