"""briefx_facts, round 30 (kind): allocations set as list items or as paragraphs with no verb, after a label or a
determiner and past the noun the sum sizes, in unseen odd-year NZ releases and Australian PM releases and in real dev.
Every sentence is written for the test after the shape of real text."""

from __future__ import annotations

import pytest
from tests.components.test_facts_unseen_r9 import _fact_of

_LOANS = ("Regional investments announced today:\n\n- $2.5 million convertible loan for Alpine Distillery to expand "
          "its plant\n- $3 million grant for a studio build in Taupo\n")
_LABELS = ("Capital spending in the Budget includes:\n\n- **Roads** - $640 million to complete the northern motorway.\n"
           "- **Health** - $95 million for new hospital wards.\n")
_PARAGRAPHS = ("<p>Australia will also fund the following initiatives in the region.</p>\n<p> A further $3 million to "
               "boost regional flood warning systems.</p>\n<p> $4 million towards a new judicial training "
               "programme.</p>\n")

# (text, figure, kind): a sum that opens a list item, or a paragraph with no finite verb, after at most a label or a
# determiner, and goes to a receiver or purpose right after it or after the noun it sizes, is an allocation the text
# announces (corpus/README.md: announced allocations are targets); a paragraph with a verb of its own, and items under
# a lead line told in the past, stay levels
FRAGMENTS = [
    pytest.param(_LOANS, "$2.5 million", "target", id="past-the-noun-it-sizes"),
    pytest.param(_LABELS, "$640 million", "target", id="after-a-bold-label"),
    pytest.param(_LABELS, "$95 million", "target", id="after-a-bold-label-for"),
    pytest.param(_PARAGRAPHS, "$3 million", "target", id="paragraph-a-further"),
    pytest.param(_PARAGRAPHS, "$4 million", "target", id="paragraph-towards"),
    pytest.param("<p>The council outlined its spending.</p>\n<p>$3 million went to flood warning systems last "
                 "year.</p>\n", "$3 million", "level", id="paragraph-with-a-verb"),
    pytest.param("A total of $250,000 was provided to the following councils:\n\n- **Napier** - $30,000 for safety "
                 "audits\n", "$30,000", "level", id="past-lead-line"),
]


@pytest.mark.parametrize("text, figure, kind", FRAGMENTS)
def test_an_allocation_fragment_is_a_target(extractor, text, figure, kind):
    assert _fact_of(extractor.extract(text, published="2026-01-15"), figure, text).kind == kind
