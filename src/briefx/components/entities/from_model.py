"""Candidates from the base model: its `doc.ents`, trimmed and relabelled, and names its
parser missed that an apposition reveals ("Arianespace, the launch operator, said")."""

from __future__ import annotations

from briefx import labels
from briefx.components.entities import context
from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon, capitalised
from briefx.components.entities.organisations import field_before_and, opens_a_body
from briefx.components.entities.relabel import relabel
from briefx.components.entities.trim import trim

ENTITY_LABELS = frozenset(labels.ENTITY_LABELS)
_NER_MAP = {"LANGUAGE": "NORP"}
# the model's labels that rule a word out of a name it missed
_NAME_TYPES = frozenset({"GPE", "LOC", "NORP", "EVENT", "FAC", "DATE", "MONEY", "PERCENT", "CARDINAL"})


def repair(view: DocView, lex: Lexicon, cand: Candidate) -> Candidate | None:
    """A candidate with GOLD.md's boundaries and the label the rules give it, or None."""
    trimmed = trim(view, lex, cand)
    return relabel(view, lex, trimmed) if trimmed is not None else None


def split_joined(view: DocView, lex: Lexicon, start: int, end: int) -> list[tuple[int, int]]:
    """ "European Union and the Mercosur bloc": two names the model joined with "and the"."""
    doc = view.doc
    parts = []
    k = start
    for i in range(start, end - 1):
        nxt = doc[i + 1]
        ends_name = i > start and (
            (doc[i - 1].text in lex.company_words and not field_before_and(view, lex, i, end))
            or doc[i - 1].text in lex.org_heads
        )
        opens_name = i > start and doc[i].text in {"and", "&"} and i + 2 < end and opens_a_body(view, lex, i + 1)
        if doc[i].text in {"and", ",", "&"} and (
            nxt.lower_ == "the" or nxt.text in lex.countries or ends_name or opens_name
        ):
            parts.append((k, i))
            k = i + 2 if nxt.lower_ == "the" else i + 1
        elif doc[i].text in lex.possessives and any(t.text in lex.org_heads for t in doc[i + 1 : end]):
            # "World Bank's Board of Executive Directors": the owner and the body are two names
            parts.append((k, i))
            k = i + 1
    parts.append((k, end))
    return [(a, b) for a, b in parts if b > a]


def from_ner(view: DocView, lex: Lexicon) -> list[Candidate]:
    """The base model's entities, split where it joined two names, trimmed and relabelled."""
    doc = view.doc
    out = []
    title = doc.spans.get("title", [])
    for ent in doc.ents:
        label = _NER_MAP.get(ent.label_, ent.label_)
        if label == "FAC" and ent[-1].text in lex.loc_heads:
            label = "LOC"
        if label not in ENTITY_LABELS:
            continue
        end = ent.end
        if title and title[0].start <= ent.start < title[0].end:
            # a headline in title case: "Karrawarra Minerals Approves …" — the name stops at the verb
            verbs = [t.i for t in ent if t.pos_ == "VERB" or t.tag_ in ("VBZ", "VBD", "VBP")]
            end = verbs[0] if verbs else end
        for start, stop in split_joined(view, lex, ent.start, end):
            cand = repair(view, lex, Candidate(start, stop, label, "ner"))
            if cand is not None:
                out.append(cand)
    return out


def _apposition_name_start(view: DocView, lex: Lexicon, end: int) -> int:
    """Start of up to four organisation-like words before the comma at `end`."""
    doc = view.doc
    start = end
    while (
        start > 0 and end - start < 4 and lex.org_word(doc[start - 1]) and doc[start - 1].ent_type_ not in _NAME_TYPES
    ):
        start -= 1
        if doc[start].is_sent_start:
            break
    return start


def from_appositions(view: DocView, lex: Lexicon) -> list[Candidate]:
    """Names the model missed, told by their apposition: "Arianespace, the launch operator,
    said", "Tatiana Rusu, director of sustainable energy at …"."""
    doc = view.doc
    out = []
    for end, text in enumerate(view.texts):
        if text != "," or end == 0:
            continue
        start = _apposition_name_start(view, lex, end)
        if start == end or (start > 0 and (capitalised(doc[start - 1].text) or doc[start - 1].lower_ in lex.joiners)):
            continue  # part of a longer name: "… Recovery and Resilience Facility, a spokesperson …"
        name = doc[start:end]
        if context.sentence_initial_word(view, lex, start) or lex.known_place(name.text):
            continue
        if all(lex.post_title(t.text) for t in name):
            continue  # "C. Kirabo Jackson, Member, Council of …": a post in a participant line
        if name[-1].text in lex.gpe_types or name[-1].text in lex.loc_heads:
            continue
        kind = context.appositive(view, lex, end)
        if kind == "ORG":
            out.append(Candidate(start, end, "ORG", "ner"))
        elif (
            kind == "PERSON"
            and 2 <= len(name) <= 3
            and all(lex.plain_name_word(t) and t.text not in lex.no_span_heads for t in name)
        ):
            out.append(Candidate(start, end, "PERSON", "ner"))
    return out
