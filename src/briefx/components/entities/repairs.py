"""Document-level repairs after the first choice: short forms in brackets take their name's
label, names spread to their other mentions, "the Fund" after the Fund, one-word "persons"
no full name explains are re-read, places inside a facility's name are dropped (unconfirmed
headline fragments: headlines.py)."""

from __future__ import annotations

from briefx.components.entities import context
from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import YEAR, Lexicon, capitalised
from briefx.components.entities.trim import dropped_first_name
from briefx.normalize.names import initials, spells


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return bool(short) and all(c in it for c in short)


def _spells_place(short: str, name: str) -> bool:
    """ "EEZ" for "Exclusive Economic Zone", "DMZ" for "Demilitarized Zone"; not "PBP" after "Blue Pacific",
    the end of a programme's name ("Partners of the Blue Pacific (PBP)")."""
    return spells(short.lower(), "".join(name.split()).lower())


def _closing_bracket(view: DocView, i: int) -> int | None:
    return next((k for k in range(i + 2, min(len(view), i + 5)) if view.texts[k] == ")"), None)


def _short_form_of(view: DocView, lex: Lexicon, before: Candidate, i: int, close: int) -> list[Candidate]:
    """The short form at i+1..close after a chosen name; for an organisation, the wider name
    whose initials it spells ("Horn of Africa Drought Alliance (HADA)")."""
    doc = view.doc
    short = doc[i + 1 : close]
    out = []
    place = before.label == "LOC" and _spells_place(short.text, doc[before.start : i].text)
    if before.label in ("ORG", "EVENT") or place:
        out.append(Candidate(short.start, short.end, before.label, "pattern"))  # "Demilitarized Zone (DMZ)"
    if before.label == "ORG":
        wider = context.extend_left(view, lex, before.start)
        letters = "".join(c for c in short.text if c.isupper())
        if wider < before.start and initials(doc[wider:i].text) == letters != initials(doc[before.start : i].text):
            out.append(Candidate(wider, i, "ORG", "pattern"))
    return out


