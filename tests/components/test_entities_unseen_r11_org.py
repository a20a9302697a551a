"""ORG kinds found on unseen odd-year texts and the out-of-fold errors on real dev, round 11 (White House
nomination releases and readouts, New Zealand releases and funding tables, Wikinews): organisations cut at
their first words. Cases written for this suite after the shape of those texts (none copied); the rules run
on a blank tokenizer with the entity lexicon."""

from __future__ import annotations

import pytest
from tests.components import test_entities_unseen

from briefx.components.entities.doc_view import DocView
from briefx.components.entities.organisations import org

tokenizer_and_lexicon = test_entities_unseen.tokenizer_and_lexicon  # the blank tokenizer and lexicon fixture


def _org_at(tokenizer_and_lexicon, text: str, head: str) -> str | None:
    """The organisation's name `org` reads around the first head word `head` of `text`."""
    nlp, lex = tokenizer_and_lexicon
    view = DocView(nlp.make_doc(text))
    i = next(t.i for t in view.doc if t.text == head)
    cand = org(view, lex, i)
    return None if cand is None else view.doc[cand.start : cand.end].text


PLACE_OPENS_THE_NAME = [
    # a known place whose name holds "of" opens the body (NZ funding releases, US nomination biographies)
    pytest.param("The fund pays the Bay of Plenty Regional Council.", "Council", "Bay of Plenty Regional Council",
                 id="bay-of-plenty"),
    pytest.param("She was counsel at the District of Columbia Department of Human Services.", "Department",
                 "District of Columbia Department of Human Services", id="district-of-columbia-complement"),
    pytest.param("Grants went to the Western Bay of Plenty Tourism Trust.", "Trust",
                 "Western Bay of Plenty Tourism Trust", id="word-before-the-place"),
    pytest.param("He chaired the Isle of Man Steam Packet Company.", "Company", "Isle of Man Steam Packet Company",
                 id="isle-of-man"),
    # no known place across "of": the name starts after it, as before
    pytest.param("She is Secretary of Regional Development Council.", "Council", "Regional Development Council",
                 id="post-before-of"),
    pytest.param("the Minister of Finance Markets Authority", "Authority", "Finance Markets Authority",
                 id="portfolio-not-a-place"),
]


@pytest.mark.parametrize("text, head, expected", PLACE_OPENS_THE_NAME)
def test_a_place_with_of_opens_the_body(tokenizer_and_lexicon, text, head, expected):
    assert _org_at(tokenizer_and_lexicon, text, head) == expected
