"""What a figure measures: the first of an ordered tuple of rules that finds a noun.

Each rule is ``(view, cues) -> Token | None``; `find_measure` applies them in
order and turns the noun into the shortest noun phrase it heads. Container
nouns pass the measure on (``the number of trains`` → ``trains``); a pronoun
subject (``it grew by 9%``) is marked for the component to resolve from the
sentence before.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from briefx.components.facts.brackets import bracketed_item
from briefx.components.facts.cells import Bounds, cell_measure
from briefx.components.facts.clauses import NOUNS, FigureView, first_verb, prep_object, usable
from briefx.components.facts.cues import FactCues
from briefx.components.facts.purpose import goes_to_body, money_purpose, purpose_noun

_MODIFIER_DEPS = ("nummod", "compound", "amod", "nmod", "quantmod", "npadvmod")
_STOP_DEPS = frozenset(("det", "poss", "case", "predet", "nummod", "quantmod", "cc", "prep", "advmod", "punct"))
_VIA_PREPS = ("to", "by", "at", "from", "above", "below")


@dataclass(frozen=True)
class Measure:
    """Token bounds of a measure; `own` when the figure's parse gave it (not the fallback);
    `pronoun` when the clause names it only by a pronoun."""

    bounds: tuple[int, int] | None
    own: bool = True
    pronoun: bool = False


def noun_phrase(noun: Token, *, after: int = -1) -> tuple[int, int]:
    """Token bounds of the shortest noun phrase headed by `noun`: its compound and adjective
    modifiers, without determiners, possessors, numbers or anything at or before token `after`."""
    start = noun.i
    subtree = {t.i for t in noun.subtree}
    i = noun.i - 1
    while i > after and i in subtree:
        token = noun.doc[i]
        hyphen = token.text in ("-", "–", "/") and i - 1 in subtree
        if (token.dep_ in _STOP_DEPS and not hyphen) or token.like_num or token.pos_ == "NUM" or token.tag_ == "POS":
            break
        start = i
        i -= 1
    while start < noun.i and noun.doc[start].is_punct:
        start += 1
    return start, noun.i + 1


def _change_noun_measure(noun: Token, view: FigureView, cues: FactCues) -> Token | None:
    """`a pay rise` → pay; `an increase in exports` → exports; `a year-on-year increase` → none."""
    for child in noun.lefts:
        if child.i in view.inside:
            continue  # `a 300% increase`: the figure's own `%`
        if child.dep_ == "compound" and child.pos_ == "NOUN" and child.lower_ not in cues.time_nouns:
            return usable(child, view, cues)
    return usable(prep_object(noun, ("in", "of")), view, cues)


def modified_noun(view: FigureView, cues: FactCues) -> Token | None:
    """`50 electric buses`, `a 240 MW facility`: the noun after the figure that it modifies; when the parser
    hangs a count on a noun's compound (`eight K-12 school districts`, `two F-35 jets`), the noun the compound
    modifies."""
    root = view.span.root
    head = root.head
    if range_start(view, cues) and head.like_num and head.dep_ == "nummod" and head.head.i not in view.others:
        head = head.head  # `from 12 to 20 buses`: the parser hangs the first figure of a range on the second
    if root.dep_ == "nummod":
        head = compound_head(head)
    if root.dep_ in _MODIFIER_DEPS and head.pos_ in NOUNS and head.i >= view.span.end:
        return None if head.lower_ in cues.time_nouns else head  # `8% year on year` measures no year
    return None


def range_start(view: FigureView, cues: FactCues) -> bool:
    """`12 to 20 buses`, `44 to 66 pounds` (not `seven per 100,000 people`, a rate): the first end of a range."""
    doc, end = view.span.doc, view.span.end
    return view.span.root.dep_ == "quantmod" and end < len(doc) and doc[end].lower_ in cues.range_words


def compares_counted(token: Token, view: FigureView, cues: FactCues) -> bool:
    """`4,705 fewer young people on benefits`, `900 extra cases`: a comparative between a count and the noun it
    counts (a difference; not part of the measure)."""
    root = view.span.root
    return (view.span.label_ == "COUNT" and token.lower_ in cues.count_more | cues.count_fewer
            and root.dep_ == "nummod" and token.dep_ == "amod" and token.head.i == root.head.i
            and token.head.pos_ in NOUNS)


def compound_head(token: Token) -> Token:
    """The common noun a chain of compound modifiers ends in (`K-12` of `K-12 school districts` → districts; not
    the name of `President Sirisena`, nor past a plural word the parser took for a compound: `help 62 communities
    address homelessness`; a code the tagger takes for a plural, `K-12`, `F-35`, is a compound)."""
    while (token.dep_ == "compound" and (token.tag_ != "NNS" or not token.is_alpha) and token.head.i > token.i
           and token.head.pos_ == "NOUN"):
        token = token.head
    return token


def worth_owner(view: FigureView, cues: FactCues) -> Token | None:
    """`contracts worth $410 million`, `lithium worth $820 million`: what is worth the figure."""
    for token in view.path[1:4]:
        if token.lower_ in cues.value_adjectives and token.head.pos_ in NOUNS:
            return usable(token.head, view, cues)
    return None


def amount_of(view: FigureView, cues: FactCues) -> Token | None:
    """`$5 million in aid`, `2 million tonnes of grain`, `91% of EU exports`: what the figure is an amount of."""
    span = view.span
    words = ("of",) if span.label_ == "PERCENT" else cues.measure_preps
    preps = [child for token in span for child in token.rights if child.i >= span.end]
    after = span.end
    while after < len(span.doc) - 1 and span.doc[after].text in cues.layout_marks:
        after += 1  # `**$5.2 billion** in debt relief`: past the marks of bold type
    if after < len(span.doc):
        preps.append(span.doc[after])  # the parser may hang `in aid` on the verb
    for prep in preps:
        if prep.dep_ == "prep" and prep.lower_ in words:
            objects = [c for c in prep.children if c.dep_ == "pobj" and (c.pos_ == "NOUN" or _programme(c, cues))
                       and c.lower_ not in cues.time_nouns]  # `165 in the single day before` counts no day
            if objects and usable(objects[0], view, cues, share=True):
                return objects[0]
    return None


def _programme(token: Token, cues: FactCues) -> bool:
    """`$12 million for the Mid-sized Tourism Facilities Grants Fund`: a named programme is a measure."""
    return token.pos_ == "PROPN" and token.lower_ in cues.non_subject_heads


def of_owner(view: FigureView, cues: FactCues) -> Token | None:
    """`a combined installed capacity of 1,570 MW`: the noun whose `of`-phrase the figure is (for a rate
    frame, `at a pace of $40 billion`, what moves at that pace)."""
    root = view.span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ in NOUNS:
        owner = root.head.head
        if owner.lower_ in cues.portion_frames:  # `an operating budget in excess of $2.8 million` → budget
            holder = owner.head.head if owner.dep_ == "pobj" else None
            return usable(holder, view, cues) if holder is not None and holder.pos_ == "NOUN" else None
        if owner.lower_ in cues.rate_frames and not any(c.dep_ == "compound" for c in owner.children):
            return frame_holder(owner, view, cues)
        return usable(owner, view, cues, share=True)
    return None


def owner_of_amount(view: FigureView, cues: FactCues) -> Token | None:
    """`an overall investment of $333 million in cycling`, `a value of 681 million pounds in the books`, `a capital
    contribution of $25 million towards the school`, `grants of up to $5,500 for farmers`: the noun whose `of`-phrase
    the figure is names what it measures before an `in`-phrase after the figure (`amount_of`), or a phrase of what the
    sum is for or goes to (`money_purpose`), does; a container passes the measure on to that phrase (`a total of
    ¥21.5 billion in aid`), and so does a noun of an act on the amount (`the announcement of $1 billion in new
    assistance`); a change noun passes it to its own (`an increase of 5% in exports`)."""
    after = view.span.doc[view.span.end] if view.span.end < len(view.span.doc) else None
    if after is None or after.lower_ not in cues.owner_preps | cues.purpose_preps | cues.receiving_preps:
        return None
    owner = of_owner(view, cues)
    if owner is None or owner.i > view.span.start or owner.pos_ != "NOUN" or owner.ent_type_:
        return None  # `announcements from the Summit of $369 million in new commitments`: a name owns no amount
    word = owner.lower_
    if word in cues.container_nouns | cues.portion_frames | cues.goal_nouns | cues.act_nouns or cues.names_change(
            word, view.span.label_):
        return None  # `a share of $20 million in funding`: a part names what the phrase after the sum does
    return owner


def frame_holder(frame: Token, view: FigureView, cues: FactCues) -> Token | None:
    """`inflation at the rate of 2 percent` → inflation; `buying bonds at a pace of $40 billion a month` → bonds
    (the object before the frame, the last of a coordination); `families will be better off by an average
    of $75` → families (the verb's subject, when it takes no object)."""
    prep = frame.head
    if frame.dep_ != "pobj" or prep.dep_ not in ("prep", "agent"):
        return None
    holder = prep.head
    if holder.pos_ in NOUNS:
        return usable(holder, view, cues)
    if holder.pos_ not in ("VERB", "AUX"):
        return None
    objects = [c for c in holder.children if c.dep_ == "dobj" and c.pos_ in NOUNS and c.i < prep.i]
    objects += [conj for o in objects for conj in o.conjuncts if conj.i < prep.i and conj.pos_ in NOUNS]
    if objects:
        return usable(max(objects, key=lambda t: t.i), view, cues)
    subjects = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]
    return usable(subjects[0], view, cues) if subjects else None


