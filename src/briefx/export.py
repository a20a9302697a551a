"""Doc -> records: the only module that knows both spaCy Docs and the schema."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from briefx.components.attributes import doc_text, given_text
from briefx.normalize.markup import skip_closing_tags, widen_over_markup
from briefx.normalize.measures import measure_key
from briefx.schema import (
    ENTITY_LABELS,
    Briefing,
    Dateline,
    DateMention,
    Entity,
    Fact,
    GoldDocument,
    Meta,
    Quote,
    Section,
    Segment,
    Turn,
)

_FIGURE_FIELDS = {
    "MONEY": ("value", "currency", "qualifier"),
    "PERCENT": ("value", "unit", "qualifier"),
    "CAPACITY": ("value", "unit", "si_value", "si_unit", "qualifier"),
    "COUNT": ("value", "qualifier"),
}


def _group(doc: Doc, name: str) -> list[Span]:
    return list(doc.spans[name]) if name in doc.spans else []


def _located(span: Span) -> dict[str, Any]:
    return {"start": span.start_char, "end": span.end_char, "text": span.text}


def _value(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def _meta(doc: Doc, given: str | None = None) -> Meta:
    """The record's meta; its strings read from the text as given when the Doc was made from a masked copy."""

    def read(span: Span) -> str:
        return span.text if given is None else given[span.start_char : span.end_char]

    def headline(span: Span) -> str:
        # a headline a scan wrapped over lines: its words joined by single spaces, the break's markup left out
        # (corpus/README: meta.title is the headline as written)
        if "\n" not in span.text:
            return read(span)
        return " ".join(part.strip() for part in span.text.split("\n") if part.strip())

    title = _group(doc, "title")
    byline = _group(doc, "byline")
    dateline = _group(doc, "dateline")
    return Meta(
        title=headline(title[0]) if title else None,
        authors=[read(s) for s in byline if s.label_ == "AUTHOR"],
        # An outlet under the byline, else a wire agency in the dateline ("NAIROBI (Reuters) —").
        outlet=next((read(s) for s in [*byline, *_group(doc, "agency")] if s.label_ in ("OUTLET", "AGENCY")), None),
        dateline=Dateline(**{**_located(dateline[0]), "text": read(dateline[0])}, place=dateline[0]._.place)
        if dateline else None,
        published=doc._.published,
        year=doc._.year,
        year_inferred=bool(doc._.year_inferred),
    )


def _sections(doc: Doc, text: str) -> list[Section]:
    headings = _group(doc, "sections")
    out = []
    for i, heading in enumerate(headings):
        end = headings[i + 1].start_char if i + 1 < len(headings) else len(text)
        end = len(text[:end].rstrip())
        out.append(Section(heading=heading.text, start=heading.start_char, end=max(end, heading.end_char)))
    return out


def _entities(doc: Doc) -> list[Entity]:
    groups: dict[tuple[str, str], list[Span]] = {}
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        name = ent._.canonical or ent.text
        groups.setdefault((ent.label_, name), []).append(ent)
    entities = []
    for i, ((label, name), mentions) in enumerate(groups.items(), start=1):
        role = next((m._.role for m in mentions if m._.role), None)
        iso = next((m._.iso_code for m in mentions if m._.iso_code), None)
        aliases = sorted({m.text for m in mentions} - {name})
        entities.append(
            Entity(
                id=f"e{i}",
                name=name,
                label=label,
                role=role,
                iso_code=iso,
                aliases=aliases,
                mentions=[_located(m) for m in mentions],
            )
        )
    return entities


def _facts(doc: Doc, figures: list[dict[str, Any]], entities: list[Entity],
           dates: list[DateMention]) -> list[Fact]:
    """The `span._.fact` of each figure (briefx_facts) as `Fact` records; none without the component."""
    spans = [s for s in _group(doc, "figures") if s.label_ in _FIGURE_FIELDS]
    if not spans or any(s._.fact is None for s in spans):
        return []
    text = doc_text(doc)
    owners = {(m.start, m.end): e for e in entities for m in e.mentions}
    date_at = {(d.start, d.end): d for d in dates}
    ids = {(f["start"], f["end"]): f"f{i}" for i, f in enumerate(figures, start=1)}
    facts = []
    for i, (span, figure) in enumerate(zip(spans, figures, strict=True), start=1):
        fact = span._.fact
        measure = None
        if fact["measure"] is not None:
            start, end = fact["measure"]
            measure = {"start": start, "end": end, "text": text[start:end], "key": measure_key(text=text[start:end])}
        subjects = []
        for start, end in fact["subjects"]:
            entity = owners.get((start, end))
            if entity is not None:
                subjects.append({"start": start, "end": end, "text": text[start:end],
                                 "entity_id": entity.id, "name": entity.name})
        period = date_at.get(tuple(fact["period"])) if fact["period"] is not None else None
        facts.append(Fact.model_validate({
            "id": f"f{i}",
            "figure": figure,
            "measure": measure,
            "subjects": subjects,
            "period": period.model_dump(exclude={"inferred"}) if period is not None else None,
            "kind": fact["kind"],
            "direction": fact["direction"],
            "changes": ids.get(tuple(fact["changes"])) if fact["changes"] is not None else None,
        }))
    return facts


