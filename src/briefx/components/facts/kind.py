"""Level, change or target, and the direction of a change (GOLD.md § Facts, kind)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from briefx.components.facts.clauses import FigureView, is_infinitive
from briefx.components.facts.cues import FactCues, direction_of
from briefx.components.facts.measure import compares_counted, of_owner, range_start
from briefx.normalize.periods import lies_ahead

_CUE_CHILD_DEPS = ("advmod", "amod", "npadvmod", "compound", "quantmod")
_STATE_DEPS = ("acomp", "oprd", "advmod", "prt")  # `oprd`: `will be made better off by …`


def _qualifier(token: Token, view: FigureView, cues: FactCues) -> bool:
    """`up to 450`, `more than 57,000`, `more⏎than one billion` (a hard-wrapped line): a cue word that qualifies
    the figure, not a change."""
    doc = token.doc
    nxt = next((t for t in doc[token.i + 1 : view.span.start] if not t.is_space), None)
    return token.i < view.span.start and nxt is not None and nxt.lower_ in cues.qualifier_followers


def _governs_other_figure(token: Token, view: FigureView) -> bool:
    """`5.4 per cent of GDP, up 1.1 percentage points`: the `up` belongs to the other figure."""
    return any(t.i in view.others for t in token.subtree)


def _via_by(view: FigureView, cues: FactCues) -> bool:
    return any(t.lower_ in cues.change_preps for t in view.path[1:])


def particle_before(view: FigureView) -> list[Token]:
    """`34,761 dwellings were consented – up nearly 6 per cent`: the parse hangs `up` on the verb as a particle
    beside the figure; it is the figure's when it stands apart from the verb and only the figure's own words lie
    between them."""
    root, start = view.span.root, view.span.start
    doc = root.doc
    out = []
    for particle in root.head.children:
        between = range(particle.i + 1, start)
        apart = particle.i > root.head.i + 1  # `bought up 30% of the shares` is a phrasal verb
        own = all(doc[i].head.i in view.inside for i in between)
        if particle.dep_ in ("prt", "advmod") and apart and particle.i < start and own:
            out.append(particle)
    return out


def takes_difference(verb: Token, view: FigureView, cues: FactCues) -> bool:
    """`add €38 million to labour costs`, `add a billion doses`: a difference verb whose direct object is the
    figure or the noun it counts (not a figure the parser coordinated with a pronoun object)."""
    if verb.lower_ not in cues.difference_verbs:
        return False
    root = view.span.root
    noun = root.head if root.dep_ in _SIZING_DEPS and root.head.pos_ == "NOUN" else root
    while noun.dep_ == "conj" and noun.head.i != noun.i:  # `cut $61.4 million in funding and 120 staff`
        noun = noun.head
    return noun.dep_ == "dobj" and noun.head.i == verb.i and noun.pos_ != "PRON"


def comparative_after(view: FigureView, cues: FactCues) -> str | None:
    """`spent $200m more than visitors …`, `came in 1.7% below forecast`, `$439 million (0.6%) below forecast`:
    a comparative right after the figure (past a bracketed equivalent) makes it a difference; its direction."""
    doc, i = view.span.doc, view.span.end
    if i < len(doc) and doc[i].text == ")":  # the figure is the bracketed equivalent
        i += 1
    elif i < len(doc) and doc[i].text == "(":
        i = next((j + 1 for j in range(i + 1, min(i + 8, len(doc))) if doc[j].text == ")"), i)
    if i >= len(doc):
        return None
    word = doc[i].lower_
    if doc[i].tag_ in ("NNP", "NNPS"):
        return None  # `Five Below, Inc.`: a word of a name
    if compares_counted(doc[i], view, cues):
        return direction_of(word, cues.count_more, cues.count_fewer)
    if word in cues.comparative_needs_than and not _than_follows(doc, i):
        return None
    return direction_of(word, cues.comparative_up, cues.comparative_down)


def _than_follows(doc: Doc, i: int) -> bool:
    """`than` next, or after the noun the comparative qualifies (`1,200 fewer arrivals than`)."""
    after = doc[i + 1 : i + 3]
    return len(after) > 0 and (after[0].lower_ == "than" or (
        len(after) == 2 and after[0].pos_ == "NOUN" and after[1].lower_ == "than"))


def state_word(verb: Token, view: FigureView, cues: FactCues) -> Token | None:
    """`will be better off by $75 a week`, `which are down by over 11,000`, `is now down by 65%`, `to be down
    nationally 9%`: a comparative or particle of the verb, before the figure, that says which way it moved."""
    return next((c for c in verb.children if c.dep_ in _STATE_DEPS and c.lower_ in cues.change_adverbs
                 and c.i < view.span.start and not _qualifier(c, view, cues)
                 and not (c.dep_ == "prt" and c.i == verb.i + 1)), None)  # `drawn up by 14 councils`: phrasal


def change_direction(view: FigureView, cues: FactCues) -> tuple[bool, str | None]:
    """Whether the figure is a change, and its direction: `a 34% increase`, `an increase of 5%`,
    `up 21.9%`, `50% more`, `$200m more than`, `rose 12%`, `fell by $3 million` (but not `rose to $3 billion`,
    nor a figure in the subject of the verb, `six springs had lost flow`)."""
    trailing = comparative_after(view, cues)
    return (True, trailing) if trailing is not None else _change_by_words(view, cues)


def frames_a_change(prep: Token, cues: FactCues) -> bool:
    """`grew by an average of 0.4 per cent`, `fell by a total of $3 million`: the `of` of a rate frame or
    container that is itself the `by`-object of a change, which the figure sizes."""
    frame = prep.head
    return (prep.lower_ == "of" and frame.lower_ in cues.rate_frames | cues.container_nouns
            and frame.dep_ == "pobj" and frame.head.lower_ in cues.change_preps)


def _change_by_words(view: FigureView, cues: FactCues) -> tuple[bool, str | None]:
    root = view.span.root
    near = [root.head, *(c for c in root.children if c.dep_ in _CUE_CHILD_DEPS), *particle_before(view)]
    if root.head.lower_ in cues.time_nouns:
        near.append(root.head.head)  # `up 8% year on year`: the figure hangs on `year`
    for token in near:
        if token.i in view.inside or _qualifier(token, view, cues):
            continue
        if _governs_other_figure(token, view) and token.i != root.head.i:
            continue  # but `a 300% increase, from £79m to £250m` is the figure's own change
        if token.pos_ == "NOUN" and cues.names_change(token.lower_, view.span.label_):
            return True, direction_of(token.lower_, cues.noun_up, cues.noun_down)
        if token.lower_ in cues.change_adverbs and token.pos_ in ("ADV", "ADJ", "ADP"):
            return True, direction_of(token.lower_, cues.adverb_up, cues.adverb_down)
    owner = of_owner(view, cues)
    if owner is not None and owner.pos_ == "NOUN" and owner.lower_ in cues.change_nouns:
        return True, direction_of(owner.lower_, cues.noun_up, cues.noun_down)
    previous = view.path[0]
    for token in view.path[1:]:
        if previous.dep_ in ("nsubj", "nsubjpass"):
            return False, None
        previous = token
        if token.dep_ == "prep" or token.pos_ == "ADP":
            if token.lower_ in cues.level_preps and not frames_a_change(token, cues):
                return False, None
            continue
        if token.pos_ in ("VERB", "AUX"):
            direction = direction_of(token.lower_, cues.change_up, cues.change_down)
            via_by = _via_by(view, cues)
            comparative = state_word(token, view, cues)
            if direction is None and comparative is not None and (via_by or view.path[0].dep_ == "npadvmod"):
                return True, direction_of(comparative.lower_, cues.adverb_up, cues.adverb_down)
            if (direction is not None and not via_by and view.span.label_ != "PERCENT"
                    and not takes_difference(token, view, cues)):
                return False, None  # `raise £1.2bn` is an amount raised, not a change (but `add €38 million`)
            return direction is not None, direction
    return False, None


def aims_at(view: FigureView, cues: FactCues) -> bool:
    """`inflation moving toward 2 percent`, `expects inflation to rise toward 2 percent`: a point aimed at."""
    root = view.span.root
    return root.dep_ == "pobj" and root.head.lower_ in cues.goal_preps


def _infinitive_child(token: Token) -> bool:
    """`agreed to provide`, and an infinitive the parser hangs as an adverbial clause, after a phrase (`preferred
    at this meeting to maintain`) or not (`has been allocated to establish 36 clinics`)."""
    return any(c.dep_ == "xcomp" or (c.dep_ == "aux" and c.lower_ == "to") or (c.dep_ == "advcl" and is_infinitive(c))
               for c in token.children)


def is_cue(token: Token, cues: FactCues) -> bool:
    """A word of plan, goal, forecast or pledge (some only with an infinitive: `set to`, `agreed to`), unless
    told as a decision made."""
    word = token.lower_
    if word not in cues.target_words or token.tag_ in ("NNP", "NNPS") or decided(token, cues):
        return False  # `the $200m Tourism Communities Plan`: a word of a name is no cue
    return word not in cues.target_needs_infinitive or _infinitive_child(token)


def decided(token: Token, cues: FactCues) -> bool:
    """`$614 million has been approved`, `it has approved:`, `50 extra classrooms approved since 2016`: a decision
    told in the perfect, or running from a `since` date, is made; what it gave is a level, not a plan (a pledge,
    `have committed to invest`, is not among these words: what it promises is still ahead)."""
    return token.lower_ in cues.done_decisions and any(
        (c.dep_ == "aux" and c.lower_ in cues.perfect_auxiliaries)
        or (c.dep_ == "prep" and c.lower_ in cues.time_frame_preps) for c in token.children)


_FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")


def own_clause_path(view: FigureView, cues: FactCues) -> tuple[Token, ...]:
    """The figure's path up to and including the first verb of a relative clause or a participle that
    modifies a noun (`where 600,000 Sudanese have arrived`): cues above it belong to another clause. A value
    participle (`will receive grants totalling $50,000`) opens none: it sizes its noun, as `worth` does."""
    out = []
    for token in view.path:
        out.append(token)
        if (token.pos_ in ("VERB", "AUX") and token.dep_ in ("relcl", "acl")
                and not (token.dep_ == "acl" and token.lower_ in cues.value_adjectives)):
            break
    return tuple(out)


def is_finite(token: Token) -> bool:
    return token.tag_ in _FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS
                                            for c in token.children)


def is_base_level(view: FigureView, cues: FactCues) -> bool:
    """`grow from about 300 troops to 450`, `from four in 2024 to eight`, `a 25% reduction (from 300,000 people
    to 220,000)`: the level a change (a verb or a noun of change) starts from."""
    path, doc = view.path, view.span.doc
    if len(path) > 1 and path[1].lower_ == "to":
        return False  # `from four in 2024 to eight in 2026`: the parser may hang `to eight` on `from`
    if view.span.start > 0 and doc[view.span.start - 1].lower_ in cues.range_words:
        return False  # `from two to four lanes`: the level reached
    if len(path) > 1 and range_start(view, cues) and path[1].like_num:
        path = path[1:]  # `widen from two to four lanes`: the parser hangs `two` on `four`
    for i, token in enumerate(path[1:3], start=1):
        if token.dep_ == "prep" and token.lower_ == "from" and i + 1 < len(path):
            changed = path[i + 1]
            if changed.pos_ == "NOUN":
                return cues.names_change(changed.lower_, view.span.label_)
            return changed.lower_ in cues.change_up | cues.change_down
    return False


def is_target(view: FigureView, cues: FactCues) -> bool:
    """A plan, goal, forecast or pledge: `plans to produce`, `is expected to`, `will`, `would`,
    `a plant planned for …`, `is scheduled to be commissioned`."""
    words: list[Token] = []
    for token in own_clause_path(view, cues):
        words.append(token)
        words.extend(c for c in token.children if c.dep_ in ("aux", "auxpass", "acl", "relcl", "amod", "xcomp"))
        if token.dep_ in ("xcomp", "conj") or (token.dep_ == "advcl" and token.tag_ == "VBG"):
            # `will cost $20 million in 2011, rising to $340 million`: a participle shares its verb's mood
            words.append(token.head)
            words.extend(c for c in token.head.children if c.dep_ in ("aux", "auxpass"))
        elif token.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            words.append(token.head)  # `plans to lower the rate to 28%`: the noun the infinitive completes
    if _told_as_past(words, cues) or describes_agent(view, cues):
        return False
    counted = counted_noun(view)
    return (any(token.i not in view.inside and token != counted and is_cue(token, cues) for token in words)
            or _goal_is_subject(view, cues)
            or aims_at(view, cues) or _plan_is_subject(view, cues) or awaits_doing(view, cues)
            or is_announced(view, cues) or gives_now(view, cues)
            or view.span.root.head.lower_ in cues.goal_nouns)  # `the Committee's 2 percent objective`


def is_announced(view: FigureView, cues: FactCues) -> bool:
    """`welcomed the United States’ announcement of $1 billion in new assistance`, `the announcement of the $613
    million duplication`: what an announcement is of, through nouns only, is announced (corpus/README.md:
    announced allocations are targets)."""
    for token in own_clause_path(view, cues)[1:]:
        if token.pos_ in ("VERB", "AUX"):
            return False
        if token.dep_ == "prep" and token.lower_ == "of":
            return token.head.lower_ in cues.announcing_nouns
    return False


def sized_head(view: FigureView) -> Token:
    """The word a figure sizes, before or after it (`an immediate $1 million contribution`; `a record $2.9 billion`,
    where the parse may make `record` the head), else the figure's root."""
    root = view.span.root
    return root.head if root.dep_ in _SIZING_DEPS else root


