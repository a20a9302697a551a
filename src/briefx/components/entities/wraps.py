"""Names broken by a hard line wrap or a run of spaces: "the Department⏎of Defense",
"Vice President Kamala⏎Harris", "Jean-Claude  Juncker". The tokenizer gives the break a
whitespace token of its own, which splits the model's entities and every token pattern;
here the words on both sides are read as one run with the break left out."""

from __future__ import annotations

from briefx.components.attributes import doc_text, given_text
from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import INITIAL, Lexicon, capitalised
from briefx.components.entities.one_body import COMPLEMENTS, one_body_over_and
from briefx.components.entities.organisations import complement_end, owns_name
from briefx.normalize.lines import BULLET

# "and" only inside one body's name (`_across_and`): across a break it more often joins two names
# ("the Commission and⏎Nigerian civil society")
_CONNECTORS = frozenset({"of", "the", "for", "&", "-", "’s", "'s", "on"})
_MAX_SIDE = 6  # words on each side of the break
_MAX_GIVEN = 2  # "Bridget Mary⏎McCormack", "Donald J.⏎Trump"
_MAX_SURNAMES = 2  # "Andrés Manuel⏎López Obrador"
_GAZETTEER_LABELS = {
    "COUNTRY": "GPE",
    "CITY": "GPE",
    "SUBDIVISION": "GPE",
    "LOC": "LOC",
    "NORP": "NORP",
    "ORG": "ORG",
    "PERSON": "PERSON",
}


def is_break(text: str) -> bool:
    """A whitespace token inside a paragraph: one line break (and the next line's indent), or
    one extra space; not a blank line, not the spaces between columns ("Bank of Canada   Bank
    of England")."""
    if not text.isspace():
        return False
    breaks = text.count("\n")
    # the token holds the spaces after the first: one extra space (or a no-break space)
    return breaks == 1 or (breaks == 0 and len(text) == 1)


def ends_list_line(view: DocView, lex: Lexicon, w: int) -> bool:
    """The line break at token w closes a line of a list, not a wrap: the line ends in a markdown hard
    break ("Port Envoy John Porcari␣␣⏎Fred Smith, CEO of FedEx") or the next line opens with a list mark
    ("- City Rail Link Limited⏎- Crown Asset Management Limited"). The spaces that mask a line-break
    tag are no hard break: "Department of National<br />⏎Resources" is one name wrapped."""
    token = view.doc[w]
    if "\n" not in token.text:
        return False
    text = doc_text(view.doc)
    cut = token.idx + token.text.index("\n")
    if BULLET.match(text[cut + 1 :].lstrip(" ")) is not None:
        return True
    return text[max(0, cut - 2) : cut] == "  " and not _masked_wrap_tag(view, lex, cut)


def _masked_wrap_tag(view: DocView, lex: Lexicon, cut: int) -> bool:
    """The line that breaks at offset `cut` ends in a line-break tag in the text as given (masked by spaces)."""
    given = given_text(view.doc)
    if given is None:
        return False
    return lex.wrap_tag.search(given, given.rfind("\n", 0, cut) + 1, cut) is not None


def _name_word(view: DocView, lex: Lexicon, i: int) -> bool:
    text = view.texts[i]
    return i not in view.blocked and (capitalised(text) and text not in lex.determiners or text in _CONNECTORS)


def _word_beside(view: DocView, k: int, step: int) -> str:
    """The word next to token k going `step`, past one break."""
    k += step
    if 0 <= k < len(view) and is_break(view.texts[k]):
        k += step
    return view.texts[k] if 0 <= k < len(view) else ""


def _inner_and(view: DocView, lex: Lexicon, k: int) -> bool:
    """ "and" at k between two capitalised words, no acronym, the one before it no body's head:
    inside one name ("Department of Health and Human⏎Services"), not between two
    ("Secret Service⏎and National Park Service", "USAID⏎and State Department")."""
    before, after = _word_beside(view, k, -1), _word_beside(view, k, 1)
    return (
        view.texts[k] == "and"
        and capitalised(before)
        and capitalised(after)
        and not before.isupper()
        and not after.isupper()
        and before not in lex.org_heads
        and before not in lex.company_words
        and after not in lex.determiners
    )