def with_given_text(record: Any, text: str) -> Any:
    """`record` (a dumped Briefing or a part of it) with the text as given: the record's text and
    each located item's `text` re-read at its offsets (GOLD.md: `text[start:end]` is the surface)."""
    if isinstance(record, list):
        return [with_given_text(item, text) for item in record]
    if not isinstance(record, dict):
        return record
    out = {key: with_given_text(value, text) for key, value in record.items()}
    start = out.get("start")
    if isinstance(start, int) and isinstance(out.get("end"), int) and isinstance(out.get("text"), str):
        out["text"] = text[start : out["end"]]
    if isinstance(start, int) and isinstance(out.get("heading"), str):  # a section opens with its heading
        out["heading"] = text[start : start + len(out["heading"])]
    return out


def doc_to_briefing(doc: Doc) -> Briefing:
    """Turn a Doc processed by the briefx pipeline into a validated `Briefing`."""
    briefing = _briefing(doc)
    given = given_text(doc)
    if given is None:
        return briefing
    record = briefing.model_dump()
    masked = doc_text(doc)
    for turn in record["turns"]:  # a turn holds the markup around its words, as the text gives it
        start, turn["end"] = widen_over_markup(given, masked, turn["start"], turn["end"])
        # but not the bold's closing tag of a tag on its line ('<p><strong>PM:</strong> Yes.'): it is the tag's
        turn["start"] = skip_closing_tags(given, start, turn["end"])
    for section in record["sections"]:  # a heading is its line as written, markup included (corpus/README)
        start, end = widen_over_markup(given, masked, section["start"], section["start"] + len(section["heading"]))
        start = skip_closing_tags(given, start, end)
        section["start"], section["heading"] = start, given[start:end]
    return Briefing.model_validate({**with_given_text(record, given), "text": given, "meta": _meta(doc, given)})


def _briefing(doc: Doc) -> Briefing:
    entities = _entities(doc)
    ids = {e.name: e.id for e in entities}
    figures = [
        {"label": span.label_, **_located(span), **{f: _value(getattr(span._, f)) for f in fields}}
        for span in _group(doc, "figures")
        if (fields := _FIGURE_FIELDS.get(span.label_))
    ]
    dates = [DateMention(**_located(s), value=s._.value, inferred=bool(s._.inferred)) for s in _group(doc, "dates")]
    quotes = [
        Quote(**_located(s), speaker=s._.speaker, speaker_id=ids.get(s._.speaker), cue=s._.cue)
        for s in _group(doc, "quotes")
    ]
    turns = [
        Turn(**_located(s), label=s._.cue, speaker=s._.speaker, speaker_id=ids.get(s._.speaker),
             question=s.label_ == "QUESTION")
        for s in _group(doc, "turns")
    ]
    paragraphs = [Segment(start=s.start_char, end=s.end_char) for s in _group(doc, "paragraphs")]
    sentences = (
        [Segment(start=s.start_char, end=s.end_char) for s in doc.sents if s.text.strip()]
        if doc.has_annotation("SENT_START")
        else []
    )
    text = doc_text(doc)
    return Briefing.model_validate(
        {
            "id": doc._.doc_id,
            "text": text,
            "meta": _meta(doc),
            "sections": _sections(doc, text),
            "paragraphs": paragraphs,
            "sentences": sentences,
            "entities": entities,
            "figures": figures,
            "dates": dates,
            "quotes": quotes,
            "facts": _facts(doc, figures, entities, dates),
            "turns": turns,
            "warnings": [],  # the readers' warnings are added by the caller (batch, CLI)
        }
    )


