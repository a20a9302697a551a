"""Whom a description or a pronoun in a quote's cue refers back to: the last entity of a kind named before it,
read for briefx_quotes from the document's entities (`ents`, in text order)."""

from __future__ import annotations

from spacy.tokens import Span


def last_entity(ents: tuple[Span, ...], before: int, labels: tuple[str, ...]) -> str | None:
    """The canonical name of the last entity with one of `labels` that starts before token `before`."""
    for ent in reversed(ents):
        if ent.start < before and ent.label_ in labels:
            return ent._.canonical or ent.text
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
    """'According to Jo Ames, …': the person or organisation starting at most `within` characters after `char`."""
    for ent in ents:
        if ent.start_char >= char and ent.start not in inside and ent.label_ in ("PERSON", "ORG"):
            if ent.start_char - char <= within:
                return ent._.canonical or ent.text
            break
    return None


def within(token, span: Span | None) -> bool:
    """The token stands inside `span` (a quote found before)."""
    return span is not None and span.start <= token.i < span.end


def outermost(verbs: list) -> list:
    """The reporting `verbs` that no other of them governs: in 'Jo Ames said the minister thanked the crew' the
    clause 'said' reports is Ames's words, so a quote paragraph after it goes on with Ames, not the minister.
    Without a parse (no heads) every verb stays."""
    found = {v.i for v in verbs}
    return [v for v in verbs if not any(a.i in found for a in v.ancestors)]
