"""People the model reads as places or bodies, told by a common given name
(models/lexicons/given_names.json) or a title: a document-level repair after the choice.

- A given name alone, typed a place or an organisation: transcripts hand the floor to
  reporters by first name ("Our next question will go to Steve with Reuters", "Thank you,
  Patsy"); a given name that is also a known place or body stays as it is ("Austin").
- A given name and surname closing a title run the model read as one name
  ("Secretary of Agriculture Tom Vilsack", "Chancellor of Germany Angela Merkel",
  "Senate Minority Whip Dick Durbin"): the person is the name; the title is no part of it
  (GOLD.md), and a place inside the title is left to the other rules.
- A given name and surnames read as a body that the tables do not know ("President Gustavo
  Petro Urrego", "producer Joshua Winch"), or as a place where the
  floor is handed over ("We'll go to Meg Tirrell at CNBC").
- Names read as a body before a last name the document gives alone as a person elsewhere ("Sachin
  Tendulkar" … "Mr Tendulkar"), whatever the given name.
- One word after a person's title, read as a place or body ("Senator Ossoff", "Secretary
  Austin", "Speaker⏎McCarthy").
- Any name a moderator hands the floor to ("We’re going to Yuna with Channel 12", "We'll go next
  to Hiba from Asharq News").
- One unknown word addressed in a transcript ("Go ahead, Aamer.", "Q Karine, does the White
  House ..."), and the other mentions of a given name that opens a person's name elsewhere in
  the document ("Asma Khalid" ... "Asma?"); one joined to the speaker ("Luce and I").
- A post's last words read into a person's name that the document gives alone elsewhere
  ("Minister for Ethnic Communities Priyanca Radhakrishnan" … "Priyanca Radhakrishnan said").
"""

from __future__ import annotations

from dataclasses import replace

from briefx.components.entities import listings
from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import INITIAL, Lexicon
from briefx.components.entities.wraps import is_break

_MAX_SURNAME_WORDS = 2
_ADDRESSED_LABELS = frozenset({"GPE", "LOC", "ORG"})
_KNOWN_SOURCES = frozenset({"layout"})  # "gazetteer" also marks the model's label carried to other mentions


def _words(view: DocView, cand: Candidate) -> list[int]:
    """The candidate's token indices without the line breaks a hard wrap puts inside a name."""
    return [i for i in range(cand.start, cand.end) if not is_break(view.texts[i])]


def _unknown_name(lex: Lexicon, text: str) -> bool:
    """No known place, town or body of that name ("Austin", "Celeste Networks" stay what they are)."""
    return not lex.place_or_town(text) and text not in lex.organisation_names


def _alone(view: DocView, lex: Lexicon, cand: Candidate, bodies: set[str]) -> bool:
    """A one-word place or body that is a given name and no known place or body, nor the
    first word of a body the document names ("Celeste" for "Celeste Networks")."""
    if cand.label not in ("GPE", "ORG") or len(cand) != 1 or cand.source in _KNOWN_SOURCES:
        return False
    texts, s = view.texts, cand.start
    if texts[s] in bodies:
        return False
    if s >= 2 and texts[s - 1] == "for" and texts[s - 2] in lex.electorate_titles:
        return False  # "the Member for Solomon": an electorate
    if s >= 1 and texts[s - 1] in lex.determiners:
        return False  # "the Clyde": a river or a yard, not a person
    return texts[s] in lex.given_names and _unknown_name(lex, texts[s])


def _surname_word(view: DocView, lex: Lexicon, i: int) -> bool:
    """A word that can be a surname: no body's head ("Nelson Provincial Museum", "Ara Taiohi Incorporated"),
    company word, programme's head ("Abraham Accords"), building's ("Blair House") nor place type ("Stewart
    Island", "Jefferson Parish")."""
    tok = view.doc[i]
    heads = (lex.org_heads, lex.company_words, lex.no_span_heads, lex.building_words, lex.no_person_body_heads)
    if tok.lower_ in lex.place_type_words:
        return False
    return lex.plain_name_word(tok) and not any(tok.text in t or tok.text.removesuffix("s") in t for t in heads)


def _title_before(lex: Lexicon, cand: Candidate, before: str) -> bool:
    """The word before the given name ends a title: any capitalised word when the model read
    the whole as a body; a title, portfolio, country or body's head when it read a person
    ("Andrés Manuel López Obrador" is one name), or an abstract noun closing a title
    ("… for International Economics Mike Pyle")."""
    if not before[:1].isupper() or before in lex.given_names or INITIAL.match(before):
        return False
    if cand.label == "ORG":
        return True
    tables = (lex.title_words, lex.portfolio, lex.countries, lex.org_heads)
    return any(before in t for t in tables) or lex.topic_word(before)


