"""A fact's period: the DATE span its figure holds for, or by which a target is due (GOLD.md § Facts)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Span, Token

from briefx.components.facts.anchors import claimed_by_other, is_base
from briefx.components.facts.clauses import FigureView, clause_of, under_word
from briefx.components.facts.cues import FactCues

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _is_change_base(date: Span, view: FigureView, cues: FactCues) -> bool:
    """`up 18% on 2023`, `up 37 percent from 2013`: the base of a change, after the figure."""
    head = date.root.head
    if date.start < view.span.end or head.dep_ != "prep" or head.lower_ not in cues.change_base_preps:
        return False
    if head.lower_ in cues.duration_preps and (date._.value is None and date[0].like_num or elapsed(date, cues)):
        return False  # `a pay rise of 6.5 percent over two years`, `up 4% over the past year`: the time it takes
    if any(t.lower_ in cues.range_words for t in date[1:-1]):
        return False  # `down 12% from 2022 to 2023`: the range the change spans, no base
    # `on Friday`, `on 12 May` is when it happened; `on 2023`, `on the same period last year` is the base
    return head.lower_ != "on" or not _is_day(date, cues)


def elapsed(date: Span, cues: FactCues) -> bool:
    """`over the last year`, `over the past three months`: the stretch of time up to now (`the` then `last` or
    `past`), where `over last year` and `over the previous year` name a base."""
    words = [t.lower_ for t in date.doc[max(date.start - 1, 0):date.end]]
    return any(a == "the" and b in cues.elapsed_words for a, b in zip(words, words[1:], strict=False))


def release_day(date: Span, view: FigureView, cues: FactCues) -> bool:
    """`Rates were released this morning, showing 79 areas at record lows`: the day a report came out, which a
    figure in its reporting participle does not hold for."""
    return view.clause_head.lower_ in cues.report_participles and (
        _is_day(date, cues) or any(t.lower_ in cues.day_parts for t in date))


_TELLING_DEPS = ("ROOT", "advcl", "conj", "parataxis", "ccomp")


def told_on(date: Span, view: FigureView, cues: FactCues) -> bool:
    """`… awarded to 31 businesses, the Minister announced today`, `it announced on Monday, as the festival
    closed with 74 productions`: the day a reporting verb off the figure's path was said on (corpus/README.md:
    a date that belongs to the reporting verb does not count; `announced today $800 million` keeps it)."""
    if not _is_day(date, cues):
        return False  # `In the 2019/20 fiscal year, Tesco said its branch had a £24 million loss`: a time told of
    verb = date.root.head.head if date.root.head.dep_ == "prep" else date.root.head
    return (verb.pos_ in ("VERB", "AUX") and verb.dep_ in _TELLING_DEPS
            and verb.lower_ in cues.source_words | cues.announcing_verbs
            and all(t.i != verb.i for t in view.path))


def _is_day(date: Span, cues: FactCues) -> bool:
    """`Wednesday`, `today`, `12 May 2025`: a day, as a report is dated, not a period data hold for."""
    return bool(_ISO_DAY.fullmatch(date._.value or "")) or date[0].lower_ in cues.day_words


def _is_usable_duration(date: Span, cues: FactCues) -> bool:
    """A duration is a period only as `over three years`, `for 90 days`; `two weeks of exercises` is not."""
    if date._.value is not None or not date[0].like_num:
        return True  # `the end of the year` without a known year is a time, not a duration
    head = date.root.head
    return (head.dep_ == "prep" and head.lower_ in cues.duration_preps) or led_by_duration_prep(date, cues)


def led_by_duration_prep(date: Span, cues: FactCues) -> bool:
    """`$140 million over three years`: the word before the duration is a duration preposition, which the
    parser often hangs on the number (`over` as a quantifier of `three`) instead of over the duration."""
    return date.start > 0 and date.doc[date.start - 1].lower_ in cues.duration_preps


def names_a_thing(date: Span, view: FigureView) -> bool:
    """`compared to the Budget 2017 settings`, `the Winter Energy Payment`: a date that modifies a name is
    part of the name, unless the name is what the figure is about (`The 2024 Response Plan is 27% funded`)."""
    root, name = date.root, date.root.head
    if root.dep_ not in ("compound", "nummod") or name.pos_ != "PROPN" or name.i in range(date.start, date.end):
        return False
    while name.dep_ == "compound":
        name = name.head
    about = any(name.i == t.i or (name.dep_.startswith("nsubj") and name.head.i == t.i) for t in view.path)
    return not about


def relative_on_path(view: FigureView, cues: FactCues) -> Token | None:
    """The relative clause the figure sits in below its clause head (`Argentina and Uruguay, which account
    for 60 percent of exports, have asked …`), if any."""
    relative = next((t for t in view.path[:-1] if is_relative(t)), None)
    if relative is None or relative.lower_ in cues.restating_verbs or _figured(relative.head, view):
        # `a surplus of $5.2 billion in the eleven months to May, which was $447 million above …`, `a £1368
        # million turnover, to which the sold units contributed with £947 million`: a restatement or a part
        # of the antecedent's figure, told for its time
        return None
    return relative


def is_relative(verb: Token) -> bool:
    """A relative clause; not an infinitive (`$2 billion to advance education`) nor a complement the parser
    hangs as one (`EPA projects that the standards would avoid 10 billion tons`, with `that` as a mark)."""
    return verb.dep_ == "relcl" and not any((c.dep_ == "aux" and c.tag_ == "TO") or c.dep_ == "mark"
                                            for c in verb.children)


def _figured(noun: Token, view: FigureView) -> bool:
    """The noun is a figure or holds one as a sum (`a £1368 million turnover`); a count of it (`the two
    unions`) says how many there are, no sum a clause can part."""
    return noun.i in view.others or any(c.i in view.others and c.dep_ != "nummod" for c in noun.children)


def in_other_relative(date: Span, view: FigureView) -> bool:
    """`… go to the dam, which has raised the sea since 2005`: a date in a relative clause that describes a
    noun off the figure's path is that clause's; in one about the figure's own noun (`the £385mn that has
    been committed since 2021`) it is the figure's."""
    path = {t.i for t in view.path}
    for token in date.root.ancestors:
        if token.i in path:
            return False
        if is_relative(token) and token.head.i not in path:
            return True
    return False


def outside_relative(date: Span, view: FigureView, cues: FactCues) -> bool:
    """A date the figure's relative clause does not hold, or one another relative clause holds."""
    relative = relative_on_path(view, cues)
    if relative is not None and date.root.i != relative.head.i and date.root.i not in {t.i for t in relative.subtree}:
        # `dockworkers, who number some 8,600, are demanding a rise over two years`; but the date a clause is
        # about is its time (`since September 2020, when unemployment peaked at 5.2 percent`)
        return True
    return in_other_relative(date, view)


def on_figure(date: Span, view: FigureView) -> bool:
    """`compared to a fall of 3 per cent the year before`: a date that modifies the figure itself is its time,
    base or not."""
    return date.root.head.i in view.inside and date.root.dep_ in ("npadvmod", "nmod", "appos")


def starts_clause(date: Span, view: FigureView, cues: FactCues) -> bool:
    """`Starting this week, the chain will offer 20 devices`, `Beginning in 2026, …`: a date under a participle
    of start that opens the figure's clause is that clause's time (the participle is a clause of its own)."""
    head = date.root.head.head if date.root.head.dep_ == "prep" else date.root.head
    return head.lower_ in cues.start_participles and head.dep_ == "advcl" and head.head.i in view.clause


def starts_range_of_other(date: Span, view: FigureView, cues: FactCues) -> bool:
    """`results doubled from 46 per cent in 2011/12 to 90 per cent`, `grew from $101 million in 2007 to $110
    million`: a date right after the figure a range starts from is that figure's; the figure the range goes to
    (under `to` of the same word) does not hold for it."""
    prep = date.root.head
    if prep.dep_ != "prep" or prep.i != date.start - 1 or prep.i == 0 or date.end > view.span.start:
        return False
    start = under_word(date.doc[prep.i - 1], cues.range_starts, 2)
    if start is None or prep.i - 1 not in view.others:
        return False
    return any(t.lower_ in cues.range_words and t.head.i == start.head.i for t in view.path)


def fronted_dates(view: FigureView, dates: list[Span], cues: FactCues) -> list[Span]:
    """`In the year to July, spending rose 17.9 per cent and tourists' spending was up 17.0 per cent`, `as of
    yesterday morning, 500,000 ballots were not yet returned, and 11,000 were not yet sent out`: a date fronted
    before the first conjunct's subject frames every clause coordinated with it."""
    first = view.clause_head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    subject = min((c.left_edge.i for c in first.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), default=first.i)
    return [d for d in dates if d.end <= subject and _hung_on(d) == first.i]


def _hung_on(date: Span) -> int:
    """The token a date hangs on, through its preposition if it has one, or its two (`as of yesterday morning`)."""
    head = date.root.head
    while head.dep_ == "prep" and head.head.i != head.i:
        head = head.head
    return head.i


def choose_period(view: FigureView, dates: Iterable[Span], ents: Iterable[Span], cues: FactCues, *,
                  change: bool) -> Span | None:
    """The DATE in the figure's clause nearest to it, leaving out a comparison base (`compared to the
    previous year`; for a change, `on 2023`), a date inside a name (`Northern Lynx 2026`) and a duration
    that is no time span. A figure that is itself the base (`compared with 270 in the same period last
    year`) takes the base's date."""
    sentence = view.span.sent
    named = [(e.start, e.end) for e in ents]
    in_sentence = [d for d in dates if sentence.start <= d.start < sentence.end
                   and not any(s <= d.start and d.end <= e for s, e in named)
                   and _is_usable_duration(d, cues) and not outside_relative(d, view, cues)]
    figure_is_base = is_base(view.span, cues)

    def usable(ds: list[Span]) -> list[Span]:
        return [d for d in ds if (is_base(d, cues) == figure_is_base or on_figure(d, view))
                and not claimed_by_other(d, view)
                and not names_a_thing(d, view)
                and not told_on(d, view, cues)
                and not starts_range_of_other(d, view, cues)
                and not (change and _is_change_base(d, view, cues))]

    candidates = usable([d for d in in_sentence if d.root.i in view.clause or starts_clause(d, view, cues)])
    if not candidates and view.clause_head.dep_ == "advcl" and view.clause_head.head.i != view.clause_head.i:
        # a participle (`…, wiping A$95 million off its value`) holds for its main clause's time
        _, parent, _ = clause_of(view.clause_head.head, cues)
        candidates = usable([d for d in in_sentence if d.root.i in parent and not release_day(d, view, cues)])
    if not candidates and view.clause_head.dep_ == "conj":
        candidates = usable(fronted_dates(view, in_sentence, cues))
    if not candidates and view.clause_head.dep_ == "ccomp" and view.clause_head.head.lower_ in cues.source_words:
        # `In the 2019/20 fiscal year, Tesco said its branch had a £24 million loss`: the period a report
        # speaks of (not the day it was made: `said on Wednesday`)
        reporting = view.clause_head.head
        candidates = usable([d for d in in_sentence if d.root.head.i == reporting.i
                             or (d.root.head.dep_ == "prep" and d.root.head.head.i == reporting.i)])
        candidates = [d for d in candidates if not _is_day(d, cues)]
    if not candidates:
        # a fronted date the parser left outside every verb's clause (`From January to October, …`)
        candidates = usable([d for d in in_sentence if not any(t.pos_ in ("VERB", "AUX") for t in d.root.ancestors)])
    if not candidates:
        return None
    rank = {token.i: k for k, token in enumerate(view.path)}

    def distance(d: Span) -> tuple[int, int, bool]:
        # a date hung on the figure's own path (`to eight in 2026`, `reach 40,000 t by 2029`) first
        attached = d.root.head.head if d.root.head.dep_ in ("prep", "agent") else d.root.head
        if attached.dep_ in ("relcl", "acl") and attached.head.i in rank:
            attached = attached.head  # `200 million to be delivered by the end of 2021`: the figure's own clause
        attached = attached.i
        gap = view.span.start - d.end if d.end <= view.span.start else d.start - view.span.end
        return (rank.get(attached, len(rank)), gap, d.start > view.span.start)

    return min(candidates, key=distance)
