"""People named in appointment and nomination releases, which the model reads as bodies or places.

A White House nomination release names each nominee on a bullet and a bold line, "Dilawar Syed, Nominee for
Deputy Administrator, Small Business Administration", then opens a biography on the name ("Dilawar Syed is …");
a New Zealand board appointment release does the same ("**Talia Anderson-Town** is a qualified Chartered
Accountant", "Donald Best, reappointed Chair and member", "Ms Anderson-Town"). The model, meeting an unfamiliar
name before a post and a body, reads it as the body (or a place), and the reading spreads to every mention and to
the surname alone (`repairs.propagate`, `repairs.lone_names`).

The document says it is a person, and here it is read so before any of that spreads: a name-shaped candidate of
the model's (two to four capitalised words, none a body's head, a company's word, a post, a country or a city)
followed by a comma and a post ("Nominee", "Member", "Chair", "new board member"), or after a title of address
("Ms", "Dr"), or opening a biography line on a known given name ("Talia Anderson-Town is …"), is a person; so is
every other mention of the same words, and its surname alone where the model read a body or a place there. The
words are data (models/lexicons/appointees.json, the lexicon's post titles and person prefixes).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon
from briefx.resources import load_json

_MISREAD = frozenset({"ORG", "GPE", "LOC"})
_MARKS = frozenset({"*", "_", "•", "-", "–"})


@dataclass(frozen=True)
class _Table:
    """models/lexicons/appointees.json, its word lists as sets, read once."""

    standing: frozenset[str]
    lower_posts: frozenset[str]
    address_titles: frozenset[str]
    biography_verbs: frozenset[str]
    max_name_words: int


@cache
def _table() -> _Table:
    data = load_json("lexicons", "appointees.json")
    lists = ("standing", "lower_posts", "address_titles", "biography_verbs")
    return _Table(*(frozenset(data[key]) for key in lists), max_name_words=data["max_name_words"])


def _word(view: DocView, lex: Lexicon, i: int) -> bool:
    """A word that can be part of a person's name: capitalised, no head of a body, company word or post."""
    tok = view.doc[i]
    text = tok.text
    if text in {"-", "‐"} or (len(text) == 2 and text[0].isupper() and text[1] == "."):
        return True  # "Anderson-Town", "Charlotte A. Burrows"
    if not (text[:1].isupper() and tok.is_alpha):
        return False
    return not (text in lex.body_heads or text in lex.company_words or lex.post_title(text) or text.isupper())


def _name_shaped(view: DocView, lex: Lexicon, cand: Candidate, least: int = 2) -> bool:
    words = [i for i in cand.tokens() if view.texts[i] not in {"-", "‐"}]
    if not least <= len(words) <= _table().max_name_words:
        return False
    text = view.span_text(cand.start, cand.end)
    if text in lex.countries or text in lex.cities:
        return False
    return all(_word(view, lex, i) for i in cand.tokens()) and view.texts[cand.end - 1] not in {"-", "‐"}


def _post_after(view: DocView, lex: Lexicon, end: int) -> bool:
    """ ", Nominee for …", ", Board Member, …", ", reappointed Chair and member", ", a current board member"."""
    texts = view.texts
    if end >= len(texts) or texts[end] != ",":
        return False
    table = _table()
    standing, posts, address = table.standing, table.lower_posts, table.address_titles
    k = end + 1
    while k < len(texts) and texts[k].isspace():
        k += 1
    for j in range(k, min(len(texts), k + 4)):
        text = texts[j]
        if text in address:
            return False  # "at Bell Gully, Mr Todd was …": the next person's title
        if lex.post_title(text) and text[:1].isupper() or text in posts:
            return True
        if text.lower() not in standing:
            return False
    return False


def _titled(view: DocView, lex: Lexicon, start: int) -> bool:
    """ "Ms Anderson-Town", "Dr Andrew Pearce": a title of address right before the name."""
    return start > 0 and view.texts[start - 1] in lex.person_prefixes


def _biography_subject(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    """ "**Talia Anderson-Town** is …": a line or sentence opens on the name, set in bold or on a known given
    name, and the name's predicate follows."""
    texts = view.texts
    bold = cand.start > 0 and cand.end < len(texts) and texts[cand.start - 1] == texts[cand.end] == "*"
    if not (bold or texts[cand.start] in lex.given_names) or not _opens_line(view, cand.start):
        return False
    j = _past_marks(texts, cand.end)
    if j < len(texts) and texts[j] == "(" and ")" in texts[j : j + 6]:
        j = _past_marks(texts, texts.index(")", j) + 1)  # "**Tāmati Kruger** (Taneatua) is …": the home town
    return j < len(texts) and texts[j] in _table().biography_verbs


def _opens_line(view: DocView, start: int) -> bool:
    """The name opens a line, a bullet, a bold line or a sentence."""
    texts, k = view.texts, start - 1
    while k >= 0 and (texts[k] in _MARKS or (texts[k].isspace() and "\n" not in texts[k])):
        k -= 1
    return k < 0 or "\n" in texts[k] or texts[k] in {".", "!", "?"}


def _past_marks(texts: list[str], j: int) -> int:
    while j < len(texts) and (texts[j] in _MARKS or texts[j].isspace()):
        j += 1
    return j


def _introduced(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    if cand.label == "PERSON":
        post = _opens_line(view, cand.start) and _post_after(view, lex, cand.end)
        return _name_shaped(view, lex, cand) and (post or _titled(view, lex, cand.start))
    if cand.source != "ner" or cand.label not in _MISREAD:
        return False
    if _name_shaped(view, lex, cand, least=1) and _titled(view, lex, cand.start):
        return True
    if not _name_shaped(view, lex, cand):
        return False
    return (_opens_line(view, cand.start) and _post_after(view, lex, cand.end)) or _biography_subject(view, lex, cand)


def people_introduced(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> set[tuple[str, ...]]:
    """The names (as word tuples) the document introduces as people, and their surnames."""
    names = {tuple(view.texts[c.start : c.end]) for c in chosen if _introduced(view, lex, c)}
    return names | {name[-1:] for name in names if len(name) > 1 and name[-1] not in lex.name_stop}


def read_as_people(view: DocView, lex: Lexicon, cands: list[Candidate], chosen: list[Candidate]) -> list[Candidate]:
    """The candidates, with the model's body or place readings of the people introduced turned into people."""
    names = people_introduced(view, lex, chosen)
    if not names:
        return cands
    texts = view.texts
    return [
        replace(c, label="PERSON")
        if c.label in _MISREAD and c.source == "ner" and tuple(texts[c.start : c.end]) in names
        else c
        for c in cands
    ]
