"""A fact's subjects (the entities it belongs to), and what the period rules share with them: a comparison
base and a name or date claimed by another figure."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from briefx.components.facts.clauses import NOUNS, FigureView, under_word
from briefx.components.facts.cues import FactCues

_BASE_STEPS = 4


def is_base(span: Span, cues: FactCues) -> bool:
    """Under a comparison word (`compared with 270 in the same period last year`): the base of a comparison."""
    return under_word(span, cues.base_words, _BASE_STEPS) is not None


def claimed_by_other(span: Span, view: FigureView) -> bool:
    """`revenue of $8.4 billion (including $0.5 billion in 2017/18)`, `$8 million over 2015/16 to 2016/17
    and $6 million …`: a date (or name) that hangs under another figure before it reaches this one's path
    is that figure's."""
    path = {t.i for t in view.path}
    for token in span.root.ancestors:
        if token.i in view.inside:
            return False
        if token.i in view.others:
            return True  # also on the path of a figure coordinated with the other: `$8 million … and $6 million`
        if token.i in path:
            return False
    return False


def _is_source(ent: Span, view: FigureView, cues: FactCues) -> bool:
    """A data source or a speaker (`X said`, `according to X`, `data from X`) is no subject; but a source word
    that the figure hangs on is the figure's own verb (`the Games added $63 million GDP to New Zealand`)."""
    root = ent.root
    if root.dep_.startswith("nsubj") and root.head.lower_ in cues.source_words | cues.acknowledging_verbs:
        return True  # `Nathan Guy has welcomed six new projects`: who welcomes or praises a figure is no party to it
    if in_source_subject(ent, cues):
        return True  # `The release of the Visitor Survey (IVS) shows spend totalled $1 billion`
    if any(a.lower_ in cues.source_phrases for a in root.ancestors):
        return True  # `according to the Centers for Disease Control in the United States`: all of it
    word = under_word(ent, cues.source_words, 3, within_clause=True)
    return word is not None and not root.dep_.startswith("nsubj") and not takes_figure(word, view)


def takes_figure(word: Token, view: FigureView) -> bool:
    """The figure is in the verb's object, not its subject (`added $63 million`; not `One of the authors told X`)."""
    path = [t.i for t in view.path]
    if word.i not in path:
        return False
    at = path.index(word.i)
    return at > 0 and not view.path[at - 1].dep_.startswith("nsubj")


def in_source_subject(ent: Span, cues: FactCues) -> bool:
    """A name anywhere inside the subject of a source verb (`the release of the survey (IVS) shows`)."""
    for token in ent.root.ancestors:
        if token.dep_.startswith("nsubj"):
            return token.head.lower_ in cues.source_words
    return False


def _in_other_side(ent: Span, view: FigureView, figure_is_base: bool, cues: FactCues) -> bool:
    """`0.5% of Polish turnover, compared to 7% in the United Kingdom`: the base's names are not the
    compared figure's, and the compared figure's own names are not the base's."""
    if figure_is_base:
        return claimed_by_other(ent, view)
    return under_word(ent, cues.comparison_words, _BASE_STEPS) is not None


def base_phrase(view: FigureView, cues: FactCues) -> frozenset[int]:
    """The tokens of a comparison base's phrase, the subtree below the comparison word that holds the figure
    (`compares with 6.8 percent in Australia`, `compared to 6% in the UK`); empty when the figure is no base."""
    token = view.span.root
    for _ in range(_BASE_STEPS):
        if token.head.i == token.i:
            break
        if token.head.lower_ in cues.base_words:
            # with the place the parser hangs on the comparison verb after it (`compares to 2.4 million in Peru`)
            later = [c for c in token.head.children if c.i > token.i and c.dep_ == "prep"]
            return frozenset(t.i for c in (token, *later) for t in c.subtree)
        token = token.head
    return frozenset()


def base_places(view: FigureView, ents: list[Span], cues: FactCues) -> tuple[frozenset[int], frozenset[str]]:
    """A comparison base's phrase, and the labels of places and nationalities when it names one of its own
    (`6.8 percent in Australia`; else none): the compared side's names of those labels are not the base's."""
    phrase = base_phrase(view, cues)
    own = phrase - set(view.inside)
    named = any(e.root.i in own and e.label_ in cues.measure_subject_labels for e in ents)
    return phrase, cues.measure_subject_labels if named else frozenset()