def _side(view: DocView, lex: Lexicon, w: int, step: int, inner_and: bool = False) -> int:
    """The farthest name word from the break at w going `step` (-1 left, +1 right), or w; with
    `inner_and`, an "and" inside a name counts as a name word."""
    far, k = w, w + step
    while (
        0 <= k < len(view)
        and abs(k - w) <= _MAX_SIDE
        and (_name_word(view, lex, k) or (inner_and and _inner_and(view, lex, k)))
    ):
        if step > 0 and k > w + 1 and view.doc[k].is_sent_start:
            break
        if step < 0 and view.texts[k] == "the" and _word_beside(view, k, -1) not in lex.connectors:
            break  # "Since the Queensland⏎Government": the name starts after its determiner
        far = k
        k += step
    return far


def _trimmed(view: DocView, lex: Lexicon, a: int, b: int) -> tuple[int, int]:
    """[a, b) without connectors at either end (determiners and "of" are not names)."""
    texts = view.texts
    while a < b and not capitalised(texts[a]):
        a += 1
    while b > a and not capitalised(texts[b - 1]):
        b -= 1
    return a, b


def _after_title(view: DocView, lex: Lexicon, a: int, b: int) -> int:
    """ "the Chair of the House Foreign Affairs⏎Committee", "Chairman⏎of the Senate Foreign
    Relations Committee": a title, its "of" or "for" and a determiner open no body's name; where
    the name after them starts, or a when the run opens on no title."""
    texts = view.texts
    k = a
    while k < b and (texts[k] in lex.role_words or (k > a and is_break(texts[k]))):
        k += 1
    if k == a or k >= b or texts[k] not in COMPLEMENTS:
        return a
    k += 1
    while k < b and (texts[k] in lex.determiners or is_break(texts[k])):
        k += 1
    return k


def _whole_line(view: DocView, a: int, b: int) -> bool:
    """The run is a line of its own (a heading over a heading), not a name wrapped in a paragraph."""
    doc = view.doc
    text = doc_text(doc)
    start, end = doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
    line_end = text.find("\n", end)
    before = text[text.rfind("\n", 0, start) + 1 : start]
    after = text[end : line_end if line_end != -1 else len(text)]
    return not before.strip() and not after.strip()


def _from_gazetteer(view: DocView, lex: Lexicon, w: int, left: int, right: int) -> Candidate | None:
    """The longest gazetteer name that crosses the break at w."""
    texts = view.texts
    best = None
    for a in range(left, w):
        for b in range(right + 1, w + 1, -1):
            if best is not None and b - a <= len(best):
                break
            keys = lex.gazetteer.get((*texts[a:w], *texts[w + 1 : b]))
            if keys and keys[0] in _GAZETTEER_LABELS:
                best = Candidate(a, b, _GAZETTEER_LABELS[keys[0]], "pattern")
    return best


def _and_tail(view: DocView, lex: Lexicon, b: int) -> int:
    """ "Bureau of Global Health⏎Security and Diplomacy": "and" inside a body's complement goes on
    with the name, as on one line (organisations.org_end); "… and the …" opens another."""
    texts = view.texts
    if b + 1 >= len(texts) or texts[b] not in ("and", "&") or not capitalised(texts[b + 1]):
        return b
    if texts[b + 1] in lex.determiners or texts[b + 1] in lex.countries:
        return b  # "… of State and U.S. Agency for …": a second name
    end = complement_end(view, lex, b + 1)  # up to a post before a person's name ("… Policy Director Jo Ames")
    return b if any(texts[k] in lex.body_heads for k in range(b + 1, end)) else end  # "… and Lincoln University"


def _without_owner(view: DocView, lex: Lexicon, w: int, a: int, b: int) -> tuple[int, int]:
    """[a, b) without a body that owns the name after it (`organisations.owns_name`): "U.S.
    Department of Transportation’s Federal Highway⏎Administration" keeps the body after the
    possessive, "Department of⏎Energy’s Preventing Outages …" the body before it."""
    texts = view.texts
    for p in range(a + 1, b - 1):
        if texts[p] in lex.possessives and owns_name(view, lex, a, p):
            return (p + 1, b) if p < w else (a, p)
    return a, b


