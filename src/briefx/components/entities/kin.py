"""People named as family, which the model often reads as a body or a place or drops as a lone
word: the name in apposition to a relative ("his son, Hunter, ...", "their daughter, Brogan"),
and the first of a couple who share a surname ("Rodney and Mary Burrows"). Document-level
repairs after the choice (issue 9)."""

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


def _couple_first(view: DocView, lex: Lexicon, cand: Candidate) -> int | None:
    """The index of "Rodney" in "Rodney and Mary Burrows": a known given name alone before "and"
    and a PERSON that opens on a given name; not the end of a longer name nor a known place."""
    texts, x = view.texts, cand.start - 2
    if cand.label != "PERSON" or len(cand) < 2 or x < 0 or texts[cand.start - 1] != "and":
        return None
    if texts[cand.start] not in lex.given_names or texts[x] not in lex.given_names or lex.place_or_town(texts[x]):
        return None
    if x > 0 and texts[x - 1].istitle() and texts[x - 1].isalpha():
        return None
    return x


def couples(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """The first of a couple sharing a surname is a PERSON ("Rodney and Mary Burrows")."""
    firsts = {x for c in chosen if (x := _couple_first(view, lex, c)) is not None}
    if not firsts:
        return chosen
    out = [replace(c, label="PERSON") if len(c) == 1 and c.start in firsts else c for c in chosen]
    taken = {i for c in out for i in c.tokens()}
    out += [Candidate(x, x + 1, "PERSON", "ner") for x in firsts if x not in taken]
    return sorted(out, key=lambda c: c.start)
