"""Places of round 29 (GPE). A polity title and "of" before a place is one GPE, and a town's name the model read as a
place once is the place wherever its bare name stands: found among the out-of-fold errors of real dev and in unseen
White House, Australian PM, NZ and Wikinews texts of round 29 and earlier rounds. Cases written after the shape of
those texts (none copied); the repairs run on a blank tokenizer with the entity lexicon."""

from __future__ import annotations

import pytest
import spacy

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon
from briefx.components.entities.place_heads import polities_by_title, towns_read_as_places


@pytest.fixture(scope="module")
def nlp_lex() -> tuple[spacy.Language, Lexicon]:
    blank = spacy.blank("en")
    return blank, Lexicon(blank)


# A country's or state's formal name: a polity title and "of" before a place is one GPE (GOLD.md's "People’s
# Republic of China"), where the model read only the place or the whole as a body or a person; found on out-of-fold
# real dev (a White House release on a hurricane, an Australian PM release) and in three unseen White House texts
# (a disaster declaration, a list of leaders, a memorandum on leases). (text, the model's name, its label, expected)
POLITIES = [
    pytest.param("Aid went to the Commonwealth of Puerto\nRico today.", "Puerto\nRico", "GPE",
                 ("Commonwealth of Puerto\nRico", "GPE"), id="commonwealth-wrapped"),
    pytest.param("Sheikh Hasina, People’s Republic of Bangladesh, joined.", "Bangladesh", "GPE",
                 ("People’s Republic of Bangladesh", "GPE"), id="peoples-republic"),
    pytest.param("A disaster exists in the State of Tennessee now.", "State of Tennessee", "ORG",
                 ("State of Tennessee", "GPE"), id="state-read-as-body"),
    pytest.param("Scott Morrison, Commonwealth of Australia, spoke.", "Commonwealth of Australia", "PERSON",
                 ("Commonwealth of Australia", "GPE"), id="commonwealth-read-as-person"),
    # no polity title before the place, or no place after it
    pytest.param("The Secretary of Texas spoke.", "Texas", "GPE", ("Texas", "GPE"), id="no-title"),
    pytest.param("She gave the State of the Union address.", "State of the Union", "ORG",
                 ("State of the Union", "ORG"), id="no-place"),
]


def _span(doc, words: str) -> tuple[int, int]:
    for i in range(len(doc)):
        for j in range(i + 1, len(doc) + 1):
            if doc[i:j].text == words:
                return i, j
    raise AssertionError(words)


@pytest.mark.parametrize("text, name, label, expected", POLITIES)
def test_a_polity_title_before_a_place_is_one_gpe(nlp_lex, text, name, label, expected):
    nlp, lex = nlp_lex
    view = DocView(nlp.make_doc(text))
    start, end = _span(view.doc, name)
    out = polities_by_title(view, lex, [Candidate(start, end, label, "ner")])
    assert [(view.doc[c.start : c.end].text, c.label) for c in out] == [expected]


# A town the model read as a place in one sentence and as a body or a person in another is the town wherever its
# bare name stands: out-of-fold real dev (a White House release on a steel town, an Australian PM release on a
# community cabinet, a Wikinews report), unseen White House and NZ releases ("Pleasant Prairie", "Upper Hutt").
# (text, the name, the model's reading of each mention in order, expected labels)
TOWNS = [
    pytest.param("Allentown is growing. People of Allentown, Pennsylvania, agree.", "Allentown", ["ORG", "GPE"],
                 ["GPE", "GPE"], id="town-read-as-body"),
    pytest.param("Schools in Upper Hutt open first; Upper Hutt is ready.", "Upper Hutt", ["GPE", "PERSON"],
                 ["GPE", "GPE"], id="town-read-as-person"),
    # no place reading anywhere, or a name no table knows as a town
    pytest.param("Allentown is growing. Allentown agreed.", "Allentown", ["ORG", "ORG"], ["ORG", "ORG"],
                 id="no-place-reading"),
    pytest.param("Staff at Fonterra met; Fonterra said so.", "Fonterra", ["GPE", "ORG"], ["GPE", "ORG"],
                 id="not-a-town"),
]


@pytest.mark.parametrize("text, name, labels, expected", TOWNS)
def test_a_town_read_as_a_place_once_is_the_place_everywhere(nlp_lex, text, name, labels, expected):
    nlp, lex = nlp_lex
    view = DocView(nlp.make_doc(text))
    words = name.split()
    starts = [i for i in range(len(view.doc)) if [t.text for t in view.doc[i : i + len(words)]] == words]
    chosen = [Candidate(i, i + len(words), label, "ner") for i, label in zip(starts, labels, strict=True)]
    assert [c.label for c in towns_read_as_places(view, lex, chosen)] == expected


def test_a_body_named_after_the_town_keeps_its_bare_name(nlp_lex):
    """ "Kafue Copper said … Shares in Kafue rose … Kafue will pay": the bare name is the company's."""
    nlp, lex = nlp_lex
    view = DocView(nlp.make_doc("Kafue Copper said so. Shares in Kafue rose. Kafue will pay."))
    chosen = [Candidate(0, 2, "ORG", "ner"), Candidate(6, 7, "GPE", "ner"), Candidate(9, 10, "ORG", "ner")]
    assert [c.label for c in towns_read_as_places(view, lex, chosen)] == ["ORG", "GPE", "ORG"]
