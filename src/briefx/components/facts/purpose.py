"""What a sum of money is for: the `for`-phrase, `to`-infinitive or `to`-phrase that says what a sum named by no
noun, or only by a word for money, measures (`$40 million over four years to develop research institutes` →
institutes); and whether a body money is for is its receiver (a subject), not its purpose."""

from __future__ import annotations

from spacy.tokens import Token

from briefx.components.facts.clauses import FigureView, first_verb, is_infinitive, prep_object, usable
from briefx.components.facts.cues import FactCues

_NOT_PURPOSE_ENTS = ("GPE", "LOC", "NORP", "PERSON")


def is_receiver(token: Token, cues: FactCues) -> bool:
    """`$90,600 for the Seed and Grain Response Group`, `$2 billion for the Bureau of Alcohol, …`: a body money is
    for, named by a body's head word, is whom it goes to, a subject (corpus/README.md § Facts: the giver and the
    receiver of money are), not what it is for; a programme (`for the Tourism Facilities Grants Fund`), a trail or a
    class of bodies (`for the 31 Regional Tourism Organisations`) is what it is for."""
    word = token.lower_
    return token.ent_type_ == "ORG" and word in cues.body_heads and word not in cues.non_subject_heads


def purpose_noun(token: Token | None, view: FigureView, cues: FactCues) -> Token | None:
    """A noun or a name of a thing (not a place, people, person or receiving body) that money can be for."""
    if token is None or token.lower_ in cues.time_nouns or is_receiver(token, cues):
        return None
    if token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.ent_type_ not in _NOT_PURPOSE_ENTS):
        return usable(token, view, cues)
    return None


def _infinitive_object(verb: Token, view: FigureView, cues: FactCues) -> Token | None:
    """`to develop research institutes` → institutes; `to tackle eliminating bovine TB` → TB; `to design and build a
    glass-sorting facility` → facility (the object the coordinated verbs share)."""
    for _ in range(3):
        found = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if found is not None:
            return purpose_noun(found, view, cues)
        verb = next((c for c in verb.children if c.dep_ in ("xcomp", "conj")), None)
        if verb is None:
            return None
    return None


