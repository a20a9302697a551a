"""briefx_facts: tie every figure to what it measures, whose it is, when, and how it moved.

For each span in ``doc.spans["figures"]`` the component reads the parse of the
figure's clause (GOLD.md § Facts) and sets ``span._.fact`` to a plain dict of
character offsets (plain data, so it survives pickling)::

    {"measure": [start, end] | None, "subjects": [[start, end], ...],
     "period": [start, end] | None, "kind": "level" | "change" | "target",
     "direction": "up" | "down" | None, "changes": [start, end] | None}

``changes`` is the figure a change figure changes, when the same clause gives
both (``$2.44 billion, an increase of 21.9%``). Cue words are data
(``models/lexicons/facts.json``). The measure is found by the first rule that
applies, in order: the noun the figure counts or modifies (``50 electric
buses``, ``a 240 MW facility``), the noun after ``in``/``of`` that a money or
quantity figure is of (``$5 million in aid``), the noun whose ``of``-phrase the
figure is (``a capacity of 1,570 MW``), the subject of the clause's verb
(``trade reached $2.44 billion``), and, last, the nearest noun phrase before the
figure. Container nouns pass it on (``the number of trains`` → ``trains``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from briefx.components.attributes import register_attributes
from briefx.resources import load_json
from briefx.schema import ENTITY_LABELS

_CLAUSE_DEPS = ("ROOT", "conj", "ccomp", "parataxis")
_NOUNS = ("NOUN", "PROPN")
_MODIFIER_DEPS = ("nummod", "compound", "amod", "nmod", "quantmod", "npadvmod", "appos")
_MEASURE_STOP_DEPS = frozenset(("det", "poss", "case", "predet", "nummod", "quantmod", "cc", "prep", "advmod", "punct"))
_PRONOUNS = ("PRON", "DET")
GoldFactDict = dict[str, Any]
_CUE_CHILD_DEPS = ("advmod", "amod", "npadvmod", "compound", "quantmod")


@dataclass(frozen=True)
class FactCues:
    """The cue words of `facts.json`, as sets."""

    change_up: frozenset[str]
    change_down: frozenset[str]
    noun_up: frozenset[str]
    noun_down: frozenset[str]
    adverb_up: frozenset[str]
    adverb_down: frozenset[str]
    level_preps: frozenset[str]
    change_preps: frozenset[str]
    target_words: frozenset[str]
    target_needs_infinitive: frozenset[str]
    container_nouns: frozenset[str]
    measure_preps: frozenset[str]
    base_words: frozenset[str]
    source_words: frozenset[str]
    clause_marks: frozenset[str]

    @classmethod
    def load(cls, name: str) -> FactCues:
        data = load_json("lexicons", name)
        return cls(
            change_up=frozenset(data["change_verbs"]["up"]),
            change_down=frozenset(data["change_verbs"]["down"]),
            noun_up=frozenset(data["change_nouns"]["up"]),
            noun_down=frozenset(data["change_nouns"]["down"]),
            adverb_up=frozenset(data["change_adverbs"]["up"]),
            adverb_down=frozenset(data["change_adverbs"]["down"]),
            **{key: frozenset(data[key]) for key in (
                "level_preps", "change_preps", "target_words", "target_needs_infinitive",
                "container_nouns", "measure_preps", "base_words", "source_words", "clause_marks")},
        )


@dataclass
class FigureView:
    """What the rules need of one figure: the span, its clause's tokens and its path up to the clause head."""

    span: Span
    clause_head: Token
    clause: frozenset[int]
    path: tuple[Token, ...]  # the figure's root, then its heads up to the clause head

    @property
    def inside(self) -> range:
        return range(self.span.start, self.span.end)


# --- clauses -----------------------------------------------------------------------------


def _opens_clause(token: Token, cues: FactCues) -> bool:
    if token.dep_ in _CLAUSE_DEPS and (token.dep_ != "conj" or token.pos_ in ("VERB", "AUX")):
        return True
    if token.dep_ == "advcl":
        # a participle or a subordinated clause is a clause of its own; a purpose infinitive is not
        return token.tag_ == "VBG" or any(c.dep_ == "mark" and c.lower_ in cues.clause_marks for c in token.children)
    return False


def clause_of(token: Token, cues: FactCues) -> tuple[Token, frozenset[int], tuple[Token, ...]]:
    """The head of the token's clause, the clause's token indices and the path from the token to the head."""
    path = [token]
    head = token
    while not _opens_clause(head, cues) and head.head is not head:
        head = head.head
        path.append(head)
    nested = [t for t in head.subtree if t is not head and _opens_clause(t, cues) and t not in path]
    excluded = {i.i for t in nested for i in t.subtree}
    members = {t.i for t in head.subtree} - excluded
    if head.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in head.children):
        # a coordinated verb shares its first verb's subject
        members |= {t.i for c in head.head.children if c.dep_.startswith("nsubj") for t in c.subtree}
    return head, frozenset(members), tuple(path)


