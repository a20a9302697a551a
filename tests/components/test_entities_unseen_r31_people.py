"""A person's name the model reads on over a spaced hyphen into the words after it, found on unseen real press texts
(round 31: a New Zealand release listing a panel, "· Name - Managing Director of …") and out-of-fold real dev
(NZ board lists, Australian PM transcripts "Name - it's great …"). A hyphen with blanks both sides is a dash, and
the name ends before it, as before an en dash. Cases written for this suite after the shape of those texts (none
copied); trim runs on a blank tokenizer with the entity lexicon."""

from __future__ import annotations

import pytest
from tests.components import test_entities_unseen

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.trim import trim

tokenizer_and_lexicon = test_entities_unseen.tokenizer_and_lexicon  # the blank tokenizer and lexicon fixture


def _trimmed(tokenizer_and_lexicon, text: str, surface: str) -> str | None:
    """What trim keeps of the model's PERSON candidate over `surface`."""
    nlp, lex = tokenizer_and_lexicon
    view = DocView(nlp.make_doc(text))
    at = text.index(surface)
    span = view.doc.char_span(at, at + len(surface))
    assert span is not None, surface
    out = trim(view, lex, Candidate(span.start, span.end, "PERSON", "ner"))
    return None if out is None else view.span_text(out.start, out.end)


SPACED_HYPHENS = [
    # list items of a release naming members and their posts
    pytest.param("· Mereana Holt - Managing Director of Tuhoe Freight Ltd.", "Mereana Holt - Managing",
                 "Mereana Holt", id="list-item-post-after-dash"),
    pytest.param("· Graham Oduya - a dairy farmer from South Taranaki.", "Graham Oduya - a",
                 "Graham Oduya", id="list-item-description-after-dash"),
    pytest.param("· Priya Lal - Head of Rangi Advertising, and formerly a partner.", "Priya Lal - Head",
                 "Priya Lal", id="list-item-head-after-dash"),
    # a transcript's aside after a name
    pytest.param("Thank you very much Dominic - it is great to be here.", "Dominic - it",
                 "Dominic", id="aside-after-a-given-name"),
]


@pytest.mark.parametrize("text, surface, expected", SPACED_HYPHENS)
def test_name_ends_before_a_spaced_hyphen(tokenizer_and_lexicon, text, surface, expected):
    assert _trimmed(tokenizer_and_lexicon, text, surface) == expected
