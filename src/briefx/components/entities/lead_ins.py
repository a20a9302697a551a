"""Fact sheets open their bullets with a topic and a colon ("-   **Continuing PEPFAR
Investments:** The President's Emergency Plan …", "-   Water Conservation in the Imperial
Valley:  The Bureau …"). The model reads such a title-case run as an organisation or a
person; GOLD.md gives programmes, plans and topics no span. A document-level repair after
the choice: a name that opens or closes a topic lead-in is dropped, unless a head word makes
it a body ("Department", "Agency") or it is a short form in capitals ("USAID:"). An organisation
also goes when the lead-in's last word is a common noun the document writes in lower case ("**Clean
Energy:**" beside "clean energy", "**U.S.-ASEAN Health Futures:**" beside "futures"): a topic the
abstract-noun endings miss (seen on unseen White House fact sheets).

A section heading set in capitals or title case names a topic the same way ("**4. Economy, Trade,
Business, Investment, and Technology**", "**6. Climate Change and Environment**", "**2. NEXT STEPS AND
OUTLOOK**", seen on unseen joint statements and fact sheets): an organisation inside it goes on the
same terms, a body's head word, a known name or a short form in capitals keeping it."""

from __future__ import annotations

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon
from briefx.components.entities.wraps import is_break

_MAX_LEAD_WORDS = 16
_NAME_LABELS = frozenset({"ORG", "PERSON", "EVENT"})
_KEPT_SOURCES = frozenset({"layout", "honourific"})
_QUOTE_MARKS = frozenset({'"', "“", "”", "‘"})


def _after_marker(view: DocView, lex: Lexicon, i: int) -> int | None:
    """The first word after a bullet, a number or a bold mark that opens line i, or None."""
    texts, k, marked = view.texts, i, False
    while k < len(texts) and k - i < 6:
        text = texts[k]
        if text in lex.lead_in_markers or (text.isdigit() and k + 1 < len(texts) and texts[k + 1] == "."):
            marked = True
            k += 2 if text.isdigit() else 1
        elif text.isspace() and "\n" not in text:
            k += 1
        else:
            break
    return k if marked else None


def _lead_end(view: DocView, lex: Lexicon, k: int) -> int | None:
    """The index of the colon that closes a title-case run from k, or None."""
    texts = view.texts
    for m in range(k, min(len(texts), k + _MAX_LEAD_WORDS)):
        text = texts[m]
        if text.startswith(":") or text.startswith("):"):  # "Artificial Intelligence (AI):"
            return m if m > k else None
        if text in {".", "?", "!", ";"} or (text.isspace() and not is_break(text)):
            return None
        if text in _QUOTE_MARKS:
            return None  # 'Peter Ames for "Colonial Ambition: A History"': the colon is a title's
        if text.isalpha() and text.islower() and text not in lex.stop:
            return None  # a sentence, not a title
    return None


def lead_ins(view: DocView, lex: Lexicon) -> list[tuple[int, int]]:
    """[start, end) of each bullet's or bold line's lead-in, up to its first comma."""
    key = ("lead_ins",)
    found = view.memo.get(key)
    if found is None:
        found = []
        starts = [0] + [i + 1 for i, text in enumerate(view.texts) if "\n" in text]
        for i in starts:
            k = _after_marker(view, lex, i)
            end = _lead_end(view, lex, k) if k is not None else None
            if end is not None:
                comma = next((m for m in range(k, end) if view.texts[m] == ","), end)
                found.append((k, comma))
        view.memo[key] = found
    return found  # type: ignore[return-value]


def _heading_words(view: DocView, lex: Lexicon, span) -> tuple[int, int] | None:
    """[start, end) of a section heading's words past its number and markup ("**<u>", "4."), when every
    word is capitalised or a small word: a heading in title case or capitals, not a sentence."""
    texts = view.texts
    words = [i for i in range(span.start, span.end) if texts[i][:1].isalpha()]
    start = next((i for i in words if texts[i][:1].isupper()), None)
    if start is None:
        return None
    end = words[-1] + 1
    if any(texts[i][:1].islower() and texts[i] not in lex.stop for i in words if i >= start):
        return None
    return start, end


def topic_headings(view: DocView, lex: Lexicon) -> list[tuple[int, int]]:
    """[start, end) of the words of each section heading (not the title) that names a topic."""
    found = []
    for span in view.doc.spans.get("sections", []):
        words = _heading_words(view, lex, span)
        if words is not None and (topic_lead_in(view, lex, *words) or _common_noun_head(view, *words)):
            found.append(words)
    return found


