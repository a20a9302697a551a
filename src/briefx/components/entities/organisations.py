"""The extent of an organisation's name around its head word: "Azerbaijan National Agency for
Mine Action", "Bank of England", "Department for Culture, Media and Sport"."""

from __future__ import annotations

import re

from briefx.components.attributes import doc_text
from briefx.components.entities import context
from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.headlines import headline_cased
from briefx.components.entities.lexicon import Lexicon, capitalised

_WRAPPED_CONNECTORS = frozenset({"and", "&", "of", "for", "on"})
_FULL_LINE = 50  # characters before a wrap inside running text (real dev: 220 of 236 wrapped ORG names)
SITE_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9-]+(?:\.[a-z]{2,4})+$")


def site_name(text: str, domains: frozenset[str]) -> bool:
    """ "News.com.au", "oe24.at": an outlet named by its web address (no path, no "www")."""
    return SITE_NAME.match(text) is not None and text.rsplit(".", 1)[1] in domains and not text.startswith("www.")


def from_site_names(view: DocView, lex: Lexicon) -> list[Candidate]:
    """Outlets and companies named by their address are ORG (corpus/README: news outlets are ORG)."""
    return [
        Candidate(i, i + 1, "ORG", "pattern")
        for i, text in enumerate(view.texts)
        if "." in text and i not in view.blocked and site_name(text, lex.site_domains) and not inside_address(view, i)
    ]


_ADDRESS_GLUE = frozenset({"-", "/", ".", ":", "@"})


def inside_address(view: DocView, i: int) -> bool:
    """ "https://news.list-mail.com/track?u=…": a domain glued into a longer web address is
    furniture, not an outlet named by its address."""
    doc = view.doc
    before = i > 0 and not doc[i - 1].whitespace_ and doc[i - 1].text[-1:] in _ADDRESS_GLUE
    after = i + 1 < len(doc) and not doc[i].whitespace_ and doc[i + 1].text[:1] in _ADDRESS_GLUE - {"."}
    return before or after


_NAME_JOINS = frozenset({"-", "&", "+"})


def _descriptor_name_end(view: DocView, lex: Lexicon, start: int) -> int:
    """End of the name after a descriptor: up to four organisation words, joined by "-", "&"
    or "+" where the name writes them so ("ABS-CBN", "Beef + Lamb")."""
    doc = view.doc
    end = start
    while end < len(doc) and end - start < 4 and end not in view.blocked:
        if lex.org_word(doc[end]):
            end += 1
        elif doc[end].text in _NAME_JOINS and end > start and end + 1 < len(doc) and lex.org_word(doc[end + 1]):
            end += 2
        else:
            break
    if start < end < len(doc) and doc[end].text in lex.legal_suffixes:
        return end + 1  # "Tsukuba Devices Co."
    return end


def from_descriptors(view: DocView, lex: Lexicon) -> list[Candidate]:
    """ "trade union Aslef", "South Korean chain HomePlus", "broadcast corporation ABS-CBN": a
    name right after a lower-case word that says what kind of body it is."""
    doc, out = view.doc, []
    for i, text in enumerate(view.texts[:-1]):
        if text not in lex.org_descriptors or doc[i + 1].is_sent_start:
            continue
        end = _descriptor_name_end(view, lex, i + 1)
        name = view.span_text(i + 1, end)
        posts = all(lex.post_title(t) for t in view.texts[i + 1 : end])  # "three council Chairs"
        if end > i + 1 and not lex.known_place(name) and name not in lex.not_entities and not posts:
            out.append(Candidate(i + 1, end, "ORG", "pattern"))
    return out


def _left(view: DocView, lex: Lexicon, i: int) -> int:
    return context.extend_left(view, lex, i, allow_connectors=False)


