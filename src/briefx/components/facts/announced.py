"""A count of the things an announcement names (`announced 21 awards`) counts them as they are (GOLD.md § Facts)."""

from __future__ import annotations

from spacy.tokens import Token

from briefx.components.facts.clauses import FigureView
from briefx.components.facts.cues import FactCues

_COUNTED_DEPS = ("nummod", "quantmod", "compound")
_MODAL_TAGS = ("MD",)


def counts_announced(view: FigureView, cues: FactCues) -> bool:
    """`the Minister today announced three appointments to the board`, `Four new appointments and two
    reappointments have been announced`, `I am pleased to announce the appointment of two Secretaries`, `is
    announcing six new actions`: a count of what an announcing verb takes as its object (or as the subject of
    its passive), or of what an act of `announced_acts` there makes, counts things the announcement brings into
    being: a level, not a plan (corpus/README.md: announced allocations are targets, but a count of appointments,
    awards or actions is no allocation). A sum (`announced $25 million`) and a count inside another phrase
    (`announced grants to 15 schools`, `the donation of two million doses`) are not such counts; nor is an
    announcement still ahead (`will announce four appointments`)."""
    if view.span.label_ != "COUNT":
        return False
    noun = _counted(view.span.root, cues)
    verb = noun.head
    return (noun.dep_ in ("dobj", "nsubjpass") and verb.lower_ in cues.announcing_verbs
            and not _ahead(verb))


def _counted(root: Token, cues: FactCues) -> Token:
    """The noun a count counts, up through conjuncts (`four appointments and two reappointments`) and the act whose
    `of`-phrase it is (`the appointment of two Secretaries`); the count itself when it stands alone."""
    noun = root.head if root.dep_ in _COUNTED_DEPS and root.head.i > root.i else root
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ == "NOUN":
        return prep.head if prep.head.lower_ in cues.announced_acts else noun
    return noun


def _ahead(verb: Token) -> bool:
    """`will announce`, `plans to announce`: a modal on the verb, or on the verb its infinitive completes."""
    heads = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    return any(c.tag_ in _MODAL_TAGS for h in heads for c in h.children)
