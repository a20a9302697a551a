"""briefx_quotes, round 14: quote spans and speakers seen wrong on unseen text (White House round-ups, Wikinews)."""

from __future__ import annotations

import pytest

from briefx.normalize.quote_marks import find_quotes

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