def gives_now(view: FigureView, cues: FactCues) -> bool:
    """`the Government is contributing $200,000`, `are investing $985 million to build`, `is making an immediate
    $1 million contribution`: a sum a giving verb in the present progressive takes as its object (or sizes the
    object of) is given as announced, an allocation (corpus/README.md: announced allocations are targets); in the
    passive (`the funding is being provided from the Fund`) the sum is the subject and stays a level."""
    if view.span.label_ != "MONEY":
        return False
    noun = sized_head(view)
    while noun.dep_ == "conj" and noun.head.i != noun.i:  # `is investing $95 million for X, $55 million for Y`
        noun = noun.head
    verb = noun.head
    return (noun.dep_ == "dobj" and verb.tag_ == "VBG" and verb.lower_ in cues.giving_progressives
            and any(c.dep_ == "aux" and c.lower_ in cues.present_auxiliaries for c in verb.children))


def _passive_infinitive(verb: Token) -> bool:
    """`to be delivered`, `to be built`: an infinitive in the passive."""
    children = list(verb.children)
    return (any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
            and any(c.dep_ == "auxpass" for c in children))


def awaits_doing(view: FigureView, cues: FactCues) -> bool:
    """`500 million vaccines to be delivered by June`, `including 200 million to be delivered by the end of 2021`,
    `with 90% of homes to be designated as affordable`: what the figure sizes, completed or governed by a passive
    infinitive, is yet to be done (GOLD.md § Facts: scheduled or planned, a target). Things a past clause
    counts (`announced two initiatives to be funded by …`) are counted as they are."""
    root = view.span.root
    path = own_clause_path(view, cues)
    nouns = [*path, *(c for p in root.children if p.dep_ == "prep" and p.lower_ == "of"
                      for c in p.children if c.dep_ == "pobj")]
    told = view.clause_head.tag_ == "VBD"
    relatives = (c for noun in nouns if noun.pos_ in ("NOUN", "PROPN", "NUM") and not told
                 for c in noun.children if c.dep_ in ("relcl", "acl"))
    verbs = (t for t in path[1:] if t.pos_ in ("VERB", "AUX")
             and not (t.dep_ in ("ccomp", "xcomp") and t.head.tag_ == "VBD"))
    return any(_passive_infinitive(v) for v in (*relatives, *verbs))


