"""Funds the document names as pots of money ("a round of the Waste Minimisation Fund", "contributions to Mayoral
Relief Funds", "replenish the Crime Victims Fund"): a programme's money, no span at any of their mentions
(corpus/README.md: a fund is ORG only when it acts as a body, "the Provincial Growth Fund (PGF) will invest").
Read by `not_names`."""

from __future__ import annotations

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon
from briefx.components.entities.wraps import is_break

_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


def _before_name(view: DocView, lex: Lexicon, start: int) -> int | None:
    """The token before a name, over "the" or "their", a year, line breaks and a short form in brackets ("from
    the 2014 Youth … Fund", "contribution to their Mayoral Relief Fund", "the Rescue Plan’s (ARP) … Fund")."""
    texts, i = view.texts, start - 1
    while i >= 0:
        if is_break(texts[i]) or texts[i].lower() in lex.pot_determiners or texts[i].isdigit():
            i -= 1
        elif texts[i] == ")" and i >= 2 and texts[i - 2] == "(":
            i -= 3
        else:
            break
    return i if i >= 0 else None


def _numbered_round(texts: list[str], lex: Lexicon, i: int) -> bool:
    """ "Round Two of the … Fund", "the second tranche of the … Fund": money paid out in rounds."""
    return texts[i] == "of" and any(texts[k].lower() in lex.pot_rounds for k in range(max(0, i - 3), i))


def _pot_context(view: DocView, lex: Lexicon, start: int, end: int) -> bool | None:
    """True where the text names money coming from or going through the fund ("round of the", "funded by
    the", "the Government's", "… Fund recipients"), False where a body other than a government owns it
    ("the United Nations' Ukraine Humanitarian Fund"), else None."""
    texts = view.texts
    i = _before_name(view, lex, start)
    if i is not None and texts[i] in _POSSESSIVES:
        # a government's or a plan's fund ("the American Rescue Plan’s … Fund"), not another body's
        return i > 0 and (texts[i - 1] in lex.government_heads or texts[i - 1] in lex.no_span_heads)
    if i is not None:
        pair = f"{texts[i - 1].lower()} {texts[i]}" if i > 0 else ""
        if texts[i] in lex.pot_cues or pair in lex.pot_cues or _numbered_round(texts, lex, i):
            return True
    return None if end >= len(texts) or texts[end] not in lex.pot_followers else True


def _acts(view: DocView, lex: Lexicon, end: int) -> bool:
    """The fund is the subject of a body's verb: "the Provincial Growth Fund (PGF) will invest"."""
    texts = view.texts
    if end + 2 < len(texts) and texts[end] == "(" and texts[end + 2] == ")":
        end += 3  # over its short form
    words = texts[end : end + 2]
    return bool(words) and (words[0] in lex.pot_body_verbs or " ".join(words) in lex.pot_body_verbs)


def _body_fund(lex: Lexicon, name: str) -> bool:
    """A fund its first word shows to be a body's: a place's or a people's ("African Development Fund"), an
    initialism's ("OPEC Fund"), an international body's word ("International Monetary Fund"); or a known one."""
    first = name.split()[0]
    initialism = first.isalpha() and first.isupper()
    return initialism or first in lex.pot_body_openers or lex.place_or_town(first) or name in lex.organisation_names


def pots_of_money(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> set[str]:
    """The names of funds the document uses as pots of money (``pot_cues``; corpus/README.md: a fund is ORG when
    it acts as a body): all their mentions, their words before "Fund" ("Waste Minimisation Funding") and, when
    every fund of the document is a pot, "the Fund" alone."""
    texts = view.texts
    funds: dict[str, list[bool | None]] = {}
    acting: set[str] = set()
    short_cue = False
    for cand in chosen:
        if cand.label != "ORG" or texts[cand.end - 1] not in lex.pot_heads:
            continue
        context = _pot_context(view, lex, cand.start, cand.end)
        if len(cand) == 1:
            short_cue = short_cue or bool(context)
            continue
        name = " ".join(texts[cand.start : cand.end])
        funds.setdefault(name, []).append(context)
        if _acts(view, lex, cand.end):
            acting.add(name)
    pots = {
        name
        for name, contexts in funds.items()
        if name not in acting
        and False not in contexts
        and (True in contexts or short_cue)
        and not _body_fund(lex, name)
    }
    out = pots | {name.rsplit(" ", 1)[0] for name in pots}
    if pots and pots == set(funds):
        out |= lex.pot_heads
    return out
