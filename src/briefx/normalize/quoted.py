"""Quoted stretches that are no quotation: pure tests on the text of a quote and what stands before it.

GOLD.md: a QUOTE is three words or more that a named speaker said or wrote; quoted terms,
titles and slogans are not QUOTEs. Real releases put in marks a term they describe something
as ('described the deal as an “economic game changer”', 'known as the “Radio Control Law”'),
the title-case name of a law or a plan, and, in podium transcripts, words a speaker imagines
someone saying ('we don't say to people ‘you can't worship this way’').
"""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+(?:['’-]\w+)*")
_ARTICLES = frozenset({"a", "an", "the"})
_JOINED = re.compile(r"\s*(?:,\s*)?(?:and|or|,)\s*$")


def quote_words(text: str) -> int:
    """Words of a quote, dashes and stray marks aside ('win - win' is two)."""
    return len(_WORD.findall(text))


def is_term_quote(before: str, term_lead: re.Pattern[str], words: int = 0, *, bare_as_words: int = 5,
                  bare_article_words: int = 0) -> bool:
    """Marks round a term: the text before the opening mark ends with a lead such as 'as', 'as an',
    'dubbed', 'known as the', or a bare article (`term_lead`, matched at the end of `before`).

    After a bare 'as', only a short phrase (`bare_as_words` words at most) is a term ('described
    as “knife-obsessed”'); a longer one is someone's words ('referred to him as “a long-standing
    friend of our people”'). After a bare article likewise (`bare_article_words`): 'what we call a
    “more perfect union”' is a term, 'the vote marked a “sad day for the whole region”' words woven in.
    An article after a naming verb or 'as' ('known as the') makes a term at any length.
    """
    match = term_lead.search(before)
    if match is None:
        return False
    lead = match.group().strip(" \t\n:").lower()
    if lead in _ARTICLES:
        return words <= bare_article_words
    return lead != "as" or words <= bare_as_words


def follows_term(between: str) -> bool:
    """A quote joined to the term before it by 'and', 'or' or a comma is a term too
    ('as a “grave abuse of power” and “contrary to law”')."""
    return _JOINED.fullmatch(between) is not None or between.strip() in ("", ",")


def is_quoted_name(text: str, small_words: frozenset[str], *, max_words: int = 6) -> bool:
    """A short title-case run with no sentence in it ('Radio Control Law', 'Belt and Road
    Initiative'): the name of a law, a plan or a work, not words someone said."""
    words = text.split()
    if not words or len(words) > max_words or re.search(r"[.!?,;:]", text):
        return False
    return words[0][:1].isupper() and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in small_words
                                           for w in words)


def is_imagined_speech(text: str) -> bool:
    """Single-quoted words that open in lower case inside a transcript turn: what a speaker imagines
    someone saying, not a quotation."""
    return text[:1].islower()
