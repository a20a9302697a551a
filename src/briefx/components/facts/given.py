"""A sum given in the present progressive passive (`A further $770,000 is being invested in our regions`, `$3 million
from the waste levy is being distributed across 73 councils`, `The review is being funded by an allocation of
$150,000`): the release announces it as it hands it out, an allocation (corpus/README.md: announced allocations are
targets), as the active `is investing $14.9 million` is (`kind.gives_now`)."""

from __future__ import annotations

from spacy.tokens import Token

from briefx.components.facts.clauses import FigureView
from briefx.components.facts.cues import FactCues
from briefx.components.facts.kind import sized_head


def _giving_verb(noun: Token) -> Token | None:
    """The verb whose passive subject the noun is, or whose agent (`by`) phrase holds it, directly or as the
    `of`-phrase of the subject's or agent's noun (`A total of $1.2 million is being allocated`, `funded by a Budget
    allocation of $150,000`)."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # `A total of $1.2 million`, `an allocation of $150,000`
    if noun.dep_ == "nsubjpass":
        return noun.head
    by = noun.head
    return by.head if noun.dep_ == "pobj" and by.dep_ == "agent" else None


def given_in_progress(view: FigureView, cues: FactCues) -> bool:
    """The sum (or the noun it sizes) is the subject, or in the agent, of a verb of giving_passives in the present
    progressive passive (`is being`/`are being` + participle)."""
    if view.span.label_ != "MONEY":
        return False
    noun = sized_head(view)
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    verb = _giving_verb(noun)
    if verb is None or verb.lower_ not in cues.giving_passives:
        return False
    children = list(verb.children)
    return (any(c.dep_ == "auxpass" and c.lower_ == "being" for c in children)
            and any(c.dep_ == "aux" and c.lower_ in cues.present_auxiliaries for c in children))
