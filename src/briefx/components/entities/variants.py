"""Variants of a virus named by a Greek letter or a code ("the Delta variant", "Omicron
subvariants"), which the model reads as places, mention after mention ("the Delta surge",
"cases of Omicron"). GOLD.md gives diseases no span, nor their variants. The cue is the document:
a capitalised word it writes before one of the lexicon's ``variant_words`` names a variant wherever
it stands, unless it is a country ("the UK variant"). A document-level repair after the choice.
"""

from __future__ import annotations

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon


def variant_names(view: DocView, lex: Lexicon) -> set[str]:
    """The capitalised words the document writes right before a variant word, countries aside."""
    texts, out = view.texts, set()
    for word in lex.variant_words:
        for i in view.positions.get(word, ()):
            name = texts[i - 1] if i else ""
            if name[:1].isupper() and name not in lex.countries:
                out.add(name)
    return out


def variants(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """Drop the one-word places, places of land and bodies that name a variant (see the module docstring)."""
    names = variant_names(view, lex)
    if not names:
        return chosen
    return [c for c in chosen if len(c) != 1 or c.label not in _LABELS or view.texts[c.start] not in names]


_LABELS = frozenset({"GPE", "LOC", "ORG"})  # "the Indian variant": a nationality keeps its span
