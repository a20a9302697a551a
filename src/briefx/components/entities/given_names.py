"""People the model reads as places or bodies, told by a common given name
(models/lexicons/given_names.json): a document-level repair after the choice.

- A given name alone, typed a place or an organisation: transcripts hand the floor to
  reporters by first name ("Our next question will go to Steve with Reuters", "Thank you,
  Patsy"); a given name that is also a known place or body stays as it is ("Austin").
- A given name and surname closing a title run the model read as one name
  ("Secretary of Agriculture Tom Vilsack", "Chancellor of Germany Angela Merkel",
  "Senate Minority Whip Dick Durbin"): the person is the name; the title is no part of it
  (GOLD.md), and a place inside the title is left to the other rules.
"""

from __future__ import annotations

from dataclasses import replace

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import INITIAL, Lexicon
from briefx.components.entities.wraps import is_break

_MAX_SURNAME_WORDS = 2


def _alone(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    """A one-word place or body that is a given name and no known place or body."""
    if cand.label not in ("GPE", "ORG") or len(cand) != 1 or cand.source != "ner":
        return False
    texts, s = view.texts, cand.start
    if s >= 2 and texts[s - 1] == "for" and texts[s - 2] in lex.electorate_titles:
        return False  # "the Member for Solomon": an electorate
    if s >= 1 and texts[s - 1] in lex.determiners:
        return False  # "the Clyde": a river or a yard, not a person
    text = texts[s]
    return (
        text in lex.given_names
        and not lex.known_place(text)
        and text not in lex.world_cities
        and text not in lex.organisation_names
    )


def _surname_word(view: DocView, lex: Lexicon, i: int) -> bool:
    tok = view.doc[i]
    return lex.plain_name_word(tok) and tok.text not in lex.org_heads and tok.text not in lex.company_words


def _title_before(lex: Lexicon, cand: Candidate, before: str) -> bool:
    """The word before the given name ends a title: any capitalised word when the model read
    the whole as a body; a title, portfolio, country or body's head when it read a person
    ("Andrés Manuel López Obrador" is one name)."""
    if not before[:1].isupper() or before in lex.given_names or INITIAL.match(before):
        return False
    if cand.label == "ORG":
        return True
    return any(before in t for t in (lex.title_words, lex.portfolio, lex.countries, lex.org_heads))


def _name_at_end(view: DocView, lex: Lexicon, cand: Candidate) -> int | None:
    """Where "Given Surname" starts when it closes a longer candidate after a title word, or None."""
    texts = view.texts
    words = [i for i in range(cand.start, cand.end) if not is_break(texts[i])]
    if len(words) < 3:
        return None
    surnames = 0
    for n in range(len(words) - 1, 0, -1):
        i = words[n]
        if texts[i] in lex.given_names and surnames:
            before = texts[words[n - 1]]
            return i if _title_before(lex, cand, before) else None
        if not _surname_word(view, lex, i) or surnames == _MAX_SURNAME_WORDS:
            return None
        surnames += 1
    return None


def given_names(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """Relabel or cut the candidates a given name shows to be people (see the module docstring)."""
    out = []
    for cand in chosen:
        if _alone(view, lex, cand):
            cand = replace(cand, label="PERSON")
        elif cand.label in ("ORG", "PERSON"):
            start = _name_at_end(view, lex, cand)
            if start is not None:
                cand = replace(cand, start=start, label="PERSON")
        out.append(cand)
    return out
