"""Titles the model read as bodies or places (issue 9, transcripts and news): a title alone
("an audience with the Emperor", "the DPM said") names no one (corpus/README: roles and titles
stay outside names), and one or two plain name words right after a title name a person, not a
body ("Speaker McCarthy", "Senator Okafor" read as ORG). A document-level repair after the choice."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon
from briefx.components.entities.wraps import is_break

_READ_AS = frozenset({"ORG", "GPE"})
_MAX_NAME = 2  # "Speaker Kevin McCarthy" reads as a person when the model finds one at all


def title_alone(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    """The candidate is one title word ("Emperor", "Chancellor")."""
    return len(cand) == 1 and view.texts[cand.start] in lex.role_words


def _name_word(lex: Lexicon, tok: Token) -> bool:
    """A plain name word (`Lexicon.plain_name_word`), or one with a capital inside ("McCarthy")."""
    if tok.is_title:
        return lex.plain_name_word(tok)
    text = tok.text
    return (
        tok.is_alpha
        and text[:1].isupper()
        and not tok.is_upper
        and not lex.known_place(text)
        and not any(text in table for table in (lex.title_words, lex.portfolio, lex.org_heads))
    )


def named_after_title(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    """One or two plain name words (no place, title, portfolio or head word) right after a title,
    over a line wrap too ("Speaker⏎McCarthy")."""
    before = cand.start - 1
    while before > 0 and is_break(view.texts[before]):
        before -= 1
    if len(cand) > _MAX_NAME or before < 0 or view.texts[before] not in lex.title_words:
        return False
    text = view.span_text(cand.start, cand.end)
    heads = (lex.company_words, lex.facility_heads, lex.facility_words, lex.loc_heads, lex.event_heads)
    return (
        not lex.known_place(text)
        and all(_name_word(lex, view.doc[k]) for k in cand.tokens())
        and not any(view.texts[k] in table for k in cand.tokens() for table in heads)
    )


def titles_read_as_names(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """Drop a title alone read as a body or place; a name after a title is a person."""
    out = []
    for cand in chosen:
        if cand.label in _READ_AS and title_alone(view, lex, cand):
            continue
        if cand.label in _READ_AS and named_after_title(view, lex, cand):
            cand = replace(cand, label="PERSON")
        out.append(cand)
    return out
