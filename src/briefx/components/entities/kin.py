"""People named after a word of kinship ("his son, Hunter, ...", "her mother, Arioth", "their
daughter, Brogan"): the name in apposition to a relative is a person's, which the model often
reads as a body or a place. A document-level repair after the choice (issue 9)."""

from __future__ import annotations

from dataclasses import replace

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon

_READ_AS = frozenset({"ORG", "GPE", "LOC", "NORP"})
_MAX_WORDS = 2  # "his wife, Jill", "her son, Hunter Biden"; longer runs are left to the model


def _after_kin(view: DocView, lex: Lexicon, start: int) -> bool:
    """The token before `start` (a comma skipped) is a word of kinship in lower case."""
    k = start - 1
    if k >= 0 and view.texts[k] == ",":
        k -= 1
    return k >= 0 and view.texts[k] in lex.kin_words


def _kin_name(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    """A place or body of one or two title-case words after a relative, that names no country."""
    texts = view.texts
    return (
        cand.label in _READ_AS
        and len(cand) <= _MAX_WORDS
        and all(texts[i].istitle() and texts[i].isalpha() for i in cand.tokens())
        and view.span_text(cand.start, cand.end) not in lex.countries
        and _after_kin(view, lex, cand.start)
    )


def kin_appositions(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """A name in apposition to a relative is a PERSON, and so is the same name read as a body
    or place elsewhere in the document ("And Benton and Brogan, I know you're ...")."""
    people = {view.span_text(c.start, c.end) for c in chosen if _kin_name(view, lex, c)}
    if not people:
        return chosen
    return [
        replace(c, label="PERSON") if c.label in _READ_AS and view.span_text(c.start, c.end) in people else c
        for c in chosen
    ]
