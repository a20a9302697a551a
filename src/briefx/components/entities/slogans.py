"""Slogans and themes in quote marks read as people: "the G20 theme, “Recover Together, Recover
Stronger”", "the motto ‘Build Back Better’". GOLD.md: quoted terms and slogans are no QUOTE, and
their title-case words name nobody. And slogans and programmes the lexicon names, quoted or not,
whose place the model took ("the Investing in America agenda", "Buy America chargers", "Make
America Great Again"): GOLD.md gives programmes no span and no name inside them. Document-level
repairs after the choice."""

from __future__ import annotations

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon

_OPENING = frozenset({"“", "‘", '"', "'"})
_CLOSING = frozenset({"”", "’", '"', "'"})
_INSIDE = frozenset({",", "-", "–"})
_MAX_WORDS = 6  # a slogan is short; a quoted sentence is left to the other rules


def _phrase_word(view: DocView, k: int) -> bool:
    text = view.texts[k]
    return text in _INSIDE or (text[:1].isupper() and text.replace("-", "").isalpha())


def _quoted_phrase(view: DocView, cand: Candidate) -> range | None:
    """The tokens of the short, all title-case phrase in quote marks that holds the candidate, or None."""
    texts = view.texts
    a = cand.start
    while a > 0 and cand.end - a < _MAX_WORDS and _phrase_word(view, a - 1):
        a -= 1
    b = cand.end
    while b < len(texts) and b - a < _MAX_WORDS and _phrase_word(view, b):
        b += 1
    if a == 0 or b == len(texts) or texts[a - 1] not in _OPENING or texts[b] not in _CLOSING:
        return None
    return range(a, b)


def quoted_slogans(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """No PERSON span inside a short quoted title-case phrase that holds no known given name."""
    out = []
    for cand in chosen:
        if cand.label == "PERSON":
            phrase = _quoted_phrase(view, cand)
            if phrase is not None and not any(view.texts[k] in lex.given_names for k in phrase):
                continue
        out.append(cand)
    return out


def _slogan_tokens(view: DocView, lex: Lexicon) -> set[int]:
    """The tokens of every occurrence of a slogan the lexicon names (``slogans``)."""
    texts, inside = view.texts, set()
    for words in lex.slogans:
        for i in view.positions.get(words[0], ()):
            if tuple(texts[i : i + len(words)]) == words:
                inside.update(range(i, i + len(words)))
    return inside


def named_slogans(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """No span inside a slogan or programme the lexicon names ("Buy America")."""
    inside = _slogan_tokens(view, lex)
    return [cand for cand in chosen if not inside.issuperset(cand.tokens())] if inside else chosen