def on_compared_side(ent: Span, base: tuple[frozenset[int], frozenset[str]]) -> bool:
    """`New Zealand's 4.9 percent rate compares with 6.8 percent in Australia`, `Chilean output of 5.3 million tonnes
    compares to 2.4 million tonnes in Peru`: a base that names its own place has none of the compared side's places
    and nationalities (the compared figure's owner is not the base's); a base that names none shares them
    (`arrivals from China rose to 300, compared with 270 a year before`)."""
    phrase, labels = base
    return ent.label_ in labels and ent.root.i not in phrase


_LIST_DEPS = ("conj", "appos")  # `one MP of A, one MP of B, and 8 independents`: the parse joins a list by apposition


def in_other_conjunct(ent: Span, view: FigureView) -> bool:
    """`GE turbines totalling $14.2 billion and Boeing jets totalling $4.8 billion`, `will buy $35 billion of
    bonds and will buy $40 billion of Treasury bills`: a name in a later conjunct that holds a figure of its
    own is that figure's, not the first conjunct's."""
    figure_chain = [view.span.root, *view.span.root.ancestors]
    figure_at = {t.i: k for k, t in enumerate(figure_chain)}
    previous = None
    for token in (ent.root, *ent.root.ancestors):
        if token.i in figure_at:
            below = figure_at[token.i]
            if previous is None or below == 0:
                return False  # one holds the other
            # a later conjunct with a figure of its own (the first conjunct's modifiers may be shared by all)
            if previous.dep_ in _LIST_DEPS:
                return any(t.i in view.others for t in previous.subtree)
            return in_figured_first_conjunct(ent, token, figure_chain[below - 1], view)
        previous = token
    return False


def parallel_heads(first: Token, later: Token) -> bool:
    """Two verbs, or the same noun twice (`a settlement with A and a settlement with B`)."""
    if first.pos_ in ("VERB", "AUX") and later.pos_ in ("VERB", "AUX"):
        return True
    nouns = first.pos_ in NOUNS and later.pos_ in NOUNS  # the tagger may take `MP` for a name
    return nouns and first.lower_.rstrip("s") == later.lower_.rstrip("s")


def in_figured_first_conjunct(ent: Span, first: Token, toward_figure: Token, view: FigureView) -> bool:
    """`a $200 million settlement with Columbia and a $50 million settlement with Brown`, `extending Kent School
    to take 200 more pupils, and providing 15 classrooms`: a name after the first conjunct's head, in its own part,
    is that conjunct's when the part holds a figure of its own; the figure of a later conjunct does not share it
    (the first conjunct's subject, before its head, is shared by all: `Acme will pay $5 million and invest $3
    million`)."""
    if toward_figure.dep_ not in _LIST_DEPS or ent.start < first.i or ent.root.dep_.startswith("nsubj"):
        return False
    if not parallel_heads(first, toward_figure):
        return False  # `300 analysts in Kenya and five neighbouring countries`: the parse may join the wrong pair
    later = {t.i for c in first.children if c.dep_ in _LIST_DEPS for t in c.subtree}
    return any(t.i in view.others and t.i not in later for t in first.subtree)


_NEAR_FIGURE = 4  # words between a name and the figure whose phrase it is in


def in_other_figures_phrase(ent: Span, view: FigureView, ents: list[Span]) -> bool:
    """`assistance to Yemen to $4.5m in 2017 and to Syria to over $24m`, `its 2000 Thai and 74 Malaysian stores`,
    `330 million doses from the United States and 80 million U.S. vaccines`: parallel conjuncts that each name
    their own party. A name a coordinator parts from the figure, within a few words of another figure with no
    coordinator between, is that figure's when the figure's own conjunct names a party of the same label,
    however the parse joined the conjuncts (`300 analysts in Kenya and five nearby countries`: Kenya is shared;
    so is a name in the clause's subject: `trade between the 10 ASEAN members and the SCO had reached $1 billion`)."""
    if in_subject_of(ent, view):
        return False
    sentence = view.span.sent
    separators = [i for i in range(sentence.start, sentence.end) if _separates(ent.doc, i, view)]
    toward = [i for i in separators if min(ent.end, view.span.end) <= i < max(ent.start, view.span.start)]
    if not toward or not _beside_other_figure(ent, view, separators):
        return False
    # the figure's own conjunct: from the separator nearest it to the next separator beyond it
    near = max(toward) if ent.start < view.span.start else min(toward)
    beyond = [c for c in separators if (c > view.span.end if near < view.span.start else c < view.span.start)]
    lo, hi = (near, min(beyond, default=sentence.end)) if near < view.span.start else \
        (max(beyond, default=sentence.start), near)
    return any(other.label_ == ent.label_ and lo <= other.root.i < hi and other.start != ent.start
               and _near(other, view.span) for other in ents)