def _from_head(view: DocView, lex: Lexicon, w: int, left: int, right: int) -> Candidate | None:
    """ "Japan Bank for International⏎Cooperation", "U.S.-Africa Leaders⏎Summit": a run that
    holds an organisation's head word is an ORG, one ending in an event's head an EVENT."""
    a, b = _trimmed(view, lex, left, right + 1)
    a, b = _without_owner(view, lex, w, _after_title(view, lex, a, b), b)
    if not a < w < b - 1 or _whole_line(view, a, b):
        return None
    if view.texts[b - 1] in lex.wrap_body_heads and view.texts[b - 1] not in lex.body_heads:
        a = _wrap_head_start(view, lex, w, a)
        if a is None:
            return None
    words = [t for t in view.texts[a:b] if not t.isspace()]
    last = len(words) - 1
    heads = [k for k, t in enumerate(words) if t in lex.body_heads or (k == last and t in lex.wrap_body_heads)]
    # "Japan Bank for International⏎Cooperation": the head before a complement names the body
    if heads and heads[-1] == len(words) - 1:
        return Candidate(a, b, "ORG", "pattern")
    if heads and words[heads[-1] + 1] in COMPLEMENTS:
        return Candidate(a, _and_tail(view, lex, b), "ORG", "pattern")
    if words[-1] in lex.event_heads:
        return Candidate(a, b, "EVENT", "pattern")
    return None


def _wrap_head_start(view: DocView, lex: Lexicon, w: int, a: int) -> int | None:
    """Where a name closed by a wrap head (`Lexicon.wrap_body_heads`) starts: after an owner's possessive ("NASA’s
    Johnson Space⏎Center"); None when a name word the run cannot read opens it ("iFAB Tech⏎Hub")."""
    before = view.texts[a - 1] if a > 0 else ""
    if before[1:2].isupper() or (before[:1].islower() and any(c.isupper() for c in before)):
        return None
    owned = [p for p in range(a, w) if view.texts[p] in lex.possessives]
    return owned[-1] + 1 if owned else a


def _across_and(view: DocView, lex: Lexicon, w: int) -> Candidate | None:
    """ "Department of Health and Human⏎Services", "Cybersecurity and⏎Infrastructure Security
    Agency": a body's name holding an "and" across the break at w (see `one_body.one_body_over_and`)."""
    left, right = _side(view, lex, w, -1, inner_and=True), _side(view, lex, w, 1, inner_and=True)
    if left == w or right == w or "and" not in view.texts[left : right + 1]:
        return None
    cand = _from_head(view, lex, w, left, right)
    if cand is None or cand.label != "ORG":
        return None
    words = [t for t in view.texts[cand.start : cand.end] if not t.isspace()]
    return cand if one_body_over_and(lex, words) else None


def _given_or_initial(lex: Lexicon, text: str) -> bool:
    return text in lex.given_names or bool(INITIAL.match(text))


def _given_start(view: DocView, lex: Lexicon, w: int, left: int) -> int | None:
    """Where the given names and initials just before the break at w start, when they open a
    person's name: a given name the tables know, or any name word after a person's title
    ("Vice President Kamala⏎Harris")."""
    texts = view.texts
    first = w - 1
    while first > left and w - first < _MAX_GIVEN and _given_or_initial(lex, texts[first - 1]):
        first -= 1
    if texts[first] in lex.given_names:
        return first
    titled = first > 0 and texts[first - 1] in lex.title_words
    return first if titled and lex.plain_name_word(view.doc[first]) else None


def _surname(view: DocView, lex: Lexicon, i: int) -> bool:
    """A word that can be a surname: no head of a body, place or event ("Jackson⏎County",
    "Virginia⏎Beach")."""
    text = view.texts[i]
    heads = (lex.org_heads, lex.company_words, lex.gpe_types, lex.loc_types, lex.loc_heads, lex.not_person_heads)
    return lex.plain_name_word(view.doc[i]) and not any(text in table for table in heads)


def _surnames_end(view: DocView, lex: Lexicon, w: int, right: int) -> int | None:
    """End of the initials and one or two surnames right after the break at w, or None."""
    texts, k = view.texts, w + 1
    while k <= right and INITIAL.match(texts[k]):
        k += 1
    end = k
    while end <= right and end - k < _MAX_SURNAMES and _surname(view, lex, end):
        end += 1
        if end < right and texts[end] == "-" and _surname(view, lex, end + 1):  # "Doe-Smith" is one word
            end += 2
    return end if end > k else None


def _from_person(view: DocView, lex: Lexicon, w: int, left: int, right: int) -> Candidate | None:
    """ "President Donald⏎J. Trump", "Vice President Kamala⏎Harris": given names (or a name after
    a title) before the break, initials and surnames after it."""
    start = _given_start(view, lex, w, left)
    end = None if start is None else _surnames_end(view, lex, w, right)
    if end is None or lex.place_or_town(" ".join(t for t in view.texts[start:end] if not t.isspace())):
        return None
    return Candidate(start, end, "PERSON", "pattern")