def counted_noun(view: FigureView) -> Token | None:
    """`140 housing proposals`: a noun the figure counts is what is measured, not a plan word for it (but
    `a $1.3 billion promise` sizes what is promised)."""
    root = view.span.root
    if root.dep_ in _SIZING_DEPS and root.head.i >= view.span.end and view.span.label_ != "MONEY":
        return root.head
    return None


def describes_agent(view: FigureView, cues: FactCues) -> bool:
    """`proposed by 58 stakeholders`, `Schroders, one of the largest managers, will invest`: a figure that
    describes who acts counts them as they are; the plan is the verb's object, not its agent (but `will be made
    better off by an average of $75` sizes a change)."""
    nested = framed = False
    for token in own_clause_path(view, cues):
        framed = framed or frames_a_change(token, cues)
        if token.dep_ == "agent":
            return not framed
        if token.dep_ == "nsubj":
            return nested
        nested = nested or token.dep_ == "appos"
    return False


def object_verb(view: FigureView, cues: FactCues) -> Token | None:
    """The verb whose direct object the figure is (or sizes): `The Budget provides $373.9 million` → `provides`."""
    path = own_clause_path(view, cues)
    verb = next((t for t in path[1:] if t.pos_ in ("VERB", "AUX")), None)
    return verb if verb is not None and path[path.index(verb) - 1].dep_ == "dobj" else None


