"""The output contract: Pydantic v2 models for briefx records and GOLD.md documents.

Two families live here. `Briefing` is what `extract()` returns: the article's
segmentation, grouped entities, normalised figures, resolved dates and
attributed quotes. `GoldDocument` is one line of a GOLD.md file, shared by
hand-labelled gold and `--format gold` predictions. Every model is frozen and
forbids extra fields; validators enforce the GOLD.md invariants (offsets inside
the text, `text[start:end]` equal to the surface, ISO 4217 currencies, finite
values).
"""

from __future__ import annotations

import math
from datetime import date
from typing import Annotated, Literal

import pycountry
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

ENTITY_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT")
FIGURE_LABELS = ("MONEY", "PERCENT", "CAPACITY", "COUNT")
SPAN_LABELS = (*ENTITY_LABELS, *FIGURE_LABELS, "DATE", "QUOTE")

EntityLabel = Literal["PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT"]
Qualifier = Literal["approx", "over", "under"]


def _check_currency(code: str) -> str:
    if pycountry.currencies.get(alpha_3=code) is None:
        raise ValueError(f"{code!r} is not an ISO 4217 currency code")
    return code


def _check_finite(value: float) -> float:
    if not math.isfinite(value):
        raise ValueError("value must be finite")
    return value


def _check_range(value: tuple[float, float]) -> tuple[float, float]:
    if value[0] > value[1]:
        raise ValueError("a range runs from low to high")
    return value


Offset = Annotated[int, Field(ge=0, description="Character offset into the text (Python str index).")]
CurrencyCode = Annotated[str, AfterValidator(_check_currency), Field(pattern=r"^[A-Z]{3}$")]
Finite = Annotated[float, AfterValidator(_check_finite)]
FigureValue = Finite | Annotated[tuple[Finite, Finite], AfterValidator(_check_range)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Located(_Model):
    start: Offset
    end: Offset
    text: str

    @model_validator(mode="after")
    def _ordered(self) -> _Located:
        if self.end < self.start:
            raise ValueError(f"span ends ({self.end}) before it starts ({self.start})")
        if self.end - self.start != len(self.text):
            raise ValueError(f"span {self.text!r} does not fit {self.start}:{self.end}")
        return self


def _check_offsets(text: str, items: list[_Located], what: str) -> None:
    for item in items:
        if item.end > len(text) or text[item.start : item.end] != item.text:
            raise ValueError(f"{what} {item.text!r} at {item.start}:{item.end} does not match the text")


# --- Briefing: what extract() returns ------------------------------------------------


class Segment(_Model):
    """A stretch of the text: a paragraph or a sentence."""

    start: Offset
    end: Offset


class Section(_Model):
    """A sub-heading and the stretch of text it heads (up to the next heading)."""

    heading: str
    start: Offset = Field(description="Offset of the heading's first character.")
    end: Offset = Field(description="End of the section's last paragraph.")


class Dateline(_Located):
    """`BAKU, Jan. 15 —`: where and when the story was filed."""

    place: str | None = None


class Meta(_Model):
    title: str | None = None
    authors: list[str] = Field(default_factory=list)
    outlet: str | None = None
    dateline: Dateline | None = None
    published: date | None = None
    year: int | None = Field(default=None, description="The year relative dates resolve against.")
    year_inferred: bool = Field(
        default=False, description="True when `year` was inferred from the text, not `published`."
    )


class Mention(_Located):
    """One occurrence of an entity in the text."""


class Entity(_Model):
    """One real-world entity with every mention of it grouped under one canonical name."""

    id: str = Field(description="Stable within the record: e1, e2 …")
    name: str = Field(description="Canonical name: the fullest form used in the article.")
    label: EntityLabel
    role: str | None = Field(default=None, description="A person's role, e.g. 'Deputy Prime Minister'.")
    iso_code: str | None = Field(default=None, description="ISO 3166-1 alpha-3 code of a country GPE.")
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Mention]


class MoneyFigure(_Located):
    label: Literal["MONEY"] = "MONEY"
    value: FigureValue | None
    currency: CurrencyCode | None
    qualifier: Qualifier | None = None


class PercentFigure(_Located):
    label: Literal["PERCENT"] = "PERCENT"
    value: FigureValue | None
    unit: Literal["pp", "bp"] | None = None
    qualifier: Qualifier | None = None


class CapacityFigure(_Located):
    label: Literal["CAPACITY"] = "CAPACITY"
    value: FigureValue | None
    unit: str | None
    si_value: FigureValue | None = None
    si_unit: str | None = None
    qualifier: Qualifier | None = None


