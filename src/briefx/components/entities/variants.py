"""Variants of a virus named by a Greek letter or a code ("the Delta variant", "Omicron
subvariants", "the Delta and Omicron variants"), which the model reads as places, mention after
mention ("the Delta surge", "cases of Omicron"). GOLD.md gives diseases no span, nor their
variants. The cue is the document: a capitalised word it writes before one of the lexicon's
``variant_words`` (or joined to such a word) names a variant wherever it stands, unless it is a
country or a city of the lexicon ("the UK variant", "the Wuhan strain"). A document-level repair after the choice.
"""

from __future__ import annotations

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon

_JOINS = frozenset({"and", "or", ","})
_MAX_JOINED = 3  # "the Alpha, Delta and Omicron variants"


def _joined_before(texts: list[str], k: int) -> int | None:
    """The capitalised word joined by 'and', 'or' or a comma before the name at k ("Delta and the
    Omicron variants"), or None."""
    j = k - 1
    if j > 0 and texts[j] == "the":
        j -= 1
    if j < 1 or texts[j] not in _JOINS:
        return None
    return j - 1 if texts[j - 1][:1].isupper() else None


def variant_names(view: DocView, lex: Lexicon) -> set[str]:
    """The capitalised words the document writes right before a variant word, or joined to such a
    word by 'and', 'or' or a comma; countries aside."""
    texts, out = view.texts, set()
    for word in lex.variant_words:
        for i in view.positions.get(word, ()):
            k: int | None = i - 1
            for _ in range(_MAX_JOINED):
                if k is None or k < 0 or not texts[k][:1].isupper():
                    break
                if texts[k] not in lex.countries and texts[k] not in lex.cities:
                    out.add(texts[k])  # "the Wuhan strain": the city keeps its span elsewhere
                k = _joined_before(texts, k)
    return out


def variants(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """Drop the one-word places, places of land and bodies that name a variant (see the module docstring)."""
    names = variant_names(view, lex)
    if not names:
        return chosen
    return [c for c in chosen if len(c) != 1 or c.label not in _LABELS or view.texts[c.start] not in names]


_LABELS = frozenset({"GPE", "LOC", "ORG"})  # "the Indian variant": a nationality keeps its span