# --- measure -----------------------------------------------------------------------------


def noun_phrase(noun: Token, *, after: int = -1) -> tuple[int, int]:
    """Token bounds of the shortest noun phrase headed by `noun`: its compound and adjective
    modifiers, without determiners, possessors, numbers or anything at or before token `after`."""
    start = noun.i
    subtree = {t.i for t in noun.subtree}
    i = noun.i - 1
    while i > after and i in subtree:
        token = noun.doc[i]
        hyphen = token.text in ("-", "–") and i - 1 in subtree
        if (token.dep_ in _MEASURE_STOP_DEPS and not hyphen) or token.like_num or token.pos_ == "NUM":
            break
        if token.dep_ == "case" or token.tag_ == "POS":
            break
        start = i
        i -= 1
    while start < noun.i and noun.doc[start].is_punct:
        start += 1
    return start, noun.i + 1


def _of_phrase(noun: Token, word: str = "of") -> Token | None:
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ == word:
            objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ in _NOUNS]
            if objects:
                return objects[0]
    return None


def _pass_container(noun: Token, cues: FactCues) -> Token:
    if noun.lower_ in cues.container_nouns:
        inner = _of_phrase(noun)
        if inner is not None:
            return inner
    return noun


def _is_change_noun(token: Token, cues: FactCues) -> bool:
    return token.pos_ == "NOUN" and token.lower_ in cues.noun_up | cues.noun_down


def modified_noun(view: FigureView) -> Token | None:
    """`50 electric buses`, `a 240 MW facility`: the noun after the figure that it modifies."""
    root = view.span.root
    head = root.head
    if root.dep_ in _MODIFIER_DEPS and head.pos_ in _NOUNS and head.i >= view.span.end:
        return head
    return None


def prep_object(view: FigureView, cues: FactCues) -> Token | None:
    """`$5 million in aid`, `2 million tonnes of grain`: the noun the figure is an amount of."""
    if view.span.label_ == "PERCENT":
        return None
    doc = view.span.doc
    preps = [child for token in (view.span.root, *view.span) for child in token.rights if child.i >= view.span.end]
    if view.span.end < len(doc):
        preps.append(doc[view.span.end])  # the parser may hang `in aid` on the verb
    for prep in preps:
        if prep.dep_ == "prep" and prep.lower_ in cues.measure_preps:
            objects = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
            if objects:
                return objects[0]
    return None


def of_owner(view: FigureView) -> Token | None:
    """`a combined installed capacity of 1,570 MW`: the noun whose `of`-phrase the figure is."""
    root = view.span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ in _NOUNS:
        return root.head.head
    return None


