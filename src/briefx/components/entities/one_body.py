"""One body's name that holds an "and": "Department of Health and Human Services", "Securities and
Exchange Commission", "New Zealand Education and Scholarship Trust"; not two names joined by it
("University of Texas and Rice University", "Mkopo Haraka Holdings and Zawadi Credit Group").
Pure tests over the words of a run, shared by the line-wrap source (`wraps`) and the choice among
candidates (`candidates.choose`)."""

from __future__ import annotations

from briefx.components.entities.lexicon import Lexicon, capitalised

COMPLEMENTS = frozenset({"of", "for", "on"})  # a body's name goes on after its head with these ("Office of …")
_AND = frozenset({"and", "&"})


def body_head(lex: Lexicon, word: str) -> bool:
    """A word that ends a body's name: a head ("Agency", "Services" as the plural of "Service"), a
    government's or a company's word."""
    heads = (lex.org_heads, lex.government_heads, lex.company_words)
    return any(word in table or (word.endswith("s") and word[:-1] in table) for table in heads)


def one_body_over_and(lex: Lexicon, words: list[str], *, programme_inside: bool = False) -> bool:
    """The words of a run with one "and" (or "&") name one body: three names or more, no post among
    them ("President and⏎Vice Chair of …") nor a programme's head ("Executive Order on …"), a body's
    head last, and no head before the "and" but one opening a complement ("Department of Health and
    Human Services", not "University of Texas and Rice University", "Treasury Department’s State and
    Local …"). With `programme_inside`, a programme's word inside the name is allowed where a body's
    head ends it ("Education and Scholarship Trust")."""
    joins = [k for k, t in enumerate(words) if t in _AND]
    if len(joins) != 1 or sum(capitalised(t) for t in words) < 3:
        return False
    if any(t in lex.possessives for t in words):
        return False  # "Department of Commerce’s National Telecommunications and …": an owner and its body
    if any(t in lex.role_words or (t in lex.no_span_heads and not programme_inside) for t in words):
        return False
    if not body_head(lex, words[-1]):
        return False
    cut = joins[0]
    heads_before = [k for k in range(cut) if words[k] in lex.body_heads]
    return words[-1] not in words[:cut] and all(words[k + 1] in COMPLEMENTS for k in heads_before)