def _body_owner(lex: Lexicon, words: list[str]) -> bool:
    """The words before a possessive name a body of their own, which owns the name after it
    ("Department of Transportation’s Federal Highway Administration", "the United Nations’ Ukraine
    Humanitarian Fund", "Hamilton City Council’s Parks and Recreation Unit"): a body the tables know,
    or two words or more that end on a body's head or open one with "of"; one word is no owner
    ("Army’s Research and Referral Hospital", "Hawke’s Bay Tourism")."""
    if " ".join(words) in lex.organisation_names:
        return True
    if len(words) < 2:
        return False
    return words[-1] in lex.body_heads or any(
        a in lex.org_openers and b == "of" for a, b in zip(words, words[1:], strict=False)
    )


def _owner_inside(view: DocView, lex: Lexicon, start: int) -> bool:
    """ "United Nations Children's Fund": a possessive inside a name, not a place owning it
    ("Sri Lanka’s Department of …": the whole run before the possessive is read) nor a body
    (`_body_owner`)."""
    doc = view.doc
    if not (start >= 2 and doc[start - 1].text in lex.possessives and doc[start - 2].is_title):
        return False
    left = _left(view, lex, start - 2)
    owner = view.span_text(left, start - 1)
    return (
        not lex.governed_place(owner)
        and doc[start - 2].text not in lex.demonyms
        and not owns_name(view, lex, left, start - 1)
    )


def owns_name(view: DocView, lex: Lexicon, left: int, p: int) -> bool:
    """The words from `left` to the possessive at p name a body (`_body_owner`); a run that starts
    after an opener and its "of" starts with them ("Department of⏎Commerce’s …")."""
    doc = view.doc
    if left >= 2 and doc[left - 1].text == "of" and doc[left - 2].text in lex.org_openers:
        left = _left(view, lex, left - 2)
    return _body_owner(lex, [t for t in view.texts[left:p] if not t.isspace()])


def model_splits_at(view: DocView, k: int, m: int) -> bool:
    """The base model closes a name at the "and" at k and opens another at m: "the
    Government and Auckland Council", "Global Foundries and SK Group", "Department of Homeland
    Security and⏎Singapore's …" are two names, where "Department of Health and Human Services",
    which the model reads whole, is one."""
    doc = view.doc
    j = k - 1
    while j > 0 and doc[j].is_space:
        j -= 1
    return doc[j].ent_iob_ in ("B", "I") and doc[m].ent_iob_ == "B"  # "and" may end the first ("Security and⏎")


def field_before_and(view: DocView, lex: Lexicon, k: int, end: int) -> bool:
    """ "Securities and Exchange Commission", "Health Resources and Services Administration": the company
    word before the "and" at k is a field a public body's name lists, not the end of a company's name,
    when the name ends (at end - 1) on a body's head that is no company's word and no second body opens
    after the "and" ("Global Foundries and SK Group", "… Energy and Department of …": two names)."""
    texts = view.texts
    last = texts[end - 1]
    return (
        texts[k - 1] not in lex.org_heads
        and (last in lex.org_heads or last in lex.government_heads)
        and last not in lex.company_words
        and texts[k + 1] not in lex.org_openers
    )


def _joined_by_and(view: DocView, lex: Lexicon, start: int, head: int) -> bool:
    """ "Energy and Petroleum Regulatory Authority": one name; "X Media Group and Y plc", "the United
    States and European Commission", "Army and Air Force", "… of Energy and Department of Transportation": two."""
    doc = view.doc
    if start < 2 or doc[start - 1].text != "and":
        return False
    word = doc[start - 2]
    return (
        word.is_title
        and word.text not in lex.role_words
        and (
            word.text not in lex.company_words
            or word.text in lex.portfolio
            or field_before_and(view, lex, start - 1, head + 1)  # "Securities and Exchange Commission"
        )
        and word.text not in lex.org_heads
        and word.text not in lex.common_word_bodies
        # "… Union of Montana and Native American Rights Fund", "the United States and …": two names
        and not lex.known_place(view.span_text(_left(view, lex, start - 2), start - 1))
        and not word.is_sent_start
        and doc[start].text not in lex.countries  # "Mayor X and U.S. Department of …": two names
        and not opens_a_body(view, lex, start)
        and not model_splits_at(view, start - 1, start)
    )