def verb_subject(view: FigureView) -> Token | None:
    """`bilateral trade reached $2.44 billion`: the subject of the verb the figure hangs on."""
    verb = next((t for t in view.path[1:] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ == "NOUN" and child.i not in view.inside:
            return child
    return None


def nearest_noun_chunk(span: Span) -> tuple[int, int] | None:
    """The baseline's measure: the nearest noun phrase before the figure in its sentence."""
    best = None
    for chunk in span.sent.noun_chunks:
        if chunk.end <= span.start and chunk.root.pos_ not in _PRONOUNS:
            best = chunk
    if best is None:
        return None
    start = best.start
    while start < best.end - 1 and best.doc[start].dep_ in ("det", "poss", "case"):
        start += 1
    return start, best.end


# --- kind and direction -------------------------------------------------------------------


def _direction(word: str, up: frozenset[str], down: frozenset[str]) -> str | None:
    return "up" if word in up else "down" if word in down else None


def change_direction(view: FigureView, cues: FactCues) -> tuple[bool, str | None]:
    """Whether the figure is a change, and its direction: `a 34% increase`, `an increase of 5%`,
    `up 21.9%`, `50% more`, `rose 12%`, `fell by $3 million` (but not `rose to $3 billion`)."""
    root = view.span.root
    doc = root.doc
    near = (root.head, *(c for c in root.children if c.dep_ in _CUE_CHILD_DEPS))
    for token in near:
        if token.i in view.inside or (token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "than"
                                      and token.i < view.span.start):
            continue  # `more than 57,000` qualifies the figure, it is no change
        if _is_change_noun(token, cues):
            return True, _direction(token.lower_, cues.noun_up, cues.noun_down)
        if token.lower_ in cues.adverb_up | cues.adverb_down and token.pos_ in ("ADV", "ADJ", "ADP"):
            return True, _direction(token.lower_, cues.adverb_up, cues.adverb_down)
    owner = of_owner(view)
    if owner is not None and _is_change_noun(owner, cues):
        return True, _direction(owner.lower_, cues.noun_up, cues.noun_down)
    for token in view.path[1:]:
        if token.dep_ == "prep" or token.pos_ == "ADP":
            if token.lower_ in cues.level_preps:
                return False, None
            continue
        if token.pos_ in ("VERB", "AUX"):
            direction = _direction(token.lower_, cues.change_up, cues.change_down)
            return direction is not None, direction
    return False, None


def _infinitive_child(token: Token) -> bool:
    return any(c.dep_ == "xcomp" or (c.dep_ == "aux" and c.lower_ == "to") for c in token.children)


def is_target(view: FigureView, cues: FactCues) -> bool:
    """A plan, goal, forecast or pledge: `plans to produce`, `is expected to`, `will`,
    `a plant planned for …`, `is scheduled to be commissioned`."""
    words: list[Token] = []
    for token in view.path:
        words.append(token)
        words.extend(c for c in token.children if c.dep_ in ("aux", "auxpass", "acl", "relcl", "amod", "xcomp"))
        if token.dep_ == "xcomp":
            words.append(token.head)
    for token in words:
        if token.i in view.inside:
            continue
        word = token.lower_
        if word not in cues.target_words:
            continue
        if word in cues.target_needs_infinitive and not _infinitive_child(token):
            continue
        return True
    return False


# --- period and subjects ---------------------------------------------------------------


def _under_word(span: Span, words: frozenset[str], stop: int) -> bool:
    """Whether a word of `words` governs the span within `stop` steps up the tree."""
    token = span.root
    for _ in range(stop):
        if token.head is token:
            return False
        token = token.head
        if token.lower_ in words:
            return True
    return False


def choose_period(view: FigureView, dates: Iterable[Span], cues: FactCues) -> Span | None:
    """The DATE in the figure's clause nearest to it, leaving out a comparison base
    (`compared to the previous year`, `than in the same period last year`)."""
    sentence = view.span.sent
    in_sentence = [d for d in dates if sentence.start <= d.start < sentence.end]
    candidates = [d for d in in_sentence if d.root.i in view.clause and not _under_word(d, cues.base_words, 4)]
    if not candidates:
        # a fronted date the parser left outside every verb's clause (`From January to October, …`)
        candidates = [d for d in in_sentence if not _under_word(d, cues.base_words, 4)
                      and not any(t.pos_ in ("VERB", "AUX") for t in d.root.ancestors)]
    if not candidates:
        return None

    def distance(d: Span) -> tuple[int, int]:
        gap = view.span.start - d.end if d.end <= view.span.start else d.start - view.span.end
        return (gap, d.start > view.span.start)

    return min(candidates, key=distance)


def choose_subjects(view: FigureView, ents: Iterable[Span], cues: FactCues) -> list[Span]:
    """Entities in the figure's clause, one span each (the first), without data sources or speakers."""
    out: list[Span] = []
    seen: set[str] = set()
    for ent in ents:
        if ent.label_ not in ENTITY_LABELS or ent.root.i not in view.clause:
            continue
        if _is_source(ent, cues):
            continue
        key = ent._.canonical or ent.text
        if key in seen:
            continue
        seen.add(key)
        out.append(ent)
    return out


def _is_source(ent: Span, cues: FactCues) -> bool:
    root = ent.root
    if root.dep_.startswith("nsubj") and root.head.lower_ in cues.source_words:
        return True
    return _under_word(ent, cues.source_words, 3) and not root.dep_.startswith("nsubj")


def nearest_facts(doc: Doc) -> list[GoldFactDict]:
    """The facts baseline, in GOLD.md form: for each figure, the nearest noun phrase before it in its
    sentence as measure and the nearest DATE in its sentence as period; level, no direction, no subjects."""
    dates = list(doc.spans["dates"]) if "dates" in doc.spans else []
    out: list[GoldFactDict] = []
    for span in doc.spans["figures"] if "figures" in doc.spans else []:
        sentence = span.sent
        bounds = nearest_noun_chunk(span)
        measure = None
        if bounds is not None:
            chunk = doc[bounds[0] : bounds[1]]
            measure = {"start": chunk.start_char, "end": chunk.end_char, "text": chunk.text}
        near = [d for d in dates if sentence.start <= d.start < sentence.end]
        period = min(near, key=lambda d: abs(d.start - span.start), default=None)
        out.append({"figure": [span.start_char, span.end_char], "measure": measure, "subjects": [],
                    "period": [period.start_char, period.end_char] if period is not None else None,
                    "kind": "level", "direction": None})
    return sorted(out, key=lambda f: f["figure"])


# --- the component ------------------------------------------------------------------------


class FactsComponent:
    """Set `span._.fact` on every figure span."""

    def __init__(self, nlp: Language, name: str, *, lexicon: str) -> None:
        self.name = name
        self.cues = FactCues.load(lexicon)

    def __call__(self, doc: Doc) -> Doc:
        if "figures" not in doc.spans or not doc.has_annotation("DEP"):
            return doc
        dates = list(doc.spans["dates"]) if "dates" in doc.spans else []
        ents = list(doc.ents)
        views = [self.view(span) for span in doc.spans["figures"]]
        facts = [self.fact(view, dates, ents) for view in views]
        _link_changes(views, facts)
        for view, fact in zip(views, facts, strict=True):
            view.span._.fact = fact
        return doc

    def view(self, span: Span) -> FigureView:
        head, clause, path = clause_of(span.root, self.cues)
        return FigureView(span, head, clause, path)

    def measure(self, view: FigureView) -> tuple[tuple[int, int] | None, bool]:
        """Token bounds of the measure, and whether it came from the figure's own parse (not the fallback)."""
        cues = self.cues
        noun = modified_noun(view)
        if noun is not None and _is_change_noun(noun, cues):
            inner = _of_phrase(noun, "in")
            return (noun_phrase(inner), True) if inner is not None else (None, False)
        if noun is None:
            noun = prep_object(view, cues) or of_owner(view) or verb_subject(view)
        if noun is not None and not _is_change_noun(noun, cues):
            noun = _pass_container(noun, cues)
            return noun_phrase(noun, after=view.span.end - 1 if noun.i >= view.span.end else -1), True
        return nearest_noun_chunk(view.span), False

    def fact(self, view: FigureView, dates: list[Span], ents: list[Span]) -> dict:
        doc = view.span.doc
        bounds, own = self.measure(view)
        change, direction = change_direction(view, self.cues)
        target = is_target(view, self.cues)
        kind = "target" if target else "change" if change else "level"
        period = choose_period(view, dates, self.cues)
        subjects = choose_subjects(view, ents, self.cues)
        measure = None
        if bounds is not None:
            measure_span = doc[bounds[0] : bounds[1]]
            measure = [measure_span.start_char, measure_span.end_char]
        return {
            "measure": measure,
            "own_measure": own,
            "subjects": [[e.start_char, e.end_char] for e in subjects],
            "period": [period.start_char, period.end_char] if period is not None else None,
            "kind": kind,
            "direction": direction if change else None,
            "changes": None,
        }


def _link_changes(views: list[FigureView], facts: list[dict]) -> None:
    """A change in the same clause as a level takes it as what it changes, and its measure
    when the change's own parse gave none (`$2.44 billion, an increase of 21.9%`)."""
    for i, (view, fact) in enumerate(zip(views, facts, strict=True)):
        if fact["direction"] is None:
            continue
        sentence = view.span.sent
        levels = [j for j, (v, f) in enumerate(zip(views, facts, strict=True))
                  if j != i and f["direction"] is None and v.span.sent == sentence]
        if not levels:
            continue
        same_clause = [j for j in levels if views[j].clause_head == view.clause_head]
        levels = same_clause or levels
        before = [j for j in levels if views[j].span.start < view.span.start]
        j = before[-1] if before else levels[0]
        level = facts[j]
        fact["changes"] = [views[j].span.start_char, views[j].span.end_char]
        if not fact["own_measure"] and level["measure"] is not None:
            fact["measure"] = level["measure"]
        if not same_clause:
            # a change in a clause of its own (`…, representing a 34% increase`) holds for the level's time and owners
            fact["period"] = fact["period"] or level["period"]
            fact["subjects"] = fact["subjects"] or level["subjects"]
    for fact in facts:
        del fact["own_measure"]


@Language.factory(
    "briefx_facts",
    assigns=["span._.fact"],
    requires=["doc.ents", "token.dep"],
    default_config={"lexicon": "facts.json"},
)
def make_facts(nlp: Language, name: str, lexicon: str) -> FactsComponent:
    """Create the fact builder (after figures, dates and entities)."""
    register_attributes()
    return FactsComponent(nlp, name, lexicon=lexicon)