def allotted_by(view: FigureView, cues: FactCues, subjects: frozenset[str]) -> bool:
    """The figure is the object of a verb of allotting (`includes`, `provides`) whose subject is one of `subjects`."""
    verb = object_verb(view, cues)
    return verb is not None and verb.lower_ in cues.allotting_verbs and any(
        c.dep_ == "nsubj" and c.lower_ in subjects for c in verb.children)


def _plan_is_subject(view: FigureView, cues: FactCues) -> bool:
    """`The Budget provides $373.9 million for schools`, `the Plan includes $18 billion`: what a budget, plan
    or package holds as its object is allotted or proposed (GOLD.md § Facts: a target); so is what an
    investment, a funding round or an agreement includes or provides (`The Government’s investment includes $5
    million`, `the agreement included over $20 billion`), and the sum a deal, act, law or initiative includes or invests
    as its object (`The deal invests $16 billion in`), but not what a fund provides or a deal covers."""
    verb = object_verb(view, cues)
    if verb is None:
        return False
    return (any(c.dep_ == "nsubj" and c.lower_ in cues.plan_subjects for c in verb.children)
            or allotted_by(view, cues, cues.allotting_subjects)
            or (sized_head(view).dep_ == "dobj" and allotted_by(view, cues, cues.funding_measures)))