class CountFigure(_Located):
    label: Literal["COUNT"] = "COUNT"
    value: FigureValue | None
    qualifier: Qualifier | None = None


Figure = Annotated[MoneyFigure | PercentFigure | CapacityFigure | CountFigure, Field(discriminator="label")]


class DateMention(_Located):
    value: str | None = Field(description="ISO 8601 date, month, year, week or interval; null if unknown.")
    inferred: bool = Field(default=False, description="Resolved against an inferred year, not the published date.")


class Quote(_Located):
    speaker: str | None = Field(description="The speaker's canonical name.")
    speaker_id: str | None = Field(default=None, description="Id of the speaker's entity.")
    cue: str | None = Field(default=None, description="The attribution words, e.g. 'the ambassador said'.")


FactKind = Literal["level", "change", "target"]
Direction = Literal["up", "down"]


class FactMeasure(_Located):
    """The noun phrase naming what a figure measures or counts."""

    key: str | None = Field(description="Normalised measure: lower-cased, last word singular ('electric bus').")


class FactSubject(_Located):
    """An entity that owns, locates or is party to a fact."""

    entity_id: str | None = Field(default=None, description="Id of the entity in `entities`.")
    name: str = Field(description="The entity's canonical name.")


class FactPeriod(_Located):
    """The DATE a fact holds for, or by which a target is due."""

    value: str | None = Field(description="ISO 8601 value of the date, null if unknown.")


class Fact(_Model):
    """One figure tied to what it measures, whose it is, when, and how it moved (GOLD.md § Facts)."""

    id: str = Field(description="Stable within the record: f1, f2 … in figure order.")
    figure: Figure
    measure: FactMeasure | None = None
    subjects: list[FactSubject] = Field(default_factory=list)
    period: FactPeriod | None = None
    kind: FactKind = "level"
    direction: Direction | None = None
    changes: str | None = Field(
        default=None, description="Id of the fact a change changes, when its sentence gives both."
    )

    @model_validator(mode="after")
    def _direction_of_change(self) -> Fact:
        if self.direction is not None and self.kind == "level":
            raise ValueError("a level fact has no direction")
        return self


class Turn(_Located):
    """One turn of a transcript: the words after a speaker tag, up to the next tag (GOLD.md § Turns)."""

    label: str = Field(description="The speaker tag as written, e.g. 'MS. PSAKI:' or 'Q'.")
    speaker: str | None = Field(description="The speaker's fullest name in the text; null for 'Q'.")
    speaker_id: str | None = Field(default=None, description="Id of the speaker's entity.")
    question: bool = Field(description="True for a reporter's turn.")


class Briefing(_Model):
    """Everything briefx extracts from one article."""

    id: str | None = None
    text: str
    meta: Meta = Field(default_factory=Meta)
    sections: list[Section] = Field(default_factory=list)
    paragraphs: list[Segment] = Field(default_factory=list)
    sentences: list[Segment] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    turns: list[Turn] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _offsets_in_text(self) -> Briefing:
        n = len(self.text)
        for segment in (*self.paragraphs, *self.sentences, *self.sections):
            if segment.end > n or segment.end < segment.start:
                raise ValueError(f"segment {segment.start}:{segment.end} lies outside the text")
        for section in self.sections:
            if not self.text.startswith(section.heading, section.start):
                raise ValueError(f"section heading {section.heading!r} is not at {section.start}")
        _check_offsets(self.text, [m for e in self.entities for m in e.mentions], "mention")
        _check_offsets(self.text, list(self.figures), "figure")
        _check_offsets(self.text, list(self.dates), "date")
        _check_offsets(self.text, list(self.quotes), "quote")
        for fact in self.facts:
            parts = [fact.figure, *fact.subjects, *(p for p in (fact.measure, fact.period) if p is not None)]
            _check_offsets(self.text, parts, f"fact {fact.id}")
        _check_offsets(self.text, list(self.turns), "turn")
        if self.meta.dateline is not None:
            _check_offsets(self.text, [self.meta.dateline], "dateline")
        return self


# --- GOLD.md documents ---------------------------------------------------------------


class GoldMeta(_Model):
    title: str | None = None
    authors: list[str] = Field(default_factory=list)
    published: date | None = None
    source: str | None = None
    style: str | None = Field(default=None, description="House style of a corpus document (corpus/README.md).")