def _beside_other_figure(ent: Span, view: FigureView, separators: list[int]) -> bool:
    """Another figure within a few words of the name, with no coordinator between them."""
    sentence = view.span.sent
    around = (*range(ent.start - 1, ent.start - 2 - _NEAR_FIGURE, -1), *range(ent.end, ent.end + 1 + _NEAR_FIGURE))
    return any(sentence.start <= i < sentence.end and i in view.others
               and not any(min(i, ent.start) < c < max(i, ent.end) for c in separators) for i in around)


def _near(ent: Span, figure: Span) -> bool:
    """Within a few words of the figure (`to Yemen to $4.5m`, `80 million U.S. vaccines`)."""
    gap = figure.start - ent.end if ent.end <= figure.start else ent.start - figure.end
    return gap <= _NEAR_FIGURE


def in_subject_of(ent: Span, view: FigureView) -> bool:
    """The name is (in) the subject of a verb on the figure's path, or fronted before that subject (`In partnership
    with ChargeNet, Acme will install seven 50kW and five 25kW chargers`): shared by all the verb's figures."""
    path = {t.i for t in view.path}
    if any(t.dep_.startswith("nsubj") and t.head.i in path for t in (ent.root, *ent.root.ancestors)):
        return True
    subjects = [c for c in view.clause_head.children if c.dep_.startswith("nsubj")]
    return any(ent.end <= s.left_edge.i for s in subjects)


def _separates(doc: Doc, i: int, view: FigureView) -> bool:
    """A coordinator that can part two conjuncts, not one inside a date (`between 2014 and 2023`) or one that
    joins names (`the Philippines, Australia and Japan`)."""
    return doc[i].dep_ == "cc" and i + 1 < len(doc) and not doc[i + 1].ent_type_ and i + 1 not in view.dated


def in_absolute_clause(ent: Span, view: FigureView, cues: FactCues) -> bool:
    """`…, with Eritrea the only state unsigned`, `…, with Ghana winning the bid`: the subject of an absolute
    `with` clause is that clause's party, not the figure's, unless the figure is in that clause."""
    root = ent.root
    if not root.dep_.startswith("nsubj"):
        return in_figured_absolute(ent, view, cues)
    predicate = root.head
    opened = predicate.dep_ == "pcomp" and predicate.head.lower_ in cues.absolute_marks
    opened = opened or any(c.dep_ == "mark" and c.lower_ in cues.absolute_marks for c in predicate.children)
    return opened and not any(t.i in view.inside for t in predicate.subtree)


def in_figured_absolute(ent: Span, view: FigureView, cues: FactCues) -> bool:
    """`spend totalled $1.03 billion, with $626 million of that coming from Australian visitors`: a name anywhere
    in an absolute `with` clause that holds another figure is that figure's, not the figure's outside it."""
    for token in ent.root.ancestors:
        if token.dep_ == "pcomp" and token.head.lower_ in cues.absolute_marks:
            inside = {t.i for t in token.subtree}
            return not inside & set(view.inside) and bool(inside & view.others)
    return False


_FRAME_DEPS = ("pobj", "poss", "compound", "prep")


