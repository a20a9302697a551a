"""The candidate name, the priority of its source, and choosing among overlapping candidates."""

from __future__ import annotations

from dataclasses import dataclass

from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon

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


def choose(view: DocView, lex: Lexicon, cands: list[Candidate]) -> list[Candidate]:
    """The candidates that win their tokens, in document order: stronger source first, then
    longer; GOLD.md: label the outermost name, unless the outer span only glues names
    together (possessive, dash) — then the parts win."""
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
            and (cand.source == "gazetteer" or all(a.source == "gazetteer" for a in clash))
        ):
            owner.update((i, cand) for i in range(cand.start, cand.end))
    unique = {id(c): c for c in owner.values()}
    return sorted(unique.values(), key=lambda c: c.start)
