"""`briefx view`: one self-contained HTML page per record, and an index page for a batch.

The page shows the article with every span highlighted by label (values, ISO
dates, roles and speakers on hover), transcript turns with their speaker, and a
side panel: entities grouped by canonical name with roles, figures (and facts
when the record has them) as tables, dates, quotes and the record's warnings.
CSS and script are inline and the page loads nothing, so it opens offline. The
page template and label colours are data (`models/view/`).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from string import Template
from typing import Any

from briefx.resources import load_json, resource_path
from briefx.schema import ENTITY_LABELS, Briefing


@dataclass(frozen=True)
class Highlight:
    """One stretch of text to mark: a span of the record (`key` set) or a transcript turn."""

    start: int
    end: int
    label: str
    title: str
    key: str | None = None
    entity: str | None = None
    speaker: str | None = None
    question: bool = False


def format_value(value: Any) -> str:
    """A figure value as people read it: 21.9, 2,440,000,000, a range as low–high; '—' for none."""
    if value is None:
        return "—"
    if isinstance(value, tuple | list):
        return "–".join(format_value(v) for v in value)
    return f"{value:,.6g}" if abs(value) < 1e6 else f"{value:,.0f}"


def _figure_title(figure: Any) -> str:
    parts = [figure.label, format_value(figure.value)]
    unit = getattr(figure, "currency", None) or getattr(figure, "unit", None)
    if unit:
        parts[-1] += f" {unit}"
    si_unit = getattr(figure, "si_unit", None)
    if si_unit:
        parts.append(f"SI {format_value(figure.si_value)} {si_unit}")
    if figure.qualifier:
        parts.append(figure.qualifier)
    return " · ".join(parts)


def _turns(record: Any) -> list[Any]:
    return list(getattr(record, "turns", None) or [])


def _facts(record: Any) -> list[dict[str, Any]]:
    return [f.model_dump() if hasattr(f, "model_dump") else dict(f) for f in getattr(record, "facts", None) or []]


def highlights(record: Briefing) -> list[Highlight]:
    """Everything the page marks in the text: entity mentions, figures, dates, quotes, then turns."""
    out = []
    for entity in record.entities:
        about = " · ".join(x for x in (entity.label, entity.name, entity.role, entity.iso_code) if x)
        for n, m in enumerate(entity.mentions):
            out.append(Highlight(m.start, m.end, entity.label, about, key=f"{entity.id}.{n}", entity=entity.id))
    for n, f in enumerate(record.figures):
        out.append(Highlight(f.start, f.end, f.label, _figure_title(f), key=f"f{n}"))
    for n, d in enumerate(record.dates):
        value = (d.value or "no ISO value") + (" (year inferred)" if d.inferred else "")
        out.append(Highlight(d.start, d.end, "DATE", f"DATE · {value}", key=f"d{n}"))
    for n, q in enumerate(record.quotes):
        said = f"said by {q.speaker}" if q.speaker else "speaker unknown"
        cue = f" ({q.cue})" if q.cue else ""
        out.append(Highlight(q.start, q.end, "QUOTE", f"QUOTE · {said}{cue}", key=f"q{n}", speaker=q.speaker))
    for t in _turns(record):
        who = t.speaker or ("reporter" if t.question else t.label)
        out.append(Highlight(t.start, t.end, "TURN", f"turn · {t.label} · {who}", speaker=who, question=t.question))
    return out


def _open(h: Highlight) -> str:
    if h.key is None:
        classes = "turn question" if h.question else "turn"
        return (f'<span class="{classes}" title="{html.escape(h.title)}">'
                f'<span class="speaker">{html.escape(h.speaker or "")}</span>')
    entity = f' data-entity="{h.entity}"' if h.entity else ""
    return (f'<mark class="span {h.label}" data-span="{h.key}" data-label="{h.label}"{entity} '
            f'title="{html.escape(h.title)}">')


def _close(h: Highlight, *, last: bool) -> str:
    if h.key is None:
        return "</span>"
    if not last:
        return "</mark>"
    tag = h.label if h.label != "QUOTE" else f"QUOTE — {h.speaker or '?'}"
    return f'<span class="tag">{html.escape(tag)}</span></mark>'


def mark_up(text: str, marks: Sequence[Highlight]) -> str:
    """The text as HTML with each highlight as an element; one that crosses another is split in parts."""
    ordered = sorted(marks, key=lambda h: (h.start, -h.end, h.key is not None))
    starting: dict[int, list[Highlight]] = {}
    for h in ordered:
        starting.setdefault(h.start, []).append(h)
    bounds = sorted({h.start for h in marks} | {h.end for h in marks})
    out: list[str] = []
    stack: list[Highlight] = []
    pos = 0
    for b in bounds:
        out.append(html.escape(text[pos:b]))
        pos = b
        reopen = []
        while any(h.end == b for h in stack):
            top = stack.pop()
            out.append(_close(top, last=top.end == b))
            if top.end != b:
                reopen.append(top)
        for h in reversed(reopen):
            out.append(_open(h))
            stack.append(h)
        for h in starting.get(b, []):
            if h.end > h.start:
                out.append(_open(h))
                stack.append(h)
    out.append(html.escape(text[pos:]))
    return "".join(out)


def _table(head: Iterable[str], rows: Iterable[Iterable[Any]]) -> str:
    cells = "".join(f"<th>{html.escape(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><tr>{cells}</tr>{body}</table>"


def _entity_panel(record: Briefing) -> str:
    names = _labels()["names"]
    parts = []
    for label in ENTITY_LABELS:
        group = [e for e in record.entities if e.label == label]
        if not group:
            continue
        items = []
        for e in group:
            extra = " · ".join(x for x in (e.role, e.iso_code) if x)
            aliases = f" (also {', '.join(e.aliases)})" if e.aliases else ""
            items.append(
                f'<li class="entity" data-entity="{e.id}">{html.escape(e.name)}{html.escape(aliases)}'
                + (f' <span class="role">{html.escape(extra)}</span>' if extra else "")
                + f' <span class="count">×{len(e.mentions)}</span></li>'
            )
        parts.append(f"<h3>{html.escape(names.get(label, label))}</h3><ul>{''.join(items)}</ul>")
    return "".join(parts) or "<p>none</p>"


def _fact_rows(record: Briefing) -> list[list[str]]:
    text = record.text

    def cut(part: Any) -> str:
        """A record's located part (`{"start", "end", "text"}`) or a GOLD.md `[start, end]` pair."""
        if not part:
            return "—"
        if isinstance(part, dict):
            return part.get("text") or "—"
        return text[part[0] : part[1]]

    return [
        [cut(f.get("figure")), (f.get("measure") or {}).get("text", "—"),
         ", ".join(cut(s) for s in f.get("subjects") or []) or "—", cut(f.get("period")),
         f.get("kind") or "—", f.get("direction") or "—"]
        for f in _facts(record)
    ]


