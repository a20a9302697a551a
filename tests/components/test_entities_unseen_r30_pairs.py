"""Round 30, GPE: a country pair that opens the name of an agreement, partnership or plan names no place
(GOLD.md: names inside agreements, partnerships and plans get no span), also where the name holds an
initialism ("U.S.-ROK", "ASEAN"), "and" ("Climate and Energy"), a spaced dash ("New Zealand - Malaysia") or
ends in "FTA". Found out of fold on real dev (White House, Australian PM and NZ releases) and in unseen White
House fact sheets and an NZ release of rounds 29 and 30. Cases written after the shape of those texts (none
copied); not_names runs on a blank tokenizer with the briefx infixes and the entity lexicon."""

from __future__ import annotations

import pytest
import spacy
from tests.conftest import candidates_at

from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon
from briefx.components.entities.not_names import not_names
from briefx.pipeline import add_infixes


@pytest.fixture(scope="module")
def nlp_lex() -> tuple[spacy.Language, Lexicon]:
    blank = add_infixes(spacy.blank("en"))
    return blank, Lexicon(blank)


def _kept(nlp_lex, text: str, names: list[tuple[str, str]]) -> list[str]:
    nlp, lex = nlp_lex
    view = DocView(nlp.make_doc(text))
    return [view.doc[c.start : c.end].text for c in not_names(view, lex, candidates_at(view, text, names))]


# (text, the candidates the model gave, the names that stay)
PAIRS = [
    pytest.param("Both leaders reaffirmed the U.S.-ROK Washington Declaration this week.",
                 [("U.S.", "GPE"), ("ROK", "GPE")], [], id="initialism-second"),
    pytest.param("The officials launched the U.S.-Germany Climate and Energy Partnership today.",
                 [("U.S.", "GPE"), ("Germany", "GPE")], [], id="and-inside"),
    pytest.param("They welcomed the New Zealand - Malaysia Free Trade Agreement in force.",
                 [("New Zealand", "GPE"), ("Malaysia", "GPE")], [], id="spaced-dash"),
    pytest.param("Rules changed after the original China FTA was signed.",
                 [("China", "GPE")], [], id="fta-head"),
    pytest.param("She noted the Australia New Zealand ASEAN Free Trade Agreement.",
                 [("Australia", "GPE"), ("New Zealand", "GPE")], [], id="initialism-inside"),
    # the pair before a lower-case noun, a body's name or the end of a sentence keeps its places
    pytest.param("He praised the U.S.-Kenya strategic partnership and U.S.-EU cooperation.",
                 [("U.S.", "GPE"), ("Kenya", "GPE")], ["U.S.", "Kenya"], id="lower-case-partnership"),
    pytest.param("Ministers met the U.S.-EU Trade and Technology Council in Paris.",
                 [("U.S.", "GPE"), ("Paris", "GPE")], ["U.S.", "Paris"], id="body-head"),
    pytest.param("European Commission - Statement\n\nWe condemn the attacks.",
                 [("European Commission", "ORG")], ["European Commission"], id="spaced-dash-before-no-place"),
    pytest.param("Ministers from Fiji and Vanuatu met. Plans were agreed.",
                 [("Fiji", "GPE"), ("Vanuatu", "GPE")], ["Fiji", "Vanuatu"], id="sentence-ends"),
    pytest.param("Trade between Japan and China Rose sharply, said Mr Lee.",
                 [("Japan", "GPE"), ("China", "GPE")], ["Japan", "China"], id="no-head"),
]


@pytest.mark.parametrize("text, names, kept", PAIRS)
def test_a_country_pair_opening_an_agreements_name_is_no_place(nlp_lex, text, names, kept):
    assert _kept(nlp_lex, text, names) == kept