def topic_lead_in(view: DocView, lex: Lexicon, start: int, end: int) -> bool:
    """A lead-in that names a topic: it opens on a gerund or participle ("Continuing …",
    "Updated …"), holds a word that ends like an abstract noun ("Conservation", "Security"),
    or ends on a programme's head ("… Program")."""
    words = [w for w in view.texts[start:end] if w.isalpha()]
    if not words:
        return False
    if words[-1] in lex.no_span_heads:
        return True
    return any(lex.topic_word(w, first=n == 0) for n, w in enumerate(words))


def _common_noun_head(view: DocView, start: int, end: int) -> bool:
    """The lead-in's last word stands in lower case elsewhere in the document ("Societies" beside
    "our societies"): the lead-in names a topic by a common noun, not a body by its name."""
    words = [w for w in view.texts[start:end] if w.isalpha()]
    return bool(words) and not words[-1].islower() and view.stands_in_order([words[-1].lower()])


def _lower_elsewhere(view: DocView, start: int, end: int) -> bool:
    """The lead-in's words, in order, stand in lower case elsewhere ("Clean Energy" beside "clean
    energy"); a company's name ("Z Energy") does not."""
    words = [w.lower() for w in view.texts[start:end] if w.isalpha()]
    return len(words) > 1 and view.stands_in_order(words)


def _kept(view: DocView, lex: Lexicon, cand: Candidate, lead: tuple[int, int]) -> bool:
    """A body by its head word, a short form in capitals, or a name the tables know; a company's
    word ends no name the document writes in lower case ("Clean Energy")."""
    texts = view.texts
    last = texts[cand.end - 1]
    whole = (cand.start, cand.end) == lead and not _lower_elsewhere(view, *lead)
    opens_on_verb = lex.topic_word(texts[lead[0]], first=True) and texts[lead[0]].lower().endswith(("ing", "ed"))
    return (
        cand.label not in _NAME_LABELS
        or cand.source in _KEPT_SOURCES
        or view.span_text(cand.start, cand.end) in lex.organisation_names
        or view.span_text(cand.start, cand.end) in lex.people
        or (len(cand) == 1 and texts[cand.start].isupper() and not texts[lead[0]].isupper())
        or any(word in lex.body_heads for word in texts[cand.start : cand.end])
        or (whole and last in lex.company_words and not opens_on_verb)
    )


def _kept_in_heading(view: DocView, lex: Lexicon, cand: Candidate, heading: tuple[int, int]) -> bool:
    """As a lead-in's name (`_kept`), or a body's head of one or two words ("Task Force on Energy
    Security"), or a company's word ending a name that lists no topics and that the document does not
    write in lower case ("Harbour Research Trust", not "Science, Technology"); a word in capitals when
    the heading is not set in capitals or the word stands outside it too ("NASA")."""
    texts = view.texts
    if len(cand) == 1 and texts[cand.start].isupper():
        in_capitals = all(texts[i].isupper() for i in range(*heading) if texts[i].isalpha())
        outside = any(not heading[0] <= i < heading[1] for i in view.positions.get(texts[cand.start], ()))
        return not in_capitals or outside or texts[cand.start] in lex.organisation_names
    words = texts[cand.start : cand.end]
    if all(w.isupper() for w in words if w.isalpha()):  # set in capitals: 'TASK GROUP' heads a body as 'Task Group'
        words = [w.title() for w in words]
    joined = f" {' '.join(words)} "
    return (
        _kept(view, lex, cand, heading)
        or any(word in lex.body_heads for word in words)
        or any(f" {head} " in joined for head in lex.short_heads)
        or (words[-1] in lex.company_words and "," not in words and not _lower_elsewhere(view, cand.start, cand.end))
    )


def topic_lead_ins(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """Drop the names that open or close a topic lead-in, and the organisations inside a topic heading
    (see the module docstring)."""
    drop: set[int] = set()
    for start, end in topic_headings(view, lex):
        for n, cand in enumerate(chosen):
            inside = start <= cand.start and cand.end <= end
            if inside and cand.label == "ORG" and not _kept_in_heading(view, lex, cand, (start, end)):
                drop.add(n)
    for start, end in lead_ins(view, lex):
        topic = topic_lead_in(view, lex, start, end)
        common = _common_noun_head(view, start, end)
        if not (topic or common):
            continue
        for n, cand in enumerate(chosen):
            inside = start <= cand.start and cand.end <= end
            opens_or_closes = cand.start == start or cand.end == end
            if not (inside and opens_or_closes) or not (topic or cand.label == "ORG"):
                continue
            if not _kept(view, lex, cand, (start, end)):
                drop.add(n)
    return [c for n, c in enumerate(chosen) if n not in drop]
