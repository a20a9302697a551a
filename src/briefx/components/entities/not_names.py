"""Capitalised words that name no entity (GOLD.md: programmes, plans, documents, products
and the like get no span): a document-level repair after the choice.

- Words that are never names of an organisation, place or person in press text: diseases,
  technologies, fuels, documents, weapons written as initialisms (``COVID-19``, ``EV``,
  ``MOU``, ``UAV``, ``LNG``): the lexicon's ``not_entities``.
- A name inside the name of a programme, agreement or plan ("the Innovative New Zealand
  package", "a UK-New Zealand Free Trade Agreement", "U.S. dollar liquidity"): GOLD.md labels
  no name inside them.
- A capitalised run of common words the document also writes in lower case ("ennobles our
  Nation" beside "a proud nation"; "Veterans are …" beside "veterans"), unless its last word is
  a body's head ("the Committee"), a party's ("Labor") or a company word.
- A number word alone ("Nine transport helicopters" opening a list item) names no nationality,
  person or place; only a body ("Nine", the network) may be one.
- A body's short reference that only modifies the noun after it ("a Board member", "Government
  funding"): no span (`modifies_the_next_noun`).
- A name an amount of money modifies ("the $22 million Carbon Farming Fund"): a pot of money, a
  programme or a project, not the body that runs it; so is a fund named as it is set up ("launch a
  new Crime Reduction Fund", "the proposed Research Future Fund"), and so is one the document names
  where money comes from or goes through ("a round of the Waste Minimisation Fund", "contributions to
  Mayoral Relief Funds"): all its mentions, unless one acts as a body ("will invest").
- Honours after a person's name ("Sir Bruce Robertson, KNZM", "Angus Houston, AC, AFC"): no span;
  a person the model read as a body because honours close the name ("Helen Cull QC", "Mr Duncan
  Lewis AO") is the person, without them.
- A short form defined in brackets after lower-case words ("memorandum of understanding
  (MOU)", "electric vehicles (EVs)") or after a name with no span ("Partnership for Global
  Infrastructure and Investment (PGII)", "Winter Energy Payment (WEP)"): no span, there
  and wherever it recurs.
"""

from __future__ import annotations

from briefx.components.entities import context
from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon
from briefx.components.entities.pots import pots_of_money
from briefx.components.entities.trim import trim
from briefx.components.entities.wraps import is_break, name_run_goes_on
from briefx.normalize.names import initials


