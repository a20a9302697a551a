"""The FIGURES layer shared by briefx_money, _percent, _capacity and _count, and `briefx_figures`.

Each figure component scans `doc.text` with a few regexes compiled once from
`models/patterns/<label>.jsonl` templates, whose `{PLACEHOLDERS}` are filled from
the lexicons (currencies, units, scale and number words). The normalisers in
`briefx.normalize` then read each candidate's value. Spans go to the shared span
group `doc.spans["figures"]`, aligned to tokens: a token that glues a boundary
inside it ("MW/40", "5–4") is split first.

`briefx_figures` runs money, percent, capacity and count as one component.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from briefx.components.attributes import register_attributes
from briefx.normalize.numbers import find_qualifier, scale_of
from briefx.resources import load_json, load_jsonl

_PLACEHOLDER = re.compile(r"\{([A-Z_]+)\}")
_BETWEEN_RANGE = re.compile(r"^\s*(?:[–—-]|to)\s*$", re.IGNORECASE)
_BETWEEN_AND = re.compile(r"^\s+and\s+$", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[^\w]*$")
_QUALIFIER_WINDOW = 32
# a sign that belongs to the figure ("-3.2%", "minus 5 percent", "-$4 million"), not a range dash ("5-6%")
_SIGN_BEFORE = re.compile(r"(?:(?<![\w.,%\-–—−])[-−]|(?i:(?<![\w-])minus\s+))$")

# Digits with optional thousands groups (comma, no-break/thin space or space) and decimals.
_NUMBER = r"(?:\d{1,3}(?:[,\u00a0\u2009\u202f ]\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?|\.\d+)"
# a number with a written fraction: "1-1/2", "1/4", "4½" (central banks write rates so)
_FRACTION_OR_NUMBER = rf"(?:\d{{1,2}}-\d/\d{{1,2}}|\d/\d{{1,2}}|\d+[½¼¾⅓⅔⅛]|{_NUMBER})(?![\d/])"


def _alternation(items: Iterable[str], *, fold: bool = False, bounded: bool = False) -> str:
    """A regex alternation of literal `items`, longest first; spaces match any whitespace."""
    escaped = sorted({re.escape(item).replace(r"\ ", r"\s+") for item in items}, key=len, reverse=True)
    if not escaped:
        return "(?!)"
    body = "|".join(escaped)
    group = f"(?i:{body})" if fold else f"(?:{body})"
    return group + r"(?![^\W\d_])" if bounded else group


@dataclass(frozen=True)
class FigureTables:
    """The lexicons the figure components read, and the regex fragments built from them."""

    number_words: Mapping[str, Mapping[str, float]]
    scale_words: Mapping[str, float]
    scales: Mapping[str, float]
    currencies: Mapping[str, Any]
    units: Mapping[str, Any]
    qualifiers: Mapping[str, Sequence[str]]
    change_cues: frozenset[str]
    count_rules: Mapping[str, Any]
    fragments: Mapping[str, str] = field(repr=False)
    not_figures: NotFigurePatterns = field(default=(), repr=False)


@cache
def figure_tables() -> FigureTables:
    """Load the figure lexicons once per process and build the shared regex fragments."""
    number_words = load_json("lexicons", "number_words.json")
    scale_table = load_json("lexicons", "scale_words.json")
    currencies = load_json("lexicons", "currencies.json")
    units = load_json("lexicons", "units.json")
    qualifier_table = load_json("lexicons", "qualifiers.json")
    count_rules = load_json("lexicons", "count_rules.json")
    not_figures = load_json("lexicons", "not_figures.json")["patterns"]

    words = sorted([*number_words["units"], *number_words["tens"]], key=len, reverse=True)
    unit_word = "|".join(w for w in words if w in number_words["units"])
    tens_word = "|".join(w for w in words if w in number_words["tens"])
    simple = rf"(?:(?:{tens_word})(?:[-\s](?:{unit_word}))?|(?:{unit_word}))"
    fraction = r"(?:\s+and\s+(?:a|one)[\s-](?:half|quarter))"
    word_number = rf"(?i:(?<![\w-]){simple}(?:\s+hundred(?:\s+(?:and\s+)?{simple})?)?{fraction}?(?![\w]))"
    amount = rf"(?:{_NUMBER}|{word_number})"
    scale = _alternation(scale_table["words"], fold=True, bounded=True)
    glued = _alternation(scale_table["glued"], fold=True, bounded=True)

    rate_units, plain_units = [], []
    for entry in units["units"]:
        target = rate_units if entry.get("rates") else plain_units
        target.append(entry)

    def unit_alternation(entries: list[dict[str, Any]]) -> str:
        surfaces = [s for e in entries for s in e.get("surfaces", ())]
        unit_words = [w for e in entries for w in e.get("words", ())]
        abbreviations = _alternation(surfaces, bounded=True)
        spelled = _alternation(unit_words, fold=True, bounded=True)
        return f"(?:{abbreviations}|{spelled})"

    rate = _alternation([p for phrases in units["rate_phrases"].values() for p in phrases], fold=True, bounded=True)
    unit = rf"(?:{unit_alternation(rate_units)}(?:\s*{rate})?|{unit_alternation(plain_units)})"
    percent = units["percent"]
    fragments = {
        "B": r"(?<![\w.,])",
        "E": r"(?![\w])",
        "NUM": _NUMBER,
        "WORDNUM": word_number,
        "AMOUNT": amount,
        "RANGE": rf"{amount}(?:\s?[–—-]\s?{amount})?",
        "NUMRANGE": rf"{_NUMBER}(?:\s?[–—-]\s?{_NUMBER})?",
        "FRACRANGE": rf"(?<![/\d]){_FRACTION_OR_NUMBER}(?:\s?(?:[–—-]|to)\s?{_FRACTION_OR_NUMBER})?",
        "SCALE": scale,
        "SCALED": rf"(?:\s?{scale}|{glued})?",
        "SYMBOL": _symbol_alternation(currencies["symbols"]),
        "CODE": _alternation([*currencies["codes"], *currencies.get("lowercase_codes", ())], bounded=True),
        "CURWORD": _alternation(currencies["words"], fold=True, bounded=True),
        "UNIT": unit,
        "PCT": _alternation([*percent["points"], *percent["percent"], *percent.get("basis_points", ())], fold=True)
        + r"(?![^\W\d_])",
    }
    return FigureTables(
        number_words=number_words,
        scale_words=scale_table["words"],
        scales={**scale_table["words"], **scale_table["glued"]},
        currencies=currencies,
        units=units,
        qualifiers=qualifier_table["qualifiers"],
        change_cues=frozenset(qualifier_table["change_cues"]),
        count_rules=count_rules,
        fragments=fragments,
        not_figures=tuple((p["when"], re.compile(p["pattern"]), bool(p.get("extend_left"))) for p in not_figures),
    )


_WORD_START = re.compile(r"\S*$")


NotFigurePatterns = tuple[tuple[str, re.Pattern[str], bool], ...]
"""(string the text must contain, pattern, extend the match back to its word's start)."""


@lru_cache(maxsize=4)  # the four figure components ask for the same text in turn
def not_figure_ranges(text: str, patterns: NotFigurePatterns) -> tuple[tuple[int, int], ...]:
    """Character ranges of URLs, e-mail addresses, file names and query strings in `text`."""
    ranges = []
    for when, pattern, extend_left in patterns:
        if when not in text:
            continue
        for match in pattern.finditer(text):
            start = match.start()
            if extend_left:
                start -= len(_WORD_START.search(text, max(0, start - 200), start).group())
            ranges.append((start, match.end()))
    return tuple(ranges)


def _symbol_alternation(symbols: Iterable[str]) -> str:
    parts = []
    symbols = sorted(symbols, key=len, reverse=True)
    for symbol in symbols:
        escaped = re.escape(symbol)
        parts.append(rf"(?<![^\W\d_]){escaped}" if symbol[0].isalpha() else escaped)
    # A first-character lookahead lets the scan skip most positions cheaply.
    first = "".join(sorted({re.escape(symbol[0]) for symbol in symbols}))
    return f"(?=[{first}])(?:" + "|".join(parts) + ")"


def compile_patterns(
    rows: Iterable[Mapping[str, Any]], fragments: Mapping[str, str]
) -> list[tuple[str, re.Pattern[str]]]:
    """Compile pattern-file rows: `{"id", "regex"}` templates with `{FRAGMENT}` placeholders."""
    compiled = []
    for row in rows:
        source = _PLACEHOLDER.sub(lambda m: fragments[m.group(1)], row["regex"])
        compiled.append((row["id"], re.compile(source)))
    return compiled


@dataclass
class Candidate:
    """A figure found in the text, before it becomes a Span."""

    start: int
    end: int
    label: str
    attrs: dict[str, Any]


class FigureComponent:
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

    def __call__(self, doc: Doc) -> Doc:
        blocked = self.blocked(doc)
        text = doc.text
        for start, end in not_figure_ranges(text, self.tables.not_figures):  # URLs, e-mails, file names
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
    signed = False  # a minus sign before the match belongs to the figure (money, percent)

    def find(self, doc: Doc) -> Iterable[Candidate]:
        """Candidates from every pattern match that `read` can interpret, ranges joined."""
        text = doc.text
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
        return self.finish(text, self.merge_ranges(text, non_overlapping(found), self.range_key))

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
                    low *= scale  # "$250 - $500 million", "between $5 and $7 billion": one scale for both
                attrs = {**prev.attrs, "value": (low, high)}
                if prev.attrs.get("si_value") is not None:
                    attrs["si_value"] = (prev.attrs["si_value"], cand.attrs["si_value"])
                out[-1] = Candidate(prev.start, cand.end, prev.label, attrs)
            else:
                out.append(cand)
        return out

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
        return bool(_BETWEEN_RANGE.match(between)) and previous_word not in self.tables.change_cues


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


class Figures:
    """Money, percent, capacity and count in one component (`nlp.add_pipe("briefx_figures")`)."""

    def __init__(self, parts: Sequence[FigureComponent]) -> None:
        self.parts = list(parts)

    def __call__(self, doc: Doc) -> Doc:
        for part in self.parts:
            part(doc)
        return doc


@Language.factory(
    "briefx_figures",
    assigns=["doc.spans"],
    default_config={"span_group": "figures"},
)
def make_figures(nlp: Language, name: str, span_group: str) -> Figures:
    """Build the combined figures component (money, percent, capacity, count)."""
    from briefx.components.capacity import Capacity
    from briefx.components.count import Count
    from briefx.components.money import Money
    from briefx.components.percent import Percent

    register_attributes()
    return Figures(
        [
            Money(nlp, f"{name}.money", span_group=span_group),
            Percent(nlp, f"{name}.percent", span_group=span_group),
            Capacity(nlp, f"{name}.capacity", span_group=span_group),
            Count(nlp, f"{name}.count", span_group=span_group),
        ]
    )
