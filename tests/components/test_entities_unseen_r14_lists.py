"""Places listed with places, found in unseen Australian PM and NZ releases (round 14): a local government
area the model read as a body comes back from `repairs.propagate` as a "gazetteer" name and escaped the
list repair ("Dungog, Great Lakes, Maitland"); a town that is also a given name was turned into a person
("Paihia and Russell", "Bellingen, Byron, Camden"). Cases written after the shape of those texts (none
copied); the rules run on a blank tokenizer with the entity lexicon."""

from __future__ import annotations

import pytest
import spacy

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.given_names import given_names
from briefx.components.entities.lexicon import Lexicon
from briefx.components.entities.listings import coordinated_places


@pytest.fixture(scope="module")
def nlp_lex() -> tuple[spacy.Language, Lexicon]:
    blank = spacy.blank("en")
    return blank, Lexicon(blank)


def _view_and_cands(nlp, text: str, names: list[tuple[str, str, str]]) -> tuple[DocView, list[Candidate]]:
    """Candidates for each (surface, label, source), at the surface's first occurrence."""
    doc = nlp.make_doc(text)
    view = DocView(doc)
    cands = []
    for surface, label, source in names:
        start = text.index(surface)
        span = doc.char_span(start, start + len(surface))
        cands.append(Candidate(span.start, span.end, label, source))
    return view, sorted(cands, key=lambda c: c.start)


def _labels(view: DocView, cands: list[Candidate]) -> dict[str, str]:
    return {view.span_text(c.start, c.end): c.label for c in cands}


LISTED_BODIES = [
    # the model's body carried to its own mention (source "gazetteer") among three places: a place
    pytest.param("Grants are open in Dungog, Maitland, Singleton and Newcastle.", "Dungog", "gazetteer", "GPE",
                 id="carried-model-body"),
    pytest.param("Grants are open in Maitland, Singleton, Shoalhaven and Newcastle.", "Shoalhaven", "ner", "GPE",
                 id="model-body"),
    # a body the tables know stays a body, listed with places or not
    pytest.param("Buyers in Maitland, Singleton, Fonterra and Newcastle.", "Fonterra", "gazetteer", "ORG",
                 id="known-body"),
]


@pytest.mark.parametrize("text, name, source, label", LISTED_BODIES)
def test_a_model_body_listed_among_places_is_a_place(nlp_lex, text, name, source, label):
    nlp, lex = nlp_lex
    others = [w for w in ("Maitland", "Singleton", "Newcastle") if w in text]
    view, cands = _view_and_cands(nlp, text, [(name, "ORG", source)] + [(w, "GPE", "ner") for w in others])
    assert _labels(view, coordinated_places(view, lex, cands))[name] == label


GIVEN_NAMES = [
    # a town that is a given name, listed beside a place, stays a place
    pytest.param("New bins line the Paihia and Russell waterfronts.", ["Paihia"], "GPE", id="pair"),
    pytest.param("Areas include Bellingen, Byron, Camden and Kempsey.", ["Bellingen", "Camden", "Kempsey"], "GPE",
                 id="list"),
    # alone, the given name read as a place is still a person
    pytest.param("We spoke to Russell yesterday about the bins.", [], "PERSON", id="alone"),
]


@pytest.mark.parametrize("text, places, label", GIVEN_NAMES)
def test_a_given_name_listed_beside_places_stays_a_place(nlp_lex, text, places, label):
    nlp, lex = nlp_lex
    name = "Russell" if "Russell" in text else "Byron"
    view, cands = _view_and_cands(nlp, text, [(name, "GPE", "ner")] + [(w, "GPE", "ner") for w in places])
    assert _labels(view, given_names(view, lex, cands))[name] == label


def test_a_person_the_model_read_stays_open_to_the_given_name_repair(nlp_lex):
    """ "A couple from Florida, Richard and Lisa Parry": the model read a person that the list repair
    made a place; the given name still makes it a person."""
    nlp, lex = nlp_lex
    text = "A couple from Florida, Richard and Lisa Parry, drove all night."
    view, cands = _view_and_cands(nlp, text, [("Florida", "GPE", "gazetteer"), ("Richard", "GPE", "ner")])
    richard = next(c for c in cands if view.span_text(c.start, c.end) == "Richard")
    view.doc.ents = [spacy.tokens.Span(view.doc, richard.start, richard.end, label="PERSON")]
    assert _labels(view, given_names(view, lex, cands))["Richard"] == "PERSON"


def test_a_carried_body_after_a_list_stays_a_body(nlp_lex):
    """ "Headquartered in Austin, Texas, Cloudmere has 1,100 employees": the body opens the next clause."""
    nlp, lex = nlp_lex
    text = "Founded in 2018 and headquartered in Austin, Texas, Cloudmere has 1,100 employees."
    names = [("Austin", "GPE", "ner"), ("Texas", "GPE", "ner"), ("Cloudmere", "ORG", "gazetteer")]
    view, cands = _view_and_cands(nlp, text, names)
    assert _labels(view, coordinated_places(view, lex, cands))["Cloudmere"] == "ORG"
