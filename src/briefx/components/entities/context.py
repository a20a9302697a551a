"""What the words around a position say: name runs to the left and right, appositions,
titles before a name, company suffixes. Each reads a `DocView` and the `Lexicon`."""

from __future__ import annotations

from spacy.tokens import Span

from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import YEAR, Lexicon, capitalised

_DASHES = frozenset({"-", "–"})


def extend_left(view: DocView, lex: Lexicon, i: int, *, allow_connectors: bool = True) -> int:
    """Start of the capitalised run ending at token i ("of", "and" inside it when allowed)."""
    doc = view.doc
    start = i
    j = i - 1
    while j >= 0:
        tok = doc[j]
        if tok.is_space or tok.is_sent_end:
            break
        if capitalised(tok.text) and tok.text not in lex.determiners:
            start = j
        elif tok.text in _DASHES and j > 0 and capitalised(doc[j - 1].text) and not tok.whitespace_:
            pass
        elif (
            allow_connectors
            and tok.text in {"of", "and", "&"}
            and j > 0
            and capitalised(doc[j - 1].text)
            and doc[j - 1].text not in lex.role_words
        ):
            pass
        else:
            break
        j -= 1
    while start < i and not capitalised(doc[start].text):
        start += 1
    return start


def particles_then_name(view: DocView, lex: Lexicon, k: int) -> int | None:
    """ "de los Cobres": after lower-case particles from k, the index of the capitalised word."""
    doc = view.doc
    m = k
    while m < len(doc) and doc[m].lower_ in lex.name_particles and doc[m].text.islower():
        m += 1
    if m < len(doc) and capitalised(doc[m].text) and doc[m].is_alpha:
        return m
    return None


def name_run_right(view: DocView, lex: Lexicon, i: int) -> int:
    """End of the capitalised name starting at i: "San Antonio de los Cobres", "Kara-Suu"."""
    doc = view.doc
    k = i
    while k < len(doc) and not (k > i and doc[k].is_sent_start):
        tok = doc[k]
        if capitalised(tok.text) and tok.is_alpha:
            k += 1
        elif tok.text in _DASHES and not doc[k - 1].whitespace_ and k + 1 < len(doc) and capitalised(doc[k + 1].text):
            k += 1
        elif tok.lower_ in lex.name_particles and tok.text.islower() and k + 1 < len(doc):
            m = particles_then_name(view, lex, k)
            if m is None:
                break
            k = m
        else:
            break
    return k


def name_run_left(view: DocView, lex: Lexicon, end: int) -> int:
    """Start of the capitalised name ending at `end` (hyphenated words included)."""
    doc = view.doc
    start = end
    while start > 0:
        tok = doc[start - 1]
        if capitalised(tok.text) and tok.is_alpha and tok.text not in lex.determiners:
            start -= 1
            if tok.is_sent_start:
                break
        elif (
            tok.text in _DASHES and start < end and start > 1 and not tok.whitespace_ and not doc[start - 2].whitespace_
        ):
            start -= 1
        else:
            break
    return start


def conjuncts_left(view: DocView, lex: Lexicon, t: int) -> list[tuple[int, int]]:
    """ "Barents, Kara and Beaufort" before "seas": the listed names, right to left."""
    doc = view.doc
    parts: list[tuple[int, int]] = []
    end = t
    joined = False
    while True:
        start = name_run_left(view, lex, end)
        if start == end:
            break
        parts.append((start, end))
        sep = doc[start - 1].text if start > 0 else ""
        if sep in {"and", "or", "&"} and not joined:
            joined = True
            end = start - 1
            if end > 0 and doc[end - 1].text == ",":
                end -= 1
        elif sep == "," and joined:
            end = start - 1
        else:
            break
    return parts if joined else []


def conjuncts_right(view: DocView, lex: Lexicon, i: int) -> list[tuple[int, int]]:
    """ "Bhola, Hatiya and Sandwip" after "islands of"."""
    doc = view.doc
    parts: list[tuple[int, int]] = []
    start = i
    while start < len(doc) and capitalised(doc[start].text):
        end = name_run_right(view, lex, start)
        if end == start:
            break
        parts.append((start, end))
        if end + 1 < len(doc) and doc[end].text == ",":
            nxt = end + 1
            if doc[nxt].text in {"and", "or"}:
                nxt += 1
            start = nxt
        elif end + 1 < len(doc) and doc[end].text in {"and", "or"}:
            start = end + 1
            parts.append((start, name_run_right(view, lex, start)))
            break
        else:
            break
    return [(a, b) for a, b in parts if b > a]


def compound_part(view: DocView, lex: Lexicon, start: int) -> bool:
    """ "Caspian" in "Trans-Caspian" is part of a word, not a name."""
    doc = view.doc
    return (
        start >= 2
        and doc[start - 1].text == "-"
        and not doc[start - 2].whitespace_
        and doc[start - 2].text in lex.compound_prefixes
    )


