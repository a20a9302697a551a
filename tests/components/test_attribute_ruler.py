"""IndexedAttributeRuler: the base model's attribute rules, matched by lookup, match as spaCy's ruler does."""

from __future__ import annotations

import pytest
from spacy.pipeline import AttributeRuler

from briefx.components.attribute_ruler import IndexedAttributeRuler

# sentences after the shapes the base model's rules single out: tag-only rules, word lists
# under a tag, the dependency rules, the two-token and regex rules, whitespace tokens
CASES = [
    pytest.param("The ministry said whether the fund would grow.", id="tag-and-word-list"),
    pytest.param("There were 12 of them and it isn't over.", id="expletive-and-negation"),
    pytest.param("They ain't gonna wait, so let's go. Y'all come on now.", id="two-token-and-regex"),
    pytest.param("Which one?  That  one,\n\nnot this.", id="spaces-and-determiners"),
    pytest.param("He has been told; she had to go.", id="auxiliaries"),
]


@pytest.fixture(scope="module")
def rulers(extractor):
    nlp = extractor.nlp
    indexed = nlp.get_pipe("attribute_ruler")
    plain = AttributeRuler(nlp.vocab)
    plain.add_patterns(indexed.patterns)
    return nlp, indexed, plain


def test_the_pipeline_uses_the_indexed_ruler(rulers):
    _, indexed, _ = rulers
    assert type(indexed) is IndexedAttributeRuler


@pytest.mark.parametrize("text", CASES)
def test_matches_as_spacy_ruler(rulers, text):
    nlp, indexed, plain = rulers
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "attribute_ruler":
            break
        doc = proc(doc)
    assert indexed.match(doc) == plain.match(doc)
    assert indexed.match(doc)  # every token has a tag rule


def test_patterns_round_trip(rulers):
    nlp, indexed, _ = rulers
    copy = IndexedAttributeRuler(nlp.vocab).from_bytes(indexed.to_bytes())
    assert copy.patterns == indexed.patterns
    doc = nlp("They ain't gonna wait for the rest of the data.")
    assert copy.match(doc) == indexed.match(doc)
