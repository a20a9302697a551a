"""Web addresses the model reads as organisations: a government's website ("Invest.gov enables
Americans …", "summary sheets at taxpolicy.ird.govt.nz"), an address given as where something is
found or sold ("hearing aids on CVS.com, Walmart.com and SamsClub.com"). corpus/README.md gives URLs
no span; an outlet named by its address and quoted or cited stays an organisation ("told
UOL.com.br", "a News.com.au report"). Seen on unseen White House fact sheets and New Zealand
releases. A document-level repair after the choice."""

from __future__ import annotations

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon
from briefx.components.entities.organisations import SITE_NAME


def _address(view: DocView, cand: Candidate) -> bool:
    text = view.texts[cand.start]
    return len(cand) == 1 and SITE_NAME.match(text) is not None


def website_addresses(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """`chosen` without the ORG web addresses that name a website rather than an outlet (see the
    module docstring); an address listed after one ("on Walmart.com, SamsClub.com") goes with it."""
    out: list[Candidate] = []
    dropped_end = -1
    for cand in chosen:
        if cand.label == "ORG" and _address(view, cand):
            text, before = view.texts[cand.start], view.texts[cand.start - 1] if cand.start else ""
            listed = before in lex.list_joins and cand.start - 2 <= dropped_end <= cand.start
            if text.endswith(lex.government_site_suffixes) or before in lex.site_place_words or listed:
                dropped_end = cand.end
                continue
        out.append(cand)
    return out
