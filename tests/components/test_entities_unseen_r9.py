"""Kinds found on unseen odd-year releases and fact sheets, round 9 (White House readouts and fact
sheets, New Zealand releases, Australian ministers' releases): a list set one name a line (an attendee
list closed by markdown hard breaks, a bulleted list of companies) read by the wrap rule as one name
running over the line break ("Port Envoy John Porcari⏎Fred Smith", "City Rail Link Limited⏎- Crown Asset
Management Limited"). Cases written for this suite after the shape of those texts (none copied); the
sources run on a blank tokenizer with the entity lexicon."""

from __future__ import annotations

import pytest
from tests.components import test_entities_real, test_entities_unseen

from briefx.components.entities.wraps import from_wrapped

tokenizer_and_lexicon = test_entities_unseen.tokenizer_and_lexicon  # the blank tokenizer and lexicon fixture
_found = test_entities_real._found  # (text, label) of each candidate a source finds in a text


LIST_LINES = [
    pytest.param("Attendees included:\n\nTrade Envoy John Porcari  \nFred Smith, CEO of Acme  \n"
                 "Ana Ruiz, CEO of Apex\n",
                 id="attendee-lines-closed-by-hard-breaks"),
    pytest.param("The companies are:\n\n- Harbour Rail Link Limited\n- Crown Asset Holdings Limited\n"
                 "- Southern Payroll Services Limited\n", id="bulleted-companies"),
]


@pytest.mark.parametrize("text", LIST_LINES)
def test_no_name_runs_from_one_list_line_into_the_next(tokenizer_and_lexicon, text):
    assert not any("\n" in name for name, _ in _found(tokenizer_and_lexicon, from_wrapped, text))


def test_a_name_wrapped_inside_a_paragraph_still_joins(tokenizer_and_lexicon):
    text = "The plan was announced by Vice President Kamala\nHarris and the Department of Housing and Urban\nServices."
    found = _found(tokenizer_and_lexicon, from_wrapped, text)
    assert ("Kamala\nHarris", "PERSON") in found