def _goal_is_subject(view: FigureView, cues: FactCues) -> bool:
    """`the goal for the campaign was to exceed 90 percent`: a clause whose subject is a goal."""
    return any(c.dep_ == "nsubj" and c.lower_ in cues.goal_nouns for c in view.clause_head.children)


def _told_as_past(tokens: list[Token], cues: FactCues) -> bool:
    """`previously committed`, `has already been committed`, `the total assistance committed`: made, not planned."""
    # a participle's noun counts too: `the total assistance committed to Chad`
    heads = [t.head for t in tokens if t.dep_ == "acl"]
    # `will receive a total of $56,624`, `plan to invest a total of $3 billion`, `announced a total of $78
    # million`: under a modal or a plan verb, a container the figure fills is no marker (but `a total of $2 billion
    # since 2021` is a sum made, as is one a plan verb gave since a date)
    planned = any(t.tag_ == "MD" or (t.pos_ == "VERB" and is_cue(t, cues)) for t in tokens) and not any(
        c.dep_ == "prep" and c.lower_ in cues.time_frame_preps for t in tokens for c in t.children)
    own = [t for t in tokens if not (planned and t.lower_ in cues.container_nouns)]
    near = [*own, *(c for t in (*tokens, *heads) for c in t.children
                    if c.dep_ in ("advmod", "amod", "det", "npadvmod"))]
    return any(marks_past(t, cues) for t in near)


def marks_past(token: Token, cues: FactCues) -> bool:
    """`previously`, `already`, and a marker of two words read from either of them (`so far`, `to date`)."""
    doc = token.doc
    words = [token.lower_]
    if token.i > 0:
        words.append(f"{doc[token.i - 1].lower_} {token.lower_}")
    if token.i + 1 < len(doc):
        words.append(f"{token.lower_} {doc[token.i + 1].lower_}")
    return any(w in cues.past_markers for w in words)


def is_anaphoric_count(view: FigureView, cues: FactCues) -> bool:
    """`the two countries`, `both sides`: a count of parties already named, which holds for no period."""
    root = view.span.root
    if view.span.label_ != "COUNT" or root.dep_ != "nummod":
        return False
    return any(c.dep_ in ("det", "predet") and c.lower_ in cues.anaphoric_determiners and c.i < view.span.start
               for c in root.head.children)


def describes_known_thing(view: FigureView, cues: FactCues) -> bool:
    """`alongside the new $1.7 billion home`, `between our two countries`, `for Australia’s $13 billion dairy
    industry`: a figure that sizes a noun of a prepositional phrase, a noun the text knows (a possessive or a
    known determiner), describes a thing that is, as it is; the plan of its clause is not the figure's (but a
    pledge or goal noun, `the $40 million contribution`, and a noun a plan word marks, `the planned 300 MW
    plant`, still are, as is what an announcement is of: `the announcement of the $420 million upgrade`)."""
    noun = sized_head(view)
    if noun.i < view.span.end or noun.pos_ != "NOUN" or noun.dep_ != "pobj" or is_announced(view, cues):
        return False
    if noun.lower_ in cues.pledge_nouns | cues.goal_nouns | cues.target_words:
        return False
    if any(c.dep_ in ("amod", "acl") and c.lower_ in cues.target_words for c in noun.children):
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in cues.known_determiners)
               for c in noun.children if c.i < view.span.start)


