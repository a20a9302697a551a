"""The briefx_facts pipe: per-figure rules, then repairs that read the other figures of the sentence."""

from __future__ import annotations

import itertools
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from briefx.components.attributes import register_attributes
from briefx.components.facts.anchors import choose_subjects, counted_parties
from briefx.components.facts.announced import counts_announced
from briefx.components.facts.cells import Bounds, allocated_cell, table_cell
from briefx.components.facts.clauses import FigureView, view_of
from briefx.components.facts.cues import FactCues
from briefx.components.facts.given import given_in_progress
from briefx.components.facts.kind import (
    aims_at,
    change_direction,
    describes_known_thing,
    holds_ahead,
    is_anaphoric_count,
    is_base_level,
    is_equivalent_pair,
    is_pledged_sum,
    is_target,
    object_verb,
    own_clause_path,
    sized_head,
)
from briefx.components.facts.lists import listed_target
from briefx.components.facts.measure import Measure, find_measure, nearest_noun_chunk
from briefx.components.facts.period import choose_period
from briefx.components.facts.planned import planned_by_infinitive
from briefx.components.facts.rows import inline_row, named_once, row_of, row_parties
from briefx.components.facts.textrows import allocated_row
from briefx.labels import ENTITY_LABELS


@dataclass
class Draft:
    """One figure's fact while the repairs run (token bounds for the measure)."""

    view: FigureView
    measure: Measure
    kind: str
    direction: str | None
    period: Span | None
    subjects: list[Span]
    changes: Span | None = None
    measure_figure: int | None = None  # a token of the figure the parse gave as measure

    @cached_property
    def sentence_start(self) -> int:
        return self.view.span.sent.start

    def to_dict(self) -> dict[str, Any]:
        doc = self.view.span.doc
        measure = None
        if self.measure.bounds is not None:
            span = doc[self.measure.bounds[0] : self.measure.bounds[1]]
            measure = [span.start_char, span.end_char]
        return {
            "measure": measure,
            "subjects": [[e.start_char, e.end_char] for e in self.subjects],
            "period": [self.period.start_char, self.period.end_char] if self.period is not None else None,
            "kind": self.kind,
            "direction": self.direction,
            "changes": [self.changes.start_char, self.changes.end_char] if self.changes is not None else None,
        }