def extreme_measure(frame: Token, view: FigureView, cues: FactCues) -> Measure:
    """`expenditure is predicted to reach a record of $82 billion`, `booming to an all-time high of $12.5 billion`: what
    reaches an extreme (`extreme_frames`), the frame's holder or its verb's subject; none when a name holds it."""
    holder = subject_of(frame.head, view) if frame.dep_ == "dobj" else frame_holder(frame, view, cues)
    if holder is None or holder.pos_ == "PRON":
        return Measure(None, own=holder is None, pronoun=holder is not None)
    return Measure(noun_phrase(holder))


def qualified_noun(view: FigureView, cues: FactCues) -> Token | None:
    """`12–15% less water`: the noun a figure's comparative qualifies."""
    head = view.span.root.head
    if head.lower_ in cues.change_adverbs and head.head.pos_ == "NOUN" and head.head.i > view.span.end - 1:
        return head.head
    return None


def verb_object(view: FigureView, cues: FactCues) -> Token | None:
    """`spend NOK 1.2 billion on a vessel`, `raise EU exports by 39%`, `put the cost at 12.4 billion`,
    `add €38 million to labour costs`, `the quota, set at 99,000 tonnes`: the thing the verb's figure is about."""
    verb = first_verb(view)
    if verb is None:
        return None
    via = view.path[1] if len(view.path) > 1 and view.path[1].dep_ == "prep" else None
    if view.span.label_ == "MONEY" and via is None:
        # `will invest $8 billion in the U.S.`, `spent $12.2 billion in New Zealand`: a place is where, not what
        found = purpose_noun(prep_object(verb, cues.money_verb_preps, after=view.span.end - 1), view, cues)
        if found is not None:
            return found
    if via is not None and via.lower_ in _VIA_PREPS:
        for child in moving_verb(verb, via, cues).children:
            if child.dep_ == "dobj" and child.pos_ == "NOUN" and usable(child, view, cues):
                return child
    if view.path[0].head.i == verb.i and verb.lower_ in cues.change_up | cues.change_down:
        found = usable(prep_object(verb, ("to",), after=view.span.end - 1), view, cues)
        if found is not None and found.ent_type_ == "":
            return found
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ == "NOUN" and not any(
            c.dep_.startswith("nsubj") for c in verb.children):
        return usable(verb.head, view, cues)
    return None