def _place_with_of(view: DocView, lex: Lexicon, start: int, i: int) -> bool:
    """ "Bay of Plenty Regional Council", "District of Columbia Housing Authority": the words before
    "of" open a known place whose name goes on after it, so the place opens the body's name."""
    if start < 2 or view.texts[start - 1] != "of" or not capitalised(view.texts[start - 2]):
        return False
    left = _left(view, lex, start - 2)
    return any(lex.known_place(view.span_text(j, k)) for j in range(left, start - 1) for k in range(start + 1, i + 1))


def qualifier_open(view: DocView, lex: Lexicon, k: int) -> int | None:
    """The "(" of a bracketed qualifier that closes right before the legal suffix at k, after a
    capitalised name ("Crombie Lockwood (NZ) Limited", "Leighton Contractors (Asia) Limited", "Japan
    Australia LNG (MIMI) Pty Ltd", "Zip Industries ( Aust) Pty. Ltd."): one to four capitalised words
    (a country, a region, an initialism) between the brackets; corpus/README: the gold keeps them in
    the company's name (dev 14 of 14)."""
    doc = view.doc
    if view.texts[k] not in lex.legal_suffixes or k < 4 or doc[k - 1].text != ")":
        return None
    j = k - 2
    while j > 0 and k - 2 - j < 4 and doc[j].text != "(":
        if not capitalised(doc[j].text) or doc[j].is_space:
            return None
        j -= 1
    if doc[j].text != "(" or j == k - 2 or j < 1 or not capitalised(doc[j - 1].text):
        return None
    return j


def past_qualifiers(view: DocView, lex: Lexicon, start: int) -> int:
    """Where a company's name starts when the capitalised run from `start` opens on a legal suffix
    after a bracketed qualifier (`qualifier_open`): at the name before the brackets."""
    while (opening := qualifier_open(view, lex, start)) is not None:
        head = opening - 1  # "Aboriginal Drug and Alcohol Council (SA) Inc.": a body's head reads as one
        start = org_start(view, lex, head) if view.texts[head] in lex.org_heads else _left(view, lex, head)
    return start


def org_start(view: DocView, lex: Lexicon, i: int) -> int:
    """Where the organisation whose head word is at i begins."""
    doc = view.doc
    start = past_qualifiers(view, lex, _left(view, lex, i))
    while _owner_inside(view, lex, start):
        start = _left(view, lex, start - 2)
    if start >= 2 and doc[start - 1].text == "of" and (
        doc[start - 2].text in lex.org_openers or _place_with_of(view, lex, start, i)
    ):
        start = _left(view, lex, start - 2)  # "Port of Rotterdam Authority", "Bay of Plenty Regional Council"
    while start >= 2 and doc[start - 1].text == "&" and capitalised(doc[start - 2].text):
        start = _left(view, lex, start - 2)  # "Marlowe & Finch Ltd"
    while _joined_by_and(view, lex, start, i):
        start = _left(view, lex, start - 2)
    while start < i and doc[start].is_sent_start and doc[start].text in lex.determiners:
        start += 1
    owner = start
    while start < i and doc[start].text in lex.role_words and doc[start].text not in lex.name_adjectives:
        start += 1
    if start > owner and any(doc[k].text in lex.possessives for k in range(start, i)):
        return owner  # "Attorney General’s Office", "the Prime Minister’s Indigenous Advisory Council"
    return start


def complement_end(view: DocView, lex: Lexicon, m: int) -> int:
    """End of the capitalised complement starting at m ("… of Uzbekistan" before "Governor X Y"); a hard
    wrap of running text inside it is a space ("Department of Housing and Urban⏎Development")."""
    doc = view.doc
    n = m
    while n < len(doc):
        k = n + 1 if n > m and _running_wrap(view, n) else n
        if not (capitalised(doc[k].text) or (k == n and doc[k].text == "-")):
            break
        if k > m and ((k == n and doc[k].is_sent_start) or title_before_name(view, lex, k)):
            break  # the parser opens a sentence after most wraps: only one on the same line ends the name
        n = k + 1
    if lex.known_place(view.span_text(m, n)):
        return n  # "Bank of America, Blackrock and Barclays": a place closes the name, a list of bodies follows
    return listed_complement(view, lex, n)