class FactsComponent:
    """Set `span._.fact` on every figure span."""

    def __init__(self, nlp: Language, name: str, *, lexicon: str) -> None:
        self.name = name
        self.cues = FactCues.load(lexicon)

    def __call__(self, doc: Doc) -> Doc:
        if "figures" not in doc.spans or not doc.has_annotation("DEP"):
            return doc
        spans = list(doc.spans["figures"])
        dates = sorted(doc.spans["dates"], key=lambda d: d.start) if "dates" in doc.spans else []
        ents = [e for e in doc.ents if e.label_ in ENTITY_LABELS]
        date_starts, ent_starts = [d.start for d in dates], [e.start for e in ents]
        datelines = list(doc.spans["dateline"]) if "dateline" in doc.spans else []
        tokens = frozenset(t.i for s in spans for t in s)
        dated = frozenset(t.i for d in dates for t in d)
        chunks = tuple(doc.noun_chunks)
        named = frozenset(t.i for e in ents for t in e)
        drafts = []
        heads: dict[int, list[Bounds]] = {}  # a table's heads by the cell they were read for (`table_head`)
        for span in spans:
            view = view_of(span, self.cues, tokens - {t.i for t in span}, dated, chunks)
            sent = span.sent  # the rules read dates and names of the figure's sentence only: hand them no others
            near_dates, near_ents = _within(dates, date_starts, sent), _within(ents, ent_starts, sent)
            cell = table_cell(view, self.cues)
            row = row_of(view, cell) or inline_row(view, named, self.cues)
            # a table's cell: its row, not its one-line sentence, names its parties
            parties = None if row is None else row_parties(row, _within(ents, ent_starts, row), self.cues)
            drafts.append(self.draft(view, cell, near_dates, near_ents, datelines, parties, heads))
        sentences: dict[int, list[Draft]] = {}
        for draft in drafts:
            sentences.setdefault(draft.sentence_start, []).append(draft)
        for group in sentences.values():  # these repairs read the figure's own sentence only: one group at a time
            share_equivalents(group)
            share_whole_kind(group, self.cues)
            share_gapped_kind(group)
        share_equivalent_change(drafts, self.cues)
        resolve_pronouns(drafts)  # reads the sentence before as well
        share_antecedent_kind(drafts, self.cues)  # so does this one
        for group in sentences.values():
            measure_of_named_figure(group)
            borrow_measures(group)
            link_changes(group)
        for draft in drafts:
            draft.view.span._.fact = draft.to_dict()
        return doc

    def draft(self, view: FigureView, cell: tuple[Bounds | None, int] | None, dates: list[Span],
              ents: list[Span], datelines: list[Span], parties: list[Span] | None = None,
              heads: dict[int, list[Bounds]] | None = None) -> Draft:
        """The figure's fact; `parties`, a table row's names, stand for the subjects its sentence would give;
        `heads`, the table heads read for the cells before (`table_head`)."""
        cues = self.cues
        measure = find_measure(view, cues, cell)
        measure_figure = None
        if is_a_figure(measure, view) and measure.bounds is not None:
            measure_figure, measure = measure.bounds[0], Measure(None, own=False)
        elif is_a_name_before(measure, view, cues):
            measure = Measure(None, own=False)
        if parties is not None:
            subjects = named_once(parties, cues)
        else:
            subjects = named_once([e for e in choose_subjects(view, ents, datelines, cues)
                                   if not names_measure(e, measure, cues)], cues)
        if is_anaphoric_count(view, cues):
            return Draft(view, measure, "level", None, None, counted_parties(subjects, view, cues),
                         measure_figure=measure_figure)
        change, direction = (False, None) if aims_at(view, cues) else change_direction(view, cues)
        period = choose_period(view, dates, ents, cues, change=change)
        as_is = is_base_level(view, cues) or describes_known_thing(view, cues) or counts_announced(view, cues)
        target = not as_is and (
            is_target(view, cues) or listed_target(view.span, own_clause_path(view, cues), cues)
            or holds_ahead(view, period, cues) or is_pledged_sum(view, cues) or planned_by_infinitive(view, cues)
            or given_in_progress(view, cues)
            or allocated_cell(view, cell, cues, {} if heads is None else heads)
            or (cell is None and allocated_row(view, cues)))
        kind = "target" if target else "change" if change else "level"
        return Draft(view, measure, kind, direction if change else None, period, subjects,
                     measure_figure=measure_figure)


def _within(spans: list[Span], starts: list[int], sent: Span) -> list[Span]:
    """The spans (sorted by their `starts`) that reach into the sentence, found by bisection: each figure
    of a long text would otherwise scan every date and name of the text."""
    first = bisect_left(starts, sent.start)
    while first > 0 and spans[first - 1].end > sent.start:
        first -= 1  # a span begun before the sentence that runs into it
    return spans[first : bisect_left(starts, sent.end)]


def is_a_figure(measure: Measure, view: FigureView) -> bool:
    """`34% of patients are Black and 19% are Hispanic`: a figure (this one or another: `34%` as the shared
    subject) names no measure (GOLD.md: the measure is without the figure); the figure before lends one."""
    if measure.bounds is None:
        return False
    return all(i in view.others or i in view.inside for i in range(*measure.bounds))


def is_a_name_before(measure: Measure, view: FigureView, cues: FactCues) -> bool:
    """`**Foodstuffs New Zealand $416,000**`, `homes … across Britain funded by half a billion pounds`: a name
    before the figure is whose or where it is, not what it measures (a name after it can be: `100 Tactical
    Unmanned Aerial Systems`)."""
    if measure.bounds is None or measure.bounds[1] > view.span.start:
        return False
    head = view.span.doc[measure.bounds[1] - 1]
    return head.ent_type_ in cues.subject_labels or head.ent_type_ == "PERSON"


def names_measure(ent: Span, measure: Measure, cues: FactCues) -> bool:
    """`100 Tactical Unmanned Aerial Systems`, `$2 million for the Opotiki Harbour Development`: a name
    that ends the measure (holds its head) is what is counted, not its owner; a name that modifies the
    head (`EU exports`, `12 NATO allies`), a nationality or a place there still is one."""
    if measure.bounds is None or ent.label_ in cues.measure_subject_labels:
        return False
    return measure.bounds[0] <= ent.start and ent.end == measure.bounds[1]


def _same_sentence(a: Draft, b: Draft) -> bool:
    return a.sentence_start == b.sentence_start  # `Span.sent` walks the sentence: read once per draft


