"""briefx_facts, round 12 of issue 11 (list items and their lead lines, bold funding bullets): kinds found in unseen
odd-year Australian PM releases, NZ government releases and White House fact sheets, and in real dev. Every sentence
is written for the test after the shape of real text."""

from __future__ import annotations

import pytest
from tests.components.test_facts_unseen_r9 import _fact_of

# (text, figure, kind): a list item takes `target` from a lead line of announced funding (corpus/README.md § Facts: a
# list item takes `target` from its lead line; announced allocations are targets), whatever marks the item: a bullet,
# or an HTML list tag that the masking blanks; the lead line is its paragraph's last sentence, not the story before it
LEADS = [
    pytest.param("The harbour upgrade funding includes:\n\n- $40 million to rebuild the northern wharf.\n"
                 "- $12.5 million for a new ferry terminal.\n", "$12.5 million", "target", id="funding-includes"),
    pytest.param("Grant recipients receiving funding are:\n\n- Riverside School – Napier ($1.4 million)\n"
                 "- Hillcrest School – Nelson ($260,000)\n", "$260,000", "target", id="receiving-funding-are"),
    pytest.param("<p>The storm flooded the valley on Sunday. Crews are already clearing roads. The further $15 million "
                 "package includes:</p>\n<ul><li>$6 million to the regional relief appeal</li>\n<li>$3 million to "
                 "local charities</li>\n</ul>", "$3 million", "target", id="li-items-under-a-package"),
    # a lead line told as made keeps its items' levels
    pytest.param("Since 2015, funding has already been approved for:\n\n- 14 new classrooms\n- 3 school halls\n",
                 "3", "level", id="funding-already-approved"),
    # a tag that opens no list item makes no item
    pytest.param("<p>The new $15 million package includes:</p>\n<p>$6 million was paid to the appeal last year.</p>",
                 "$6 million", "level", id="a-paragraph-tag-is-no-item"),
]


@pytest.mark.parametrize("text, figure, kind", LEADS)
def test_a_list_item_takes_target_from_a_funding_lead_line(extractor, text, figure, kind):
    assert _fact_of(extractor.extract(text, published="2026-01-15"), figure, text).kind == kind


# (text, figure, kind, subjects): a bold bullet that closes its sentence inside the bold marks (`**$X for Y.** This
# funding provides …`) is a sentence of its own: the sentence after it lends it no verb and no names
BOLD = [
    pytest.param("The funding will be distributed as follows:\n\n-   **$300 million for meals for older adults.** "
                 "This funding lets the Department of Agriculture help states.\n", "$300 million", "target", [],
                 id="bold-bullet-then-sentence"),
    pytest.param("The funding will be distributed as follows:\n\n-   **$300 million for meals for older adults.** "
                 "With\n    this funding, states will be able to deliver meals.\n-   **$460 million for home care "
                 "services through\n    the state programs.** This funding provides help to those who\n    need it "
                 "for help with household chores.\n", "$460 million", "target", [], id="bold-bullet-wrapped"),
]


@pytest.mark.parametrize("text, figure, kind, subjects", BOLD)
def test_a_bold_bullet_is_a_sentence_of_its_own(extractor, text, figure, kind, subjects):
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert (fact.kind, [text[s.start:s.end] for s in fact.subjects]) == (kind, subjects)


# (text, word, starts): a sentence that closes inside bold marks ends there; one that the bold marks only open does not
BOLD_ENDS = [
    pytest.param("-   **$80 million for home care.** States will use it.\n", "States", True, id="closed-inside-bold"),
    pytest.param("**Expanded Nutrition Assistance for\nSeniors.** The program serves 60,000 people.\n", "The", True,
                 id="bold-heading-wrapped"),
    pytest.param("The package of **$80 million** will fund home care.\n", "will", False, id="bold-figure-mid-sentence"),
]


@pytest.mark.parametrize("text, word, starts", BOLD_ENDS)
def test_a_sentence_closed_inside_bold_marks_ends_there(blank, text, word, starts):
    doc = blank("briefx_sections")(text)
    token = next(t for t in doc if t.text == word)
    assert (token.is_sent_start is True) == starts
