"""briefx_resolve: group every mention of one entity under one canonical name.

- People: a mention that is one token of a fuller PERSON name met in the same
  article ("Lu" → "Lu Mei", "Aliyev" → "Ilham Aliyev") takes that name (the bare
  surnames the model missed were added as mentions by briefx_entities); words are
  compared without accents ("Erdogan" → "Recep Tayyip Erdoğan"), and a name that ends
  in a generational suffix is found by its surname when no other name is ("Downey" →
  "Robert Downey Jr."); a surname one letter off a fuller or more often written name
  is that name's misspelling ("Jacinda Arden" beside "Jacinda Ardern").
- Organisations: an acronym defined in brackets, or matching the initials of a
  longer name ("SCO" ↔ "Shanghai Cooperation Organisation"), and capitalised short
  references ("the Committee") take the full name.
- People's canonical names leave out the title words the model tagged with the name
  ("Secretary of the Treasury Mara Ames" → "Mara Ames").
- Countries: names with the same ISO code ("People’s Republic of China", "China")
  take the shortest common name.

The canonical name is written to ``Span._.canonical`` on every entity; a person's
longest role is copied to every mention of that person (``Span._.role``).
"""

from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Span

from briefx.components.attributes import register_attributes
from briefx.components.entities.lexicon import fold
from briefx.normalize.names import initials, misspells, title_length
from briefx.resources import load_json

_TITLE_RUN_ENDS = frozenset({"for", "of", "the", "and"})  # "Minister for" before "Children Mara Ames": a title run