def _after_title_for(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    """ "Minister for Racing Nathan Guy", "Minister of Police Judith Collins": the candidate opens
    right after a title and "for" or "of", so the words before the given name are the portfolio."""
    s = cand.start
    return s >= 2 and view.texts[s - 1] in ("for", "of") and view.texts[s - 2] in lex.role_words


def _name_at_end(view: DocView, lex: Lexicon, cand: Candidate) -> int | None:
    """Where "Given Surname" starts when it closes a longer candidate after a title word, or None."""
    texts = view.texts
    words = _words(view, cand)
    if len(words) < 3:
        return None
    surnames = 0
    for n in range(len(words) - 1, 0, -1):
        i = words[n]
        if texts[i] in lex.given_names and surnames:
            before = texts[words[n - 1]]
            return i if _title_before(lex, cand, before) or _after_title_for(view, lex, cand) else None
        if not _surname_word(view, lex, i) or surnames == _MAX_SURNAME_WORDS:
            return None
        surnames += 1
    return None


def _person_named_as_body(view: DocView, lex: Lexicon, cand: Candidate, surnames: set[str]) -> bool:
    """ "President Gustavo Petro Urrego", "Mitch Fifield has done a remarkable job" read as a
    body: a given name, then surnames, and no body the tables know (or a surname that names a
    person elsewhere in the document)."""
    texts = view.texts
    words = _words(view, cand)
    return (
        cand.label == "ORG"
        and 2 <= len(words) <= 1 + _MAX_SURNAME_WORDS
        and texts[words[0]] in lex.given_names
        and all(_surname_word(view, lex, i) for i in words[1:])
        and (any(texts[i] in surnames for i in words[1:]) or not _known_body(view, lex, cand))
    )


def _last_word(view: DocView, cand: Candidate) -> int:
    """Where the candidate's last word starts, a hyphenated word kept whole ("Mir-Mohammadi")."""
    i = cand.end - 1
    while i > cand.start and not view.doc[i - 1].whitespace_:
        i -= 1
    return i


def _named_alone_elsewhere(view: DocView, lex: Lexicon, cand: Candidate, alone: set[str]) -> bool:
    """ "Sachin Tendulkar" … "Mr Tendulkar", "Seyed Mohammad Mir-Mohammadi" … "Mir-Mohammadi was 71" read as a
    body: names before a last word the document gives alone as a person elsewhere are that person, whatever the
    given name (the table holds US given names only); not a body the tables know."""
    if cand.label != "ORG" or cand.source in _KNOWN_SOURCES:
        return False
    last = _last_word(view, cand)
    if last == cand.start or view.span_text(last, cand.end) not in alone:
        return False
    words = [i for i in _words(view, cand) if i < last]
    names = len(words) <= _MAX_SURNAME_WORDS + 1 and all(_surname_word(view, lex, i) for i in words)
    return names and not _known_body(view, lex, cand)


def _known_body(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    return view.span_text(cand.start, cand.end) in lex.organisation_names


def _full_name_as_place(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    """ "Our next question will go to Meg Tirrell at CNBC": a given name and surnames read as a
    destination; not a known place ("San Francisco", "Charlotte Amalie")."""
    texts = view.texts
    words = _words(view, cand)
    return (
        cand.label == "GPE"
        and 2 <= len(words) <= 1 + _MAX_SURNAME_WORDS
        and texts[words[0]] in lex.given_names
        and all(_surname_word(view, lex, i) for i in words[1:])
        and not lex.place_or_town(view.span_text(cand.start, cand.end))
    )


_FLOOR_VERBS = frozenset({"go", "goes", "going"})
_FLOOR_AFTER = frozenset({"with", "at", "from"})
_FLOOR_ADVERBS = frozenset({"next", "now", "first", "then"})
_ADDRESS_CLOSERS = frozenset({",", ".", "?", "!", "—"})


def _handed_the_floor(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    """ "We’re going to Yuna with Channel 12", "Go to Zeke Miller at the Associated Press": a
    moderator hands the floor to a reporter by name, whatever the name; not a known place."""
    texts, s, e = view.texts, cand.start, cand.end
    if cand.label not in ("GPE", "ORG") or len(cand) > 1 + _MAX_SURNAME_WORDS or s < 2 or cand.source in _KNOWN_SOURCES:
        return False
    verb = s - 3 if s >= 3 and texts[s - 2].lower() in _FLOOR_ADVERBS else s - 2  # "go next to Hiba"
    if texts[s - 1] != "to" or texts[verb].lower() not in _FLOOR_VERBS:
        return False
    after = e
    while after < len(texts) and is_break(texts[after]):
        after += 1
    return (
        after < len(texts)
        and texts[after] in _FLOOR_AFTER
        and all(texts[i].istitle() and texts[i].isalpha() for i in _words(view, cand))
        and _unknown_name(lex, view.span_text(s, e))
    )


def _name_cased(lex: Lexicon, text: str) -> bool:
    """Letters, a capital first and not all capitals: "Ossoff", "McCarthy", "DeSantis", "O'Farrell"."""
    return (text.isalpha() and text[:1].isupper() and not text.isupper()) or lex.surname_cased(text)


def _titled_one_word(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    """ "Senator Ossoff", "Secretary Austin": one capitalised word right after a person's title
    is the person's name, whatever the model read; not a country or a known body."""
    texts, s = view.texts, cand.start
    if cand.label not in ("GPE", "ORG") or len(cand) != 1 or cand.source in _KNOWN_SOURCES:
        return False
    before = s - 1
    while before >= 0 and is_break(texts[before]):
        before -= 1
    text = texts[s]
    return (
        before >= 0
        and (texts[before] in lex.role_words or texts[before] in lex.person_prefixes)
        and _name_cased(lex, text)
        and text not in lex.countries
        and text not in lex.organisation_names
        and text not in lex.org_heads
        and text not in lex.role_words
        and text not in lex.portfolio
    )


def _addressed(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    """ "Go ahead, Aamer.", "So, Barak, on your first question", "Q Karine, does …": one
    capitalised word after an address word and a comma, or after the question tag, and closed by
    a comma or the sentence's end, is the person spoken to; not a known place, town or body."""
    return _one_model_word(cand) and _addressed_at(view, lex, cand.start)


def _one_model_word(cand: Candidate) -> bool:
    """One word the model read as a place or a body: what `_addressed` and `_vocative` may make a person."""
    return cand.label in _ADDRESSED_LABELS and len(cand) == 1 and cand.source == "ner"


def _addressed_at(view: DocView, lex: Lexicon, s: int) -> bool:
    """The word at `s` is addressed (see `_addressed`)."""
    texts = view.texts
    if s < 1 or s + 1 >= len(texts):
        return False
    b = s - 1
    while b > 0 and texts[b].isspace() and "\n" not in texts[b]:  # "Q    Karine": spaces after the tag
        b -= 1
    if texts[b] == ",":
        if b < 1 or texts[b - 1].lower() not in lex.address_words:
            return False
    elif not (texts[b] == "Q" and texts[b] in lex.address_words and view.sentence_initial(b)):
        return False
    text = texts[s]
    return texts[s + 1] in _ADDRESS_CLOSERS and text.istitle() and text.isalpha() and _unknown_name(lex, text)


def _vocative(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    """ "Nancy, you are a dear friend", "Paul, I think …": a given name opening its sentence, then a
    comma and a pronoun, is the person spoken to, even one a town shares ("Nancy"); not a country."""
    return _one_model_word(cand) and _vocative_at(view, lex, cand.start)


def _vocative_at(view: DocView, lex: Lexicon, s: int) -> bool:
    """The word at `s` opens its sentence as the person spoken to (see `_vocative`)."""
    texts = view.texts
    if s + 2 >= len(texts):
        return False
    text = texts[s]
    if texts[s + 1] != "," or texts[s + 2] not in lex.vocative_followers or text not in lex.given_names:
        return False
    return text not in lex.countries and text not in lex.organisation_names and view.sentence_initial(s)


def _with_the_speaker(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    """ "Luce and I are very conscious …", "Melania and I send our prayers": one word joined to
    the speaker is a person, even one a small town shares ("Luce"); not a country or a known body."""
    texts, s = view.texts, cand.start
    if cand.label not in ("GPE", "ORG") or len(cand) != 1 or cand.source != "ner" or s + 2 >= len(texts):
        return False
    text = texts[s]
    joined = texts[s + 1] == "and" and texts[s + 2] == "I"
    known = text in lex.countries or text in lex.organisation_names
    return joined and text.istitle() and text.isalpha() and not known


def _first_words(view: DocView, lex: Lexicon, people: list[Candidate]) -> set[str]:
    """The given names that open the document's people of two or more words ("Asma" of "Asma
    Khalid"), when no known place or body bears them ("Jordan", "Victoria" stay places)."""
    firsts = set()
    for cand in people:
        words = [view.texts[i] for i in _words(view, cand)]
        while words and words[0] in lex.address_words:  # "Q Karine" as the model reads a question line
            words = words[1:]
        if len(words) >= 2:
            firsts.add(words[0])
    return {w for w in firsts if w.istitle() and w.isalpha() and _unknown_name(lex, w) and w not in lex.countries}


def given_names(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """Relabel or cut the candidates a given name shows to be people (see the module docstring)."""
    out = []
    surnames = {view.texts[c.end - 1] for c in chosen if c.label == "PERSON"}
    heads = lex.company_words | lex.org_heads
    bodies = {view.texts[c.start] for c in chosen if c.label == "ORG" and len(c) > 1 and view.texts[c.end - 1] in heads}
    people = [view.span_text(c.start, c.end) for c in chosen if c.label == "PERSON"]
    alone = {t for t in people if not any(ch.isspace() for ch in t)}
    listed = listings.listed_places(view, lex, chosen)  # "Paihia and Russell", "Bellingen, Byron, Camden"
    for cand in chosen:
        if (cand.start, cand.end) in listed:  # a place in a list of places stays what it is
            out.append(cand)
            continue
        if (  # the first test that holds decides: the others are not computed
            _alone(view, lex, cand, bodies)
            or _person_named_as_body(view, lex, cand, surnames)
            or _named_alone_elsewhere(view, lex, cand, alone)
            or _full_name_as_place(view, lex, cand)
            or _titled_one_word(view, lex, cand)
            or _handed_the_floor(view, lex, cand)
            or _addressed(view, lex, cand)
            or _vocative(view, lex, cand)
            or _with_the_speaker(view, lex, cand)
        ):
            cand = replace(cand, label="PERSON")
        elif cand.label in ("ORG", "PERSON"):
            start = _name_at_end(view, lex, cand)
            if start is not None:
                cand = replace(cand, start=start, label="PERSON")
        out.append(cand)
    out = _glued_posts_off(view, lex, out)
    out = sorted(out + _bare_addressed(view, lex, out), key=lambda c: c.start)
    # the other mentions of a word now read as a person follow it ("Senator Ossoff … like Ossoff")
    persons = [c for c in out if c.label == "PERSON"]
    people = {view.span_text(c.start, c.end) for c in persons if len(c) == 1} | _first_words(view, lex, persons)
    people -= bodies
    return [
        replace(c, label="PERSON") if c.label in ("GPE", "ORG") and len(c) == 1 and view.texts[c.start] in people else c
        for c in out
    ]


def _bare_addressed(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """ "Q    Mira —", "Thanks, Colby.", "Justin, thank you": a word the model left without a span, addressed in a
    transcript (`_addressed`, `_vocative`), is a person when it is a common given name or opens a person's name
    elsewhere in the document ("Karine Jean-Pierre" … "Q Karine, …")."""
    taken = {i for c in chosen for i in range(c.start, c.end)}
    firsts = _first_words(view, lex, [c for c in chosen if c.label == "PERSON"])
    out = []
    for s, text in enumerate(view.texts):
        if s in taken or not (text.istitle() and text.isalpha()) or not (text in lex.given_names or text in firsts):
            continue
        if _addressed_at(view, lex, s) or _vocative_at(view, lex, s):
            out.append(Candidate(s, s + 1, "PERSON", "ner"))
    return out


def _post_word(view: DocView, lex: Lexicon, word: str) -> bool:
    """A word of a post or a portfolio: a title's, a portfolio's, or one the document writes in lower case ("Ethnic
    Communities" beside "ethnic communities"); no given name."""
    if word in lex.given_names or not word[:1].isupper():
        return False
    return word in lex.title_words or word in lex.portfolio or view.stands_in_order([word.lower()])


def _glued_posts_off(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """ "Minister for Ethnic Communities Priyanca Radhakrishnan" read as one person with the portfolio's last words
    ("Ethnic Communities Priyanca Radhakrishnan"): a person's name that ends with the name of a person the document
    gives alone elsewhere ("Priyanca Radhakrishnan said") is that name, when every word before it is a post's word
    (`_post_word`; GOLD.md: titles are no part of a PERSON). A middle name stays ("Recep Tayyip Erdoğan")."""
    alone = {view.span_text(c.start, c.end) for c in chosen if c.label == "PERSON" and len(_words(view, c)) >= 2}
    out = []
    for cand in chosen:
        words = _words(view, cand) if cand.label == "PERSON" else []
        for n in range(1, len(words) - 1):
            if view.span_text(words[n], cand.end) in alone:
                if all(_post_word(view, lex, view.texts[i]) for i in words[:n]):
                    cand = replace(cand, start=words[n])
                break
        out.append(cand)
    return out