def _shift(item: dict[str, Any], offset: int) -> dict[str, Any]:
    out = dict(item)
    for key in ("start", "end"):
        if key in out:
            out[key] += offset
    for key in ("mentions",):
        if key in out:
            out[key] = [_shift(m, offset) for m in out[key]]
    if out.get("dateline"):
        out["dateline"] = _shift(out["dateline"], offset)
    return out


def merge_briefings(text: str, doc_id: str | None, parts: list[tuple[int, Briefing]], *, limit: int) -> Briefing:
    """Join the records of a long text processed in chunks, shifting offsets back."""
    first = parts[0][1]
    merged: dict[str, list[Any]] = {
        k: [] for k in ("sections", "paragraphs", "sentences", "figures", "dates", "quotes", "turns")
    }
    entities: dict[tuple[str, str], dict[str, Any]] = {}
    for offset, part in parts:
        data = part.model_dump()
        for key in merged:
            merged[key].extend(_shift(item, offset) for item in data[key])
        for entity in data["entities"]:
            entity = _shift(entity, offset)
            key = (entity["label"], entity["name"])
            if key in entities:
                entities[key]["mentions"].extend(entity["mentions"])
                entities[key]["aliases"] = sorted(set(entities[key]["aliases"]) | set(entity["aliases"]))
            else:
                entities[key] = entity
    for i, entity in enumerate(entities.values(), start=1):
        entity["id"] = f"e{i}"
    ids = {e["name"]: e["id"] for e in entities.values()}
    for item in (*merged["quotes"], *merged["turns"]):
        item["speaker_id"] = ids.get(item["speaker"])
    facts = _merged_facts(parts, ids)
    warning = (
        f"text of {len(text):,} characters is over the limit of {limit:,} per pass; "
        f"processed in {len(parts)} chunks split at paragraph breaks"
    )
    return Briefing.model_validate(
        {
            "id": doc_id,
            "text": text,
            "meta": first.meta.model_dump(),
            **merged,
            "entities": list(entities.values()),
            "facts": facts,
            "warnings": [warning, *(w for _, p in parts for w in p.warnings)],
        }
    )


def _merged_facts(parts: list[tuple[int, Briefing]], entity_ids: dict[str, str]) -> list[dict[str, Any]]:
    """The facts of every chunk, offsets shifted, renumbered f1 … in text order."""
    facts: list[dict[str, Any]] = []
    for offset, part in parts:
        renamed = {f.id: f"f{len(facts) + i}" for i, f in enumerate(part.facts, start=1)}
        for fact in part.model_dump()["facts"]:
            fact["id"] = renamed[fact["id"]]
            fact["changes"] = renamed.get(fact["changes"]) if fact["changes"] else None
            fact["figure"] = _shift(fact["figure"], offset)
            for key in ("measure", "period"):
                if fact[key] is not None:
                    fact[key] = _shift(fact[key], offset)
            fact["subjects"] = [{**_shift(s, offset), "entity_id": entity_ids.get(s["name"])}
                                for s in fact["subjects"]]
            facts.append(fact)
    return facts


def _gold_fact(fact: Fact) -> dict[str, Any]:
    return {
        "figure": [fact.figure.start, fact.figure.end],
        "measure": fact.measure.model_dump(exclude={"key"}) if fact.measure is not None else None,
        "subjects": [[s.start, s.end] for s in fact.subjects],
        "period": [fact.period.start, fact.period.end] if fact.period is not None else None,
        "kind": fact.kind,
        "direction": fact.direction,
    }


def to_gold(briefing: Briefing, *, source: str | None = None) -> GoldDocument:
    """The GOLD.md form of a record, for `--format gold` and `briefx score`."""
    spans: list[dict[str, Any]] = []
    for entity in briefing.entities:
        spans.extend({**m.model_dump(), "label": entity.label} for m in entity.mentions)
    spans.extend(f.model_dump() for f in briefing.figures)
    spans.extend({**d.model_dump(exclude={"inferred"}), "label": "DATE"} for d in briefing.dates)
    spans.extend({**q.model_dump(exclude={"speaker_id", "cue"}), "label": "QUOTE"} for q in briefing.quotes)
    spans.sort(key=lambda s: (s["start"], -s["end"], s["label"]))
    meta = briefing.meta
    return GoldDocument.model_validate(
        {
            "id": briefing.id or "",
            "text": briefing.text,
            "meta": {
                "title": meta.title,
                "authors": meta.authors,
                "published": meta.published,
                "source": source or meta.outlet,
            },
            "sections": [{"heading": s.heading, "start": s.start} for s in briefing.sections],
            "spans": spans,
            "facts": [_gold_fact(f) for f in briefing.facts],
            **({"turns": [t.model_dump(include={"start", "end", "label", "speaker", "question"})
                          for t in briefing.turns]} if briefing.turns else {}),
        }
    )