def moving_verb(verb: Token, via: Token, cues: FactCues) -> Token:
    """`took action to lower insulin copays to $35`, `set the penalty for violating the rules to $0`: the parser
    hangs `to`/`by` on another verb of the clause than the one that moves or sets the figure's thing; that verb
    is the nearest change or setting verb among the verb's infinitives before the preposition or its heads."""
    moving = cues.change_up | cues.change_down | cues.setting_verbs
    if verb.lower_ in moving:
        return verb
    below = [c for c in verb.children if c.dep_ == "xcomp" and c.i < via.i and c.lower_ in moving]
    if below:
        return below[-1]
    token = verb
    for _ in range(3):
        if token.head.i == token.i:
            break
        token = token.head
        if token.pos_ in ("VERB", "AUX") and token.lower_ in moving:
            return token
    return verb


def verb_subject(view: FigureView, cues: FactCues) -> Token | None:
    """`bilateral trade reached $2.44 billion`: the subject of the verb the figure hangs on
    (or of the verb that governs it, for `plans to spend`); a pronoun is returned as is."""
    verb = first_verb(view)
    changes = cues.change_up | cues.change_down if view.span.label_ == "PERCENT" else frozenset()
    if verb is not None and view.path[0].dep_ == "dobj" and verb.lower_ not in cues.level_verbs | changes:
        return None  # `the fund will raise $300 million`: the subject is an agent, not the measure
    return subject_of(verb, view)