def from_wrapped(view: DocView, lex: Lexicon) -> list[Candidate]:
    """Names across a break inside a paragraph: gazetteer names first, then organisations and
    events by their head word, then people by a given name or a title. At a masked line-break tag
    (transcripts that end every line in "<br />", lists and résumés too) only a body's or a place's
    name inside running text: words before it on its first line and after it on its last."""
    out = []
    for w, text in enumerate(view.texts):
        if not (0 < w < len(view) - 1 and is_break(text)) or ends_list_line(view, lex, w):
            continue
        tag = _tag_break(view, lex, w)
        cand = _wrapped_at(view, lex, w, people=not tag)
        if cand is not None and (not tag or _inside_running_text(view, cand)):
            out.append(cand)
    return out


def _wrapped_at(view: DocView, lex: Lexicon, w: int, *, people: bool) -> Candidate | None:
    """The name across the break at w, if any (see `from_wrapped`)."""
    cand = _across_and(view, lex, w)
    if cand is not None:
        return cand
    left, right = _side(view, lex, w, -1), _side(view, lex, w, 1)
    if left == w or right == w:
        return None
    cand = _from_gazetteer(view, lex, w, left, right)
    if cand is not None and cand.end <= right and view.texts[cand.end] in lex.org_heads:
        cand = _from_head(view, lex, w, left, right) or cand  # "the New⏎York Times": a place opens the body
    elif cand is not None and cand.label in ("ORG", "GPE"):
        cand = _wider_body(view, lex, w, left, right, cand)
    cand = cand or _from_head(view, lex, w, left, right)
    return cand or (_from_person(view, lex, w, left, right) if people else None)


def _wider_body(view: DocView, lex: Lexicon, w: int, left: int, right: int, cand: Candidate) -> Candidate:
    """ "U.N. Security⏎Council", "United Nations General⏎Assembly": a body the gazetteer knows, ending where a
    longer body's name read by its head ends, is the tail of that name; so is a place after an organisation's
    head ("Rural Bank of New South⏎Wales"), not after a government's ("State of New⏎York")."""
    wider = _from_head(view, lex, w, left, right)
    if wider is None or wider.label != "ORG" or wider.end != cand.end or wider.start >= cand.start:
        return cand
    if cand.label == "GPE" and not any(t in lex.org_heads for t in view.texts[wider.start : cand.start]):
        return cand
    return wider


def _tag_break(view: DocView, lex: Lexicon, w: int) -> bool:
    """The break at token w is a masked line-break tag ("National<br />⏎Resources")."""
    token = view.doc[w]
    return "\n" in token.text and _masked_wrap_tag(view, lex, token.idx + token.text.index("\n"))


def _inside_running_text(view: DocView, cand: Candidate) -> bool:
    """Words stand before the candidate on its first line and after it on its last (tags are masked as
    spaces): not a line's label ("Justice Jane Roe AC<br />⏎Current Office</p>")."""
    text, doc = doc_text(view.doc), view.doc
    start, end = doc[cand.start].idx, doc[cand.end - 1].idx + len(doc[cand.end - 1])
    line_end = text.find("\n", end)
    before = text[text.rfind("\n", 0, start) + 1 : start]
    after = text[end : line_end if line_end != -1 else len(text)]
    return bool(before.strip()) and bool(after.strip())


_JOINS = frozenset({"-", "–", "—", "/"})


def name_run_goes_on(view: DocView, lex: Lexicon, k: int, *, first: bool) -> bool:
    """doc[k] carries a capitalised run on (not_names: where the name of an agreement ends): a capitalised
    word ("Climate", "ROK", "CyberSafe"), a join written close ("U.S.-ROK") or spaced before a place ("New
    Zealand - Malaysia"), a line wrap, or "and" between capitalised words ("Climate and Energy Partnership"),
    never the run's first."""
    doc = view.doc
    token = doc[k]
    if token.is_alpha and token.text[:1].isupper():
        return True
    named_next = k + 1 < len(doc) and doc[k + 1].text[:1].isupper() and doc[k + 1].is_alpha
    if token.text in _JOINS:  # spaced, only before a place's name: not "European Commission - Statement"
        return not doc[k - 1].whitespace_ or (token.text != "/" and named_next and lex.governed_place(doc[k + 1].text))
    if is_break(token.text):
        return k + 1 < len(doc) and doc[k + 1].is_title  # "Insurance  Scheme"
    return not first and named_next and token.text in lex.name_run_connectors