def in_frame(ent: Span, view: FigureView, cues: FactCues) -> bool:
    """`Under the Biden-Harris Administration, the country has seen 12.6 million applications`, `$2 billion since
    the start of the Biden Administration`, `falling to its lowest level since the Global Financial Crisis`,
    `provided since the start of Russia's invasion`: a body in an adverbial `under`/`since` phrase on a verb, or
    any name in a `since` phrase (time_frame_preps), on a verb or a noun, frames the clause in time or authority;
    it does not own the figure."""
    prep = under_word(ent, cues.frame_preps, 4)
    if prep is None or any(t.i in view.inside for t in prep.subtree):
        return False
    if prep.lower_ not in cues.time_frame_preps and (ent.label_ != "ORG" or prep.head.pos_ not in ("VERB", "AUX")):
        return False
    chain = []
    token = ent.root
    while token.i != prep.i:
        chain.append(token.dep_)
        token = token.head
    return all(dep in _FRAME_DEPS for dep in chain)  # not a name the parse merely hung there (`Since …, G7+ have`)


_NAMING_DEPS = ("compound", "amod")  # a name before a noun (`the Balikatan exercise`: the parser may say amod)


def frames_as_occasion(ent: Span, view: FigureView, cues: FactCues) -> bool:
    """`46,000 soldiers fell during the First World War`, `a $1.8 billion surplus following the Global Financial
    Crisis`, `an Anzac Day 2015 event`: an event frames the figure in time or occasion; it owns the figure only as
    (in) the subject of a verb on the figure's path (`The Games added $63 million`), as a name modifying a noun
    (`EAS countries`, `joined the Balikatan exercise`) or as the host or scene it is `at` or `in` (`one of three
    roundtables at the Forum`)."""
    if ent.label_ not in cues.occasion_labels:
        return False
    root = ent.root
    path = {t.i for t in view.path}
    if root.dep_ in _NAMING_DEPS or any(t.dep_.startswith("nsubj") and t.head.i in path
                                      for t in (root, *root.ancestors)):
        return False
    return not (root.dep_ == "pobj" and root.head.lower_ in cues.occasion_preps)


def in_event_place(ent: Span, cues: FactCues) -> bool:
    """`This week in Cornwall, the leaders announced one billion doses`: the place of a time adverbial
    (`this week in X`, `last month in X`) is where the news was made, like a dateline; it is no subject."""
    prep = ent.root.head
    if ent.root.dep_ != "pobj" or prep.lower_ != "in" or prep.i == 0:
        return False
    before = prep.doc[prep.i - 1]  # the parse hangs `in X` on the time noun or, right after it, on the verb
    return any(when.lower_ in cues.time_nouns and when.dep_ == "npadvmod" and
               any(c.lower_ in cues.news_time_words for c in when.children) for when in (prep.head, before))


_MODIFIER_CLAUSES = ("relcl", "appos")


def in_modifier_of_other(ent: Span, view: FigureView) -> bool:
    """`Acme, whose chief is from Canada, spent $5 million`, `an account that Reuters runs reported 40 cases`: a
    name inside a relative clause or apposition of a noun off the figure's path describes that noun; it neither
    owns, locates nor is party to the figure. (Participle modifiers are left alone: `a consortium led by X`,
    `people affected by the war in X` name parties.)"""
    path = {t.i for t in view.path}
    for token in ent.root.ancestors:
        if token.i in path or token.i in view.inside:
            return False
        if token.dep_ in _MODIFIER_CLAUSES:
            return token.head.i not in path and token.head.i not in view.inside
    return False


def in_hyphened_participle(ent: Span, cues: FactCues) -> bool:
    """`a London-headquartered firm`, `UN-declared besieged areas`: a name joined by a hyphen to a participle
    describes the noun it modifies; it neither owns, locates nor is party to the figure (but `Chennai-based`,
    `Acme-led` place or lead the party)."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text != "-":
        return False
    after = doc[ent.end + 1]
    participle = after.tag_ == "VBN" or (after.lower_.endswith("ed") and after.pos_ in ("VERB", "ADJ"))
    return participle and after.lower_ not in cues.party_participles


def in_prefixed_word(ent: Span, cues: FactCues) -> bool:
    """`Trans-Caspian freight trains`, `non-EU migrants`: a name glued by a hyphen after a prefix is part of a word
    that describes a noun, no owner or place of the figure."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].text != "-" or doc[ent.start - 1].whitespace_:
        return False
    prefix = doc[ent.start - 2]
    return not prefix.whitespace_ and prefix.lower_ in cues.name_prefixes


_DESCRIBING_DEPS = ("compound", "amod", "prep", "pobj", "poss", "nmod")


