"""The candidate name, the priority of its source, and choosing among overlapping candidates."""

from __future__ import annotations

from dataclasses import dataclass

from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon
from briefx.components.entities.one_body import one_body_over_and

_TAIL_WORDS = 2  # at most this many words of the model's name after the rule's
_FINITE_VERBS = frozenset({"VBZ", "VBD", "VBP"})
PRIORITY = {"bare": 0, "ner": 1, "gazetteer": 2, "pattern": 3, "layout": 4, "honourific": 4}


@dataclass
class Candidate:
    start: int  # token index
    end: int
    label: str
    source: str
    iso: str | None = None

    @property
    def priority(self) -> int:
        return PRIORITY[self.source]

    def overlaps(self, other: Candidate) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Candidate) -> bool:
        return self.start <= other.start and other.end <= self.end and len(self) > len(other)

    def __len__(self) -> int:
        return self.end - self.start

    def tokens(self) -> range:
        return range(self.start, self.end)


def unblocked(view: DocView, found: list[Candidate]) -> list[Candidate]:
    """Candidates on no furniture, figure or date; a year may be part of an event's name."""
    return [
        c for c in found if (view.blocked_for_events if c.label == "EVENT" else view.blocked).isdisjoint(c.tokens())
    ]


def _before_suffix(view: DocView, lex: Lexicon, i: int) -> bool:
    """The comma of "Joseph R. Biden, Jr.": a generational suffix follows; it glues no two names."""
    texts = view.texts
    return texts[i] == "," and i + 1 < len(texts) and texts[i + 1] in lex.name_suffixes


def splittable(view: DocView, lex: Lexicon, outer: Candidate, parts: list[Candidate] | None = None) -> bool:
    """An outer candidate that really joins separate names: "China–Azerbaijan Relations",
    "Hyderabad and Ahmedabad"."""
    tokens = view.doc[outer.start : outer.end]
    if outer.source != "ner":
        return False
    glue = {"–", "—", "/", ","}
    if any(t.text in lex.possessives or (t.text in glue and not _before_suffix(view, lex, t.i)) for t in tokens):
        return True
    places = parts is not None and len(parts) > 1 and all(p.label in ("GPE", "LOC") for p in parts)
    return places and any(t.text in {"and", "&"} for t in tokens)


def one_body_read_whole(view: DocView, lex: Lexicon, outer: Candidate, parts: list[Candidate]) -> bool:
    """The model read one body's name across its "and" ("Securities and Exchange Commission",
    "New Zealand Education and Scholarship Trust") where the rules found an organisation on one side
    of the "and" (not on both) and perhaps a place before it: the model's name wins its parts
    (`one_body.one_body_over_and` tells one body from two names)."""
    if outer.source != "ner" or outer.label != "ORG":
        return False
    texts = view.texts
    joins = [k for k in range(outer.start, outer.end) if texts[k] in ("and", "&")]
    bodies = [p for p in parts if p.label == "ORG"]
    if not bodies or not joins:
        return False
    if any(p.end <= joins[0] for p in bodies) and any(p.start > joins[0] for p in bodies):
        return False  # the rules found a body on each side: "Delta Foundries and Kestrel Group"
    words = [t for t in texts[outer.start : outer.end] if not t.isspace()]
    return one_body_over_and(lex, words, programme_inside=True)


def name_goes_on(view: DocView, lex: Lexicon, outer: Candidate, parts: list[Candidate], people: set[int]) -> bool:
    """The model read a body's name on past the word where a rule closed it ("International Trade Union
    Confederation", "National Credit Union Administration", "Air New Zealand"): the rule's name opens the
    model's, and the model's one or two further words are capitalised name words on the same line, no post and no
    person's name nor an event's head (GOLD.md: label the outermost name)."""
    if outer.source != "ner" or outer.label != "ORG" or len(parts) != 1:
        return False
    part = parts[0]
    if part.label != "ORG" or part.source != "pattern" or part.start != outer.start:
        return False
    tail = view.doc[part.end : outer.end]
    if len(tail) > _TAIL_WORDS:
        return False  # "Marsden Fund Te Pūtea Rangahau": a longer run is more often the model running on
    return all(
        t.is_title
        and t.is_alpha
        and len(t) > 1  # "Royal Australian Air Force F/A18": a letter opens a product's code
        and not t.is_sent_start
        and t.text not in lex.role_words
        and t.text.removesuffix("s") not in lex.event_heads  # "IMF-World Bank Annual Meetings": an event
        and t.tag_ not in _FINITE_VERBS  # "Treasury Department Estimates that …": a title-case headline's verb
        and t.i not in people
        for t in tail
    )


def choose(view: DocView, lex: Lexicon, cands: list[Candidate]) -> list[Candidate]:
    """The candidates that win their tokens, in document order: stronger source first, then
    longer; GOLD.md: label the outermost name, unless the outer span only glues names
    together (possessive, dash) — then the parts win."""
    people = {i for c in cands if c.label == "PERSON" and c.source != "ner" for i in c.tokens()}
    cands = sorted(cands, key=lambda c: (-c.priority, -len(c), c.start))
    owner: dict[int, Candidate] = {}  # token index -> accepted candidate covering it
    for cand in cands:
        clash = list({id(a): a for i in range(cand.start, cand.end) if (a := owner.get(i))}.values())
        if not clash:
            owner.update((i, cand) for i in range(cand.start, cand.end))
            continue
        if (
            all(cand.contains(a) for a in clash)
            and not splittable(view, lex, cand, clash)
            # a name the gazetteer knows whole ("Gavi, the Vaccine Alliance") beats its parts
            and (
                cand.source == "gazetteer"
                or all(a.source == "gazetteer" for a in clash)
                or one_body_read_whole(view, lex, cand, clash)
                or name_goes_on(view, lex, cand, clash, people)
            )
        ):
            owner.update((i, cand) for i in range(cand.start, cand.end))
    unique = {id(c): c for c in owner.values()}
    return sorted(unique.values(), key=lambda c: c.start)