class GoldSection(_Model):
    heading: str
    start: Offset


class EntitySpan(_Located):
    label: EntityLabel


class MoneySpan(MoneyFigure):
    pass


class PercentSpan(PercentFigure):
    pass


class CapacitySpan(CapacityFigure):
    pass


class CountSpan(CountFigure):
    pass


class DateSpan(_Located):
    label: Literal["DATE"] = "DATE"
    value: str | None


class QuoteSpan(_Located):
    label: Literal["QUOTE"] = "QUOTE"
    speaker: str | None


Pair = tuple[Offset, Offset]


class GoldMeasure(_Located):
    """GOLD.md § Facts: the measure's span and text."""


class GoldFact(_Model):
    """GOLD.md § Facts: one fact per figure span, by offsets."""

    figure: Pair = Field(description="start, end of a MONEY/PERCENT/CAPACITY/COUNT span")
    measure: GoldMeasure | None
    subjects: list[Pair] = Field(default_factory=list, description="[start, end] of entity spans, in text order")
    period: Pair | None = Field(description="[start, end] of a DATE span, or null")
    kind: FactKind
    direction: Direction | None = None


GoldSpan = Annotated[
    EntitySpan | MoneySpan | PercentSpan | CapacitySpan | CountSpan | DateSpan | QuoteSpan,
    Field(discriminator="label"),
]


class GoldTurn(_Model):
    """A transcript turn in a GOLD.md file (§ Turns)."""

    start: Offset
    end: Offset
    label: str
    speaker: str | None = None
    question: bool = False


class GoldDocument(_Model):
    """One line of a GOLD.md file: gold labels or a system's predictions."""

    id: str
    text: str
    meta: GoldMeta = Field(default_factory=GoldMeta)
    sections: list[GoldSection] = Field(default_factory=list)
    spans: list[GoldSpan] = Field(default_factory=list)
    facts: list[GoldFact] | None = Field(
        default=None, description="GOLD.md § Facts; null when the document has no fact annotation."
    )
    turns: list[GoldTurn] | None = Field(default=None, description="Transcript turns; absent: not annotated.")

    @model_validator(mode="after")
    def _gold_invariants(self) -> GoldDocument:
        _check_offsets(self.text, list(self.spans), "span")
        if self.facts:
            _check_facts(self)
        for turn in self.turns or ():
            if not 0 <= turn.start < turn.end <= len(self.text):
                raise ValueError(f"turn {turn.label!r} at {turn.start}:{turn.end} lies outside the text")
        for section in self.sections:
            if not self.text.startswith(section.heading, section.start):
                raise ValueError(f"section heading {section.heading!r} is not at {section.start}")
        by_label: dict[str, list[tuple[int, int]]] = {}
        for span in self.spans:
            by_label.setdefault(span.label, []).append((span.start, span.end))
        for label, ranges in by_label.items():
            ranges.sort()
            for (_, a_end), (b_start, _) in zip(ranges, ranges[1:], strict=False):
                if b_start < a_end:
                    raise ValueError(f"two {label} spans overlap at {b_start}")
        return self


def _check_facts(doc: GoldDocument) -> None:
    """Every fact's figure, subjects and period are spans of the document; one fact per figure."""
    by_bounds: dict[tuple[int, int], set[str]] = {}
    for span in doc.spans:
        by_bounds.setdefault((span.start, span.end), set()).add(span.label)
    seen: set[tuple[int, int]] = set()
    for fact in doc.facts or []:
        figure = tuple(fact.figure)
        if not by_bounds.get(figure, set()) & set(FIGURE_LABELS):
            raise ValueError(f"fact figure {list(figure)} is not a figure span")
        if figure in seen:
            raise ValueError(f"figure {list(figure)} has two facts")
        seen.add(figure)
        if fact.period is not None and "DATE" not in by_bounds.get(tuple(fact.period), set()):
            raise ValueError(f"fact period {list(fact.period)} is not a DATE span")
        for subject in fact.subjects:
            if not by_bounds.get(tuple(subject), set()) & set(ENTITY_LABELS):
                raise ValueError(f"fact subject {list(subject)} is not an entity span")
        if fact.measure is not None:
            _check_offsets(doc.text, [fact.measure], "fact measure")


def json_schemas() -> dict[str, dict]:
    """JSON Schema of each record type, keyed by the file name it is published under."""
    return {
        "briefing.schema.json": Briefing.model_json_schema(),
        "gold-document.schema.json": GoldDocument.model_json_schema(),
    }
