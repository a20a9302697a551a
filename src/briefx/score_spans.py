"""GOLD.md § Boundary rules for scoring, and the one-line context of an error: the span
helpers `briefx.scoring` and `briefx.scoring_facts` share. Pure: no spaCy, no I/O."""

from __future__ import annotations

import re
import unicodedata

CONTEXT_CHARS = 40


# --- boundary normalisation (GOLD.md § Boundary rules) ----------------------------------

_DETERMINER = re.compile(r"(?:the|an?)\s+", re.IGNORECASE)
_POSSESSIVE = ("'s", "’s", "'", "’")
# Symbols that belong to a figure are not "surrounding punctuation".
_KEPT_PUNCTUATION = frozenset("%‰&#@")


def _strippable(char: str) -> bool:
    if char.isspace():
        return True
    return unicodedata.category(char).startswith("P") and char not in _KEPT_PUNCTUATION


def normalise_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of `text[start:end]` without a leading determiner, trailing possessive or
    surrounding whitespace and punctuation; the original offsets if nothing would remain."""
    s, e = start, end
    while True:
        before = (s, e)
        while s < e and _strippable(text[s]):
            s += 1
        while e > s and _strippable(text[e - 1]):
            e -= 1
        determiner = _DETERMINER.match(text, s, e)
        if determiner and determiner.end() < e:
            s = determiner.end()
        for ending in _POSSESSIVE:
            if e - s > len(ending) and text.startswith(ending, e - len(ending)):
                e -= len(ending)
                break
        if (s, e) == before:
            return (s, e) if s < e else (start, end)


_MARKUP_END = re.compile(r"(?:\s|<[^<>\n]*>|\*+)+")
_MARKUP_TAIL = re.compile(_MARKUP_END.pattern + r"\Z")


def words_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of `text[start:end]` without the blanks, HTML tags and Markdown emphasis marks at its
    ends: a turn covers the words after its tag (GOLD.md § Turns), so a closing `</p>` or `**` left
    after the tag or before the next is no part of it; the original offsets if nothing would remain.

    >>> words_bounds("<p>PM:</p> <p>Yes.</p>", 6, 22)
    (14, 18)
    """
    lead = _MARKUP_END.match(text, start, end)
    s = lead.end() if lead else start
    tail = _MARKUP_TAIL.search(text[s:end])
    e = s + tail.start() if tail else end
    return (s, e) if s < e else (start, end)


def context(text: str, start: int, end: int, *, width: int = CONTEXT_CHARS) -> str:
    """`…left [[span]] right…` on one line."""
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    flat = f"{left}[[{text[start:end]}]]{right}".replace("\n", " ")
    return ("…" if start > width else "") + flat + ("…" if end + width < len(text) else "")
