"""Organisations that open on a post: "Deputy Inspector General of the⏎U.S. Department of Labor",
"Director of the White House Office⏎of Intergovernmental Affairs", "Pennsylvania State Director
for the Republican⏎National Committee". The model, or a name read across a hard line wrap (the
biographies of nomination and appointment releases), takes the post and its "of" or "for" into
the body's name; GOLD.md gives the span to the name alone and keeps roles outside names. The cue:
a title word right before "of" or "for", no body's head word before it ("Office of the Secretary
of Defense" is one name), and a body's head or short form after it. A document-level repair
after the choice.

The post's portfolio alone, after the post and its "for" or "of", is no body either ("Assistant
Secretary for Fossil Energy", "Deputy National Security Advisor for International Economics",
"Nominee for Assistant Administrator for Development"): a candidate there whose every word is a
portfolio's, a post's, an abstract noun or a word the document writes in lower case, and which holds
no body's head or short form, goes (seen on unseen White House nomination releases and fact sheets and
Australian party releases).

A post read into the END of a body's name is no part of it either ("Department of Veterans Affairs
Secretary Denis McDonough", "World Bank President", "Alumina Limited Mr Mark Paterson" in a list of
members): the body ends before the post's first word, and a person's name the post leads to inside
the candidate is the person (`posts_after_bodies`; seen on unseen White House readouts and
Australian PM member lists).
"""

from __future__ import annotations

from dataclasses import replace

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import INITIAL, Lexicon
from briefx.components.entities.wraps import is_break

_LINKS = frozenset({"of", "for"})
_MIN_BODY = 2  # words left after the post, or a short form: "Secretary of State" is a post's own name


def _body_word(lex: Lexicon, text: str) -> bool:
    return text in lex.body_heads or text in lex.short_heads


def _names_a_body(lex: Lexicon, words: list[str]) -> bool:
    """A body's head word or a short form ("DOL") among the words."""
    return any(_body_word(lex, w) or (len(w) > 1 and w.isupper() and w.isalpha()) for w in words)


def _after_post(view: DocView, lex: Lexicon, start: int, end: int) -> int:
    """Where the words after the first post in start:end start, or `start`."""
    texts = view.texts
    for k in range(start, end - 1):
        if _body_word(lex, texts[k]):
            return start
        if k > start and texts[k] in _LINKS and texts[k - 1] in lex.role_words:
            j = k + 1
            while j < end and (texts[j] == "the" or texts[j].isspace()):
                j += 1
            words = [w for w in texts[j:end] if not w.isspace()]
            short_form = len(words) == 1 and words[0].isupper()
            return j if (len(words) >= _MIN_BODY or short_form) and _names_a_body(lex, words) else start
    return start


def body_start(view: DocView, lex: Lexicon, start: int, end: int) -> int:
    """Where the body's name starts in start:end once the posts before it are left out ("Nominee
    for Commissioner of the …"), or `start`."""
    after = _after_post(view, lex, start, end)
    while after != start:
        start, after = after, _after_post(view, lex, after, end)
    return start




def _after_post_link(view: DocView, lex: Lexicon, start: int) -> bool:
    """A post's title and its "for" or "of" (and "the") stand right before `start`."""
    texts = view.texts
    k = start - 1
    while k >= 0 and (texts[k] == "the" or is_break(texts[k])):  # "Advisor for⏎International Economics"
        k -= 1
    if k < 1 or texts[k] not in _LINKS:
        return False
    return texts[k - 1] in lex.role_words  # a title; not "chief executive of Solvance", a company


def _portfolio_word(view: DocView, lex: Lexicon, word: str) -> bool:
    """A portfolio's word, an abstract noun, a post's ("Nominee for [Assistant Administrator for
    Development]": a post, not a body) or a word the document writes in lower case."""
    return (
        word in lex.portfolio
        or word in lex.role_words
        or lex.topic_word(word)
        or view.stands_in_order([word.lower()])
    )