def places_a_person(ent: Span, cues: FactCues) -> bool:
    """`Senator Amy Klobuchar of Minnesota, with 6`, `United States President Donald Trump issued seven pardons`: a
    place or nationality that says where a person is from or what office they hold describes the person, who may be
    a party to the figure; the place is not."""
    if ent.label_ not in cues.measure_subject_labels:
        return False
    token = ent.root
    for _ in range(3):
        if token.dep_ not in _DESCRIBING_DEPS or token.head.i == token.i:
            return False
        token = token.head
        if token.ent_type_ == "PERSON":
            return True
    return False


def is_party(ent: Span, view: FigureView) -> bool:
    """`Samuel Miller pleaded guilty to one count`, `President Biden announced $800 million`, `Voting against was
    Jane Doe, who preferred to cut by 1/4 point`: a person is a subject only as the agent of a verb on the
    figure's path or on that path; a person merely named elsewhere in the clause is not, nor the agent above a
    relative clause that holds the figure (`Biden signed the Act, which protects 3 million workers`)."""
    root = ent.root
    if root.dep_ not in ("nsubj", "nsubjpass", "attr"):
        return False  # `2,000 Javelin, 1,000 …`: a name in a list of figures is no agent
    if sizes_a_named_noun(view):
        return False
    path = set()
    for token in view.path:  # up to the noun a relative clause holding the figure describes, not above it
        path.add(token.i)
        if token.dep_ in ("relcl", "acl"):
            path.add(token.head.i)
            break
    return root.i in path or root.head.i in path


_SIZING_DEPS = ("nummod", "compound", "quantmod", "amod")


def sizes_a_named_noun(view: FigureView) -> bool:
    """`Harris will announce the winners of the $125 million Capital Readiness Program`, `grants from the $40
    million Housing Fund`: the figure sizes a noun inside a prepositional phrase of what the person acts on; it is
    that noun's, not the person's."""
    path = view.path
    return len(path) > 2 and path[0].dep_ in _SIZING_DEPS and path[1].dep_ == "pobj" and \
        path[2].dep_ == "prep" and path[2].head.pos_ in NOUNS


def names_a_programme(ent: Span, cues: FactCues) -> bool:
    """`Families Package`, or a name that modifies a programme word outside it (`the Community Conservation fund`,
    `14 Social Investment initiatives`): a programme, plan or meeting, which owns no figure."""
    head = ent.root.head
    place = ent.label_ in cues.measure_subject_labels  # `its UK–India residency scheme`: the places it serves
    named_by = ent.root.dep_ == "compound" or (ent.root.dep_ in ("nmod", "amod") and not place)
    modifies = named_by and head.i >= ent.end and head.lower_ in cues.non_subject_heads
    return ent[-1].lower_ in cues.non_subject_heads or modifies


def spreads_over(ent: Span, cues: FactCues) -> bool:
    """`23 million households – 1 in 6 households across America`, `initiatives that will benefit communities across
    regional New Zealand`: a place the measured thing spreads over locates it, even inside a modifier of another noun
    or beside another figure."""
    return ent.label_ in cues.measure_subject_labels and ent.root.dep_ == "pobj" and \
        ent.root.head.lower_ in cues.spread_preps


def counted_parties(subjects: list[Span], view: FigureView, cues: FactCues) -> list[Span]:
    """`The two leaders reaffirmed support for Ukraine`: an anaphoric count (`is_anaphoric_count`) that is its clause's
    subject counts parties named before; of its clause's names it keeps only those of its own phrase (`these three
    funds by Schroders, Man Group and Resonance`) and those the clause names as a pair (`… the partnership between
    the United States and Jordan`), the rest are what the parties talk about."""
    counted = view.span.root.head
    if not counted.dep_.startswith("nsubj"):
        return subjects
    own = {t.i for t in counted.subtree}
    return [e for e in subjects if e.root.i in own
            or any(a.dep_ == "prep" and a.lower_ in cues.pair_preps for a in e.root.ancestors)]


