"""A post read into the end of a body's name ("Department of Veterans Affairs Secretary Denis McDonough" as one
organisation), found on unseen real press texts (round 30: White House readouts and participant lists) and
out-of-fold real dev (White House readouts, Australian PM member lists "Alumina Limited  Mr Mark Paterson"). Cases
written for this suite after the shape of those texts (none copied); the rule runs on a blank tokenizer with the
entity lexicon."""

from __future__ import annotations

import pytest
from tests.components import test_entities_unseen

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.posts import posts_after_bodies

tokenizer_and_lexicon = test_entities_unseen.tokenizer_and_lexicon  # the blank tokenizer and lexicon fixture


def _after(tokenizer_and_lexicon, text: str, surface: str) -> set[tuple[str, str]]:
    """(surface, label) of what `posts_after_bodies` makes of the model's ORG `surface`."""
    nlp, lex = tokenizer_and_lexicon
    view = DocView(nlp.make_doc(text))
    at = text.index(surface)
    span = view.doc.char_span(at, at + len(surface))
    assert span is not None, surface
    out = posts_after_bodies(view, lex, [Candidate(span.start, span.end, "ORG", "ner")])
    return {(view.span_text(c.start, c.end), c.label) for c in out}


CUT = [
    pytest.param(
        "On Monday, Department of Fisheries Secretary Anna Kowalczyk met the growers.",
        "Department of Fisheries Secretary Anna Kowalczyk",
        {("Department of Fisheries", "ORG"), ("Anna Kowalczyk", "PERSON")},
        id="a-department-then-its-secretary-and-the-name",
    ),
    pytest.param(
        "She was joined by Department of Energy Deputy Secretary.",
        "Department of Energy Deputy Secretary",
        {("Department of Energy", "ORG")},
        id="a-post-with-no-name",
    ),
    pytest.param(
        "He thanked Bureau of Mines Principal Deputy Associate Administrator Tom Reyes.",
        "Bureau of Mines Principal Deputy Associate Administrator Tom Reyes",
        {("Bureau of Mines", "ORG"), ("Tom Reyes", "PERSON")},
        id="the-words-that-open-a-post",
    ),
    pytest.param(
        "Members: Harbour Cement Limited  Mr Peter Olsen, Director",
        "Harbour Cement Limited  Mr Peter Olsen",
        {("Harbour Cement Limited", "ORG"), ("Peter Olsen", "PERSON")},
        id="an-honorific-after-a-company",
    ),
    pytest.param(
        "Departmental heads:  Department of Mines and Energy Ms K L Wood PSM  Department of Transport Mr A Lee",
        "Department of Mines and Energy Ms K L Wood PSM",
        {("Department of Mines and Energy", "ORG"), ("K L Wood", "PERSON")},
        id="initials-and-a-postnominal-after-an-honorific",
    ),
    pytest.param(
        "The Development Bank President said the loans would grow.",
        "Development Bank President",
        {("Development Bank", "ORG")},
        id="a-bank-then-its-president",
    ),
]


@pytest.mark.parametrize(("text", "surface", "expected"), CUT)
def test_a_post_at_a_bodys_end_is_cut(tokenizer_and_lexicon, text, surface, expected):
    assert _after(tokenizer_and_lexicon, text, surface) == expected


KEPT = [
    pytest.param(
        "The Office of the National Cyber Director published it.",
        "Office of the National Cyber Director",
        id="the-office-of-a-post",
    ),
    pytest.param(
        "Patients at Massachusetts General Hospital were moved.",
        "Massachusetts General Hospital",
        id="a-title-word-before-a-body-head",
    ),
    pytest.param(
        "The Department of Justice filed the case.",
        "Department of Justice",
        id="a-title-word-after-of",
    ),
    pytest.param(
        "A report by the Council of Economic Advisers found it.",
        "Council of Economic Advisers",
        id="a-plural-title-names-a-body",
    ),
    pytest.param(
        "Funding goes to the United Nations High Commissioner for Refugees this year.",
        "United Nations High Commissioner for Refugees",
        id="a-body-named-by-a-post-and-its-for",
    ),
    pytest.param(
        "Dana Cole, Co-President, Association of Legal Aid Counsel",
        "Association of Legal Aid Counsel",
        id="a-title-word-that-closes-a-body-name",
    ),
    pytest.param(
        "Guests included Lee Park, Board Member, of the county.",
        "Board Member",
        id="a-head-word-alone-before-the-post",
    ),
    pytest.param(
        "The Privacy Commissioner Jane Moss said so.",
        "Privacy Commissioner Jane Moss",
        id="no-body-before-the-post",
    ),
]


@pytest.mark.parametrize(("text", "surface"), KEPT)
def test_a_body_named_with_a_title_word_stays(tokenizer_and_lexicon, text, surface):
    assert _after(tokenizer_and_lexicon, text, surface) == {(surface, "ORG")}