def is_portfolio(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    """The ORG is a post's portfolio: after a post's "for" or "of", every word a portfolio's, an
    abstract noun's or one the document writes in lower case, and no body's word or short form."""
    if cand.label != "ORG" or not _after_post_link(view, lex, cand.start):
        return False
    words = [w for w in view.texts[cand.start : cand.end] if not w.isspace() and w not in lex.post_joiners]
    if not words or _names_a_body(lex, words) or view.span_text(cand.start, cand.end) in lex.organisation_names:
        return False
    if any(w in lex.party_words for w in words):
        return False  # "Leader of the Opposition": a party's word names the body
    return all(_portfolio_word(view, lex, w) for w in words)


def portfolios_after_posts(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """`chosen` without the posts' portfolios (see the module docstring)."""
    return [cand for cand in chosen if not is_portfolio(view, lex, cand)]


def posts_before_bodies(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """`chosen` with the post cut from the front of every organisation that opens on one."""
    out = []
    for cand in chosen:
        start = body_start(view, lex, cand.start, cand.end) if cand.label == "ORG" else cand.start
        out.append(replace(cand, start=start) if start != cand.start else cand)
    return out


_LINE_MARKS = frozenset({"•", "-", "*", "–", "·", "▪"})
_BODY_GLUE = frozenset({"of", "and", "&", "for", "on", "the", "-", "’s", "'s", "’"})
_POST_GLUE = frozenset({"and", "&", "of", "for", "-"})
_MAX_POST = 6


def _opens_line(view: DocView, lex: Lexicon, start: int) -> bool:
    """Only a bullet, masked markup or title words stand between the line's start and `start`."""
    doc = view.doc
    k = start - 1
    while k >= 0 and "\n" not in doc[k].text:
        text = doc[k].text
        titled = text in lex.title_words or text.rstrip(".") in lex.title_words  # "Mr", "Dr.", "Professor"
        if not (doc[k].is_space or text in _LINE_MARKS or titled):
            return False
        k -= 1
    return True


def _post_end(view: DocView, lex: Lexicon, k: int) -> int | None:
    """End of a post ("President and CEO", "Associate Executive Director") from k up to the comma
    that closes it, or None: capitalised words and their glue, no body's head, a post's word last."""
    texts = view.texts
    words: list[str] = []
    while k < len(texts) and texts[k] != "," and len(words) <= _MAX_POST:
        text = texts[k]
        if "\n" in text or not (text in _POST_GLUE or text[:1].isupper()) or text in lex.body_heads:
            return None
        words.append(text)
        k += 1
    if not words or k >= len(texts) or len(words) > _MAX_POST or not lex.post_title(words[-1]):
        return None
    return k


def _line_body(view: DocView, lex: Lexicon, k: int) -> tuple[int, int] | None:
    """[start, end) of the capitalised name from k that closes a line, or stands before a comma, a
    bracket or a full stop; a hard wrap inside it is kept ("National Disability Rights⏎    Network")."""
    doc, texts = view.doc, view.texts
    while k < len(texts) and (doc[k].is_space or texts[k] in ("The", "the")):
        k += 1
    start = end = k
    while k < len(texts):
        text = texts[k]
        if text[:1].isupper() or text[:1].isdigit():
            end = k = k + 1
        elif text in _BODY_GLUE or (is_break(text) and k + 1 < len(texts) and texts[k + 1] not in _LINE_MARKS):
            k += 1
        else:
            break
    closed = end >= len(texts) or texts[end] in {",", "(", ".", ";"} or "\n" in texts[end]
    return (start, end) if end > start and closed and texts[start][:1].isupper() else None


def _body_after_post(view: DocView, lex: Lexicon, person: Candidate) -> Candidate | None:
    """ "-   Jane Roe, Executive Director, Harbour Legal Aid Network": the name after a person
    who opens a line, and the person's post between commas, is the person's body."""
    texts = view.texts
    k = person.end
    if k >= len(texts) or texts[k] not in {",", "–"} or not _opens_line(view, lex, person.start):
        return None
    k += 1
    while k < len(texts) and view.doc[k].is_space:
        k += 1
    post_end = _post_end(view, lex, k)
    if post_end is None:
        return None
    bounds = _line_body(view, lex, post_end + 1)
    if bounds is None:
        return None
    start, end = bounds
    name = view.span_text(start, end)
    words = [w for w in texts[start:end] if not w.isspace() and w not in _BODY_GLUE]
    if lex.known_place(name) or words[-1] in lex.gpe_types or words[-1] in lex.no_span_heads:
        return None  # "Maryland", "Disability Justice Initiative": a place, a programme
    if all(w in lex.portfolio or lex.topic_word(w) for w in words):
        return None  # "Vice President, Government Relations, …": the post's portfolio
    return Candidate(start, end, "ORG", "pattern")


def bodies_after_posts(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """`chosen` with each participant line's body (`_body_after_post`) an ORG: the names read
    inside it give way, a name read across its bounds keeps them."""
    bodies = [b for c in chosen if c.label == "PERSON" and (b := _body_after_post(view, lex, c)) is not None]
    if not bodies:
        return chosen
    out = list(chosen)
    for body in bodies:
        inside = [c for c in out if c.start < body.end and body.start < c.end]
        if any(not (body.start <= c.start and c.end <= body.end) for c in inside):
            continue
        if any(c.end < body.end and view.texts[c.end] in {"and", "&"} for c in inside):
            continue  # "Chairman, Harbour Steel and Kestrel": two bodies the choice read
        if any((c.start, c.end, c.label) == (body.start, body.end, "ORG") for c in inside):
            continue
        out = [c for c in out if c not in inside] + [body]
    return sorted(out, key=lambda c: c.start)


_BEFORE_A_POST = frozenset({"of", "for", "on", "the", "and", "&", "’s", "'s", "’", "-", ","})
_NAME_WORDS = range(2, 5)  # a person's name after the post: given name and surname, initials allowed


def _one_post(lex: Lexicon, text: str) -> bool:
    """A title word or lone title naming one post-holder: no plural ("Council of Economic Advisers", "Institute of
    Company Directors" are names)."""
    if text in lex.titles_closing_names:
        return False  # "Association of Pro Bono Counsel"
    if text.endswith("s") and (text[:-1] in lex.role_words or text[:-1] in lex.lone_titles):
        return False
    return text in lex.role_words or text in lex.lone_titles


def _post_opens(view: DocView, lex: Lexicon, start: int, end: int) -> int | None:
    """Where a post read into the end of the body start:end opens, or None: the first title word after
    the body's first word, with the words that open its post ("Under", "Principal Deputy"), after a
    capitalised word that is no link ("Department of Justice", "Office of the National Cyber Director"
    keep theirs), when the words before it name a body on their own and no body's or company's head
    follows the title ("Massachusetts General Hospital", "Executive Council" are names)."""
    texts = view.texts
    for k in range(start + 1, end):
        if not _one_post(lex, texts[k]):
            continue
        after = texts[k + 1 : end]
        if any(w in lex.body_heads or w in lex.company_words or w in _LINKS for w in after):
            return None  # "High Commissioner for Refugees", "General Hospital": a body named by a post
        opens = k
        while opens > start + 1 and texts[opens - 1].lower() in lex.post_prefixes:
            opens -= 1
        while opens > start + 1 and texts[opens - 1].isspace():
            opens -= 1
        before = texts[opens - 1]
        if before in _BEFORE_A_POST or not before[:1].isupper() or "the" in texts[start:opens]:
            return None
        words = [w for w in texts[start:opens] if not w.isspace()]
        if len(words) == 1 and not words[0].isupper():
            return None  # "Board Member": a head word alone names no body
        body = _names_a_body(lex, words) or any(w in lex.company_words for w in words)
        return opens if body or view.span_text(start, opens) in lex.organisation_names else None
    return None


def _initial(text: str) -> bool:
    """ "J." or, in the lists of older releases, "J" ("Ms J M Hewitt")."""
    return bool(INITIAL.match(text)) or (len(text) == 1 and text.isupper())


def _name_word(lex: Lexicon, text: str) -> bool:
    """A capitalised word of letters ("McDonough", "O’Brien", "Sisepi-Fraser") that is no title or body's head."""
    letters = text.replace("-", "").replace("’", "").replace("'", "")
    return text[:1].isupper() and letters.isalpha() and not lex.post_title(text) and text not in lex.body_heads


def _name_after_post(view: DocView, lex: Lexicon, opens: int, end: int) -> Candidate | None:
    """The person's name the post from `opens` leads to, when the name closes the candidate."""
    texts = view.texts
    k = opens
    while k < end and (lex.post_title(texts[k]) or texts[k].lower() in lex.post_prefixes or texts[k].isspace()):
        k += 1
    words = [i for i in range(k, end) if not texts[i].isspace()]
    while words and texts[words[-1]] in lex.postnominals:  # "Ms S J Halton PSM"
        words.pop()
    if len(words) not in _NAME_WORDS or texts[words[0]] in lex.role_words:
        return None
    if not all(_initial(texts[i]) or _name_word(lex, texts[i]) for i in words):
        return None
    return Candidate(words[0], words[-1] + 1, "PERSON", "pattern")


def posts_after_bodies(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """`chosen` with the post cut from the end of every organisation that closes on one, and the
    person it names (see the module docstring)."""
    out = []
    for cand in chosen:
        opens = _post_opens(view, lex, cand.start, cand.end) if cand.label == "ORG" else None
        if opens is None:
            out.append(cand)
            continue
        out.append(replace(cand, end=opens))
        person = _name_after_post(view, lex, opens, cand.end)
        if person is not None:
            out.append(person)
    return out
