"""The briefx_dates component: DATE spans in ``doc.spans["dates"]`` with ISO 8601 values.

Candidates come from the regular expressions in ``models/patterns/dates.jsonl``
(placeholders such as ``{MONTH}`` filled from ``models/lexicons/dates.json``),
run once over the text; the base model's DATE entities add candidates the
patterns miss. Values come from `briefx.normalize.dates`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from briefx.components.attributes import doc_text, register_attributes
from briefx.components.date_tense import ClauseTense
from briefx.components.figures.starts import PatternsByStart
from briefx.components.figures.tables import pattern_sources, wrap_tolerant
from briefx.normalize.dates import (
    DateLexicon,
    DateReading,
    Tense,
    infer_year,
    is_quarter,
    read_date,
    split_coordinated_days,
)
from briefx.resources import load_json, load_jsonl

SPAN_KEY = "dates"
LABEL = "DATE"
_YEAR_IN_TEXT = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


_LETTER = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    rule: str


def date_fragments(tables: Mapping[str, Any]) -> dict[str, str]:
    """The regex fragments the ``{PLACEHOLDER}``s of the date pattern templates stand for."""

    def alternation(words: Iterable[str], *, capitalise: bool = False, upper_from: int = 4) -> str:
        forms = sorted(words, key=len, reverse=True)
        if capitalise:  # "March", and "MARCH" in capitalised transcript headers ("29 JUNE 2013"); "MAR" is no month
            forms = [w.capitalize() for w in forms] + [w.upper() for w in forms if len(w) >= upper_from]
        body = "|".join(re.escape(w).replace(r"\ ", r"\s") for w in forms)
        return f"(?-i:{body})" if capitalise else f"(?:{body})"

    parts = sorted(tables["parts"], key=len, reverse=True)
    return {
        "MONTH": alternation(tables["months"], capitalise=True),
        "MONTH_FULL": alternation(tables["full_months"], capitalise=True),
        "WEEKDAY": alternation(tables["weekdays"], capitalise=True),
        "WEEKDAY_ABBR": alternation(tables.get("weekday_abbreviations", ()), capitalise=True, upper_from=1),
        "NUM": r"(?:\d+(?:\.\d+)?|" + alternation(tables["numbers"]).removeprefix("(?:"),
        "PART": "(?i:" + "|".join(p.replace(" ", r"\s") for p in parts) + ")",
        "YEAR": r"(?:19|20)\d\d",
        "DAY": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?",
        "DASH": "[-–—]",
        "HOLIDAY": "(?-i:" + "|".join(
            re.escape(name).replace(r"\ ", r"\s").replace("'", "['’]")
            for name in sorted(tables.get("holiday_names", []), key=len, reverse=True)
        ) + ")",
    }


class DatesComponent:
    """Find DATE spans and resolve their values against the article's reference date or year.

    Reference: ``doc._.published`` when set. Otherwise a full date in the
    dateline (the first `dateline_chars` characters) is taken as the day of
    writing, and failing that the year is inferred from the explicit years in the
    text (`briefx.normalize.dates.infer_year`: most weight wins, ties go to the
    latest; targets like ``by 2030`` and ranges don't count). Values that depend
    on an inferred reference carry ``span._.inferred = True``.
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "briefx_dates",
        *,
        patterns: str = "patterns/dates.jsonl",
        lexicon: str = "lexicons/dates.json",
        use_ner: bool = True,
        dateline_chars: int = 300,
        cue_window: int = 40,
        open_distance: int = 150,
    ) -> None:
        self.name = name
        self.use_ner = use_ner
        self.dateline_chars = dateline_chars
        self.cue_window = cue_window
        self.open_distance = open_distance
        tables = load_json(*lexicon.split("/"))
        self.lexicon = DateLexicon.from_tables(tables)
        rows = [{**row, "regex": wrap_tolerant(row["regex"])} for row in load_jsonl(*patterns.split("/"))]
        self.starts = PatternsByStart.compile(pattern_sources(rows, date_fragments(tables)))
        self.patterns = self.starts.named()
        self.clause = ClauseTense(tables, cue_window=cue_window)
        self.target_cues = frozenset(tables["target_cues"])
        self.month_alone_cues = frozenset(tables["month_alone_cues"])
        self.not_before_year = frozenset(tables["not_before_year"])
        self.not_dates = frozenset(tables["not_dates"])
        self.ner_leaders = frozenset(tables["ner_leaders"])
        self.id_markers = frozenset(tables.get("id_markers", ()))
        self.stopwords = frozenset(load_json("lexicons", "english_stopwords.json"))
        self.singular_units = frozenset(word for word, unit in tables["units"].items() if word == unit)
        self.name_after_words = frozenset(tables.get("name_after_words", ()))
        self.weekday_name_words = frozenset(tables.get("weekday_name_words", ()))
        self.weekday_words = frozenset(tables["weekdays"])
        self.triggers = frozenset(
            word
            for key in (
                "months", "weekdays", "weekday_abbreviations", "numbers", "ordinals", "seasons", "trigger_words"
            )
            for word in tables[key]
        ) | {name.split()[0].lower() for name in tables.get("holiday_names", ())}

    def __call__(self, doc: Doc) -> Doc:
        spans, reads = self.find(doc)
        self.resolve(doc, spans, reads)
        doc.spans[SPAN_KEY] = SpanGroup(doc, name=SPAN_KEY, spans=spans)
        return doc

    def candidates(self, doc: Doc) -> list[_Candidate]:
        """Pattern matches, possibly overlapping, as character offsets."""
        text = doc_text(doc)
        # Every pattern starts on a token with a digit or a trigger word: try the
        # patterns only there, which is several times faster than scanning the text,
        # and only those a match of which can begin with the token's first character.
        return [
            _Candidate(m.start(), m.end(), rule)
            for token in doc
            if "d" in token.shape_ or token.lower_.rstrip(".") in self.triggers
            for rule, pattern in self.starts.at(text[token.idx])
            if (m := pattern.match(text, token.idx))
        ]

    def find_spans(self, doc: Doc) -> list[Span]:
        """Non-overlapping, token-aligned DATE spans in document order."""
        return self.find(doc)[0]

    def find(self, doc: Doc) -> tuple[list[Span], dict[int, str]]:
        """DATE spans (see `find_spans`) and, by start character, the text to read for a span
        that borrows words from a coordinated neighbour (``April 24 and 25``: ``25`` reads "April 25")."""
        candidates = self.candidates(doc)
        reads: dict[int, str] = {}
        # Longest match first; GOLD.md: one DATE span per expression, no overlaps.
        candidates.sort(key=lambda c: (c.start - c.end, c.start))
        taken = [False] * (len(doc) + 1)
        for line in doc.spans.get("furniture", ()):  # page furniture with words: "Page 1 of 3", a copyright line
            if any(token.is_alpha for token in line):
                taken[line.start : line.end] = [True] * len(line)
        spans: list[Span] = []
        for candidate in candidates:
            span = self._align(doc, candidate.start, candidate.end)
            if span is None or any(taken[span.start : span.end]):
                continue
            if not self._keep(doc, span, candidate.rule):
                continue
            taken[span.start : span.end] = [True] * len(span)
            parts = self._coordinated(doc, span, candidate.rule)
            spans.extend(part for part, _ in parts or [(span, None)])
            reads.update((part.start_char, text) for part, text in parts)
        if self.use_ner:
            for span in self._from_ner(doc):
                if not any(taken[span.start : span.end]):
                    taken[span.start : span.end] = [True] * len(span)
                    spans.append(span)
        return sorted(spans, key=lambda s: s.start), reads

    @staticmethod
    def _coordinated(doc: Doc, span: Span, rule: str) -> list[tuple[Span, str]]:
        """Issue 10: coordinated days (``April 24 and 25``) are two DATE spans, not one range;
        [] when `span` is no coordination or a part does not fall on token boundaries."""
        if not rule.startswith("coordinated"):
            return []
        parts = []
        for start, end, text in split_coordinated_days(span.text):
            part = doc.char_span(span.start_char + start, span.start_char + end, label=LABEL)
            if part is None:
                return []
            parts.append((part, text))
        after = doc[span.end] if span.end < len(doc) else None
        if parts and after is not None and after.pos_ in ("NOUN", "ADJ") and parts[-1][0].text.isdigit():
            return parts[:1]  # "fined on April 24 and 25 staff were dismissed": the tagger says 25 counts
        return parts

    @staticmethod
    def _align(doc: Doc, start: int, end: int) -> Span | None:
        span = doc.char_span(start, end, label=LABEL)
        if span is None:
            span = doc.char_span(start, end, label=LABEL, alignment_mode="expand")
            if span is None or len(span.text) > end - start + 2:
                return None
        if len(span) > 1 and span[-1].is_punct:  # GOLD.md: no trailing punctuation
            span = Span(doc, span.start, span.end - 1, label=LABEL)
        return span

    def _keep(self, doc: Doc, span: Span, rule: str) -> bool:
        before = doc[span.start - 1].lower_ if span.start else ""
        after = doc[span.end].lower_ if span.end < len(doc) else ""
        hyphen = after.startswith("-") and not doc[span.end - 1].whitespace_
        if after in self.not_dates or (hyphen and not (len(after) > 1 and not after.strip("-"))):
            return False  # "80th anniversary", hyphenated adjectives; a "--" dash, or one after a space, is neither
        if span.start and doc[span.start - 1].text in self.id_markers:
            return False  # "Media Releases No 2025-18": a number in a name
        if rule in ("year", "old_year"):  # "in 1776" is a year, "in 1800 homes" a count
            return after not in self.not_before_year
        if rule == "weekday" and self._weekday_in_name(doc, span):
            return False
        if rule == "month" and span.text == "May":
            return before in self.month_alone_cues  # the modal verb
        if rule == "duration" and _adjectival_duration(span.text, self.singular_units):
            return False
        if rule == "century" and self._century_adjective(doc, span):
            return False
        if rule == "age_apposition":  # "Sudesh Amman, 20, was": an age after a person's name
            return span.start > 1 and doc[span.start - 2].ent_type_ == "PERSON"
        return not self._names_programme(doc, span)

    def _weekday_in_name(self, doc: Doc, span: Span) -> bool:
        """ "the Good Friday Agreement", "Black Friday", "Super Tuesday": a weekday in a name (the base
        model's DATE may hold the name word; the patterns read a holiday said as a date first)."""
        return any(
            token.lower_ in self.weekday_words and token.i and doc[token.i - 1].text in self.weekday_name_words
            for token in span
        )

    def _names_programme(self, doc: Doc, span: Span) -> bool:
        """A capitalised ``Today`` mid-sentence names a programme or paper (``the Today programme``)."""
        if span.text != "Today" or not span.start:
            return False
        before = doc[span.start - 1]
        after = doc[span.end].lower_ if span.end < len(doc) else ""
        return after in self.name_after_words or before.lower_ in ("the", "'s", "’s") or before.text.istitle()

    def _from_ner(self, doc: Doc) -> Iterator[Span]:
        for ent in doc.ents:
            if ent.label_ != LABEL:
                continue
            start = ent.start
            while start < ent.end and (doc[start].is_space or doc[start].lower_ in self.ner_leaders):
                start += 1
            span = Span(doc, start, ent.end, label=LABEL)
            words = {t.lower_ for t in span}
            if not len(span) or words & self.not_dates or any("-" in w for w in words):
                continue
            if not self._ner_readable(span.text) or self._names_programme(doc, span):
                continue
            if self._century_adjective(doc, span) or self._weekday_in_name(doc, span) or _age_decade(doc, span):
                continue
            yield span

    def _century_adjective(self, doc: Doc, span: Span) -> bool:
        """ "a 21st century city": a century before a noun is an adjective without its hyphen."""
        if span[-1].lower_ != "century":
            return False
        following = (t for t in doc[span.end : span.end + 3] if not t.is_space)
        after = next(following, None)
        return after is not None and after.is_alpha and after.is_lower and after.lower_ not in self.stopwords

    def _ner_readable(self, text: str) -> bool:
        """Whether an entity reads as a calendar date; the model's bare numbers
        (view counters, clock times like ``1130 GMT``) and vague phrases don't."""
        if not _LETTER.search(text):
            return False
        reading = read_date(text, lexicon=self.lexicon, reference=date(2000, 1, 1), year=2000)
        return reading.value is not None

    def resolve(self, doc: Doc, spans: list[Span], reads: Mapping[int, str] | None = None) -> None:
        """Set ``doc._.year``, ``doc._.year_inferred`` and each span's value; `reads` gives, by
        start character, the text to read for a span in place of its own (see `find`)."""
        reference = doc._.published
        futures = [self.clause.is_future(doc, span) for span in spans]
        inferred = reference is None
        if reference is None:
            reference = self._dateline(doc, spans)
        # a full date in the dateline is stated: values read against it carry no "(inferred year)"
        stated = reference is not None
        if reference is not None:
            year: int | None = reference.year
        else:
            year = infer_year(self._year_mentions(doc, spans, futures))
            reference = self._dateline_day(doc, spans, year)
        doc._.year = year
        doc._.year_inferred = inferred and year is not None
        tenses = [self.clause.tense(doc, span) for span in spans]
        texts = [(reads or {}).get(span.start_char, span.text) for span in spans]
        readings = self._read(spans, texts, futures, tenses, reference=reference, year=year, floor=None)
        if reference is None and year is not None:
            floor = _latest_past(readings, futures, year)
            if floor is not None:
                readings = self._read(spans, texts, futures, tenses, reference=None, year=year, floor=floor)
        for span, reading in zip(spans, readings, strict=True):
            span._.value = reading.value
            span._.inferred = bool(
                doc._.year_inferred and not stated and reading.value and not _YEAR_IN_TEXT.search(span.text)
            )

    def _read(
        self,
        spans: list[Span],
        texts: list[str],
        futures: list[bool],
        tenses: list[Tense],
        *,
        reference: date | None,
        year: int | None,
        floor: date | None,
    ) -> list[DateReading]:
        """Read the spans in order, each anaphor against the last period before it."""
        readings = []
        anchor: str | None = None
        anchor_day: str | None = None
        anchor_quarter: str | None = None
        open_until = -1
        for span, text, future, tense in zip(spans, texts, futures, tenses, strict=True):
            reading = read_date(
                text,
                lexicon=self.lexicon,
                reference=reference,
                year=year,
                anchor=anchor,
                anchor_open=span.start_char <= open_until,
                future=future,
                floor=floor,
                anchor_day=anchor_day,
                anchor_quarter=anchor_quarter,
                tense=tense,
                happened=self.clause.happened(span),
            )
            readings.append(reading)
            if reading.value is not None and len(reading.value) == 10:
                anchor_day = reading.value
            elif reading.kind in ("absolute", "relative") and is_quarter(reading.value):
                anchor_quarter = reading.value
            if reading.kind == "duration":
                open_until = span.end_char + self.open_distance
            elif reading.kind in ("absolute", "relative") and reading.is_period:
                anchor, open_until = reading.value, -1
        return readings

    def _dateline(self, doc: Doc, spans: list[Span]) -> date | None:
        """A full date in the dateline (``SEATTLE--(BUSINESS WIRE)--Feb. 6, 2025--``) or near the top."""
        for span in self._in_dateline(doc, spans):
            reading = read_date(span.text, lexicon=self.lexicon)
            if reading.kind == "absolute" and reading.value and len(reading.value) == 10:
                return date.fromisoformat(reading.value)
        for span in spans:
            if span.start_char > self.dateline_chars:
                break
            reading = read_date(span.text, lexicon=self.lexicon)
            if reading.kind == "absolute" and reading.value and len(reading.value) == 10:
                return date.fromisoformat(reading.value)
        return None

    @staticmethod
    def _in_dateline(doc: Doc, spans: list[Span]) -> list[Span]:
        lines = doc.spans["dateline"] if "dateline" in doc.spans else []
        return [s for s in spans for line in lines if line.start <= s.start and s.end <= line.end]

    def _dateline_day(self, doc: Doc, spans: list[Span], year: int | None) -> date | None:
        """``LONDON, March 3 (Reuters) -`` in an article about `year`: the day of writing, year inferred."""
        if year is None:
            return None
        for span in self._in_dateline(doc, spans):
            reading = read_date(span.text, lexicon=self.lexicon, year=year)
            if reading.value and len(reading.value) == 10:
                return date.fromisoformat(reading.value)
        return None

    def _year_mentions(self, doc: Doc, spans: list[Span], futures: list[bool]) -> Iterator[tuple[int, float]]:
        for span, future in zip(spans, futures, strict=True):
            reading = read_date(span.text, lexicon=self.lexicon)
            if reading.kind != "absolute" or reading.value is None:
                continue
            if len({part[:4] for part in reading.value.split("/")}) > 1:
                continue  # a span of years (2027–2030) is a plan, not the subject
            before = doc[span.start - 1].lower_ if span.start else ""
            weight = 0.0 if before in self.target_cues else 0.5 if future else 1.0
            yield int(reading.value[:4]), weight