def told_in_past(view: FigureView, cues: FactCues, *, own_verb: bool = False) -> bool:
    """`spent`, `has provided`, `we’ve provided`: a verb of the figure's own clause in the past tense or the
    perfect (with `own_verb`, only the verb the figure hangs on: `decided to purchase $300 billion over the next
    six months` tells a decision made of a purchase ahead)."""
    for token in own_clause_path(view, cues):
        if token.pos_ != "VERB":
            continue
        if token.tag_ == "VBD" or (token.tag_ == "VBN" and any(
                c.dep_ == "aux" and c.lower_ in cues.perfect_auxiliaries for c in token.children)):
            return True
        if own_verb:
            return False
    return False


def is_forward_duration(period: Span, cues: FactCues) -> bool:
    """`over four years`, `over the next three years`: a length of time ahead (not `over the past decade`)."""
    head = period.root.head
    if period._.value is not None or head.dep_ != "prep" or head.lower_ not in cues.forward_duration_preps:
        return False
    return not any(t.lower_ in cues.past_duration_words for t in period)


def _hangs_on_own_path(period: Span, view: FigureView, cues: FactCues) -> bool:
    """`which represent 8,600 workers, are demanding a rise over two years`: a date of another verb is not
    the figure's own time."""
    head = period.root.head
    attached = head.head if head.dep_ == "prep" else head
    return any(attached.i == t.i for t in own_clause_path(view, cues))


def holds_ahead(view: FigureView, period: Span | None, cues: FactCues) -> bool:
    """A figure told in no past tense for a period after the publication day (`$2.4 million in 2016/17`
    in a budget of May 2016), for a time named as ahead that has no value (`in the next financial year`,
    `in the coming days`), over a length of time ahead (`$40 million over four years`) or due by a date
    (`80 million vaccines … by the end of June`): a plan or forecast (GOLD.md § Facts: a target)."""
    if period is None or not _hangs_on_own_path(period, view, cues) or told_in_past(view, cues, own_verb=True):
        return False
    if period.root.head.dep_ == "prep" and period.root.head.lower_ in cues.deadline_preps:
        return True
    published = view.span.doc._.published
    if published is not None and lies_ahead(period._.value, published=published):
        return True
    if period._.value is None and any(t.lower_ in cues.ahead_words for t in period):
        return True
    return is_forward_duration(period, cues)


_SIZING_DEPS = ("nummod", "compound", "amod", "nmod", "quantmod")


def sized_noun(view: FigureView, cues: FactCues) -> Token | None:
    """The common noun a figure sizes: `a $20 billion investment`, `$94.4 million of new funding`,
    `$20 billion in support`."""
    root = view.span.root
    if root.dep_ in _SIZING_DEPS and root.head.i >= view.span.end:
        return root.head
    prep = next((c for c in root.children if c.dep_ == "prep" and c.lower_ in cues.pledge_preps), None)
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None


def is_pledged_sum(view: FigureView, cues: FactCues) -> bool:
    """`the new $800 million assistance package`, `backed by $20 billion in support`: a sum that sizes a
    package, funding, investment or allocation is pledged or allotted (GOLD.md § Facts: a pledge is a
    target), unless its own clause tells it in the past (`spent $5 million of the funding`) or marks it as made
    (`the $1.1 billion of funding already committed`: past_markers on the figure's or the noun's participle)."""
    if view.span.label_ != "MONEY":
        return False
    noun = sized_noun(view, cues)
    if noun is None or noun.pos_ != "NOUN" or noun.tag_ in ("NNP", "NNPS") or noun.lower_ not in cues.pledge_nouns:
        return False
    participles = [c for t in (view.span.root, noun) for c in t.children if c.dep_ == "acl"]
    own = own_clause_path(view, cues)
    return not told_in_past(view, cues) and not _told_as_past([*own, noun, *participles], cues)


def is_equivalent_pair(first: Span, second: Span, cues: FactCues) -> bool:
    """`$375 million or 0.7 percent`, `$2 billion (or 11%)`, `39%, or around €49 billion`: two figures of one
    sentence with only `or`, brackets, commas and qualifiers between them."""
    between = first.doc[first.end : second.start]
    return (first.sent.start == second.sent.start and 0 < len(between) <= 4
            and any(t.lower_ in cues.equivalent_links for t in between)
            and all(t.is_punct or t.lower_ in cues.equivalent_links or t.dep_ in ("quantmod", "advmod")
                    for t in between))
