"""Speakers' tags that open the lines of speeches and transcripts: "PRESIDENT BIDEN:", "PRIME
MINISTER ALBANESE:", "THE VICE PRESIDENT:", "PM:". corpus/README.md: a tag that holds a name gives
a PERSON span on the name only, a tag of title words none. The model reads such a tag as a place or
a body ("PRESIDENT BIDEN" GPE, "ALBANESE" ORG), most often the first tag of a speech, which opens no
turn when the text has too few tags to read as a transcript. The cue is the layout: a line that
opens with an all-capitals title word and closes its tag with a colon. A document-level repair
after the choice.
"""

from __future__ import annotations

from collections.abc import Iterator

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon
from briefx.normalize.transcript import Tag, TagTables, read_tag

_MAX_TAG_CHARS = 48  # "PRIME MINISTER ANTHONY ALBANESE:" and the like; a longer run is a lead
_MAX_NAME_WORDS = 3


def title_led_tag(line: str, tables: TagTables, stop: frozenset[str]) -> Tag | None:
    """The tag opening `line` when it is all capitals, begins with a title word and ends in a colon,
    and the name it holds (if any) is a short name, not a lead ("PRESIDENT TRUMP’S AGENDA:") nor
    the rest of an office ("SECRETARY OF STATE:")."""
    colon = line.find(":", 0, _MAX_TAG_CHARS)
    if colon < 1 or not line[:colon].isupper():
        return None
    tag = read_tag(line, tables)
    if tag is None or tag.question or not tag.label.endswith(":"):
        return None
    if tag.key.split()[0] not in tables.titles:
        return None
    if tag.name_start is not None:
        name = line[tag.name_start : tag.name_end]
        words = name.split()
        if len(words) > _MAX_NAME_WORDS or "’S" in name or "'S" in name or any(w.lower() in stop for w in words):
            return None
    return tag


def _tags(view: DocView, lex: Lexicon) -> Iterator[tuple[int, int, tuple[int, int] | None]]:
    """(tag start, tag end, the name's character offsets or None) of each title-led tag."""
    text = view.text
    start = 0
    for line in text.split("\n"):
        body = line.lstrip()
        if body[:1].isupper():
            tag = title_led_tag(body, lex.tag_tables, lex.stop)
            if tag is not None:
                at = start + len(line) - len(body)
                name = None if tag.name_start is None else (at + tag.name_start, at + tag.name_end)
                yield at, at + tag.end, name
        start += len(line) + 1


def speaker_tags(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """The names in title-led speakers' tags become PERSON on the name alone; a tag's title words
    lose any span (see the module docstring)."""
    tags = list(_tags(view, lex))
    if not tags:
        return chosen
    doc = view.doc
    spans = [doc.char_span(*name) for _, _, name in tags if name is not None]
    names = [Candidate(s.start, s.end, "PERSON", "layout") for s in spans if s is not None]
    out = [c for c in chosen if not any(at <= doc[c.start].idx < end for at, end, _ in tags)]
    out = [c for c in out if not any(c.overlaps(n) for n in names)] + names
    return sorted(out, key=lambda c: (c.start, c.end))
