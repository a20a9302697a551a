"""The FIGURES layer shared by briefx_money, _percent, _capacity and _count, and `briefx_figures`.

Each figure component scans the Doc's text with a few regexes compiled once from
`models/patterns/<label>.jsonl` templates, whose `{PLACEHOLDERS}` are filled from
the lexicons (currencies, units, scale and number words). The normalisers in
`briefx.normalize` then read each candidate's value. Spans go to the shared span
group `doc.spans["figures"]`, aligned to tokens: a token that glues a boundary
inside it ("MW/40", "5–4") is split first.

This module is the base the four components share: the candidate, the scan, the
ranges, and placing spans. The lexicons and regex fragments are in `tables`;
`combined` runs the four as `briefx_figures`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from briefx.components.attributes import doc_text, given_text, register_attributes
from briefx.components.figures.tables import compile_patterns, figure_tables, not_figure_ranges
from briefx.normalize.numbers import find_qualifier, parse_number, scale_of
from briefx.resources import load_jsonl

_BETWEEN_RANGE = re.compile(r"^\s*(?:[–—-]|to)\s*$", re.IGNORECASE)
_BETWEEN_AND = re.compile(r"^\s+and\s+$", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[^\w]*$")
_QUALIFIER_WINDOW = 32
# a sign that belongs to the figure ("-3.2%", "minus 5 percent", "-$4 million"), not a range dash ("5-6%")
_SIGN_BEFORE = re.compile(r"(?:(?<![\w.,%\-–—−])[-−]|(?i:(?<![\w-])minus\s+))$")


@dataclass
class Candidate:
    """A figure found in the text, before it becomes a Span."""

    start: int
    end: int
    label: str
    attrs: dict[str, Any]


class BaseFigureComponent:
    """Base of the figure components: scan with compiled patterns, place spans in a group."""

    label = ""
    blocking_groups: tuple[str, ...] = ("dates", "furniture")

    patterns_file = ""  # models/patterns/<label>.jsonl, set by each component

    def __init__(self, nlp: Language, name: str, *, span_group: str = "figures", patterns: str | None = None) -> None:
        register_attributes()
        self.name = name
        self.span_group = span_group
        self.tables = figure_tables()
        source = load_jsonl("patterns", patterns or self.patterns_file)
        self.patterns = compile_patterns(source, self.tables.fragments)
        hedges = sorted({p for phrases in self.tables.qualifiers.values() for p in phrases}, key=len, reverse=True)
        hedge = "|".join(map(re.escape, hedges))
        amount = self.tables.fragments["AMOUNT"]
        # "between 7 and 10 gigalitres", "between around 15 and 50 per cent"
        self.bare_low = re.compile(rf"(?i:\bbetween)\s+(?:(?i:{hedge})\s+)?({amount})\s+and\s+$")

    def __call__(self, doc: Doc) -> Doc:
        blocked = self.blocked(doc)
        text = doc_text(doc)
        ranges = not_figure_ranges(text, self.tables.not_figures)  # URLs, e-mails, file names
        given = given_text(doc)
        if given is not None:  # "250<sup>th</sup>": the tags are masked in the text read
            ranges += not_figure_ranges(given, self.tables.markup_not_figures)
        for start, end in ranges:
            blocked[start:end] = b"\x01" * (end - start)
        found = []
        for cand in self.find(doc):
            hit = blocked.find(1, cand.start, cand.end)
            if hit == -1:
                found.append(cand)
            elif hit > cand.start:
                # "29.1 million tonnes [a year earlier]": a date took the tail, the figure keeps the rest
                shorter = self.shorten(text, cand, hit)
                if shorter is not None:
                    found.append(shorter)
        place_spans(doc, self.span_group, non_overlapping(found))
        return doc

    def shorten(self, text: str, cand: Candidate, stop: int) -> Candidate | None:
        """The candidate cut before `stop`, if what remains still reads as a figure."""
        surface = _DANGLING.sub("", text[cand.start : stop])
        attrs = self.read(surface, text) if surface else None
        if attrs is None:
            return None
        attrs["qualifier"] = cand.attrs.get("qualifier")
        return Candidate(cand.start, cand.start + len(surface), cand.label, attrs)

    range_key = "unit"  # attribute that must agree for two figures to join as a range
    joins_to = True  # "5 to 7", "5–7" join as a range too, not only "between 5 and 7"
    signed = False  # a minus sign before the match belongs to the figure (money, percent)

    def find(self, doc: Doc) -> Iterable[Candidate]:
        """Candidates from every pattern match that `read` can interpret, ranges joined."""
        text = doc_text(doc)
        found = []
        for _, match in self.matches(text):
            start = match.start()
            if self.signed and (sign := _SIGN_BEFORE.search(text, max(0, start - 8), start)):
                start = sign.start()
            # normalisers read words split by plain spaces: real text wraps figures across lines
            # and writes no-break spaces ("4.1\xa0per\xa0cent")
            attrs = self.read(" ".join(text[start : match.end()].split()), text)
            if attrs is None:
                continue
            attrs["qualifier"] = self.qualifier(text, start)
            found.append(Candidate(start, match.end(), self.label, attrs))
        merged = self.merge_ranges(text, non_overlapping(found), self.range_key)
        return self.finish(text, [self.with_bare_low(text, cand) for cand in merged])

    def read(self, surface: str, text: str) -> dict | None:
        """The attributes of one matched surface, or None when it is no figure of this kind."""
        return None

    def finish(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """A last pass over the candidates in text order (default: none)."""
        return found

    def matches(self, text: str) -> Iterator[tuple[str, re.Match[str]]]:
        """(pattern id, match) for every match of every pattern; overlaps are resolved later."""
        for pattern_id, pattern in self.patterns:
            for match in pattern.finditer(text):
                yield pattern_id, match

    def blocked(self, doc: Doc) -> bytearray:
        """A per-character mask of text that other spans already claim."""
        mask = bytearray(doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0)
        for name in (*self.blocking_groups, self.span_group):
            if name in doc.spans:
                for span in doc.spans[name]:
                    mask[span.start_char : span.end_char] = b"\x01" * len(span.text)
        return mask

    def qualifier(self, text: str, start: int) -> str | None:
        """GOLD.md qualifier read from the words just before `start`."""
        before = text[max(0, start - _QUALIFIER_WINDOW) : start]
        return find_qualifier(before, qualifiers=self.tables.qualifiers)

    def merge_ranges(self, text: str, found: list[Candidate], key: str) -> list[Candidate]:
        """Join "$1.2 million to $23.5 million" (same `key` attribute, low < high) into one range.

        GOLD.md: a range of figures is one span with a pair value. A change ("rose
        from 42% to 25%", "fell 9% to 12%") stays two spans.
        """
        found = sorted(found, key=lambda c: c.start)
        out: list[Candidate] = []
        for cand in found:
            prev = out[-1] if out else None
            if prev is not None and self._joins(text, prev, cand, key):
                low, high = prev.attrs["value"], cand.attrs["value"]
                scale = scale_of(" ".join(text[cand.start : cand.end].split()), self.tables.scales)
                if scale and not scale_of(" ".join(text[prev.start : prev.end].split()), self.tables.scales):
                    # "$250 - $500 million", "between $5 and $7 billion": one scale for both, unless the
                    # low end is whole as written ("between $300,000 and $5.9 million")
                    low = low * scale if low * scale < high else low
                attrs = {**prev.attrs, "value": (low, high)}
                if prev.attrs.get("si_value") is not None:
                    attrs["si_value"] = (prev.attrs["si_value"], cand.attrs["si_value"])
                out[-1] = Candidate(prev.start, cand.end, prev.label, attrs)
            else:
                out.append(cand)
        return out

    def with_bare_low(self, text: str, cand: Candidate) -> Candidate:
        """ "between 7 and 10 gigalitres per annum": a bare number after "between" is the low end of the
        figure that follows "and" and shares its unit (GOLD.md: a range of figures is one span)."""
        high = cand.attrs.get("value")
        match = self.bare_low.search(text, max(0, cand.start - 48), cand.start) if isinstance(high, float) else None
        if match is None:
            return cand
        low = parse_number(" ".join(match[1].split()), number_words=self.tables.number_words, scales={})
        scale = scale_of(" ".join(text[cand.start : cand.end].split()[:2]), self.tables.scales)
        if low is not None and scale and low * scale < high:
            low = low * scale  # "between 2 and 3 million tonnes": the scale is written once
        if low is None or not 0 < low < high:
            return cand
        attrs = {**cand.attrs, "value": (low, high), "qualifier": self.qualifier(text, match.start(1))}
        if (si := cand.attrs.get("si_value")) is not None:
            attrs["si_value"] = (si * low / high, si)
        return Candidate(match.start(1), cand.end, cand.label, attrs)

    def _joins(self, text: str, prev: Candidate, cand: Candidate, key: str) -> bool:
        if prev.label != cand.label or prev.attrs.get(key) != cand.attrs.get(key):
            return False
        low, high = prev.attrs.get("value"), cand.attrs.get("value")
        if not isinstance(low, float) or not isinstance(high, float) or low >= high:
            return False
        between = text[prev.end : cand.start]
        word = _WORD_BEFORE.search(text[max(0, prev.start - 24) : prev.start])
        previous_word = word.group(1).lower() if word else ""
        if _BETWEEN_AND.match(between):
            return previous_word == "between"
        return self.joins_to and bool(_BETWEEN_RANGE.match(between)) and previous_word not in self.tables.change_cues


_DANGLING = re.compile(r"(?:[\s,;:\-–]+(?:a|an|the|per|each|every)?)+$", re.I)


def non_overlapping(found: Iterable[Candidate]) -> list[Candidate]:
    """Keep the longest of overlapping candidates (earliest first on ties)."""
    kept: list[Candidate] = []
    for cand in sorted(found, key=lambda c: (c.start, -(c.end - c.start))):
        if kept and cand.start < kept[-1].end:
            if cand.end - cand.start > kept[-1].end - kept[-1].start:
                kept[-1] = cand
            continue
        kept.append(cand)
    return kept


def place_spans(doc: Doc, span_group: str, found: Sequence[Candidate]) -> list[Span]:
    """Add candidates to `doc.spans[span_group]`, splitting tokens that hide a boundary."""
    if not found:
        if span_group not in doc.spans:
            doc.spans[span_group] = []
        return []
    cuts: dict[int, set[int]] = {}
    misaligned = [c for c in found if doc.char_span(c.start, c.end) is None]
    if misaligned:
        starts = [token.idx for token in doc]
        for cand in misaligned:
            for offset in (cand.start, cand.end):
                token = _token_inside(doc, offset, starts)
                if token is not None:
                    cuts.setdefault(token.i, set()).add(offset - token.idx)
    if cuts:
        _split_tokens(doc, cuts)
    spans = []
    for cand in found:
        span = doc.char_span(cand.start, cand.end, label=cand.label)
        if span is None:
            continue
        for name, value in cand.attrs.items():
            setattr(span._, name, value)
        spans.append(span)
    group = list(doc.spans[span_group]) if span_group in doc.spans else []
    doc.spans[span_group] = sorted([*group, *spans], key=lambda s: (s.start_char, s.end_char))
    return spans


def _token_inside(doc: Doc, offset: int, starts: Sequence[int]) -> Any:
    """The token whose text strictly contains character `offset`, if any."""
    i = bisect_right(starts, offset) - 1
    if i < 0:
        return None
    token = doc[i]
    return token if token.idx < offset < token.idx + len(token.text) else None


def _split_tokens(doc: Doc, cuts: Mapping[int, set[int]]) -> None:
    """Split tokens at inner offsets, then re-anchor every span group by characters.

    Span groups keep token indices that a split makes stale, so each group is
    rebuilt from its spans' character offsets (their extension values are keyed
    by offsets and survive).
    """
    groups = {
        name: [(s.start_char, s.end_char, s.label, s.kb_id, s.id) for s in group] for name, group in doc.spans.items()
    }
    with doc.retokenize() as retokenizer:
        for i, offsets in cuts.items():
            token = doc[i]
            bounds = [0, *sorted(offsets), len(token.text)]
            pieces = [token.text[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
            last = len(pieces) - 1
            head = token.head if token.head.i != token.i else (token, last)
            heads = [(token, last)] * last + [head]
            retokenizer.split(token, pieces, heads=heads)
    for name, rows in groups.items():
        rebuilt = []
        for start, end, label, kb_id, span_id in rows:
            span = doc.char_span(start, end, label=label, kb_id=kb_id, span_id=span_id)
            if span is not None:
                rebuilt.append(span)
        doc.spans[name] = rebuilt
