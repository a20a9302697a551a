"""Shared fixtures: cheap blank pipelines for rule tests, the real model once per session."""

from __future__ import annotations

import functools
import importlib.util
from collections.abc import Callable
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

import briefx.components  # noqa: F401  (registers the factories)
from briefx.components.attributes import register_attributes

ROOT = Path(__file__).resolve().parents[1]


def source_builder(name: str):
    """The build script `models/sources/<name>.py` as a module (run by hand, not part of the package)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "models" / "sources" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
SHARED = ROOT.parent / "shared"
SEED_GOLD = SHARED / "eval" / "seed.gold.jsonl"


def candidates_at(view, text: str, names: list[tuple[str, str]]) -> list:
    """The entity candidates a rule test starts from: each (surface, label) at its first place in the text,
    as the model would give it."""
    from briefx.components.entities.candidates import Candidate

    chosen = []
    for surface, label in names:
        span = view.doc.char_span(text.index(surface), text.index(surface) + len(surface))
        chosen.append(Candidate(span.start, span.end, label, "ner"))
    return chosen


@functools.cache
def _blank_lexicon():
    """One blank English tokenizer and the entity lexicon read from it, shared by the layout tests."""
    from briefx.components.entities.lexicon import Lexicon

    nlp = spacy.blank("en")
    return nlp, Lexicon(nlp)


def layout_names(text: str, label: str) -> list[str]:
    """The names of one label that the layout rules (`layout.from_layout`: place lines, state rows, person rows,
    bylines, datelines) read in a text with no model."""
    from briefx.components.entities.doc_view import DocView
    from briefx.components.entities.layout import from_layout

    nlp, lex = _blank_lexicon()
    view = DocView(nlp.make_doc(text))
    return [view.doc[c.start : c.end].text for c in from_layout(view, lex) if c.label == label]


def blank_pipeline(*pipes: str, config: dict | None = None) -> Language:
    """A spacy.blank("en") pipeline with these briefx components, for fast rule tests."""
    register_attributes()
    nlp = spacy.blank("en")
    for pipe in pipes:
        nlp.add_pipe(pipe, config=(config or {}).get(pipe, {}))
    return nlp


@pytest.fixture
def blank() -> Callable[..., Language]:
    """`blank("briefx_money", …)`: a spacy.blank("en") pipeline with those briefx components."""
    return blank_pipeline


@pytest.fixture(scope="session")
def extractor():
    """The full briefx pipeline on en_core_web_sm, loaded once."""
    from briefx.pipeline import load

    return load()


@pytest.fixture(scope="session")
def seed_gold() -> Path:
    if not SEED_GOLD.is_file():
        pytest.skip("../shared/eval is not beside the checkout")
    return SEED_GOLD
