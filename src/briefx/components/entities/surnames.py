"""People named again by their first or last name alone ("Kariuki", "Adjei-Boateng") after
their full name: the one place PERSON mentions are added once the names are chosen. Runs
as the last step of briefx_entities, after roles are read, so a bare surname carries no
role of its own (briefx_resolve gives it the full name's)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

NamesAlone = Callable[[Span, str], bool]  # (a PERSON name, a word of it) -> the word names the person alone
Refused = Callable[[int, int], bool]  # (start, end) of a mention -> no name may stand there (a contact line)


def _words(span: Span) -> list[tuple[str, ...]]:
    """A name's words as token texts, a hyphenated word kept whole: "Adjei-Boateng" is one word; a line
    break inside the name ("Deanne⏎Criswell" in hard-wrapped text) or the comma before a suffix ("Biden, Jr.")
    parts words as a blank does."""
    words: list[list[str]] = [[]]
    for tok in span:
        if tok.is_space or tok.text == ",":
            words.append([])
            continue
        words[-1].append(tok.text)
        if tok.whitespace_ and tok.i < span.end - 1:
            words.append([])
    return [tuple(w) for w in words if w]


def _stands_alone(doc: Doc, i: int, end: int) -> bool:
    """doc[i:end] is no part of a hyphenated word ("Adjei" in "Adjei-Boateng") nor of
    another capitalised name."""
    if end < len(doc) and (doc[end].text == "-" and not doc[end - 1].whitespace_):
        return False
    if i > 0 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_:
        return False
    nxt = doc[end] if end < len(doc) else None
    return not (nxt is not None and nxt.text[:1].isupper() and not nxt.is_sent_start and nxt.is_alpha)


def _mentions(doc: Doc, names: set[tuple[str, ...]], taken: set[int]) -> list[Span]:
    """New PERSON spans wherever one of `names` stands on free tokens."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for name in names:
        by_first.setdefault(name[0], []).append(name)
    texts = [t.text for t in doc]
    added = []
    for i, text in enumerate(texts):
        for name in by_first.get(text, []):
            end = i + len(name)
            if tuple(texts[i:end]) != name or taken.intersection(range(i, end)):
                continue
            if _stands_alone(doc, i, end):
                added.append(Span(doc, i, end, label="PERSON"))
                taken.update(range(i, end))
    return added


def known_names(ents: list[Span], stop: frozenset[str], alone: NamesAlone | None = None) -> set[tuple[str, ...]]:
    """The first and last words of every full PERSON name, as token texts; `alone(name, word)`
    says whether a word of the name names the person by itself (all do when it is None)."""
    names: set[tuple[str, ...]] = set()
    for ent in ents:
        words = _words(ent) if ent.label_ == "PERSON" else []
        while len(words) > 2 and words[-1][0].lower() in stop:
            words = words[:-1]  # "Joseph R. Biden, Jr." is named by "Biden", not by "Jr."
        if len(words) < 2:
            continue
        for word in (words[0], words[-1]):
            head = word[0]
            if alone is not None and not alone(ent, head):
                continue
            if head[:1].isupper() and len(head) > 1 and head.lower() not in stop:
                names.add(word)
    return names


def add_surnames(
    doc: Doc, ents: list[Span], stop: frozenset[str], alone: NamesAlone | None = None, refused: Refused | None = None
) -> list[Span]:
    """Add mentions of known people by first or last name ("Kariuki", "Adjei-Boateng")
    that the model did not tag or mislabelled, except where `refused` says no name stands."""
    names = known_names(ents, stop, alone)
    if not names:
        return ents
    relabel = [
        e
        for e in ents
        if e.label_ in ("ORG", "GPE", "LOC", "NORP")
        and tuple(t.text for t in e) in names
        and not e._.iso_code
        and not (refused and refused(e.start, e.end))
    ]
    if relabel:
        starts = {(e.start, e.end) for e in relabel}
        ents = [Span(doc, e.start, e.end, label="PERSON") if (e.start, e.end) in starts else e for e in ents]
    taken = {t.i for e in ents for t in e}
    for group in ("furniture", "figures", "dates"):
        for span in doc.spans.get(group, []):
            taken.update(range(span.start, span.end))
    added = [m for m in _mentions(doc, names, taken) if not (refused and refused(m.start, m.end))]
    if not added and not relabel:
        return ents
    doc.ents = filter_spans(ents + added)
    return list(doc.ents)