def _soft_wrap(view: DocView, k: int) -> bool:
    """Token k is a hard wrap inside a paragraph: one line break right after a word, and the next
    line's indent; not a Markdown line end ("  ⏎") nor a masked link ("](…)⏎[")."""
    text = view.texts[k]
    return (
        0 < k < len(view) - 1
        and text.isspace()
        and text.count("\n") == 1
        and text.startswith("\n")
        and not view.doc[k - 1].whitespace_
    )


def _running_wrap(view: DocView, k: int) -> bool:
    """Token k is a hard wrap at the end of a full line of running text (a wrapped paragraph's lines hold
    60 to 80 characters; a short line is a list's or a heading's): "Office of Information and Regulatory⏎Affairs"."""
    if not _soft_wrap(view, k):
        return False
    text, at = doc_text(view.doc), view.doc[k].idx
    return at - (text.rfind("\n", 0, at) + 1) >= _FULL_LINE


def _wrap_before_connector(view: DocView, k: int) -> bool:
    """A line break inside a paragraph right before "and", "of", "for" or "on" that carry a
    body's name on to the next line."""
    doc = view.doc
    return _soft_wrap(view, k) and k + 1 < len(doc) and doc[k + 1].text in _WRAPPED_CONNECTORS


def _wrapped_on(view: DocView, k: int, m: int) -> bool:
    """The word at m after the connector at k goes on with a name a line break cut (the parser
    opens a sentence after most hard wraps): "Secretary for⏎Preparedness", "Health⏎and Human"."""
    return _soft_wrap(view, k - 1) or (m == k + 2 and _soft_wrap(view, k + 1))


def org_end(view: DocView, lex: Lexicon, i: int) -> int:
    """Where the organisation whose head word is at i ends: "Ministry of Trade and Industry"."""
    doc = view.doc
    end = k = i + 1
    in_complement = closed_by_place = False
    while k < len(doc):
        tok = doc[k]
        if _wrap_before_connector(view, k):
            k += 1  # "Department of Health⏎    and Human Services": the line break is a space
            continue
        if tok.text in {"and", "&"} and not in_complement:
            break  # "Mkopo Haraka Holdings and Zawadi Credit Group": two names
        if tok.text == "of" and doc[k - 1].text in lex.legal_suffixes and lex.known_place(doc[k + 1].text):
            break  # "Marlowe & Finch Ltd of London": the place is where the company is
        if tok.text in {"of", "for", "on", "and", "&"} and k + 1 < len(doc):
            m = k + 1
            if _soft_wrap(view, m) and m + 1 < len(doc):
                m += 1  # "U.S. Department of⏎    Housing and Urban Development"
            if doc[m].text == "the" and m + 1 < len(doc):
                if tok.text in {"and", "&"}:
                    break  # "the United Nations and the SCO": two names
                m += 1
            if tok.text in {"and", "&"} and (doc[m].text in lex.role_words or doc[m].pos_ == "PRON"):
                break  # "Business Council of Australia and Director of the …": a post opens after "and"
            if tok.text in {"and", "&"} and model_splits_at(view, k, m):
                break  # "Department of Homeland Security and⏎Singapore": the model reads two names
            in_complement = True
            if capitalised(doc[m].text) and (not doc[m].is_sent_start or _wrapped_on(view, k, m)):
                n = complement_end(view, lex, m)
                if tok.text in {"and", "&"} and _second_body(view, lex, place_before=closed_by_place, m=m, n=n):
                    break  # "Union of Montana and Native American Rights Fund": a place closed the first name
                closed_by_place = lex.known_place(view.span_text(m, n))
                end = k = n
                continue
        if tok.text == "in" and k + 1 < len(doc) and doc[k + 1].text in lex.loc_names:
            end = k + 2
        break
    return end