def _purpose_of(token: Token, view: FigureView, cues: FactCues) -> Token | None:
    """What a `for`-phrase, a `to`-infinitive or a `to`-phrase of a common noun (`$1 million to humanitarian demining
    efforts`; not a name: `to the Red Cross` is a receiver) says the money is for."""
    if token.lower_ in cues.purpose_preps | cues.receiving_preps:
        found = next((c for c in token.children if c.dep_ == "pobj"), None)
        gerund = next((c for c in token.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
        if found is None and gerund is not None and token.lower_ in cues.purpose_preps:
            return _infinitive_object(gerund, view, cues)  # `$100,000 for building business resilience activities`
        if token.lower_ not in cues.purpose_preps and (found is None or found.pos_ != "NOUN" or found.ent_type_):
            return None
        return purpose_noun(found, view, cues)
    return _infinitive_object(token, view, cues)


def gives_to_do(verb: Token, view: FigureView, cues: FactCues) -> bool:
    """`The Commonwealth will provide $345 million to upgrade regional road infrastructure`, `has announced $538.8
    million to help researchers`: a giving verb whose bare direct object is the sum names what the sum is for by its
    own infinitive's object; not when another figure counts that object (`will provide $4.5 million to train 300
    analysts`: the written gold gives that sum no measure, the analysts are the 300's), nor when the sum goes to a
    body (`includes $1.5 billion for the Bureau … to expand its capacity`: why the body gets it)."""
    if verb.lower_ not in cues.giving_verbs or view.span.root.dep_ != "dobj" or view.span.root.head.i != verb.i \
            or goes_to_body(view, cues) or goes_to_body(view, cues, verb):
        return False
    infinitive = next((c for c in verb.children if c.i >= view.span.end and is_infinitive(c)), None)
    found = None if infinitive is None else _infinitive_object(infinitive, view, cues)
    return found is not None and not any(c.dep_ == "nummod" and c.i in view.others for c in found.children)


def _money_group(view: FigureView) -> list[Token]:
    """The figure's root with the figures coordinated with it (`$12 million for X and $25 million for Y`:
    the parser hangs both `for`-phrases on the first)."""
    root = view.span.root
    group = [root, *(c for c in root.children if c.dep_ == "conj")]
    if root.dep_ == "conj":
        group.append(root.head)
    return group


def fragment_root(view: FigureView, cues: FactCues) -> Token | None:
    """`• $25,500 to X Club to upgrade its entry`, `- X Council - $17,000 to develop skills`, `- $1.2 billion over five
    years to launch a new Fund`: the root of a list item with no finite verb (a bullet mark, a name, a noun or an
    infinitive) that the parser hangs the sum on stands for the sum: its phrases say what the sum is for."""
    root = view.span.sent.root
    if root.i in view.inside or view.span.root.head.i != root.i:
        return None
    if root.text in cues.bullet_marks or root.pos_ not in ("VERB", "AUX") or is_infinitive(root):
        return root
    return None


def goes_to_body(view: FigureView, cues: FactCues, holder: Token | None = None) -> bool:
    """`- $30,000 for Rural Support Trusts.`: a sum whose `for`-phrase (on the sum, or on `holder`, the root of its
    list item) names its receiver (`is_receiver`)."""
    found = prep_object(holder or view.span.root, cues.purpose_preps, after=view.span.end - 1)
    return found is not None and is_receiver(found, cues)


def money_purpose(view: FigureView, cues: FactCues, *, named: Token | None, receives: bool) -> Token | None:
    """`$94.4 million of new funding … for regional initiatives`, `$40 million over four years to develop
    research institutes`: a sum named by no noun (after it, or before it with the sum as its `of`-phrase:
    `owner_of_amount`), or only by a word for money, measures what it is for:
    the first `for`-phrase or `to`-infinitive after it on the sum, its money noun or its verb (one before
    the next figure first). `named`: the noun that names the sum, if any; `receives`: no noun is worth the sum
    (`worth_owner`)."""
    span = view.span
    if named is not None and (named.lower_ not in cues.money_nouns or names_sum(named, view, cues)):
        return None
    anchors = []
    for member in _money_group(view):
        anchors.append(member)
        anchors.extend(c.head if c.dep_ == "pobj" else c for c in (member.head, *member.children)
                       if c.lower_ in cues.money_nouns)
        anchors.extend(p for c in member.children if c.dep_ == "prep" for p in c.children
                       if p.dep_ == "pobj" and p.lower_ in cues.money_nouns)
    verb = first_verb(view)
    if verb is not None and span.root.head.i == verb.i:
        anchors.append(verb)
        if span.root.dep_ == "dep" and is_infinitive(verb) and _infinitive_object(verb, view, cues) is not None:
            return _infinitive_object(verb, view, cues)
    seen, takers = {a.i for a in anchors}, {m.i for m in _money_group(view)}
    # a verb of receiving or allocating the sum's own infinitive says what it is for (`The Trust receives $200,000 to
    # install 190 recycling bins`); a giving verb's only for a bare sum (`gives_to_do`)
    if verb is not None and verb.i in seen and (verb.lower_ in cues.purpose_verbs
                                                or (named is None and gives_to_do(verb, view, cues))):
        takers.add(verb.i)
    found = _first_purpose(view, cues, seen, takers, receives=receives)
    fragment = fragment_root(view, cues)
    if found is not None or fragment is None or goes_to_body(view, cues, fragment):
        return found  # `• $14.5 million for the X Organization to provide shelter`: why the body gets it, not what
    # only when the sum's own words say nothing: its list item's root stands for it
    if fragment.i >= view.span.end and is_infinitive(fragment):
        return _infinitive_object(fragment, view, cues)  # `- $1.2 billion over five years to launch a new Fund`
    return _first_purpose(view, cues, seen | {fragment.i}, takers | {fragment.i}, receives=receives)


def _first_purpose(view: FigureView, cues: FactCues, seen: set[int], takers: set[int], *,
                   receives: bool) -> Token | None:
    """The first `for`-phrase, `to`-phrase or `to`-infinitive after the sum on a token of `seen` (an infinitive only
    on one of `takers`) that says what the sum is for; one before the next figure first."""
    span = view.span
    steps = sorted((c for c in span.doc[span.sent.start : span.sent.end] if c.head.i in seen and c.i >= span.end
                    and ((c.lower_ in cues.purpose_preps and c.dep_ in ("prep", "dative"))
                         # `221 grants totalling $120.4 million to projects`: a sum that is what a noun is worth
                         # measures that noun; its `to`-phrase says where the noun goes
                         or (receives and c.lower_ in cues.receiving_preps and c.dep_ in ("prep", "dative")
                             and c.head.lower_ not in cues.money_nouns)  # `$635 million in funding to X`: funding
                         or (c.head.i in takers and is_infinitive(c)))),
                   key=lambda c: c.i)
    following = [i for i in view.others if i >= span.end]
    if following:
        steps.sort(key=lambda c: c.i > min(following))  # stable: before the next figure first
    return next((found for c in steps if (found := _purpose_of(c, view, cues)) is not None), None)


def names_sum(noun: Token, view: FigureView, cues: FactCues) -> bool:
    """`$800 million in increased funding for X`, `$8 million in Emergency Relief funds for use by Y`: a money noun
    with its own modifier, in a phrase right after the sum (`naming_preps`), names the sum, not the purpose after
    it; a bare `in funding for X`, a spend (`$115 million in capital expenditure for regional roading`: what it is
    spent on) and an `of`-phrase (`$8 million of operating funding for X`) do not."""
    end = view.span.end
    prep = noun.head
    return (prep.i == end and prep.lower_ in cues.naming_preps and noun.dep_ == "pobj"
            and noun.lower_ not in cues.spend_nouns
            and any(c.dep_ in ("amod", "compound") and c.i > end for c in noun.lefts))