def share_equivalents(drafts: list[Draft]) -> None:
    """`¥6 billion ($40 million)`, `NOK 1.2 billion, about US$112 million`: a conversion in apposition
    (or a coordinated figure, `3,400 personnel, Australia 1,700`) measures what its head figure does; a
    conversion also holds for its time."""
    for draft in drafts:
        root = draft.view.span.root
        if root.dep_ not in ("appos", "conj") or (root.dep_ == "conj" and draft.measure.own):
            continue  # `$12 million for X and $25 million for Y`: a conjunct that names its own measure keeps it
        head = next((d for d in drafts if d is not draft and root.head.i in range(d.view.span.start, d.view.span.end)),
                    None)
        if head is None:
            continue
        if head.measure.bounds is not None:
            draft.measure = Measure(head.measure.bounds, own=True)
        if root.dep_ == "appos":  # one quantity told in two currencies holds for one time
            draft.period = head.period


def share_equivalent_change(drafts: list[Draft], cues: FactCues) -> None:
    """`$447 million, or 9.3% above forecast`, `a $2 billion (or 11%) increase`, `by 39%, or around €49 billion`:
    two figures joined by `or` are one quantity told twice; the one told as a change lends its kind and
    direction to the other."""
    for first, second in itertools.pairwise(drafts):
        if not is_equivalent_pair(first.view.span, second.view.span, cues):
            continue
        movers = [d for d in (first, second) if d.direction is not None]
        if len(movers) != 1:
            continue
        source = movers[0]
        other = second if source is first else first
        other.kind = source.kind if other.kind == "level" else other.kind
        other.direction = source.direction


def share_whole_kind(drafts: list[Draft], cues: FactCues) -> None:
    """`will raise revenue by $8.4 billion (including $0.5 billion in 2018)`: a part the sentence names
    with `including` is of the kind and direction of the whole before it, and of its measure if it has none."""
    for i, draft in enumerate(drafts):
        if not any(t.lower_ in cues.part_words for t in draft.view.path[1:3]):
            continue
        whole = [d for d in drafts[:i] if _same_sentence(d, draft)]
        if whole:
            draft.kind, draft.direction = whole[-1].kind, whole[-1].direction
            if not draft.measure.own and whole[-1].measure.bounds is not None:
                draft.measure = Measure(whole[-1].measure.bounds, own=False)


def share_gapped_kind(drafts: list[Draft]) -> None:
    """`reducing the pace by $10 billion for Treasury securities and $5 billion for agency securities`, `are
    investing $40 million for the road and $25 million for the bypass`: the parse makes a gapped clause's figure a
    conjunct of the verb; it stands where the verb's own figure stands and shares that figure's kind and direction."""
    for i, draft in enumerate(drafts):
        noun = sized_head(draft.view)
        if noun.dep_ != "conj" or noun.head.pos_ not in ("VERB", "AUX"):
            continue
        verb = noun.head.i
        lender = next((d for d in reversed(drafts[:i]) if any(t.i == verb for t in d.view.path[1:])), None)
        if lender is not None:
            draft.kind, draft.direction = lender.kind, lender.direction


def resolve_pronouns(drafts: list[Draft]) -> None:
    """`In the first half of 2025 it grew by a further 9%`: the measure of the last figure, with a
    measure of its own, in the sentence before (GOLD.md: the pronoun's antecedent)."""
    for i, draft in enumerate(drafts):
        if not draft.measure.pronoun:
            continue
        sentence = draft.view.span.sent
        previous = sentence.start - 1 if sentence.start > 0 else 0
        before = [d for d in drafts[:i] if d.measure.own and d.measure.bounds is not None
                  and d.view.span.sent.end > previous]  # this sentence or the one before
        if before:
            draft.measure = Measure(before[-1].measure.bounds, own=True)
        else:
            draft.measure = Measure(nearest_noun_chunk(draft.view.span, draft.view.chunks), own=False)


