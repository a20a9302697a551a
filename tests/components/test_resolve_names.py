"""briefx_resolve: a person's canonical name leaves out the title words tagged with the name (GOLD.md: a PERSON
is the name alone; a quote's speaker is compared by that name)."""

import pytest
from spacy.tokens import Span

CASES = [
    pytest.param("Secretary of the Interior Dana Holt spoke . Holt said more .", [(0, 6), (8, 9)], None,
                 ["Dana Holt", "Dana Holt"], id="department-in-the-span-and-its-surname"),
    pytest.param("Minister for Children Laura Lowe said so . Laura Lowe added more .", [(2, 5), (8, 10)],
                 "Minister for", ["Laura Lowe", "Laura Lowe"], id="portfolio-after-minister-for"),
    pytest.param("Harbour Agency Administrator Dana Holt said so .", [(0, 5)], None, ["Dana Holt"],
                 id="role-after-a-body"),
    pytest.param("Minister for Dana Holt said so .", [(2, 4)], "Minister for", ["Dana Holt"],
                 id="name-after-minister-for-stays"),
]


@pytest.mark.parametrize("text, people, role, expected", CASES)
def test_person_canonical_leaves_out_titles(blank, text, people, role, expected):
    nlp = blank("briefx_resolve")
    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, s, e, label="PERSON") for s, e in people]
    for ent in doc.ents:
        ent._.role = role
    doc = nlp.get_pipe("briefx_resolve")(doc)
    assert [e._.canonical for e in doc.ents] == expected
