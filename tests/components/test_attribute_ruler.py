"""IndexedAttributeRuler: the base model's attribute rules, matched by lookup, match as spaCy's ruler does."""

from __future__ import annotations

import pytest
import spacy
from spacy.pipeline import AttributeRuler

from briefx.components.attribute_ruler import IndexedAttributeRuler
from briefx.pipeline import READ_RULER_ATTRS, default_model

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


@pytest.fixture(scope="module")
def full_patterns(extractor):
    """The base model's own attribute rules, lemma and morphology rules too."""
    nlp = spacy.load(default_model(), exclude=["lemmatizer", "ner"])
    return nlp.get_pipe("attribute_ruler").patterns


def test_the_pipeline_ruler_keeps_only_the_attributes_briefx_reads(rulers, full_patterns):
    _, indexed, _ = rulers
    assert {name for p in indexed.patterns for name in p["attrs"]} <= set(READ_RULER_ATTRS)
    assert len(indexed.patterns) < len(full_patterns)  # lemma- and morphology-only rules are left out


@pytest.mark.parametrize("text", CASES)
def test_read_attributes_as_the_full_ruler_sets_them(rulers, full_patterns, text):
    nlp, indexed, _ = rulers
    full = AttributeRuler(nlp.vocab)
    full.add_patterns(full_patterns)
    docs = []
    for ruler in (indexed, full):
        doc = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            if name == "attribute_ruler":
                break
            doc = proc(doc)
        docs.append(ruler(doc))
    assert [(t.pos_, t.tag_, t.dep_) for t in docs[0]] == [(t.pos_, t.tag_, t.dep_) for t in docs[1]]