def opens_a_body(view: DocView, lex: Lexicon, k: int) -> bool:
    """The words from k open a body's name of their own: an opener and its complement ("Center for
    Food Safety", "University of …")."""
    texts = view.texts
    return k + 1 < len(texts) and texts[k] in lex.org_openers and texts[k + 1] in {"of", "for", "on"}


def _second_body(view: DocView, lex: Lexicon, *, place_before: bool, m: int, n: int) -> bool:
    """The words [m, n) after an "and" name a second body: they open one (`opens_a_body`), or the
    complement before the "and" was a place and they hold a body's head or open on an acronym
    ("… of Montana and Native American Rights Fund", "University of Bristol and UC Davis"; not
    "Agency for Food and Drug Administration and Control", "Ministry of Science and ICT")."""
    if opens_a_body(view, lex, m):
        return True
    first = view.texts[m]
    acronym = first.isupper() and first.isalpha() and len(first) > 1
    return place_before and (acronym or any(view.texts[w] in lex.body_heads for w in range(m, n)))


def purpose_end(view: DocView, lex: Lexicon, end: int) -> int:
    """End of a body's name that goes on with its purpose, "to" and a capitalised verb and object:
    "Global Coalition to Defeat ISIS", "Global Fund to Fight AIDS, Tuberculosis and Malaria", "National
    Council to Reduce Violence against Women"; `end` is where the name before "to" ends. Not "the
    Commission to President Biden", "Mission to Solomon Islands" (a post or a place follows), nor a
    headline's "Biden-Harris Administration to Announce New Actions" (every word capitalised)."""
    doc = view.doc
    m = end + 1
    if end >= len(doc) - 2 or doc[end].text != "to" or doc[m].is_sent_start or not capitalised(doc[m].text):
        return end
    if view.in_headline(end) or headline_cased(lex, doc[end].sent):
        return end
    if not capitalised(doc[m + 1].text) or doc[m].text in lex.role_words or lex.known_place(doc[m].text):
        return end
    n = complement_end(view, lex, m)
    while n + 1 < len(doc) and doc[n].text == "against" and capitalised(doc[n + 1].text):
        n = complement_end(view, lex, n + 1)  # "… to Reduce Violence against Women"
    return n if n - m >= 2 else end


def org(view: DocView, lex: Lexicon, i: int) -> Candidate | None:
    """ "Azerbaijan National Agency for Mine Action", "Bank of England", "Chinese Embassy"."""
    start, end = org_start(view, lex, i), org_end(view, lex, i)
    if end - start < 2:
        return None
    return Candidate(start, purpose_end(view, lex, end), "ORG", "pattern")


def title_before_name(view: DocView, lex: Lexicon, n: int) -> bool:
    """ "Governor Bekzod Rakhimov": a title followed by a two-word personal name."""
    doc = view.doc
    if doc[n].text not in lex.role_words or n + 2 >= len(doc):
        return False
    first, last = doc[n + 1], doc[n + 2]
    after = doc[n + 3] if n + 3 < len(doc) else None
    return (
        lex.plain_name_word(first)
        and lex.plain_name_word(last)
        and first.text not in lex.org_heads
        and last.text not in lex.org_heads
        and not (after is not None and after.is_title and not after.is_sent_start)
    )