def share_antecedent_kind(drafts: list[Draft], cues: FactCues) -> None:
    """`The $202 million in funding announced today includes over $40 million`, `The Commonwealth will provide $345
    million … The package will focus on roads. This includes a further $10 million`: what a sum includes (the sum
    the subject, or a pronoun subject standing for the last sum told in the two sentences before) is a part of it;
    when that whole is allotted (a target), so is the part (corpus/README.md: announced allocations are targets)."""
    for i, draft in enumerate(drafts):
        if draft.kind != "level":
            continue
        verb = object_verb(draft.view, cues)
        subject = None if verb is None or verb.lower_ not in cues.allotting_verbs else next(
            (c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        whole = _whole_of(drafts[:i], subject, draft.sentence_start, cues)
        if whole is not None and whole.kind == "target":
            draft.kind = "target"


def _whole_of(before: list[Draft], subject: Token, start: int, cues: FactCues) -> Draft | None:
    """The sum a subject names: a sum of the sentence that is (or sizes) the subject; for a pronoun, the last sum of
    the two sentences before."""
    sums = [d for d in before if d.view.span.label_ == "MONEY"]
    if subject.lower_ not in cues.pointing_pronouns:
        return next((d for d in sums if d.sentence_start == start and (
            d.view.span.start <= subject.i < d.view.span.end or sized_head(d.view).i == subject.i)), None)
    if start == 0 or not sums:
        return None
    doc = subject.doc
    reach = doc[start - 1].sent.start
    reach = doc[reach - 1].sent.start if reach > 0 else reach  # the sentence before, and the one before that
    return sums[-1] if reach <= sums[-1].sentence_start < start else None


def measure_of_named_figure(drafts: list[Draft]) -> None:
    """`34% of patients are Black and 19% are Hispanic`: a figure whose parse gave another figure as its
    measure (the subject the coordinated verbs share) measures what that figure does."""
    for draft in drafts:
        if draft.measure_figure is None:
            continue
        lender = next((d for d in drafts if d.view.span.start <= draft.measure_figure < d.view.span.end), None)
        if lender is not None and lender is not draft and lender.measure.bounds is not None:
            draft.measure = Measure(lender.measure.bounds, own=False)


def borrow_measures(drafts: list[Draft]) -> None:
    """`… compared with 270 in the same period last year`: a figure whose parse names no measure takes
    that of the nearest figure before it in the sentence that has one (a change waits for `link_changes`)."""
    for i, draft in enumerate(drafts):
        if draft.measure.own or draft.direction is not None:
            continue
        before = [d for d in drafts[:i] if d.measure.own and _same_sentence(d, draft)]
        if before:
            draft.measure = Measure(before[-1].measure.bounds, own=False)


def link_changes(drafts: list[Draft]) -> None:
    """A change in the sentence of a level takes it as what it changes (the nearest before it, in its
    clause if one is), its measure when the change's parse gave none, and its period and subjects when
    the change has none of its own (`…, representing a 34% increase`)."""
    for i, draft in enumerate(drafts):
        if draft.direction is None:
            continue
        levels = [j for j, d in enumerate(drafts) if j != i and d.direction is None and _same_sentence(d, draft)]
        if not levels:
            borrow_from_change(drafts, i)
            continue
        same_clause = [j for j in levels if drafts[j].view.clause_head == draft.view.clause_head]
        if not same_clause and draft.measure.own:
            continue  # `5,000 people, and its revenue grew by 12%`: another clause, another measure
        levels = same_clause or levels
        before = [j for j in levels if j < i]
        level = drafts[before[-1] if before else levels[0]]
        draft.changes = level.view.span
        if not draft.measure.own and level.measure.bounds is not None:
            draft.measure = Measure(level.measure.bounds, own=False)
        draft.period = draft.period or level.period
        if not same_clause:
            draft.subjects = draft.subjects or level.subjects


def borrow_from_change(drafts: list[Draft], i: int) -> None:
    """`income rose 2.3% in 2011, compared to a fall of 3% the year before`: a change that names no
    measure, in a sentence of changes only, changes what the change before it does."""
    draft = drafts[i]
    if draft.measure.own:
        return
    before = [d for d in drafts[:i] if d.measure.own and d.measure.bounds is not None and _same_sentence(d, draft)]
    if before:
        draft.measure = Measure(before[-1].measure.bounds, own=False)


def nearest_facts(doc: Doc) -> list[dict[str, Any]]:
    """The facts baseline, in GOLD.md form: for each figure, the nearest noun phrase before it in its
    sentence as measure and the nearest DATE in its sentence as period; level, no direction, no subjects."""
    dates = list(doc.spans["dates"]) if "dates" in doc.spans else []
    chunks = tuple(doc.noun_chunks)
    out: list[dict[str, Any]] = []
    for span in doc.spans["figures"] if "figures" in doc.spans else []:
        sentence = span.sent
        bounds = nearest_noun_chunk(span, chunks)
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