def subject_of(verb: Token | None, view: FigureView) -> Token | None:
    """The subject of `verb`, or of the verb it is coordinated with or the complement of; a pronoun is returned as
    is, a name is none."""
    while verb is not None:
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i not in view.inside:
                if child.pos_ in ("NOUN", "PRON") or (child.pos_ == "PROPN" and not child.ent_type_):
                    return child  # a common noun the tagger took for a name (`Trade between …`) too
                return None
        verb = verb.head if verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i else None
    return None


def share_holder(view: FigureView, cues: FactCues) -> Token | None:
    """`exports make up 74 per cent of the turnover`, `capacity will average 70% of 2019 levels`, `spend was at 100%
    of pre-COVID levels`: a share that a verb of shares gives its subject measures that subject, its numerator, not
    the denominator after `of` (corpus/README.md § Facts); a relative pronoun's (`which account for 60 percent of beef
    exports`) keeps the denominator."""
    span = view.span
    if span.label_ != "PERCENT" or span.end >= len(span.doc) or span.doc[span.end].lower_ != "of":
        return None
    if span.root.dep_ not in ("dobj", "attr", "pobj") or len(view.path) < 2:
        return None
    verb = view.path[2] if span.root.dep_ == "pobj" and len(view.path) > 2 else view.path[1]
    if verb.pos_ not in ("VERB", "AUX") or verb.lower_ not in cues.share_verbs:
        return None
    found = subject_of(verb, view)
    return found if found is not None and found.pos_ == "NOUN" else None


def purpose_of_money(view: FigureView, cues: FactCues) -> Token | None:
    """`money_purpose` as a measure rule: a sum's purpose, given the noun that names it (`modified_noun`, `amount_of`,
    `owner_of_amount`) and whether a noun is worth it (`worth_owner`)."""
    if view.span.label_ != "MONEY":
        return None
    named = modified_noun(view, cues) or amount_of(view, cues) or owner_of_amount(view, cues)
    return money_purpose(view, cues, named=named, receives=worth_owner(view, cues) is None)