def _panel(record: Briefing) -> str:
    sections = [f"<section><h2>Entities</h2>{_entity_panel(record)}</section>"]
    figures = [
        [f.text, f.label, format_value(f.value), getattr(f, "currency", None) or getattr(f, "unit", None) or "",
         f.qualifier or ""]
        for f in record.figures
    ]
    sections.append(f"<section><h2>Figures</h2>{_table(('text', 'label', 'value', 'unit', 'qualifier'), figures)}"
                    "</section>")
    facts = _fact_rows(record)
    if facts:
        head = ("figure", "measure", "subjects", "period", "kind", "direction")
        sections.append(f"<section><h2>Facts</h2>{_table(head, facts)}</section>")
    dates = [[d.text, (d.value or "—") + (" (year inferred)" if d.inferred else "")] for d in record.dates]
    sections.append(f"<section><h2>Dates</h2>{_table(('text', 'ISO value'), dates)}</section>")
    quotes = [[q.speaker or "?", q.text] for q in record.quotes]
    sections.append(f"<section><h2>Quotes</h2>{_table(('speaker', 'quote'), quotes)}</section>")
    turns = [[t.label, t.speaker or "—", "question" if t.question else "answer"] for t in _turns(record)]
    if turns:
        sections.append(f"<section><h2>Turns</h2>{_table(('tag', 'speaker', 'kind'), turns)}</section>")
    warnings = "".join(f"<li>{html.escape(w)}</li>" for w in record.warnings) or "<li>none</li>"
    sections.append(f'<section class="warnings"><h2>Warnings</h2><ul>{warnings}</ul></section>')
    return "".join(sections)


