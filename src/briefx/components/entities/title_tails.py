"""A person's name read with the last words of a long title before it ("Commissioner for Internal Market
[Thierry Breton]", "Chief of Staff [Jeff Zients]"): GOLD.md leaves titles and roles out of the span."""

from __future__ import annotations

from dataclasses import replace

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon
from briefx.components.entities.trim import closes_a_title


def _model_start(view: DocView, cand: Candidate) -> int | None:
    """Where the model's person inside `cand` starts, when it ends where `cand` does."""
    doc = view.doc
    for k in range(cand.start + 1, cand.end - 1):
        if doc[k].ent_iob_ == "B":
            ents = doc[k : cand.end].ents
            if doc[k].ent_type_ == "PERSON" and ents and ents[0].end == cand.end:
                return k
            return None
    return None


def title_tails(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """A person of three words or more whose first words close a title run ("Chief of Staff", one connector at
    least) starts where the model's person does."""
    out = []
    for cand in chosen:
        if cand.label == "PERSON" and len(cand) >= 3:
            k = _model_start(view, cand)
            if k is not None and closes_a_title(view, lex, k):
                cand = replace(cand, start=k)
        out.append(cand)
    return out