class ResolveComponent:
    """Canonical names for entity mentions (see the module docstring)."""

    def __init__(self, nlp: Language, name: str, *, lexicon: str):
        self.name = name
        self.lexicon = lexicon
        lex = load_json("lexicons", lexicon)
        self.titles = frozenset(lex["role_words"]) | frozenset(lex["person_prefixes"])
        self.given_names = frozenset(load_json("lexicons", "given_names.json")["given_names"])
        self.name_suffixes = frozenset(lex["name_suffixes"])
        self.misspelt_min = lex["misspelt_surname_min_letters"]

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        people = [e for e in ents if e.label_ == "PERSON"]
        full_names = [e for e in people if len(e) > 1]
        for ent in ents:
            ent._.canonical = self._person_name(ent) if ent.label_ == "PERSON" else ent.text
        by_edge: dict[str, list[tuple[Span, list[str]]]] = {}  # first or last word -> (name, its words)
        by_stem: dict[str, list[tuple[Span, list[str]]]] = {}  # the same for names without their suffix
        for full in full_names:
            words = [fold(t.text) for t in full]
            for word in {words[0], words[-1]}:
                by_edge.setdefault(word, []).append((full, words))
            stem = self._without_suffix(words)
            if len(stem) < len(words):
                by_stem.setdefault(stem[-1], []).append((full, stem))
        spellings = [[fold(t.text) for t in p] for p in people]  # each mention's words, folded once per document
        for ent, words in zip(people, spellings, strict=True):
            match = self._fuller(ent, by_edge) or self._fuller(ent, by_stem) or self._misspelt(words, people, spellings)
            if match is not None:
                ent._.canonical = match
        self._organisations(doc, ents)
        self._places(ents)
        self._countries(ents)
        self._roles(people)
        return doc

    def _fuller(self, ent: Span, by_edge: dict[str, list[tuple[Span, list[str]]]]) -> str | None:
        """The fullest PERSON name that begins or ends with this mention ("Lu" → "Lu Mei",
        "Senthil Kumar" → "K. Senthil Kumar")."""
        words = [fold(t.text) for t in ent]
        n = len(words)
        pool = {
            id(full): full
            for word in {words[0], words[-1]}
            for full, names in by_edge.get(word, [])
            if len(names) > n and (names[:n] == words or names[-n:] == words)
        }.values()
        before = [f for f in pool if f.start < ent.start]
        pool = before or list(pool)
        if not pool or _two_people(pool, words):
            return None
        return self._person_name(max(pool, key=lambda f: (len(f.text), -abs(f.start - ent.start))))

    def _misspelt(self, words: list[str], people: list[Span], spellings: list[list[str]]) -> str | None:
        """The name a mention's folded `words` misspell (`misspells`) among `people` (their folded words in
        `spellings`): fuller or, as long, written more often ('Jacinda Arden' once beside 'Jacinda Ardern' twice)."""
        counts = Counter(map(tuple, spellings))
        best: tuple[tuple[int, int], Span] | None = None
        for other, others in zip(people, spellings, strict=True):
            if not misspells(words, others, min_letters=self.misspelt_min):
                continue
            rank = (len(others), counts[tuple(others)])
            if rank > (len(words), counts[tuple(words)]) and (best is None or rank > best[0]):
                best = (rank, other)
        return self._person_name(best[1]) if best else None

    def _without_suffix(self, words: list[str]) -> list[str]:
        """A name's words without the generational suffix that ends it ('Robert Downey Jr.')."""
        end = len(words)
        while end > 1 and words[end - 1] in self.name_suffixes:
            end -= 1
        return words[:end]

    def _person_name(self, ent: Span) -> str:
        """The name without the title words the model tagged with it ('Secretary of the Treasury Mara Ames',
        'Minister for [Children Mara Ames]' → 'Mara Ames'; see `title_length`)."""
        words = [t.text for t in ent]
        after_title = bool(ent._.role) and ent.start > 0 and ent.doc[ent.start - 1].lower_ in _TITLE_RUN_ENDS
        cut = title_length(words, after_title=after_title, is_role=self.titles.__contains__,
                           is_given=self.given_names.__contains__)
        return ent[cut:].text if cut else ent.text

    def _organisations(self, doc: Doc, ents: list[Span]) -> None:
        orgs = [e for e in ents if e.label_ in ("ORG", "EVENT")]
        long_names = [e for e in orgs if len(e) > 1]
        by_initials: dict[str, str] = {}
        by_head: dict[str, str] = {}  # last word -> the first long name ending in it
        for ent in long_names:
            if ent.label_ == "ORG":
                by_head.setdefault(ent[-1].text, ent.text)
            by_initials.setdefault(initials(ent.text), ent.text)
            # "Shanghai Cooperation Organisation (SCO)": the bracket defines the acronym
            end = ent.end
            if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
                by_initials[doc[end + 1].text] = ent.text
        for ent in orgs:
            if ent.label_ != "ORG":
                continue
            text = ent.text
            if len(ent) == 1 and sum(c.isupper() for c in text) >= 2 and text in by_initials:  # "SCO", "AfDB"
                ent._.canonical = by_initials[text]
            elif len(ent) == 1 and text[:1].isupper():
                # "the Committee" → "Monetary Policy Committee"
                if text in by_head:
                    ent._.canonical = by_head[text]

    def _places(self, ents: list[Span]) -> None:
        """ "NAIROBI" in a dateline is the "Nairobi" of the body."""
        spelled = {e.text.lower(): e.text for e in ents if e.label_ in ("GPE", "LOC") and not e.text.isupper()}
        for ent in ents:
            if ent.label_ in ("GPE", "LOC") and ent.text.isupper() and ent.text.lower() in spelled:
                ent._.canonical = spelled[ent.text.lower()]

    def _countries(self, ents: list[Span]) -> None:
        by_iso: dict[str, list[Span]] = {}
        for ent in ents:
            if ent.label_ == "GPE" and ent._.iso_code:
                by_iso.setdefault(ent._.iso_code, []).append(ent)
        for group in by_iso.values():
            name = min(
                (e.text for e in group if not e.text.isupper() or len(e.text) <= 3), key=len, default=group[0].text
            )
            for ent in group:
                ent._.canonical = name

    def _roles(self, people: list[Span]) -> None:
        """A role spreads to every mention of the same person (the longest role wins)."""
        best: dict[str, str] = {}
        for ent in people:
            if ent._.role and len(ent._.role) > len(best.get(ent._.canonical, "")):
                best[ent._.canonical] = ent._.role
        for ent in people:
            if ent._.canonical in best:
                ent._.role = best[ent._.canonical]


def _two_people(names: list[Span], words: list[str]) -> bool:
    """'Biden' after 'Jill Biden' and 'Joe Biden': two fuller names whose other words neither holds the other's
    (a family, or a colleague of the same surname); the mention then names neither ('K. Senthil Kumar' and
    'Senthil Kumar' are one man)."""
    others = {frozenset(fold(t.text) for t in name) - set(words) for name in names}
    return any(not (a <= b or b <= a) for a in others for b in others)


@Language.factory(
    "briefx_resolve",
    assigns=["doc.ents", "span._.canonical"],
    requires=["doc.ents"],
    default_config={"lexicon": "entities.json"},
)
def make_resolve(nlp: Language, name: str, lexicon: str) -> ResolveComponent:
    """Create the entity grouping component."""
    register_attributes()
    return ResolveComponent(nlp, name, lexicon=lexicon)