MeasureRule = Callable[[FigureView, FactCues], Token | None]
RULES: tuple[MeasureRule, ...] = (
    bracketed_item, share_holder, purpose_of_money, modified_noun, worth_owner, owner_of_amount, amount_of, of_owner,
    qualified_noun, verb_object, verb_subject,
)


def pass_container(noun: Token, cues: FactCues) -> Token:
    """`the number of trains` → trains; `$33 billion worth of goods` → goods; a part of a whole, `the majority of
    teaching spaces` → teaching spaces."""
    if noun.lower_ in cues.container_nouns | cues.portion_nouns:
        inner = prep_object(noun, ("of",))
        if inner is not None:
            return inner
    return noun


def nearest_noun_chunk(span, chunks) -> tuple[int, int] | None:
    """The nearest noun phrase before the figure in its sentence, from the document's noun `chunks`
    (the baseline's measure, and the fallback)."""
    best = None
    start = span.sent.start
    for chunk in chunks:
        if start <= chunk.start and chunk.end <= span.start and chunk.root.pos_ not in ("PRON", "DET"):
            best = chunk
    if best is None:
        return None
    start = best.start
    while start < best.end - 1 and best.doc[start].dep_ in ("det", "poss", "case"):
        start += 1
    return start, best.end


def find_measure(view: FigureView, cues: FactCues, table: tuple[Bounds | None, int] | None) -> Measure:
    """The figure's measure: a table cell's row or caption (`table`: `cells.table_cell`); else by the first
    rule that finds a noun, else the nearest noun phrase (not own)."""
    cell, is_caption = cell_measure(view, table, cues)
    if cell is not None:
        root = view.span.doc[cell[0] : cell[1]].root
        # `Funding amounts by RTO` → `Funding amounts`; a row's line is its own measure (`Paraplegic lift and toilets`)
        return Measure(noun_phrase(root, after=cell[0] - 1) if is_caption and root.pos_ == "NOUN" else cell)
    for rule in RULES:
        noun = rule(view, cues)
        if noun is None or not any(ch.isalnum() for ch in noun.text):
            continue  # `**$2.8 billion** in new debt relief`: the tagger takes a mark of bold type for a noun
        if noun.lower_ in cues.extreme_frames:
            return extreme_measure(noun, view, cues)
        if noun.pos_ == "PRON":
            return Measure(None, own=False, pronoun=True)
        if cues.names_change(noun.lower_, view.span.label_):
            inner = _change_noun_measure(noun, view, cues)
            if inner is None:
                return Measure(None, own=False)
            noun = inner
        if noun.lower_ in cues.goal_nouns and noun.i < view.span.start:
            return Measure(None, own=False, pronoun=True)  # `set a target of US$4 billion`, not `one of the goals`
        noun = pass_container(noun, cues)
        if noun.lower_ in cues.container_nouns and prep_object(noun, ("of",)) is None and noun.dep_ == "nsubj":
            return Measure(None, own=False, pronoun=True)  # `The figure is 63% higher`
        after = view.span.end - 1 if noun.i >= view.span.end else -1
        if after >= 0 and compares_counted(view.span.doc[view.span.end], view, cues):
            after += 1  # `4,705 fewer young people` → young people
        return Measure(noun_phrase(noun, after=after))
    if view.span.label_ == "MONEY" and (view.span.root.dep_ == "dobj" or goes_to_body(view, cues)):
        return Measure(None, own=True)  # `will provide $4.5 million`, `$50,000 for the Rural Support Network`
    chunk = nearest_noun_chunk(view.span, view.chunks)
    if chunk is not None and view.span.doc[chunk[1] - 1].lower_ in cues.extreme_frames:
        return extreme_measure(view.span.doc[chunk[1] - 1], view, cues)  # `spending a record $2.9 billion`
    return Measure(chunk, own=False)