# --- flat tables: one row per document, entity, mention, figure, date, quote, turn and fact --

TABLES = ("documents", "entities", "mentions", "figures", "dates", "quotes", "turns", "facts")


def _low_high(value: float | tuple[float, float] | None) -> tuple[float | None, float | None]:
    if isinstance(value, tuple):
        return value[0], value[1]
    return value, None


def briefing_tables(record: Briefing, *, path: str | None = None) -> dict[str, list[dict]]:
    """Flatten a record into rows of the Parquet tables, each row keyed by `doc_id`."""
    doc_id = record.id
    tables: dict[str, list[dict]] = {name: [] for name in TABLES}
    tables["documents"].append(_document_row(record, path))
    for entity in record.entities:
        tables["entities"].append(
            {
                "doc_id": doc_id,
                "entity_id": entity.id,
                "name": entity.name,
                "label": entity.label,
                "role": entity.role,
                "iso_code": entity.iso_code,
                "aliases": list(entity.aliases),
                "n_mentions": len(entity.mentions),
            }
        )
        for mention in entity.mentions:
            tables["mentions"].append(
                {
                    "doc_id": doc_id,
                    "entity_id": entity.id,
                    "label": entity.label,
                    "start": mention.start,
                    "end": mention.end,
                    "text": mention.text,
                }
            )
    tables["figures"].extend({"doc_id": doc_id, **_figure_columns(figure)} for figure in record.figures)
    for mention in record.dates:
        tables["dates"].append(
            {
                "doc_id": doc_id,
                "start": mention.start,
                "end": mention.end,
                "text": mention.text,
                "value": mention.value,
                "inferred": mention.inferred,
            }
        )
    tables["facts"].extend(_fact_rows(record))
    for quote in record.quotes:
        tables["quotes"].append(
            {
                "doc_id": doc_id,
                "start": quote.start,
                "end": quote.end,
                "text": quote.text,
                "speaker": quote.speaker,
                "speaker_id": quote.speaker_id,
                "cue": quote.cue,
            }
        )
    tables["turns"].extend(
        {"doc_id": doc_id, **turn.model_dump(include={"start", "end", "text", "label", "speaker", "speaker_id",
                                                      "question"})}
        for turn in record.turns
    )
    return tables


def _figure_columns(figure) -> dict:
    """The columns a figure fills in the `figures` and `facts` tables."""
    value, value_high = _low_high(figure.value)
    si_value, si_value_high = _low_high(getattr(figure, "si_value", None))
    return {
        "label": figure.label,
        "start": figure.start,
        "end": figure.end,
        "text": figure.text,
        "value": value,
        "value_high": value_high,
        "currency": getattr(figure, "currency", None),
        "unit": getattr(figure, "unit", None),
        "si_value": si_value,
        "si_value_high": si_value_high,
        "si_unit": getattr(figure, "si_unit", None),
        "qualifier": figure.qualifier,
    }


def _fact_rows(record: Briefing) -> list[dict]:
    """One row per fact: the figure's value and unit beside its measure, period, subjects, kind."""
    rows = []
    for fact in record.facts:
        rows.append(
            {
                "doc_id": record.id,
                "fact_id": fact.id,
                **_figure_columns(fact.figure),
                "measure": fact.measure.text if fact.measure else None,
                "measure_key": fact.measure.key if fact.measure else None,
                "subjects": [s.name for s in fact.subjects],
                "subject_ids": [s.entity_id for s in fact.subjects if s.entity_id],
                "period": fact.period.value if fact.period else None,
                "period_text": fact.period.text if fact.period else None,
                "kind": fact.kind,
                "direction": fact.direction,
                "changes": fact.changes,
            }
        )
    return rows


def _document_row(record: Briefing, path: str | None) -> dict[str, Any]:
    meta = record.meta
    return {
        "doc_id": record.id,
        "path": path,
        "title": meta.title,
        "authors": list(meta.authors),
        "outlet": meta.outlet,
        "dateline": meta.dateline.text if meta.dateline else None,
        "dateline_place": meta.dateline.place if meta.dateline else None,
        "published": meta.published,
        "year": meta.year,
        "year_inferred": meta.year_inferred,
        "sections": [s.heading for s in record.sections],
        "n_chars": len(record.text),
        "n_sentences": len(record.sentences),
        "warnings": list(record.warnings),
        "text": record.text,
    }