def appositive(view: DocView, lex: Lexicon, end: int) -> str | None:
    """ "X, the country's third-largest operator," → ORG: a descriptor noun in the apposition;
    "X, group chief executive of …" → PERSON: a role noun. Read once per position."""
    key = ("appositive", end)
    if key not in view.memo:
        view.memo[key] = _appositive(view, lex, end)
    return view.memo[key]  # type: ignore[return-value]


def _appositive(view: DocView, lex: Lexicon, end: int) -> str | None:
    doc = view.doc
    if end >= len(doc) or doc[end].text != ",":
        return None
    found = None
    for tok in doc[end + 1 : min(len(doc), end + 9)]:
        if tok.text == "-" and not tok.whitespace_ and not doc[tok.i - 1].whitespace_:
            continue  # "a Dehradun-based tour company"
        if tok.is_punct or tok.is_space or tok.lower_ in lex.prepositions or tok.lower_ in lex.clause_words:
            break  # the head noun comes before "of …": "rector of Caspian Technical University"
        if tok.pos_ == "AUX" or tok.tag_ in ("VBD", "VBZ", "VBP"):
            return None  # "X, said the Agency …" is no apposition ("managing director" is)
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.text in lex.possessives:
            continue  # a possessor, not the head: "the university's vice-president"
        if tok.lower_ in lex.role_nouns:
            return "PERSON"
        if tok.lower_ in lex.org_descriptors:
            found = "ORG"
    return found


def role_before(view: DocView, lex: Lexicon, start: int) -> bool:
    """ "…'s ambassador to Kenya, Guo Lihua," : a role noun phrase ends just before the name."""
    doc = view.doc
    if start < 2 or doc[start - 1].text != ",":
        return False
    if start < len(doc) and not any(t.text in {",", "said", "says", "told"} for t in doc[start : start + 5]):
        return False
    for tok in reversed(doc[max(0, start - 7) : start - 1]):
        if tok.is_punct and tok.text != "’s":
            return False
        if tok.lower_ in lex.role_nouns:
            return True
    return False


def speaks(view: DocView, lex: Lexicon, start: int, end: int) -> bool:
    """A name a person's cue surrounds: "said X", "Dr. X", "X said", "X, head of …"."""
    doc = view.doc
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    return (
        (before is not None and (before.lower_ in lex.speech or before.text in lex.person_prefixes))
        or (after is not None and after.lower_ in lex.speech)
        or appositive(view, lex, end) == "PERSON"
    )


def sentence_initial_word(view: DocView, lex: Lexicon, i: int) -> bool:
    """A sentence-initial word that the tagger does not take for a name."""
    tok = view.doc[i]
    acronym = tok.is_upper and tok.is_alpha and len(tok.text) > 1 and tok.lower_ not in lex.stop
    return view.sentence_initial(i) and tok.pos_ != "PROPN" and not acronym


def company_suffix(view: DocView, lex: Lexicon, i: int) -> int | None:
    """End of a company word at token i: "Holdings", or "A/S" written as three tokens."""
    doc = view.doc
    text = view.texts[i]
    if text in lex.company_words:
        return i + 1
    for pieces in lex.split_suffixes.get(text, ()):
        k = len(pieces)
        span = doc[i : i + k]
        if len(span) == k and tuple(t.text for t in span) == pieces and not any(t.whitespace_ for t in span[:-1]):
            return i + k
    return None


def short_form(span: Span) -> bool:
    """ "KTZ", "AfDB", "PiS", "NC4", "Africa CDC": capitalised words, the last an acronym."""
    if not span[0].text[:1].isupper() or not all(capitalised(t.text) for t in span):
        return False
    last = span[-1].text.replace("+", "").replace("-", "").replace(".", "")
    return last.isalnum() and sum(c.isupper() for c in last) >= 2 and any(c.isalpha() for c in last)


_ROLE_STOPS = frozenset({",", ";", ":", "(", ")", "—", "–", "“", "”", '"'})
_ROLE_GLUE = frozenset({"of", "the", "to", "for", "and", "’s", "'s", "-"})


def role(view: DocView, lex: Lexicon, span: Span) -> str | None:
    """The title run just before a name: "Energy Minister", "Ambassador of … to …"."""
    doc = view.doc
    j = span.start - 1
    leftmost = None
    has_role = False
    while j >= 0:
        tok = doc[j]
        if tok.is_space or tok.text in _ROLE_STOPS or tok.ent_type_ == "PERSON" or tok.is_sent_end:
            break
        if tok.text in lex.role_words:
            has_role = True
        elif not (capitalised(tok.text) or tok.text in _ROLE_GLUE):
            break
        leftmost = j
        if tok.is_sent_start:
            break
        j -= 1
    if leftmost is None or not has_role:
        return None
    words = doc[leftmost : span.start]
    skip = lex.person_prefixes | lex.determiners
    while len(words) and (words[0].text in skip or not capitalised(words[0].text)):
        words = words[1:]
    text = words.text.strip()
    return text if text and text not in lex.person_prefixes else None