def _defined_short_forms(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> set[str]:
    """Short forms in brackets whose long form is lower-case words, or a name the choice gave
    no span for its head ("… Payment (WEP)"; not "World Food Programme (WFP)", an ORG)."""
    doc, texts = view.doc, view.texts
    named_ends = {c.end for c in chosen}
    out: set[str] = set()
    for i, text in enumerate(texts):
        if text != "(" or i < 2:
            continue
        close = next((k for k in range(i + 2, min(len(texts), i + 4)) if texts[k] == ")"), None)
        if close is None or close != i + 2 or not context.short_form(doc[i + 1 : close]):
            continue
        short = texts[i + 1]
        letters = "".join(c for c in short if c.isupper())
        # the words before the bracket whose initials spell the short form
        start = i
        while start > 0 and i - start < 2 * len(letters) + 3 and texts[start - 1] not in {".", ";", ":", "(", ")"}:
            start -= 1
            words = doc[start:i]
            if initials(words.text).upper().endswith(letters) or "".join(
                w.text[0].upper() for w in words if w.text[:1].isalpha()
            ) == letters:
                lower = all(w.is_lower or not w.is_alpha for w in words)
                # "Joint Comprehensive Plan of Action (JCPOA)", "Inflation Reduction Act (IRA)": a programme's
                # or a law's head anywhere in a long form that got no span of its own
                unnamed_head = any(w.text in lex.never_body_heads for w in words) or any(
                    context.treaty_head(view, lex, k) for k in range(start, i)
                )
                if lower or (unnamed_head and i not in named_ends):
                    out.add(short)
                break
    return out


_COPULAS = frozenset({"is", "was"})
_DESCRIBING = _COPULAS | {","}
_DESCRIBED_LABELS = frozenset({"ORG", "PERSON"})
_ARTICLES = frozenset({"a", "an"})


def _described_as_programmes(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> set[str]:
    """ "CAF is a public-private partnership", "Kilimo Tija, an initiative to support …": a name
    the text itself calls a programme, plan or partnership gets no span, nor its long form before
    the brackets ("Central America Forward (CAF)"); not "…, a program officer" (a compound), nor
    "IDA is a key source of grants" (the programme's word after the description's head)."""
    texts, out = view.texts, set()
    for cand in chosen:
        k = cand.end
        if cand.label not in _DESCRIBED_LABELS or k + 2 >= len(texts) or texts[k] not in _DESCRIBING:
            continue
        if texts[k + 1] not in _ARTICLES:
            continue
        for m in range(k + 2, min(len(texts), k + 8)):
            word = texts[m]
            if word in lex.description_head_ends:
                break  # "IDA is a key source of grants": the description's head came before
            if word.islower() and word.title() in lex.no_span_heads and view.doc[m].dep_ != "compound":
                out.add(" ".join(texts[cand.start : cand.end]))
                break
            if not (word.islower() or word == "-" or is_break(word)):
                break
    ends = {c.end: c for c in chosen}
    for i, text in enumerate(texts[:-2]):
        if text == "(" and texts[i + 1] in out and texts[i + 2] == ")" and i in ends:
            out.add(" ".join(texts[ends[i].start : i]))
    return out


def not_names(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """Drop the candidates that name no entity (see the module docstring)."""
    unnamed = _defined_short_forms(view, lex, chosen) | lex.not_entities | lex.honourifics
    unnamed |= _described_as_programmes(view, lex, chosen) | pots_of_money(view, lex, chosen)
    # "the Consortium" after "Subsea Autonomy Research Consortium": a body's short reference
    heads: dict[str, int] = {}  # the last word of an organisation's name -> the longest such name
    for c in chosen:
        if c.label == "ORG":
            heads[view.texts[c.end - 1]] = max(len(c), heads.get(view.texts[c.end - 1], 0))
    return [cand for cand in chosen if not _unnamed(view, lex, cand, unnamed, heads)]


def _unnamed(
    view: DocView, lex: Lexicon, cand: Candidate, unnamed: set[str] | frozenset[str], heads: dict[str, int]
) -> bool:
    if _inside_unnamed_name(view, lex, cand) or place_names_a_facility(view, lex, cand):
        return True
    if len(cand) == 1 and cand.label != "ORG" and view.texts[cand.start].lower() in lex.number_words:
        return True  # "-   Nine transport helicopters": a count the model took for a name (a network is ORG "Nine")
    if cand.label not in ("ORG", "PERSON", "EVENT", "LOC"):
        return False
    texts = view.texts
    text = view.doc[cand.start : cand.end].text
    last = texts[cand.end - 1]
    return (
        " ".join(texts[cand.start : cand.end]) in unnamed
        or _currency_code(view, lex, cand)
        or (cand.label == "ORG" and (_lower_case_elsewhere(view, lex, cand, heads) or _after_money(view, cand)))
        or (cand.label == "ORG" and _pot_being_set_up(view, lex, cand))
        or (cand.label == "ORG" and modifies_the_next_noun(view, lex, cand))
        or lex.not_entity_patterns.match(text) is not None  # "State Highway 1", "Air Force One"
        or _one_word_short_of_a_pattern(view, lex, cand)
        or last in lex.facility_words  # "Francis Scott Key Bridge", "Christchurch International Airport"
        or (cand.label == "PERSON" and (last in lex.no_span_heads or last in lex.thing_heads))  # "Executive Order"
        or context.in_treaty(view, lex, cand.start, cand.end)  # "UN Convention on the Law of the Sea"
    )


def modifies_the_next_noun(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    """A body's common word, alone, that only modifies the noun after it ('a Board member', 'Government funding has
    made a difference', 'acting as Board Chair', `lex.modifier_short_heads`): the phrase names a person, money or a
    thing, not the body, so the word gets no span, as `Government` heads no noun phrase there (corpus/README.md);
    'the Government's plan', 'the Board approved' and 'The Board members are' (the Board's members) keep theirs.
    The parse says it: the word is a compound of the common noun or role right after it."""
    if cand.end - cand.start != 1 or cand.end >= len(view.doc):
        return False
    word, nxt = view.doc[cand.start], view.doc[cand.end]
    if word.text not in lex.modifier_short_heads or (word.i > 0 and view.doc[word.i - 1].lower_ == "the"):
        return False
    noun = (nxt.is_lower and nxt.pos_ == "NOUN") or nxt.text in lex.role_words
    return noun and word.dep_ == "compound" and word.head.i == nxt.i


def place_names_a_facility(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    """ "South Lawn", "the EPIC Center", "the Recreation Centre", "Capitol Rotunda": a place the
    model found whose last word is a building's or a venue's is a facility, and GOLD.md gives
    facilities no span, nor the words of one (a body's "Centre" is an ORG and stays; "National Park",
    "Cemetery" are places)."""
    if cand.label not in ("GPE", "LOC", "NORP"):
        return False
    texts = view.texts
    if cand.end < len(texts) and texts[cand.end] in lex.venue_words:
        return True  # "[South] Lawn": the model's place or people stop short of the venue's word
    if _unknown_place_before_facility_noun(view, lex, cand):
        return True
    last = texts[cand.end - 1]
    return cand.label != "NORP" and len(cand) > 1 and (
        last in lex.facility_heads or last in lex.venue_words or (cand.label == "GPE" and last in lex.facility_words)
    )


def _unknown_place_before_facility_noun(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    """ "the Lumwana West mine", "the Kokaral dam": a region no gazetteer knows, before or ending in a work's
    common noun (``works_nouns``), names the facility (no span); a known place stays ("the Black Sea plant")."""
    texts = view.texts
    if cand.label != "LOC" or lex.place_or_town(view.span_text(cand.start, cand.end)):
        return False
    after = texts[cand.end] if cand.end < len(texts) else ""
    last = texts[cand.end - 1]
    return after in lex.works_nouns or (len(cand) > 1 and last in lex.works_nouns)


def _one_word_short_of_a_pattern(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    """ "Aboard [Air Force] One", "on his [Marine] One helicopter": the model's span stops one word
    short of a name that is none (the presidential aircraft, a numbered road)."""
    if cand.end >= len(view.texts):
        return False
    start = cand.start + 1 if len(cand) > 1 and view.texts[cand.start].lower() in lex.leading_words else cand.start
    return lex.not_entity_patterns.match(f"{view.span_text(start, cand.end)} {view.texts[cand.end]}") is not None


def _lower_case_elsewhere(view: DocView, lex: Lexicon, cand: Candidate, heads: dict[str, int]) -> bool:
    """Every word capitalised, and the same words stand in lower case elsewhere in the document;
    not a body's head word, a short reference to a body the document named in full, nor a name
    that defines a short form ("an Independent Ethics Unit (IEU)")."""
    doc, texts = view.doc, view.texts
    if not all(doc[i].is_title and doc[i].is_alpha for i in cand.tokens()):
        return False
    last = texts[cand.end - 1]
    if len(cand) == 1 and heads.get(last, 0) > 1 and cand.start and texts[cand.start - 1].lower() == "the":
        return False  # "the Consortium" after "Harbour Robotics Consortium"
    if _bodys_word(lex, last) or view.span_text(cand.start, cand.end) in lex.organisation_names:
        return False
    if len(cand) == 1 and last in lex.bodies_bare:
        return False  # "Defence" beside "defence": the department by its portfolio (organisations.body_alone)
    if cand.end + 1 < len(texts) and texts[cand.end] == "(" and context.short_form(doc[cand.end + 1 : cand.end + 2]):
        return False
    lower = [texts[i].lower() for i in cand.tokens()]
    if view.stands_in_order(lower):
        return True
    # word by word, when no word is a body's ("Open Market Operations" beside "open", "market"…; not
    # "State Emergency Services", while the phrase "central banks" makes "Central Banks" none)
    return all(view.positions.get(word) for word in lower) and not any(_bodys_word(lex, w, plural=True) for w in lower)


def _bodys_word(lex: Lexicon, word: str, *, plural: bool = False) -> bool:
    """A body's head word ("Services" too with `plural`), or a body named by a common word ("Congress")."""
    tables = (lex.org_heads, lex.short_heads, lex.party_words, lex.company_words, lex.government_heads)
    words = (word.title(), word.title().removesuffix("s")) if plural else (word.title(),)
    return word.title() in lex.common_word_bodies or any(w in table for table in tables for w in words)


def _after_money(view: DocView, cand: Candidate) -> bool:
    """An amount of money ends right before the name: "the $22 million Carbon Farming Fund"."""
    key = ("money_ends",)
    ends = view.memo.get(key)
    if ends is None:
        spans = view.doc.spans.get("figures", [])
        ends = view.memo[key] = frozenset(s.end for s in spans if s.label_ == "MONEY")
    return cand.start in ends  # type: ignore[operator]


def _pot_being_set_up(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    """ "launch a new Violent Crime Reduction Fund", "the proposed Medical Research Future Fund": a
    fund named as it is set up is a programme's pot of money, not a body (``pot_heads``)."""
    if len(cand) < 2 or view.texts[cand.end - 1] not in lex.pot_heads:
        return False
    before = _word_before(view, cand.start)
    return before is not None and view.texts[before] in lex.pot_openers


def _currency_code(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    """ "USD $1 million (NZD $1.26 million)": a currency's code beside an amount; not "with NPR"."""
    texts = view.texts
    if len(cand) != 1 or texts[cand.start] not in lex.currency_codes:
        return False
    after = texts[cand.end] if cand.end < len(texts) else ""
    before = texts[cand.start - 1] if cand.start else ""
    return after[:1].isdigit() or after[:1] in "$€£¥" or before[:1].isdigit()


_OF_WORDS = frozenset({"of", "on", "for"})
_BRACKETED = 12  # tokens a bracketed part of a law's name may hold: "(Healthy Futures)"


def _word_before(view: DocView, i: int) -> int | None:
    """The token before i, over a line wrap or an extra space."""
    j = i - 1
    while j >= 0 and is_break(view.texts[j]):
        j -= 1
    return j if j >= 0 else None


def _inside_unnamed_name(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    """The candidate opens a capitalised run that ends in a programme's or a document's head
    word, or stands before one ("New Zealand package", "UK-New Zealand Free Trade Agreement"),
    or completes one after "of" or "on" ("Memorandum of Understanding")."""
    doc = view.doc
    of = _word_before(view, cand.start)
    head = _word_before(view, of) if of is not None and view.texts[of] in _OF_WORDS else None
    if head is not None and doc[head].is_title and view.texts[head] in lex.never_body_heads:
        return True  # "Memorandum of Understanding", "Participation Agreement on Crisis Management"
    k = cand.end
    while k < len(doc) and k - cand.end < 8 and name_run_goes_on(view, lex, k, first=k == cand.end):
        if doc[k].text in lex.org_heads:
            return False  # an organisation's name: the choice keeps the outer name
        k += 1
    if view.in_headline(cand.start):
        return False  # headline case capitalises every word: "IMF Staff Reach Agreement"
    last = doc[k - 1].text if k > cand.end else None
    after = _word_after(view, lex, cand, k)
    if after is not None and after in lex.unnamed_after and view.texts[k - 1] not in lex.org_heads:
        return True
    # "Christchurch International Airport", "the Fort  Hill Wharf": names inside a facility's name;
    # "United Nations| Convention on the Law of the Sea": inside a treaty's
    return last is not None and (
        last in lex.no_span_heads or last in lex.facility_words or context.treaty_head(view, lex, k - 1)
    )


def _word_after(view: DocView, lex: Lexicon, cand: Candidate, k: int) -> str | None:
    """The word after a capitalised run ending at k, over a bracketed short form: "Military-Civil
    Fusion (MCF) strategy", and for the short form itself "(MCF) strategy" (not a body's: "Asian
    Development Bank (ADB) program")."""
    texts = view.texts
    inside = k == cand.end and cand.start > 1 and texts[cand.start - 1] == "(" and k < len(texts)
    if inside and texts[k] == ")" and texts[cand.start - 2] not in lex.org_heads:
        k += 1
    elif k + 2 < len(texts) and texts[k] == "(" and texts[k + 2] == ")":
        k += 3
    return texts[k] if k < len(texts) else None


def _after_brackets(texts: list[str], end: int) -> int:
    """Past a closing bracket at `end`, or past a short bracketed group opening there."""
    if end < len(texts) and texts[end] == ")":
        return end + 1
    if end < len(texts) and texts[end] == "(":
        close = next((k for k in range(end + 1, min(end + _BRACKETED, len(texts))) if texts[k] == ")"), None)
        return end if close is None else close + 1
    return end


def runs_into_a_law(view: DocView, lex: Lexicon, end: int) -> bool:
    """The next word is a law's or plan's head, or a connector ('in', 'of', 'for') opens a run of
    capitalised words that ends in one ('Justice| in Policing Act'); a bracketed part of the name may
    come between ('Pae Ora| (Healthy Futures) Act', 'Pae Ora (Healthy Futures|) Act')."""
    texts = view.texts
    end = _after_brackets(texts, end)
    if end < len(texts) and texts[end] in lex.no_span_heads:
        return True
    if end + 2 >= len(texts) or texts[end] not in lex.law_connectors:
        return False
    for i in range(end + 1, min(end + 1 + lex.law_run, len(texts))):
        if texts[i] in lex.no_span_heads:
            return i > end + 1
        if not texts[i][:1].isupper():
            return False
    return False


def _law_after(view: DocView, lex: Lexicon, i: int) -> bool:
    """The capitalised run after the 'and' at i ends in a no-span head within law_run words,
    over line breaks ("and⏎Science Act", "and Road Initiative")."""
    texts = view.texts
    if i >= len(texts) or texts[i] not in lex.law_joiners:
        return False
    run = [w for w in texts[i + 1 : i + 1 + 2 * lex.law_run] if not is_break(w)][: lex.law_run]
    for k, word in enumerate(run):
        if word in lex.no_span_heads:
            return k > 0
        if not word[:1].isupper():
            return False
    return False


def _names_a_body(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    return view.span_text(cand.start, cand.end) in lex.organisation_names or any(
        w in lex.org_heads for w in view.texts[cand.start : cand.end]
    )


def first_of_a_law(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    """ "the CHIPS| and Science Act", "the Belt| and Road Initiative", "Credit Contracts| and
    Consumer Finance Act": the words before 'and' in a law's or plan's name. A body's name
    before 'and' is a name of its own ("the United Nations and Paris Agreement goals")."""
    return _law_after(view, lex, cand.end) and not _names_a_body(view, lex, cand)


_LAW_OPENER_LABELS = frozenset({"ORG", "PERSON", "EVENT", "LOC"})


def law_openers(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """A repair after the choice: the words that open a law's or plan's name before 'and'
    ("the CHIPS and Science Act") name the law wherever they recur alone ("CHIPS incentives",
    "CHIPS implementation"): no span there either, unless they name a body."""
    texts = view.texts
    openers: set[str] = set()
    for i in (*view.positions.get("and", ()), *view.positions.get("&", ())):
        if not _law_after(view, lex, i):
            continue
        k = i
        while k > 0 and i - k < lex.law_run and texts[k - 1][:1].isupper():
            k -= 1
        openers.update(view.span_text(s, i) for s in range(k, i))
    if not openers:
        return chosen
    return [
        c
        for c in chosen
        if c.label not in _LAW_OPENER_LABELS
        or view.span_text(c.start, c.end) not in openers
        or _names_a_body(view, lex, c)
    ]


def part_of_a_law_name(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    """The candidate's words run into a law's name, end it, or open it before 'and'."""
    return runs_into_a_law(view, lex, cand.end) or tail_of_a_law(view, lex, cand) or first_of_a_law(view, lex, cand)


def tail_of_a_law(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    """ "the Justice in |Policing Act|": a name in a law's head word after a connector that
    follows a capitalised word is the law's tail."""
    start = cand.start
    return (
        view.texts[cand.end - 1] in lex.no_span_heads
        and start >= 2
        and view.texts[start - 1] in lex.law_connectors
        and view.texts[start - 2][:1].isupper()
    )


_STAGE_WORDS = 4  # "(Applause.)", "(Cheers and applause.)"


def in_stage_direction(view: DocView, cand: Candidate) -> bool:
    """ "(Applause.)", "(Laughs.)", "(Cheers and applause.)": a speech's stage direction, a
    capitalised word and up to three lower-case ones closed by a full stop inside brackets, names
    nothing (transcripts with speaker tags lose these in briefx_turns; a speech has none)."""
    texts, s = view.texts, cand.start
    if s < 1 or texts[s - 1] != "(" or not texts[s].istitle() or not texts[s].isalpha():
        return False
    for k in range(s + 1, min(s + 1 + _STAGE_WORDS, len(texts) - 1)):
        if texts[k] == "." and texts[k + 1] == ")":
            return cand.end <= k
        if not (texts[k].isalpha() and texts[k].islower()):
            return False
    return False


def in_double_brackets(view: DocView, cand: Candidate) -> bool:
    """ "((WN))", "((WSS))": a Wikinews interview's speaker tag of initials in double brackets names
    nothing (a tag that spells a name, "((Jo Ames))", is the speaker's PERSON span)."""
    texts, s, e = view.texts, cand.start, cand.end
    initials = e - s == 1 and texts[s].isupper() and texts[s].isalpha()
    return initials and s >= 2 and texts[s - 2 : s] == ["(", "("] and texts[e : e + 2] == [")", ")"]


def stage_directions(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """A repair after the choice: no name inside a stage direction (`in_stage_direction`) or a
    double-bracketed tag (`in_double_brackets`)."""
    return [c for c in chosen if not (in_stage_direction(view, c) or in_double_brackets(view, c))]



def _honours_only(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    return all(view.texts[i] in lex.postnominals or view.texts[i] == "," for i in cand.tokens())


def _after_a_name(view: DocView, lex: Lexicon, start: int, person_ends: set[int]) -> bool:
    """Honours at `start` follow a person's name: over commas and other honours, a chosen person ends
    there, or a capitalised word that is no place ("Sir Bruce Holt, KNZM"; not "Milan AC")."""
    texts = view.texts
    k = _word_before(view, start)
    while k is not None and (texts[k] == "," or texts[k] in lex.postnominals):
        k = _word_before(view, k)
    if k is None:
        return False
    tok = view.doc[k]
    return k + 1 in person_ends or (tok.is_title and tok.is_alpha and not lex.governed_place(tok.text))


def _honoured_person(view: DocView, lex: Lexicon, cand: Candidate) -> Candidate | None:
    """ "Helen Cull QC", "Mr Duncan Lewis AO" read as a body: a person's title or a given name, then
    capitalised words, closed by honours, is the person (trimmed of title and honours)."""
    texts = view.texts
    end = cand.end
    while end > cand.start and (texts[end - 1] in lex.postnominals or texts[end - 1] == ","):
        end -= 1
    words = texts[cand.start : end]
    if end == cand.end or len(words) < 2 or not all(w.istitle() and w.replace(".", "").isalpha() for w in words):
        return None
    opener = words[0] in lex.person_prefixes or words[0] in lex.honourifics or words[0] in lex.given_names
    heads = lex.org_heads | lex.company_words
    if not opener or any(w in heads for w in words) or lex.known_place(" ".join(words)):
        return None
    return trim(view, lex, Candidate(cand.start, end, "PERSON", cand.source))


def honours(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """Honours after a person's name, and people read as bodies because of them (see the module docstring)."""
    person_ends = {c.end for c in chosen if c.label == "PERSON"}
    out = []
    for cand in chosen:
        if _honours_only(view, lex, cand):
            if not (cand.label != "GPE" and _after_a_name(view, lex, cand.start, person_ends)):
                out.append(cand)
            continue
        person = _honoured_person(view, lex, cand) if cand.label == "ORG" else None
        out.append(person or cand)
    return out