def choose_subjects(view: FigureView, ents: list[Span], datelines: list[Span], cues: FactCues) -> list[Span]:
    """Entities in the figure's clause, one span each (the first), leaving out people not party to it, data sources,
    speakers and the dateline; a comparison base (`4% of the Polish market, compared to 16% in Hungary`)
    keeps its own entities, and the figure compared with it has none of them."""
    bracketed = bracketing_name(view, ents, cues)
    if bracketed is not None:
        return [bracketed]  # `Southland (11.0 percent), Canterbury (10.6 percent)`: each figure is its name's
    out: list[Span] = []
    seen: set[str] = set()
    figure_is_base = is_base(view.span, cues)
    base = base_places(view, ents, cues)
    for ent in ents:
        if ent.root.i not in view.clause or brackets_other_figure(ent, view) or on_compared_side(ent, base):
            continue
        if ent.label_ not in cues.subject_labels and not (ent.label_ == "PERSON" and is_party(ent, view)):
            continue
        spread = spreads_over(ent, cues)
        if _in_other_side(ent, view, figure_is_base, cues) or in_other_conjunct(ent, view) or \
                (not spread and claimed_by_other(ent, view)) or in_absolute_clause(ent, view, cues) or \
                (not spread and in_modifier_of_other(ent, view)) or in_hyphened_participle(ent, cues) or \
                in_prefixed_word(ent, cues) or places_a_person(ent, cues) or \
                in_other_figures_phrase(ent, view, ents):
            continue
        if _is_source(ent, view, cues) or in_event_place(ent, cues) or in_frame(ent, view, cues) or \
                frames_as_occasion(ent, view, cues) or \
                any(d.start <= ent.start and ent.end <= d.end for d in datelines):
            continue
        if names_a_programme(ent, cues):
            continue  # a programme, plan or meeting owns no figure
        key = ent._.canonical or ent.text
        if key in seen:
            continue
        seen.add(key)
        out.append(ent)
    holder = reported_holder(view, ents, cues)  # `X said it will invest`: X holds it
    if holder is not None and (holder._.canonical or holder.text) not in seen:
        out = sorted([*out, holder], key=lambda e: e.start)
    owner = None if out else pronoun_owner(view, ents, cues)  # a clause that names none: whom `its` stands for
    return [owner] if owner is not None else out


def reported_holder(view: FigureView, ents: list[Span], cues: FactCues) -> Span | None:
    """`The Forest Service announced it will invest $218 million`, `Acme said they would cut 500 jobs`: a reported
    clause whose subject is a pronoun belongs to the name that is the reporting verb's subject."""
    head = view.clause_head
    if head.dep_ != "ccomp" or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in cues.subject_pronouns
                                       for c in head.children):
        return None
    return next((e for e in ents if e.label_ in cues.subject_labels and e.root.dep_ in ("nsubj", "nsubjpass")
                 and e.root.head.i == head.head.i), None)


def bracketing_name(view: FigureView, ents: list[Span], cues: FactCues) -> Span | None:
    """`growth was highest in Southland (11.0 percent) and Canterbury (10.6 percent)`, `compares to UK (7.7%)`: a
    figure alone in brackets right after a name is that name's."""
    doc, start, end = view.span.doc, view.span.start, view.span.end
    if start < 2 or end >= len(doc) or doc[start - 1].text != "(" or doc[end].text != ")":
        return None
    return next((e for e in ents if e.end == start - 1 and e.label_ in cues.subject_labels), None)


def brackets_other_figure(ent: Span, view: FigureView) -> bool:
    """A name followed by another figure alone in brackets (`UK (7.7%)`) is that figure's, not this one's."""
    doc = ent.doc
    return ent.end + 1 < len(doc) and doc[ent.end].text == "(" and doc[ent.end + 1].i in view.others


def pronoun_owner(view: FigureView, ents: list[Span], cues: FactCues) -> Span | None:
    """`The Committee anticipates that inflation would run below its 2 percent objective`: the owner a possessive
    pronoun on the figure's path stands for, the nearest name before it in the sentence that is a verb's subject."""
    pronoun = next((c for t in view.path for c in t.children
                    if c.dep_ == "poss" and c.lower_ in cues.possessive_pronouns and c.i < view.span.start), None)
    if pronoun is None:
        return None
    return next((e for e in reversed(ents) if e.end <= pronoun.i and e.label_ in cues.subject_labels
                 and e.root.dep_ in ("nsubj", "nsubjpass")), None)
