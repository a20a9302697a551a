"""An event's head word alone, read by the model as an organisation: "During the Summit, leaders
agreed", "the Olympics": a capitalised short reference to an event is the EVENT (as GOLD.md has
"the Committee" for an organisation; the real gold labels "The Summit" so). Heads that also name
bodies when unnumbered ("Congress", "Assembly", "Convention": ``event_heads_need_number``) are
left to the other rules. A document-level repair after the choice; and the operations named as
programmes and the named days ("Earth Day"), which are no events."""

from __future__ import annotations

from dataclasses import replace

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import ORDINAL_DIGITS, Lexicon
from briefx.components.entities.wraps import is_break
from briefx.normalize.names import initials


def _event_head_alone(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    word = view.texts[cand.start]
    return cand.label == "ORG" and len(cand) == 1 and word in lex.event_heads and word not in lex.event_needs_number


def event_heads_alone(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """The choice with one-word organisations that are an event's head read as the event."""
    return [replace(c, label="EVENT") if _event_head_alone(view, lex, c) else c for c in chosen]


def _named_day(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    """ "Earth Day", "Election Day", "Labour Day": a day named after what is marked on it is a DATE
    (corpus/README.md, named days), not an EVENT; "D-Day" is the landing, an event."""
    last = cand.end - 1
    hyphened = last > 0 and view.texts[last - 1] == "-"
    return cand.label == "EVENT" and view.texts[last] in lex.named_day_heads and not hyphened


def named_days(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """The choice without named days read as events (see `_named_day`; the dates component reads the day)."""
    return [c for c in chosen if not _named_day(view, lex, c)]


def _operation(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    """ "Operation Sovereign Borders", "Operation Mahi Tahi", "Op FORTITUDE": an operation named
    as a programme or deployment, with no number or year (corpus/README.md: operations named as
    programmes get no span; the real gold gives none to any "Operation …" it holds)."""
    if cand.label not in ("EVENT", "ORG", "PERSON"):
        return False
    before = cand.start - 1
    while before > 0 and is_break(view.texts[before]):
        before -= 1
    if before >= 0 and view.texts[before] in lex.operation_words:
        return True  # "Operation⏎Midnight Hammer": the model's name after the word is the operation's rest
    if len(cand) < 2 or view.texts[cand.start] not in lex.operation_words:
        return False
    return not any(view.doc[k].like_num for k in range(cand.start, cand.end))


def operations(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """The choice without operations' names (see `_operation`), nor their short forms ("OSB")."""
    named = [c for c in chosen if _operation(view, lex, c)]
    if not named:
        return chosen
    short = {initials(view.span_text(c.start, c.end)) for c in named}
    return [c for c in chosen if c not in named and not (len(c) == 1 and view.texts[c.start] in short)]


def _prizes_given(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    """ "announced 21 Regional Enterprise Awards", "The State Awards were presented to": prizes (a plural prize
    head) the sentence counts or gives (lexicon prize_heads, prize_verbs) are no event; "the Music Awards marked
    the night" is the ceremony."""
    if cand.label != "EVENT" or view.texts[cand.end - 1] not in lex.prize_heads:
        return False
    before = cand.start - 1
    if before >= 0 and view.doc[before].like_num:
        return True
    head = view.doc[cand.end - 1]
    return head.dep_ in ("dobj", "nsubjpass") and head.head.lower_ in lex.prize_verbs


def prizes_given(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """The choice without prizes handed out read as events (see `_prizes_given`)."""
    return [c for c in chosen if not _prizes_given(view, lex, c)]


def short_event_references(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """ "the Forum" after "the Indo-Pacific Forum", "the Summit" after "the East Asia Summit": an event's head
    after "the", standing alone, is the event the document named in full with it (as "the Committee" is the body,
    GOLD.md); not where a body's name ends in the same head ("the Glass Packaging Forum"), nor inside a name or
    before a capitalised word ("the Forum Chair")."""
    texts, doc = view.texts, view.doc
    ends = {c.label: set() for c in chosen}
    for c in chosen:
        if len(c) > 1:
            ends[c.label].add(texts[c.end - 1])
    heads = (ends.get("EVENT", set()) - ends.get("ORG", set())) & (lex.event_heads | lex.event_needs_number)
    if not heads:
        return chosen
    inside = {i for c in chosen if len(c) > 1 for i in c.tokens()}
    ones = {c.start: c for c in chosen if len(c) == 1}
    found = {}
    for head in heads:
        for i in view.positions.get(head, ()):
            before = i - 1
            while before > 0 and is_break(texts[before]):
                before -= 1
            if i in inside or before < 0 or texts[before].lower() != "the":
                continue
            if i + 1 < len(doc) and doc[i + 1].is_title and not doc[i + 1].is_sent_start:
                continue
            if i not in ones or ones[i].label in ("ORG", "EVENT"):
                found[i] = Candidate(i, i + 1, "EVENT", "pattern")
    if not found:
        return chosen
    kept = [c for c in chosen if c.start not in found or len(c) != 1]
    return sorted(kept + list(found.values()), key=lambda c: c.start)


def _body_with_members(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    """ "members of the Ministerial Advisory Panel", "Chair of the Local Government Forum", "a trustee of the
    … Festival of the Arts": what has members, a chair or trustees is a body, not an event; a summit, or a
    numbered meeting ("Chair of the 10th … Conference"), stays an event."""
    texts = view.texts
    i = cand.start - 1
    if i >= 0 and texts[i].lower() == "the":
        i -= 1
    if cand.label != "EVENT" or i < 1 or texts[i] not in lex.membership_prepositions:
        return False
    first = texts[cand.start]
    return (
        texts[i - 1].lower() in lex.membership_words
        and texts[cand.end - 1] not in lex.meeting_only_heads
        and not (ORDINAL_DIGITS.match(first) or first.lower() in lex.ordinals)
    )


def _numbered_meeting(view: DocView, lex: Lexicon, cand: Candidate) -> bool:
    """ "its ninth Community Cabinet", "the 29th U.N. Climate Change Conference", "the Seventh Replenishment
    Conference": a numbered meeting of a body is an event (GOLD.md); "3rd Infantry Division" ends in no
    meeting's head."""
    texts = view.texts
    if cand.label != "ORG" or len(cand) < 2 or texts[cand.end - 1] not in lex.numbered_meeting_heads:
        return False
    first, before = texts[cand.start], texts[cand.start - 1] if cand.start > 0 else ""
    return any(ORDINAL_DIGITS.match(w) or w.lower() in lex.ordinals for w in (first, before))


def bodies_and_meetings(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """The choice with events that have members read as bodies, and numbered meetings of bodies as events."""
    out, starts = [], {c.start for c in chosen}
    for c in chosen:
        if _body_with_members(view, lex, c):
            c = replace(c, label="ORG")
        elif _numbered_meeting(view, lex, c):
            # "the 58th General Border Committee Meeting": the meeting's own head closes the name
            head_after = c.end < len(view) and c.end not in starts
            head_after = head_after and view.texts[c.end] in lex.numbered_meeting_heads | lex.event_heads
            c = replace(c, label="EVENT", end=c.end + 1 if head_after else c.end)
        out.append(c)
    return out