def acronyms(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """ "Kazakhstan Temir Zholy (KTZ)", "Africa Centres for Disease Control and Prevention
    (Africa CDC)", "Law and Justice (PiS)": a name and its short form in brackets carry one label."""
    doc = view.doc
    out = []
    ends = {c.end: c for c in chosen}
    for i, text in enumerate(view.texts):
        if text != "(":
            continue
        close = _closing_bracket(view, i)
        if close is None or not context.short_form(doc[i + 1 : close]):
            continue
        short = doc[i + 1 : close]
        before = ends.get(i)
        spelled = spelled_body(view, lex, i, short.text)
        if spelled is not None and (before is None or spelled.start < before.start):
            # the letters spell a wider name than the one chosen: "the Regional Assistance Mission to Solomon
            # Islands (RAMSI)" where the model read nothing, "the United Nations High Commissioner for
            # Refugees (UNHCR)" where it read "United Nations"
            out += [spelled, Candidate(short.start, short.end, "ORG", "pattern")]
            continue
        if before is not None and before.label in ("ORG", "EVENT", "GPE", "LOC"):
            out += _short_form_of(view, lex, before, i, close)
            continue
        if len(short) > 1 or not short.text.isalpha() or view.texts[i - 1] in lex.never_body_heads:
            continue  # "Official Cash Rate (OCR)": a rate, plan or programme gets no span (GOLD.md)
        start = context.extend_left(view, lex, i)
        if start < i and _subsequence("".join(c for c in short.text if c.isupper()), initials(doc[start:i].text)):
            out.append(Candidate(start, i, "ORG", "pattern"))
            out.append(Candidate(short.start, short.end, "ORG", "pattern"))
    return out


_SPELLING_GLUE = frozenset({"of", "for", "to", "in", "on", "and", "&", "the"})
_COMPLEMENT_OPENERS = frozenset({"for", "in", "of", "on", "to"})


def spelled_body(view: DocView, lex: Lexicon, i: int, short: str) -> Candidate | None:
    """The body whose name before the bracket at i the capitals of `short` spell, the nearest start
    whose capitalised words give the letters in order (a connector's letter may count: "Australia and New
    Zealand School of Government (ANZSOG)"), the name perhaps going on with its complement ("United Nations
    Relief and Works Agency for Palestine Refugees in the Near East (UNRWA)"); a name with a body's head
    word, not a place, event or programme."""
    letters = "".join(c for c in short if c.isupper())
    if len(letters) < 3:
        return None
    doc, texts = view.doc, view.texts
    end = i
    while end > 0 and doc[end - 1].is_space and doc[end - 1].text.count("\n") <= 1:
        end -= 1  # "… Mission In Rwanda<br />( UNAMIR)"
    run: list[int] = []  # the words before the bracket, nearest first
    k = end - 1
    while k >= 0 and end - k <= 16 and k not in view.blocked:
        if not (doc[k].is_space and doc[k].text.count("\n") <= 1) and texts[k] != "-":
            if not (capitalised(texts[k]) or texts[k] in _SPELLING_GLUE):
                break
            run.append(k)
        k -= 1
    for n, start in enumerate(run, 1):
        words = [texts[w] for w in reversed(run[:n])]
        opens = capitalised(words[0]) and words[0] not in lex.determiners
        if opens and _initials_spell(words, letters) and _spells_a_body(lex, words):
            return None if lex.known_place(view.span_text(start, end)) else Candidate(start, end, "ORG", "pattern")
    return None


def _initials_spell(words: list[str], letters: str) -> bool:
    """The words give the letters in order, each capitalised word its initial ("UN" all of itself), a connector
    its initial or nothing; words left over open a complement (stricter than short_forms._spelled)."""
    if not letters:
        return not words or words[0] in _COMPLEMENT_OPENERS
    if not words:
        return False
    word, rest = words[0], words[1:]
    if word in _SPELLING_GLUE:  # "the" gives no letter: "the Netherlands and the Norwegian University … (NTNU)"
        lettered = word != "the" and word[0].upper() == letters[0]
        return _initials_spell(rest, letters) or (lettered and _initials_spell(rest, letters[1:]))
    own = word if word.isupper() and word.isalpha() and len(word) <= 4 else word[0]
    return letters.startswith(own) and _initials_spell(rest, letters[len(own) :])


def _spells_a_body(lex: Lexicon, words: list[str]) -> bool:
    """A body's head word in the name, or a company's word ending it ("Pacific Gas and Electric (PG&E)"; not
    "Combating Auto Retail Scams (CARS)", a rule's name)."""
    return (
        (any(w in lex.spelled_body_heads for w in words) or words[-1] in lex.company_words)
        and not any(w in lex.event_heads or w in lex.never_body_heads for w in words)
    )


def _strong_names(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> dict[tuple[str, ...], str]:
    """An event's short form defined in brackets ("… Trade Show (GMTS)") names the event
    everywhere, and so does an event found by its pattern ("Northern Lynx 2026"; "Teodora"
    after "Hurricane Teodora"); a place's short form in brackets names the place everywhere
    ("Exclusive Economic Zone (EEZ)": "the EEZ" later, which the model reads as a body)."""
    texts = view.texts
    strong = {tuple(texts[c.start : c.end]): "EVENT" for c in chosen if c.label == "EVENT" and c.source == "pattern"}
    strong |= {(texts[c.end - 1],): "EVENT" for c in chosen if c.label == "EVENT" and texts[c.end - 2] in lex.storms}
    places = (c for c in chosen if c.label == "LOC" and c.source == "pattern" and len(c) == 1)
    strong |= {(texts[c.start],): "LOC" for c in places if context.short_form(view.doc[c.start : c.end])}
    return strong


def _organisation_names(view: DocView, lex: Lexicon, cand: Candidate, names: dict[tuple[str, ...], str]) -> None:
    """An organisation's name, its distinctive first word and its name without the company
    word ("Nordhavn Line A/S" → "Nordhavn Line" → "Nordhavn"; "Azerenerji OJSC" → "Azerenerji")."""
    doc = view.doc
    words = tuple(view.texts[cand.start : cand.end])
    names[words] = "ORG"
    end = cand.end
    while end - cand.start > 1:
        suffixes = range(end - 1, max(cand.start, end - 3) - 1, -1)
        k = next((k for k in suffixes if context.company_suffix(view, lex, k) == end), None)
        if k is None or k == cand.start:
            break
        end = k
    if end < cand.end and lex.plain_name_word(doc[cand.start]):
        names.setdefault((doc[cand.start].text,), "ORG")
    core = list(words[: end - cand.start])
    while len(core) > 1 and core[-1] in lex.company_words:
        core.pop()
    if len(core) < len(words) and not lex.governed_place(" ".join(core)):
        names.setdefault(tuple(core), "ORG")
    stem = words[:-1]
    if words[-1] in lex.org_heads and _initialism("".join(stem)) and not lex.known_place(" ".join(stem)):
        names.setdefault(stem, "ORG")  # "ABS-CBN Corporation" → "ABS-CBN's franchise"


def _initialism(text: str) -> bool:
    letters = text.replace("-", "").replace("&", "")
    return len(letters) >= 3 and letters.isalpha() and letters.isupper()


def _spread_names(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> tuple[dict, dict]:
    """The names worth labelling everywhere, with their labels, and the strong names among them."""
    strong = _strong_names(view, lex, chosen)
    names: dict[tuple[str, ...], str] = dict(strong)
    for cand in chosen:
        words = tuple(view.texts[cand.start : cand.end])
        if words in strong:
            continue
        if cand.label in ("GPE", "LOC", "EVENT") and cand.source != "gazetteer":
            names.setdefault(words, cand.label)  # "Tamil Nadu" once recognised is Tamil Nadu everywhere
        if cand.label == "ORG" and words not in lex.bare_body_names:
            _organisation_names(view, lex, cand, names)  # "Defence" alone is read where it stands
    return names, strong


def propagate(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """Label every other occurrence of a chosen organisation's name (and its distinctive first word)."""
    doc, texts = view.doc, view.texts
    names, strong = _spread_names(view, lex, chosen)
    # where the model read a place, the first word of a body named after it ("Manawatu Racing
    # Club Inc", "Hauraki-Coromandel Rural Support Trust") leaves it a place
    places = {(c.start, c.end) for c in chosen if c.label in ("GPE", "LOC") and c.source == "ner"}
    named = {tuple(texts[c.start : c.end]) for c in chosen if c.label == "ORG"}
    out = []
    for words, label in names.items():
        for start in view.positions.get(words[0], []):
            end = start + len(words)
            if tuple(texts[start:end]) != words or (label == "ORG" and words not in named and (start, end) in places):
                continue
            if len(words) == 1 and end < len(doc) and doc[end].is_title and not doc[end].is_sent_start:
                continue  # part of a longer capitalised name
            # an organisation's name overrides what the model said elsewhere; a place or
            # event name only fills occurrences nothing else claimed
            if label == "EVENT" and end < len(doc) and YEAR.match(doc[end].text):
                end += 1  # "Northern Lynx" named in full: "Northern Lynx 2026"
            out.append(Candidate(start, end, label, "gazetteer" if label == "ORG" or words in strong else "ner"))
    return out


def _held_in(name: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """`words` stand in `name`, in that order and side by side ("Advisory Group" in "Violence against Women
    Advisory Group"), and the name is longer."""
    n = len(words)
    return len(name) > n and any(name[k : k + n] == words for k in range(len(name) - n + 1))


def _short_head(lex: Lexicon, words: tuple[str, ...]) -> bool:
    """The reference ends in a body's head word, one word ("Taskforce") or two ("Task Force")."""
    return words[-1] in lex.short_heads or " ".join(words[-2:]) in lex.short_heads


def short_references(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """ "the Fund", "the Committee" after the organisation was named in full (GOLD.md); with the
    capitalised words before the head that the full name also holds: "the Advisory Group" after "Violence
    against Women Advisory Group", "the Task Force" after "White House COVID-19 Response Task Force"."""
    doc, texts = view.doc, view.texts
    names = [tuple(texts[c.start : c.end]) for c in chosen if c.label == "ORG" and len(c) > 1]
    # the head word may end the name ("Monetary Policy Committee") or open it ("Bank of England")
    heads = {word for name in names for word in name}
    out = []
    for i, text in enumerate(texts):
        if text not in heads or i == 0:
            continue
        if i + 1 < len(doc) and doc[i + 1].is_title and not doc[i + 1].is_sent_start:
            continue
        start = i
        while start > 1 and i - start < 3 and doc[start - 1].is_title and doc[start - 1].lower_ != "the":
            start -= 1
        words = tuple(texts[start : i + 1])
        if doc[start - 1].lower_ != "the" or not _short_head(lex, words):
            continue
        if len(words) == 1 or any(_held_in(name, words) for name in names):
            # the body named in full says what its short reference is: over the model's "person" Taskforce
            out.append(Candidate(start, i + 1, "ORG", "gazetteer"))
    return out


def _given_name_after_title(view: DocView, lex: Lexicon, i: int) -> bool:
    """The word at `i` stands between a title and the surname the model took alone: a given name the
    tables lack ("First Lady Mara Ames", "Prime Minister Morgan Tsvangirai"); a place's head word makes the
    title word part of a place ("Lady Bay Kestrelmoor": `lex.loc_heads`)."""
    word = view.doc[i]  # not lex.plain_name_word: a given name may also name a place ("Mara", a Tanzanian region)
    return i > 0 and view.texts[i - 1] in lex.title_words and word.is_alpha and word.is_title and (
        word.text not in lex.title_words and word.lower_ not in lex.stop and word.text not in lex.loc_heads
    )


def _lone_name(view: DocView, lex: Lexicon, cand: Candidate, place_words: set[str]) -> Candidate | None:
    """How a one-word "person" no full name explains is read, or None for no name."""
    doc = view.doc
    tok = doc[cand.start]
    before = doc[cand.start - 1] if cand.start > 0 else None
    if tok.is_upper or (before is not None and before.text in lex.title_words):
        return cand  # "MINISTER SEITKALI:", "Dr. Okafor"
    if before is not None and before.ent_type_ in ("", "PERSON") and (
        lex.first_name(before) or _given_name_after_title(view, lex, cand.start - 1)
    ):
        return Candidate(cand.start - 1, cand.end, "PERSON", cand.source)  # "said Charlotte Amesbury"
    if lex.world_cities.get(tok.text, 0) >= lex.city_min_population or lex.governed_place(tok.text):
        return Candidate(cand.start, cand.end, "GPE", cand.source)  # "between Milan and Astana", "South Bend, Indiana"
    if len(doc.spans.get("turns", ())) and tok.text not in place_words:
        return cand  # a transcript calls people by first name: "Thanks, Karine.", "Jake and Karine are"
    if not view.sentence_initial(cand.start) or view.named_midsentence(tok.text, cand.start):
        return Candidate(cand.start, cand.end, "ORG", cand.source)  # "Azerenerji said"
    return None


def lone_names(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """A one-word "person" that no full name in the document explains is seldom a person:
    news introduces people by full name. "Azerenerji said" is a company, "between Milan and
    Astana" a city, a capitalised word opening a sentence ("Volumes grew") nothing."""
    texts = view.texts
    words = {
        texts[i]
        for c in chosen
        if c.label == "PERSON" and len(c) > 1
        for i in c.tokens()
        if lex.names_person_alone(texts[c.start], texts[i])
    }
    place_words = {texts[i] for c in chosen if c.label in ("GPE", "LOC") for i in c.tokens()}
    full = _full_names_elsewhere(view, lex, chosen)
    words |= {texts[c.end - 1] for c in full}
    out = list(full)
    for cand in chosen:
        if cand.label != "PERSON" or len(cand) > 1 or cand.source != "ner" or texts[cand.start] in words:
            out.append(cand)
            continue
        read = _lone_name(view, lex, cand, place_words)
        if read is not None:
            out.append(read)
    return out


def _full_names_elsewhere(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """ "oceanographer Walter Munk" … "Munk was born", "the chancellor, Pradeep Khosla" … "Khosla talked": the model
    reads the surname alone as a person and misses the full name the document writes before it. Where a one-word
    person of the model's stands elsewhere after one or two words that can open a name ("Hon Luamanuvao Winnie
    Laban": a chiefly title, then the given name), outside every name chosen, that is the person's full name, and it
    explains the surname alone (news introduces people by full name)."""
    texts = view.texts
    lone = {texts[c.start] for c in chosen if c.label == "PERSON" and len(c) == 1 and c.source == "ner"}
    taken = frozenset(i for c in chosen for i in c.tokens())
    out = []
    for word in lone:
        for i in view.positions.get(word, ()):
            first = dropped_first_name(view, lex, i, taken=taken)  # one or two words that can open a name
            while first < i and _opener(view, lex, first):
                first += 1
            if first < i and i not in taken and not _longer_name_before(view, lex, first):
                out.append(Candidate(first, i + 1, "PERSON", "ner"))
    return out


def _opener(view: DocView, lex: Lexicon, i: int) -> bool:
    """ "Overall Munk …": a word opening the sentence opens no name unless it is a given name."""
    return view.sentence_initial(i) and view.texts[i] not in lex.given_names


def _longer_name_before(view: DocView, lex: Lexicon, i: int) -> bool:
    """ "the USS Ronald Reagan": a capitalised word before the name, no title and no sentence's opening word, makes
    the words part of a longer name (a ship's, a building's)."""
    k = i - 1
    if k < 0 or not view.texts[k][:1].isupper() or view.texts[k] in lex.title_words or view.texts[k] in lex.honourifics:
        return False
    return not view.sentence_initial(k)


def facility_chains(view: DocView, lex: Lexicon) -> set[int]:
    """Tokens of "Baku–Tbilisi–Kars railway" and of "the Australian War Memorial": places joined
    into a facility's name, and a monument's name, get no span (GOLD.md: facilities get none, nor
    the names inside them)."""
    doc = view.doc
    tokens: set[int] = set()
    for head in lex.monument_heads:
        for i in view.positions.get(head, ()):
            tokens.update(_monument(view, i))
    for i, text in enumerate(view.texts):
        if text in lex.facility_words:
            tokens.update(_places_to_place(view, i))
        if text not in lex.facility_nouns or i < 3:
            continue
        start = i
        dashes = 0
        while start >= 2 and doc[start - 1].is_title and doc[start - 2].text in {"-", "–"}:
            if doc[start - 2].whitespace_ or doc[start - 3].whitespace_:
                break
            start -= 2
            dashes += 1
        if dashes and start > 0 and doc[start - 1].is_title:
            tokens.update(range(start - 1, i))
    return tokens


def _monument(view: DocView, i: int) -> range:
    """ "the National War Memorial", "the War Memorial": the capitalised run that ends in the
    monument's head at i; none when a capitalised word goes on ("Memorial Day", "Memorial Park"),
    nor for the head alone ("the Council of the Memorial": a body's name)."""
    doc = view.doc
    if i + 1 < len(doc) and doc[i + 1].is_title:
        return range(0)
    k = i
    while k > 0 and doc[k - 1].is_title and not doc[k].is_sent_start:
        k -= 1
    return range(k, i + 1) if k < i else range(0)


def _places_to_place(view: DocView, i: int) -> range:
    """ "the Belfast to Pegasus Motorway": both ends of a road named from one place to another."""
    doc = view.doc
    j = i - 1
    while j >= 0 and doc[j].is_title:
        j -= 1
    if j < 1 or j == i - 1 or doc[j].text != "to" or not doc[j - 1].is_title:
        return range(0)
    k = j - 1
    while k > 0 and doc[k - 1].is_title and not doc[k - 1].is_sent_start:
        k -= 1
    return range(k, i)


def places_by_name(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """Whatever source proposed them, a country's name or short form ("Russian Federation",
    "DRC") is a GPE, and so is a constituency named before its member ("Kaikoura MP Stuart
    Smith", "Waimakariri MP"); a region that names its peoples before a noun for people
    ("Pacific communities", "Pacific Island students") is those peoples (NORP)."""
    texts = view.texts
    out = []
    for cand in chosen:
        text = view.doc[cand.start : cand.end].text
        iso = lex.countries.get(text)
        member = (
            cand.end < len(texts) and texts[cand.end] in lex.electorate_titles and texts[cand.end].isupper()
            and not any(texts[i] in lex.party_words for i in cand.tokens())
        )
        if cand.label != "GPE" and (iso or member) and cand.label != "PERSON":
            cand = Candidate(cand.start, cand.end, "GPE", cand.source, iso)
        elif cand.label == "LOC" and context.names_its_peoples(view, lex, cand.start, cand.end):
            cand = Candidate(cand.start, cand.end, "NORP", cand.source)
        out.append(cand)
    return out


def blocs_without_members(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """ "our G7 Partners", "G7+ Leaders": the organisation is the bloc, not its members."""
    texts = view.texts
    out = []
    for cand in chosen:
        stem = view.doc[cand.start : cand.end - 1].text
        bloc = stem in lex.organisation_names or (stem.isupper() and any(c.isdigit() for c in stem))
        if cand.label == "ORG" and len(cand) > 1 and texts[cand.end - 1] in lex.member_nouns and bloc:
            cand = Candidate(cand.start, cand.end - 1, "ORG", cand.source)
        out.append(cand)
    return out


def _party_adjective(view: DocView, lex: Lexicon, i: int) -> bool:
    """The party's name at i stands before "-led" or a lower-case word for a government or politicians."""
    texts, k = view.texts, view.word_from(i + 1)  # "a Labor\ngovernment": over a wrap's line break
    led = k + 1 < len(texts) and texts[k] == "-" and texts[k + 1] == "led"
    return led or (k < len(texts) and texts[k] in lex.party_followers)


def party_adjectives(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """ "a Labor government", "the Labour-led government", "state and territory Labor governments": a party's
    name used as an adjective is NORP (corpus/README.md), whether the model read it as a body, read it with the
    noun after it, or passed it over; a longer name around it ("Australian Labor Party") stays as it is."""
    found = [i for word in lex.party_adjectives for i in view.positions.get(word, ()) if _party_adjective(view, lex, i)]
    if not found:
        return chosen
    out, placed = list(chosen), []
    for i in found:
        if i in view.blocked:
            continue
        over = [c for c in out if c.start <= i < c.end]
        if all(c.start == i and c.end <= i + 2 for c in over):  # the word alone or with its noun
            out = [c for c in out if c not in over]
            placed.append(Candidate(i, i + 1, "NORP", over[0].source if over else "pattern"))
    return sorted(out + placed, key=lambda c: c.start) if placed else chosen