@cache
def _labels() -> dict[str, Any]:
    return load_json("view", "labels.json")


@cache
def _template() -> Template:
    return Template(resource_path("view", "page.html").read_text(encoding="utf-8"))


def _colours() -> str:
    return "\n".join(f".span.{label} {{ background: {colour}; }}" for label, colour in _labels()["colours"].items())


def _meta_line(record: Briefing, back: str | None) -> str:
    meta = record.meta
    parts = [
        f"by {', '.join(meta.authors)}" if meta.authors else None,
        meta.outlet,
        meta.dateline.text if meta.dateline else None,
        f"published {meta.published}" if meta.published else None,
        f"year {meta.year}{' (inferred)' if meta.year_inferred else ''}" if meta.year else None,
        f"id {record.id}" if record.id else None,
    ]
    line = html.escape(" · ".join(p for p in parts if p))
    return line + (f' · <a href="{html.escape(back)}">all documents</a>' if back else "")


def span_count(record: Briefing) -> int:
    """How many spans the record has (each one highlighted once on its page)."""
    return sum(len(e.mentions) for e in record.entities) + len(record.figures) + len(record.dates) + len(
        record.quotes
    )


def render_page(record: Briefing, *, back: str | None = None) -> str:
    """The HTML page of one record; `back` links to an index page."""
    heading = record.meta.title or record.id or "briefx record"
    return _template().substitute(
        title=html.escape(heading),
        heading=html.escape(heading),
        meta=_meta_line(record, back),
        colours=_colours(),
        span_count=span_count(record),
        body=mark_up(record.text, highlights(record)),
        panel=_panel(record),
    )


def page_name(doc_id: str | None, n: int) -> str:
    """A file name for a record's page: its id made safe, numbered so two ids never collide."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", doc_id or "").strip("-.")[:80] or "document"
    return f"{n:05d}-{slug}.html"


def render_index(rows: Sequence[tuple[str, Briefing]], *, title: str = "briefx report") -> str:
    """An index page: one row per record with its counts, linking to its page."""
    head = ("document", "title", "entities", "mentions", "figures", "dates", "quotes", "turns", "warnings")
    lines = []
    for href, r in rows:
        cells = [sum(len(e.mentions) for e in r.entities), len(r.figures), len(r.dates), len(r.quotes),
                 len(_turns(r)), len(r.warnings)]
        lines.append(
            f'<tr><td><a href="{html.escape(href)}">{html.escape(r.id or href)}</a></td>'
            f"<td>{html.escape(r.meta.title or '')}</td><td>{len(r.entities)}</td>"
            + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"
        )
    table = "<table><tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>" + "".join(lines) + "</table>"
    total = sum(span_count(r) for _, r in rows)
    return _template().substitute(
        title=html.escape(title), heading=html.escape(title),
        meta=html.escape(f"{len(rows)} document(s), {total} spans"), colours=_colours(), span_count=0,
        body=f'<div id="index">{table}</div>', panel="",
    )


def read_briefings(path: str | Path) -> Iterator[Briefing]:
    """The records of a `briefx batch` JSONL output, in order."""
    with Path(path).open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield Briefing.model_validate_json(line)


def write_report(records: Iterable[Briefing], folder: str | Path) -> Path:
    """Write one page per record and `index.html` into a folder; returns the index's path."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for n, record in enumerate(records, start=1):
        name = page_name(record.id, n)
        (out / name).write_text(render_page(record, back="index.html"), encoding="utf-8")
        rows.append((name, record))
    index = out / "index.html"
    index.write_text(render_index(rows), encoding="utf-8")
    return index
