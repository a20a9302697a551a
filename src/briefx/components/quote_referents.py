"""Whom a description or a pronoun in a quote's cue refers back to: the last entity of a kind named before it,
read for briefx_quotes from the document's entities (`ents`, in text order)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from spacy.tokens import Span

from briefx.components.entities.lexicon import fold
from briefx.normalize.names import misspells


def last_entity(ents: tuple[Span, ...], before: int, labels: tuple[str, ...],
                quoted: Sequence[tuple[int, int]] = ()) -> str | None:
    """The canonical name of the last entity with one of `labels` that starts before token `before`, outside the
    `quoted` character ranges."""
    for ent in reversed(ents):
        if ent.start < before and ent.label_ in labels and not in_ranges(ent.start_char, quoted):
            return ent._.canonical or ent.text
    return None


def in_ranges(char: int, ranges: Sequence[tuple[int, int]]) -> bool:
    """The character offset lies in one of the (start, end) `ranges`."""
    return any(start <= char < end for start, end in ranges)


def last_person_for(ents: tuple[Span, ...], before: int, other_sex: frozenset[str], classed: frozenset[str],
                    quoted: Sequence[tuple[int, int]] = (), spoken: Sequence[tuple[int, str]] = ()) -> str | None:
    """'she said': the last person named before token `before` whose given name is not one of `other_sex` (names
    the `classed` table does not hold stay candidates), outside the `quoted` ranges: a name inside quoted words
    ('“Joey, you have no lip,” ⏎ He said') is not whom the pronoun means. A quote attributed before (`spoken`: its
    end token and speaker) that ends after that name counts as naming its speaker ('“…,” says Jo Ames.⏎“…,” she
    said': the model may not have tagged 'Jo Ames' a person)."""
    for ent in reversed(ents):
        if ent.start < before and ent.label_ == "PERSON" and not in_ranges(ent.start_char, quoted):
            name = ent._.canonical or ent.text
            if _given_name(name, classed) not in other_sex:
                ent = _sentence_subject(ents, ent, other_sex, classed)
                return _later_speaker(spoken, ent.start, before, other_sex, classed) or ent._.canonical or ent.text
    return _later_speaker(spoken, -1, before, other_sex, classed) or last_entity(ents, before, ("PERSON",), quoted)


_OBJECTS = frozenset({"pobj", "dobj", "dative", "iobj"})


def _sentence_subject(ents: tuple[Span, ...], ent: Span, other_sex: frozenset[str], classed: frozenset[str]) -> Span:
    """'Flynn spoke since he was pardoned by Trump. He said “…”': when the last person named is an object, a person
    earlier in the same sentence who is its subject is whom the pronoun goes on with (without a parse, `ent`)."""
    if not ent.doc.has_annotation("DEP") or ent.root.dep_ not in _OBJECTS:
        return ent
    sentence = ent.sent
    for other in reversed(ents):
        if other.start >= ent.start or other.label_ != "PERSON" or other.start < sentence.start:
            continue
        name = other._.canonical or other.text
        if other.root.dep_ in ("nsubj", "nsubjpass") and _given_name(name, classed) not in other_sex:
            return other
    return ent


def _given_name(name: str, classed: frozenset[str]) -> str | None:
    """'Tom Reyes', 'President Tom Reyes': the first word before the surname that the `classed` table holds."""
    return next((w for w in name.split()[:-1] if w in classed), None)


def _later_speaker(spoken: Sequence[tuple[int, str]], after: int, before: int, other_sex: frozenset[str],
                   classed: frozenset[str]) -> str | None:
    """The speaker of the last `spoken` quote that ends after token `after` and by token `before`, if of the
    pronoun's sex."""
    for end, speaker in reversed(spoken):
        if end <= before:
            if end > after and speaker and _given_name(speaker, classed) not in other_sex:
                return speaker
            return None
    return None


def lead_person(ents: tuple[Span, ...], paragraphs: list[Span], char: int, *, back: int = 3) -> str | None:
    """A quote paragraph with no cue at all, after a paragraph that names a person without a reporting verb
    ('Minister Paula Bennett welcomes the report.' then '“This provides …”'): the first PERSON of the nearest of
    the `back` paragraphs before offset `char` that names one."""
    k = bisect_right([p.end_char for p in paragraphs], char)
    for paragraph in reversed(paragraphs[max(k - back, 0) : k]):
        person = next((e for e in ents if e.label_ == "PERSON" and paragraph.start <= e.start < paragraph.end), None)
        if person is not None:
            return person._.canonical or person.text
    return None


def last_with_role(ents: tuple[Span, ...], before: int, nouns: set[str]) -> str | None:
    """'the minister said': the last person before whose role holds one of `nouns`."""
    for ent in reversed(ents):
        if ent.label_ == "PERSON" and ent._.role and ent.start < before:
            role_words = {w.lower() for w in ent._.role.replace("-", " ").split()}
            if role_words & nouns:
                return ent._.canonical or ent.text
    return None


def last_org(ents: tuple[Span, ...], before: int, heads: set[str]) -> str | None:
    """'the ministry said': the last organisation before with one of the `heads` words, else the last one."""
    orgs = [e for e in ents if e.label_ == "ORG" and e.start < before]
    for ent in reversed(orgs):
        if any(tok.text in heads for tok in ent):
            return ent._.canonical or ent.text
    return orgs[-1]._.canonical if orgs else None


def entity_at_or_after(ents: tuple[Span, ...], char: int, inside: set[int], *, within: int = 40) -> str | None:
    """'According to Jo Ames, …': the person or organisation starting at most `within` characters after `char`; a
    person named right after a body, in the same phrase, before the body ('According to Samoa Observer editor Jo
    Ames', '— White House Counsel Jo Ames')."""
    found = [e for e in ents if e.start_char >= char and e.start not in inside and e.label_ in ("PERSON", "ORG")]
    if not found or found[0].start_char - char > within:
        return None
    first = found[0]
    if first.label_ == "ORG" and len(found) > 1 and found[1].label_ == "PERSON":
        between = first.doc.text[first.end_char : found[1].start_char]
        if found[1].start_char - char <= within and not any(c in between for c in ",.;:()—–") and "\n\n" not in between:
            first = found[1]
    return first._.canonical or first.text


def within(token, span: Span | None) -> bool:
    """The token stands inside `span` (a quote found before)."""
    return span is not None and span.start <= token.i < span.end


def outermost(verbs: list) -> list:
    """The reporting `verbs` that no other of them governs: in 'Jo Ames said the minister thanked the crew' the
    clause 'said' reports is Ames's words, so a quote paragraph after it goes on with Ames, not the minister.
    Without a parse (no heads) every verb stays."""
    found = {v.i for v in verbs}
    return [v for v in verbs if not any(a.i in found for a in v.ancestors)]


def person_misspelt_as(ents: tuple[Span, ...], name: str, *, min_letters: int) -> str:
    """'Saree said' after 'Yahya Sarea', the model tagging the one word ORG or nothing: the fullest person `name`
    misspells (`misspells`), else `name`."""
    words = [fold(w) for w in name.split()]
    known = {e._.canonical or e.text for e in ents if e.label_ == "PERSON"}
    return max((k for k in known if misspells(words, [fold(w) for w in k.split()], min_letters=min_letters)),
               key=len, default=name)


def paragraph_index(doc):
    """A function from a character offset to the index of its paragraph (the doc's "paragraphs" spans)."""
    starts = sorted(s.start_char for s in doc.spans.get("paragraphs", []))

    def index(char: int) -> int:
        return bisect_right(starts, char)

    return index


def is_markup(token) -> bool:
    """A token of markup, no word: an emphasis mark ('**', '_') or the blanks of a line break or a masked link."""
    return token.is_space or (bool(token.text) and set(token.text) <= {"*", "_"})


def after_markup(doc, i: int) -> int:
    """The first token at or after `i` that is no markup (`is_markup`): '[**said**](…)⏎**Jo Ames**' reads 'Jo'."""
    while i < len(doc) and is_markup(doc[i]):
        i += 1
    return i


def new_line_after(text: str, end: int, sentence: Span) -> bool:
    """The `sentence` after a quote ending at `end` opens a new line of the layout: a blank line, words or a list
    item's or quote's mark ('-', '“') stand between; one line break a hard wrap made, with the quote's closing marks
    ('…,”⏎    [**said**](…)'), does not."""
    between = text[end : sentence.start_char]
    if "\n" not in between:
        return False
    blank = any(not line.strip() for line in between.split("\n")[1:-1])
    return blank or bool(between.strip(_CLOSING)) or text[sentence.start_char : sentence.start_char + 1] in _OPENING


_CLOSING = " \t\n*_,.\"”’"
_OPENING = "-•“\"‘"


def ends_before(text: str, raw, verb_at: int) -> bool:
    """The quote closes its sentence and its line before the verb at `verb_at` ('….”⏎Mr Speaker, as I said …'): the
    verb reports the next sentence's words, not these (a wrapped cue follows a comma: ',”⏎said Jo Ames')."""
    if raw.close_at is None or text[raw.close_at - 1 : raw.close_at] not in (".", "!", "?"):
        return False
    return "\n" in text[raw.close_at : verb_at]


_EPIGRAPH_DASH = re.compile(r"[*_]*[ \t]*(?:[–—]|-{1,2})[ \t]*")


def epigraph_speaker(text: str, ents: tuple[Span, ...], raw, inside: set[int]) -> tuple[str, str] | None:
    """'“…” – Secretary Ames, May 24': a dash after the closing mark (and the emphasis marks that close an
    epigraph set in italics, '*“…”* — Counsel Jo Ames'), then who said it (speaker, cue)."""
    if raw.close_at is None:
        return None
    match = _EPIGRAPH_DASH.match(text, raw.close_at + 1)
    if match is None:
        return None
    name = entity_at_or_after(ents, match.end(), inside)
    return (name, text[raw.close_at + 1 : match.end()].strip()) if name else None
