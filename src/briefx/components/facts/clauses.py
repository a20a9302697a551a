"""A figure's clause: the head that opens it, its tokens, and the figure's path up to the head."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from briefx.components.facts.cues import FactCues

_CLAUSE_DEPS = ("ROOT", "ccomp", "parataxis")
NOUNS = ("NOUN", "PROPN")  # the tags of a noun that can name a measure, its owner or a subject
_FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")


@dataclass(frozen=True)
class FigureView:
    """What the rules need of one figure: the span, its clause and its path up to the clause head."""

    span: Span
    clause_head: Token
    clause: frozenset[int]
    path: tuple[Token, ...]  # the figure's root, then its heads up to the clause head
    others: frozenset[int]  # tokens of the document's other figures
    dated: frozenset[int] = frozenset()  # tokens of DATE spans
    chunks: tuple[Span, ...] = ()  # the document's noun chunks, computed once per document

    @property
    def inside(self) -> range:
        return range(self.span.start, self.span.end)


def has_subject(token: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children)


def opens_clause(token: Token, cues: FactCues) -> bool:
    """ROOT, ccomp, parataxis; a coordinated finite verb, one with its own subject or its own finite auxiliary
    (`has given $4 million … and is working with X`); a participle
    or a subordinated adverbial clause. A coordinated infinitive (`to invest … and to produce`) is not."""
    if token.dep_ in _CLAUSE_DEPS:
        return True
    if token.dep_ == "conj":
        return token.pos_ in ("VERB", "AUX") and (has_subject(token) or token.tag_ in _FINITE_TAGS or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS for c in token.children))
    if token.dep_ == "advcl":
        return token.tag_ == "VBG" or any(c.dep_ == "mark" and c.lower_ in cues.clause_marks for c in token.children)
    return False


def clause_of(token: Token, cues: FactCues, *, sum_in_participle: bool = False) -> tuple[Token, frozenset[int],
                                                                                        tuple[Token, ...]]:
    """The head of the token's clause, the clause's token indices and the path from the token to the head;
    `sum_in_participle`: the token is a sum's, which a participle after its main clause moves for that clause's
    subject."""
    path = [token]
    head = token
    while not opens_clause(head, cues) and head.head.i != head.i:  # spaCy makes a new Token per access: compare indices
        head = head.head
        path.append(head)
    nested = [t for t in head.subtree if t.i != head.i and opens_clause(t, cues) and t not in path]
    excluded = {i.i for t in nested for i in t.subtree}
    members = {t.i for t in head.subtree} - excluded
    participle = sum_in_participle and head.dep_ == "advcl" and head.tag_ == "VBG"
    if (head.dep_ == "conj" or participle) and not has_subject(head):
        # a coordinated verb shares its first verb's subject, and so does a participle after it that moves a sum
        # (`The Council will match the grant, bringing total funding to $4.1 million`; a count there describes
        # a noun of its own: `… supporting over 94,000 jobs`)
        members |= {t.i for c in head.head.children if c.dep_.startswith("nsubj") for t in c.subtree}
    return head, frozenset(members), tuple(path)


def view_of(span: Span, cues: FactCues, others: frozenset[int], dated: frozenset[int] = frozenset(),
            chunks: tuple[Span, ...] = ()) -> FigureView:
    head, clause, path = clause_of(span.root, cues, sum_in_participle=span.label_ == "MONEY")
    return FigureView(span, head, clause, path, others, dated, chunks)


_REPORTED = ("ccomp", "parataxis")


def under_word(span: Span | Token, words: frozenset[str], steps: int, *, within_clause: bool = False) -> Token | None:
    """The first token of `words` that governs the span within `steps` steps up the tree (with
    `within_clause`, not above a reported clause: `"There were 280 crashes in Woodend," she says`)."""
    token = span.root if isinstance(span, Span) else span
    for _ in range(steps):
        if token.head.i == token.i or (within_clause and token.dep_ in _REPORTED):
            return None
        token = token.head
        if token.lower_ in words:
            return token
    return None


def is_infinitive(token: Token) -> bool:
    """`to train analysts`: a verb with its own `to`."""
    return token.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def usable(token: Token | None, view: FigureView, cues: FactCues, *, share: bool = False) -> Token | None:
    """A noun that can name a measure: not part of a figure, not a date, and for a share not its
    denominator (`5% of GDP`)."""
    if token is None or token.i in view.inside or token.i in view.others or token.i in view.dated:
        return None
    if share and token.lower_ in cues.share_bases:
        return None
    return token


def first_verb(view: FigureView) -> Token | None:
    """The first verb on the figure's path up to its clause head."""
    return next((t for t in view.path[1:] if t.pos_ in ("VERB", "AUX")), None)


def prep_object(token: Token, words: frozenset[str] | tuple[str, ...], *, after: int = -1) -> Token | None:
    """The noun object of a preposition of `words` hanging on `token` (after token index `after`)."""
    for child in token.rights:
        if child.i > after and child.dep_ == "prep" and child.lower_ in words:
            objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ in NOUNS]
            if objects:
                return objects[0]
    return None
