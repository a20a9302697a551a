"""Organisations that open on a post: "Deputy Inspector General of the⏎U.S. Department of Labor",
"Director of the White House Office⏎of Intergovernmental Affairs", "Pennsylvania State Director
for the Republican⏎National Committee". The model, or a name read across a hard line wrap (the
biographies of nomination and appointment releases), takes the post and its "of" or "for" into
the body's name; GOLD.md gives the span to the name alone and keeps roles outside names. The cue:
a title word right before "of" or "for", no body's head word before it ("Office of the Secretary
of Defense" is one name), and a body's head or short form after it. A document-level repair
after the choice.

The post's portfolio alone, after the post and its "for" or "of", is no body either ("Assistant
Secretary for Fossil Energy", "Deputy National Security Advisor for International Economics",
"Nominee for Assistant Administrator for Development"): a candidate there whose every word is a
portfolio's, a post's, an abstract noun or a word the document writes in lower case, and which holds
no body's head or short form, goes (seen on unseen White House nomination releases and fact sheets and
Australian party releases).
"""

from __future__ import annotations

from dataclasses import replace

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon
from briefx.components.entities.wraps import is_break

_LINKS = frozenset({"of", "for"})
_MIN_BODY = 2  # words left after the post, or a short form: "Secretary of State" is a post's own name


def _body_word(lex: Lexicon, text: str) -> bool:
    return text in lex.body_heads or text in lex.short_heads


def _names_a_body(lex: Lexicon, words: list[str]) -> bool:
    """A body's head word or a short form ("DOL") among the words."""
    return any(_body_word(lex, w) or (len(w) > 1 and w.isupper() and w.isalpha()) for w in words)


def _after_post(view: DocView, lex: Lexicon, start: int, end: int) -> int:
    """Where the words after the first post in start:end start, or `start`."""
    texts = view.texts
    for k in range(start, end - 1):
        if _body_word(lex, texts[k]):
            return start
        if k > start and texts[k] in _LINKS and texts[k - 1] in lex.role_words:
            j = k + 1
            while j < end and (texts[j] == "the" or texts[j].isspace()):
                j += 1
            words = [w for w in texts[j:end] if not w.isspace()]
            short_form = len(words) == 1 and words[0].isupper()
            return j if (len(words) >= _MIN_BODY or short_form) and _names_a_body(lex, words) else start
    return start


def body_start(view: DocView, lex: Lexicon, start: int, end: int) -> int:
    """Where the body's name starts in start:end once the posts before it are left out ("Nominee
    for Commissioner of the …"), or `start`."""
    after = _after_post(view, lex, start, end)
    while after != start:
        start, after = after, _after_post(view, lex, after, end)
    return start




def _after_post_link(view: DocView, lex: Lexicon, start: int) -> bool:
    """A post's title and its "for" or "of" (and "the") stand right before `start`."""
    texts = view.texts
    k = start - 1
    while k >= 0 and (texts[k] == "the" or is_break(texts[k])):  # "Advisor for⏎International Economics"
        k -= 1
    if k < 1 or texts[k] not in _LINKS:
        return False
    return texts[k - 1] in lex.role_words  # a title; not "chief executive of Solvance", a company


def _portfolio_word(view: DocView, lex: Lexicon, word: str) -> bool:
    """A portfolio's word, an abstract noun, a post's ("Nominee for [Assistant Administrator for
    Development]": a post, not a body) or a word the document writes in lower case."""
    return (
        word in lex.portfolio
        or word in lex.role_words
        or lex.topic_word(word)
        or view.stands_in_order([word.lower()])
    )


def is_portfolio(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    """The ORG is a post's portfolio: after a post's "for" or "of", every word a portfolio's, an
    abstract noun's or one the document writes in lower case, and no body's word or short form."""
    if cand.label != "ORG" or not _after_post_link(view, lex, cand.start):
        return False
    words = [w for w in view.texts[cand.start : cand.end] if not w.isspace() and w not in lex.post_joiners]
    if not words or _names_a_body(lex, words) or view.span_text(cand.start, cand.end) in lex.organisation_names:
        return False
    if any(w in lex.party_words for w in words):
        return False  # "Leader of the Opposition": a party's word names the body
    return all(_portfolio_word(view, lex, w) for w in words)


def portfolios_after_posts(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """`chosen` without the posts' portfolios (see the module docstring)."""
    return [cand for cand in chosen if not is_portfolio(view, lex, cand)]


def posts_before_bodies(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """`chosen` with the post cut from the front of every organisation that opens on one."""
    out = []
    for cand in chosen:
        start = body_start(view, lex, cand.start, cand.end) if cand.label == "ORG" else cand.start
        out.append(replace(cand, start=start) if start != cand.start else cand)
    return out
