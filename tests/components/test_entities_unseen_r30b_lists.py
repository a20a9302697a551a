"""A bare town listed among places, found in unseen NZ and Australian releases and Wikinews (round 30b): in
"Queenstown, Glenorchy, and Wanaka", "Branxton, Heddon and Stockrington", "Carrascal, Cantilan, Madrid …"
the model read the other towns and no source read the small one. A bare capitalised name listed with
places is a place (GPE); not one with a body's, a post's or a company's word, nor a given name, nor one
in a pair. Cases written after the shape of those texts (none copied); the rules run on a blank
tokenizer with the entity lexicon."""

from __future__ import annotations

import pytest
import spacy

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon
from briefx.components.entities.listings import coordinated_places


@pytest.fixture(scope="module")
def nlp_lex() -> tuple[spacy.Language, Lexicon]:
    blank = spacy.blank("en")
    return blank, Lexicon(blank)


def _labels_after(nlp, lex: Lexicon, text: str, places: list[str], nouns: tuple[str, ...] = ()) -> dict[str, str]:
    """The labels `coordinated_places` gives when the model read `places` (GPE) and nothing else;
    the tagger's common `nouns`."""
    doc = nlp.make_doc(text)
    for tok in doc:
        tok.pos_ = "NOUN" if tok.text in nouns else "PROPN"
    view = DocView(doc)
    cands = []
    for surface in places:
        start = text.index(surface)
        span = doc.char_span(start, start + len(surface))
        cands.append(Candidate(span.start, span.end, "GPE", "ner"))
    out = coordinated_places(view, lex, sorted(cands, key=lambda c: c.start))
    return {view.span_text(c.start, c.end): c.label for c in out}


CASES = [
    # a bare town between, before or after the places the model read: a place
    ("New jetties at Kawhia, Raglan, and Aotea will be built soon.", ["Kawhia", "Aotea"], "Raglan", "GPE"),
    (
        "The towns hit hardest were Bayugan, Cantilan, Madrid and Lanuza.",
        ["Cantilan", "Madrid", "Lanuza"],
        "Bayugan",
        "GPE",
    ),
    ("Help goes to the parishes of Kurri, Pelaw and Abermain.", ["Kurri", "Abermain"], "Pelaw", "GPE"),
    # a body's word: the council is no town
    (
        "Grants go to Taupo, Tokoroa Community Council and Turangi.",
        ["Taupo", "Turangi"],
        "Tokoroa Community Council",
        None,
    ),
    # a given name opens it: a person thanked beside places
    ("Thanks to Taupo, Turangi, Joanne and Tokoroa for hosting.", ["Taupo", "Turangi", "Tokoroa"], "Joanne", None),
    # a code in capitals after the places: money, not a town
    ("Roads between Nairobi and Nakuru and USD 200 million for power.", ["Nairobi", "Nakuru"], "USD", None),
    # a name after the comma that closes a pair opens the next clause
    ("Beside deals with Korea and Japan, Chafta forms a trifecta.", ["Korea", "Japan"], "Chafta", None),
    # features that share a plural head: no towns
    ("Restoration of Puarenga, Utuhina and Ngongotaha Streams.", ["Utuhina", "Ngongotaha Streams"], "Puarenga", None),
    # two items are a pair, not a list: not evidence enough
    ("Roads between Taupo and Kinloch will close.", ["Taupo"], "Kinloch", None),
]


@pytest.mark.parametrize("text, places, name, label", CASES)
def test_a_bare_name_listed_among_places(nlp_lex, text, places, name, label):
    nlp, lex = nlp_lex
    assert _labels_after(nlp, lex, text, places).get(name) == label


@pytest.mark.parametrize(
    "text, noun, label",
    [
        # a list that names what a common noun before it says: kinds of things, not towns
        ("Crews target the aquatic weeds Hornwort, Egeria and Lagarosiphon.", "weeds", None),
        # a kind of place before it: towns
        ("Crews visited the towns Hornwort, Egeria and Lagarosiphon.", "towns", "GPE"),
    ],
)
def test_a_list_after_a_common_noun_names_things(nlp_lex, text, noun, label):
    nlp, lex = nlp_lex
    assert _labels_after(nlp, lex, text, ["Egeria", "Lagarosiphon"], nouns=(noun,)).get("Hornwort") == label