@Language.factory(
    "briefx_dates",
    assigns=["doc.spans", "doc._.year", "doc._.year_inferred"],
    default_config={
        "patterns": "patterns/dates.jsonl",
        "lexicon": "lexicons/dates.json",
        "use_ner": True,
        "dateline_chars": 300,
        "cue_window": 40,
        "open_distance": 150,
    },
)
def make_dates(
    nlp: Language,
    name: str,
    patterns: str,
    lexicon: str,
    use_ner: bool,
    dateline_chars: int,
    cue_window: int,
    open_distance: int,
) -> DatesComponent:
    """The briefx_dates component (see `DatesComponent`)."""
    register_attributes()
    return DatesComponent(
        nlp,
        name,
        patterns=patterns,
        lexicon=lexicon,
        use_ner=use_ner,
        dateline_chars=dateline_chars,
        cue_window=cue_window,
        open_distance=open_distance,
    )


def _latest_past(readings: list[DateReading], futures: list[bool], year: int) -> date | None:
    """The latest month of `year` the text reports in the past tense (first of the month)."""
    latest = None
    for reading, future in zip(readings, futures, strict=True):
        if future or reading.value is None or "W" in reading.value:
            continue
        end = reading.value.split("/")[-1]
        if len(end) >= 7 and int(end[:4]) == year:
            month = date(year, int(end[5:7]), 1)
            latest = month if latest is None or month > latest else latest
    return latest


def _adjectival_duration(text: str, singular_units: frozenset[str]) -> bool:
    """``a seven day period``, ``the 19 year old``: a count above one before a singular unit is an
    adjective without its hyphen (GOLD.md: adjectival durations are no DATE)."""
    words = text.lower().split()
    return len(words) == 2 and words[1] in singular_units and words[0] not in ("one", "a", "an", "1")


def _age_decade(doc: Doc, span: Span) -> bool:
    """ "in his 80s", "their early 20s": a decade after a possessive is an age, not a date
    (the spoken decade is ``the 80s``)."""
    return bool(span.start) and doc[span.start - 1].tag_ == "PRP$" and span[-1].lower_.endswith("0s")