# what a year opening an event's name follows: "the 2022 Madrid Summit", "its 2019 Summit", "the virtual 2020 …";
# not "in 2019 Hurricane Dorian", where the year dates the clause
_BEFORE_NAMED_YEAR = frozenset({"DT", "PRP$", "JJ", "POS"})


def year_opens_name(view: DocView, lex: Lexicon, j: int) -> bool:
    """The token at j is a year that opens the event's name after it."""
    doc = view.doc
    if j < 1 or not YEAR.match(doc[j].text):
        return False
    before = doc[j - 1]
    return before.text in lex.determiners or before.tag_ in _BEFORE_NAMED_YEAR or before.text in lex.possessives


def participants_before(view: DocView, lex: Lexicon, i: int) -> bool:
    """ "Leaders’ Meeting", "Defence Ministers Meeting": the plural of a post before the head names who
    meets, so the name is a meeting's without a number (the real gold's EVENT); also `posts_of_before`."""
    j = i - 1
    if j > 0 and view.texts[j] in lex.possessives:
        j -= 1
    return (j >= 0 and view.texts[j] in lex.role_words and view.texts[j].endswith("s")) or posts_of_before(view, lex, i)


def posts_of_before(view: DocView, lex: Lexicon, i: int) -> bool:
    """ "Heads of Government Meeting", "Heads of State and Government Meeting": the plural of a post before
    an "of" phrase of capitalised words that ends at the head names who meets."""
    texts = view.texts
    j = k = i - 1
    while k > 0 and j - k < 4 and (texts[k].istitle() or texts[k] == "and"):
        k -= 1
    post = texts[k - 1] if 0 < k < j and texts[k] == "of" else ""
    return post.endswith("s") and (post in lex.role_words or post[:-1] in lex.role_words)


def after_places(view: DocView, i: int) -> bool:
    """The word at `i` closes a run of capitalised words, commas and dashes that holds a place the model
    read ("Cleeve Prior – River Avon, Evesham", "Stavanger Airport, Sola"): the town those places lie in."""
    doc = view.doc
    if i < 2 or doc[i - 1].text != ",":
        return False
    k = i - 2
    while k >= 0 and i - k <= 6 and (doc[k].is_title or doc[k].is_upper or doc[k].text in {",", "–", "-"}):
        if doc[k].ent_type_ in ("GPE", "LOC", "FAC"):
            return True
        k -= 1
    return False


def treaty_head(view: DocView, lex: Lexicon, k: int) -> bool:
    """ "Convention| on the Law of the Sea", "Convention| against Torture": a treaty's head word before
    the preposition that opens its subject, a capitalised name, names a law (no span, GOLD.md); not
    "the National Convention on Monday", where a date follows."""
    texts = view.texts
    if texts[k] not in lex.treaty_heads:
        return False
    after = [m for m in range(k + 1, min(len(texts), k + 7)) if not texts[m].isspace()][:3]  # over line wraps
    if len(after) < 2 or texts[after[0]] not in lex.treaty_prepositions:
        return False
    m = after[2] if texts[after[1]] == "the" and len(after) > 2 else after[1]
    return texts[m][:1].isupper() and m not in view.blocked


_TREATY_SUBJECT_WORDS = 8  # "Convention on the Law of the| Sea": how far back a name may lie from the head


def in_treaty(view: DocView, lex: Lexicon, start: int, end: int) -> bool:
    """The name doc[start:end] holds a treaty's head ("UN Convention on the Law of the Sea") or lies in
    a treaty's subject ("Sea" in "Convention on the Law of the Sea")."""
    if not any(head in view.positions for head in lex.treaty_heads):
        return False
    if any(treaty_head(view, lex, k) for k in range(start, end)):
        return True
    texts = view.texts
    k = start - 1
    while k >= 0 and start - k <= _TREATY_SUBJECT_WORDS:
        if treaty_head(view, lex, k):
            return True
        if not (texts[k][:1].isupper() or texts[k] in lex.connectors or texts[k] in lex.treaty_prepositions
                or texts[k] in lex.determiners or texts[k].isspace()):
            return False
        k -= 1
    return False


def compass_end(view: DocView, lex: Lexicon, start: int, end: int) -> int | None:
    """Where the place after a leading compass word starts: "South Auckland" 1, "South-East
    Queensland" 3 (the tokenizer splits the hyphen); None when no compass word leads."""
    texts = view.texts
    if texts[start] in lex.part_compass_openers and start + 1 < end:  # "Far North Queensland"
        start += 1
    if texts[start] not in lex.compass:
        return None
    k = start + 1
    if k + 2 < end and texts[k] in {"-", "–"} and texts[k + 1] in lex.compass:
        k += 2
    return k if k < end else None


def names_its_peoples(view: DocView, lex: Lexicon, start: int, end: int) -> bool:
    """ "Pacific communities", "12,000 Pacific people", "Pacific Island students": a region whose name also
    names its peoples, before a noun for people, is the peoples (NORP); "Pacific nations" stays the region."""
    texts, k = view.texts, view.word_from(end)
    return k < len(texts) and texts[k] in lex.people_nouns and view.span_text(start, end) in lex.region_peoples