def listed_complement(view: DocView, lex: Lexicon, n: int) -> int:
    """ "Department for Culture[, Media and Sport]", "Bureau of Population[, Refugees, and
    Migration]": a list of capitalised words closed by "and" stays in the name."""
    doc = view.doc
    k = n
    while k + 1 < len(doc) and doc[k].text == ",":
        wrapped = _soft_wrap(view, k + 1) and k + 2 < len(doc)  # "AIDS,⏎Tuberculosis": the parser opens a sentence
        m = first = k + 2 if wrapped else k + 1
        if not capitalised(doc[m].text):
            break
        while m < len(doc) and capitalised(doc[m].text) and (not doc[m].is_sent_start or (wrapped and m == first)):
            m += 1
        if any(doc[w].text in lex.body_heads for w in range(k + 1, m)):
            return n  # "Department of Transportation, Federal Highway Administration, and …": bodies listed
        k = m
    if k > n and doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].text == "and":
        k += 1  # the serial comma
    wrapped = k + 2 < len(doc) and _running_wrap(view, k + 1)  # "Science and⏎Technology"
    j = k + 2 if wrapped else k + 1
    if j >= len(doc) or doc[k].text not in {"and", "&"} or not capitalised(doc[j].text):
        return n
    if (doc[j].is_sent_start and not wrapped) or doc[j].text in lex.determiners:
        return n
    m = j
    while m < len(doc):
        w = m + 1 if m > j and _running_wrap(view, m) else m  # "Health and Human⏎Services"
        if not capitalised(doc[w].text) or (w == m and m > j and doc[m].is_sent_start):
            break
        m = w + 1
    return m if k > n else n


def body_alone(view: DocView, lex: Lexicon, i: int) -> Candidate | None:
    """ "The Government will ...", "the Treasury's forecasts": a body named by its kind alone after a
    determiner or possessive; not "the Government Policy Statement", "the Treasury Secretary",
    "the Government of Fiji" (a longer name or a title), not "Heads of Government"."""
    doc = view.doc
    if view.texts[i] in lex.bodies_bare:
        return _bare_body(view, lex, i)
    if view.texts[i] not in lex.bodies_alone or i == 0 or doc[i - 1].text not in lex.bodies_alone_after:
        return None
    if (view.name_continues(i + 1) and not _post_before_name(view, lex, i)) or (
        i + 1 < len(doc) and doc[i + 1].text == "of"
    ):
        return None
    if i + 2 < len(doc) and doc[i + 1].text in {"for", "on"} and capitalised(doc[i + 2].text) and (
        i + 2 not in view.blocked  # "the Government on Monday"
    ):
        return None  # "the Administration for Children and Families": a longer name
    return Candidate(i, i + 1, "ORG", "pattern")


def _post_before_name(view: DocView, lex: Lexicon, i: int) -> bool:
    """ "Chief Secretary to the Treasury Darren Jones", "Deputy Secretary of the Treasury Dr Ana
    Ruiz": the body at i closes a post ("of"/"to" the body after a title), and a person's name
    follows it, so the capitalised words after it are no part of the body's name."""
    doc = view.doc
    if i < 3 or doc[i - 2].text not in {"of", "to"} or doc[i - 3].text not in lex.title_words:
        return False
    k = i + 1
    while k < len(doc) and doc[k].text in lex.title_words:
        k += 1
    return k + 1 < len(doc) and lex.plain_name_word(doc[k]) and lex.plain_name_word(doc[k + 1])





def _bare_body(view: DocView, lex: Lexicon, i: int) -> Candidate | None:
    """ "from Defence's point of view", "the work Defence is doing": a department named by its
    portfolio alone (lex.bodies_bare); not inside a name or title ("Department of Defence",
    "Minister for Defence", "Defence Force", "Defence and Industry Minister"), nor a heading."""
    doc, texts = view.doc, view.texts
    k = i - 1
    while k >= 0 and texts[k].isspace():
        k -= 1  # "the State Minister for⏎Defence"
    before = texts[k] if k >= 0 else ""
    if before in lex.before_a_portfolio or (capitalised(before) and not doc[i].is_sent_start):
        return None
    if view.name_continues(i + 1) or (i + 1 < len(doc) and texts[i + 1] in lex.before_a_portfolio):
        return None
    line_start = doc.text.rfind("\n", 0, doc[i].idx) + 1
    line = doc.text[line_start:].split("\n", 1)[0]
    if line.strip(" *#:") == texts[i]:
        return None  # "Defence" on a line of its own: a portfolio's heading
    return Candidate(i, i + 1, "ORG", "pattern")
