"""A figure an infinitive puts ahead: `the council is to construct 20 units`, `the commitment to invest AU$20
million`, `Universities to receive 90.5% of the funding`, `$4 billion to create 7,000 jobs`, `will allow 70 businesses
to employ` (GOLD.md § Facts: a plan, goal or pledge is a `target`)."""

from __future__ import annotations

from spacy.tokens import Token

from briefx.components.facts.clauses import FigureView, is_infinitive
from briefx.components.facts.cues import FactCues
from briefx.components.facts.kind import is_finite, own_clause_path, told_in_past

_OBJECT_DEPS = ("dobj", "dative")
_SIZING_DEPS = ("nummod", "compound", "amod", "quantmod")


def first_infinitive(view: FigureView, cues: FactCues) -> Token | None:
    """The first verb of the figure's own path, when it is a `to`-infinitive."""
    verb = next((t for t in own_clause_path(view, cues)[1:] if t.pos_ in ("VERB", "AUX")), None)
    return verb if verb is not None and is_infinitive(verb) else None


def is_to_be_done(verb: Token, cues: FactCues) -> bool:
    """`Housing New Zealand is to loan`, `Their intention is to build`, `are to be moved`: a present `be` that the
    infinitive completes right after it (only the infinitive's own `to` and `be` between) tells what is to be done."""
    head = verb.head
    return (verb.dep_ == "xcomp" and head.lower_ in cues.present_auxiliaries and head.i < verb.i
            and all(t.head.i == verb.i and t.dep_ in ("aux", "auxpass") for t in verb.doc[head.i + 1 : verb.i]))


def completes_intention(verb: Token, cues: FactCues) -> bool:
    """`the commitment to invest AU$20 million`, `readiness to match $1`: an infinitive that completes a noun of
    intention or undertaking."""
    return verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and verb.head.lower_ in cues.intention_nouns


def is_headline_infinitive(verb: Token) -> bool:
    """`- Universities to receive almost 90.5% of the funding`: an infinitive with no finite verb above it, the
    shorthand of headlines and list items for what is to happen."""
    return verb.dep_ == "ROOT"


def _money_tokens(view: FigureView) -> frozenset[int]:
    doc = view.span.doc
    if "figures" not in doc.spans:
        return frozenset()
    return frozenset(t.i for s in doc.spans["figures"] if s.label_ == "MONEY" and s != view.span for t in s)


def _is_or_takes_sum(token: Token, money: frozenset[int]) -> bool:
    """The token is a sum, or a verb whose object is a sum or a noun a sum sizes (`receives $200,000`)."""
    if token.i in money:
        return True
    objects = [c for c in token.children if c.dep_ in _OBJECT_DEPS]
    return token.pos_ in ("VERB", "AUX") and any(
        o.i in money or any(c.i in money and c.dep_ in _SIZING_DEPS for c in o.children) for o in objects)


def serves_sum(verb: Token, view: FigureView) -> bool:
    """`$4 billion to create more than 7,000 jobs`, `The Forum receives $200,000 to install 190 bins`: the figure is
    (or sizes) the object of an infinitive that says what a sum, or a verb given a sum, is for; what the money is to
    do lies ahead (not the sum itself, nor what a past grant was for: the caller checks the tense)."""
    if view.span.label_ == "MONEY":
        return False
    root = view.span.root
    noun = root.head if root.dep_ in _SIZING_DEPS and root.head.i >= view.span.end else root
    if noun.dep_ not in _OBJECT_DEPS or noun.head.i != verb.i:
        return False
    return _is_or_takes_sum(verb.head, _money_tokens(view))


def under_future_modal(view: FigureView, cues: FactCues) -> bool:
    """`will allow 70 businesses to employ graduates`, `will help the WFP scale up … to assist 2.2 million people`:
    a clause opened by a bare or `to` complement (no tense of its own) of a verb under `will` shares that future."""
    top = view.path[-1]
    if top.dep_ != "ccomp" or top.tag_ != "VB" or is_finite(top):
        return False
    return any(c.dep_ == "aux" and c.lower_ in cues.future_modals for c in top.head.children)


def planned_by_infinitive(view: FigureView, cues: FactCues) -> bool:
    """The figure is put ahead by an infinitive (see the module's docstring), in a clause told in no past tense."""
    start = view.span.start
    if told_in_past(view, cues) or (start > 0 and view.span.doc[start - 1].lower_ in cues.range_starts):
        return False  # `lift the number from 500 to 700`: the level a planned change starts from
    if under_future_modal(view, cues):
        return True
    verb = first_infinitive(view, cues)
    if verb is None:
        return False
    return (is_to_be_done(verb, cues) or completes_intention(verb, cues) or is_headline_infinitive(verb)
            or serves_sum(verb, view))
