"""Per-Doc state shared by the components (components/attributes.py)."""

from __future__ import annotations

import gc

import spacy

from briefx.components import attributes
from briefx.components.attributes import doc_text


def test_doc_text_is_joined_once_per_doc_and_equals_doc_text():
    nlp = spacy.blank("en")
    doc = nlp("MR SMITH:  Thank you.\n\nQ   And the budget?")
    first = doc_text(doc)
    assert first == doc.text
    assert doc_text(doc) is first  # the cached string, not a new join over every token
    other = nlp("Another text.")
    assert doc_text(other) == "Another text."


def test_doc_text_cache_lets_docs_go():
    nlp = spacy.blank("en")
    before = len(attributes._TEXTS)
    docs = [nlp(f"text number {i}") for i in range(20)]
    for doc in docs:
        doc_text(doc)
    assert len(attributes._TEXTS) == before + 20
    del docs, doc
    gc.collect()
    assert len(attributes._TEXTS) == before
