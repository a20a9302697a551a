"""What the CLI shows with Rich: a record as tables, score tables and error lists, the batch
progress bar. Only `briefx.cli` imports it; the library never prints."""

from __future__ import annotations

import time

from rich.console import Console
from rich.markup import escape
from rich.table import Table


def render_briefing(record, console: Console) -> None:
    """Print a record as Rich tables."""
    from briefx.view import format_value

    meta = record.meta
    head = Table.grid(padding=(0, 2))
    head.add_row("[bold]title[/]", meta.title or "—")
    head.add_row("[bold]authors[/]", ", ".join(meta.authors) or "—")
    head.add_row("[bold]outlet[/]", meta.outlet or "—")
    head.add_row("[bold]dateline[/]", meta.dateline.text if meta.dateline else "—")
    year = f"{meta.year}{' (inferred)' if meta.year_inferred else ''}" if meta.year else "—"
    head.add_row("[bold]published / year[/]", f"{meta.published or '—'} / {year}")
    head.add_row("[bold]sections[/]", " · ".join(s.heading for s in record.sections) or "—")
    console.print(head)

    entities = Table(title="Entities", title_justify="left")
    for column in ("name", "label", "role / ISO", "mentions"):
        entities.add_column(column)
    for e in record.entities:
        entities.add_row(e.name, e.label, e.role or e.iso_code or "", str(len(e.mentions)))
    console.print(entities)

    figures = Table(title="Figures", title_justify="left")
    for column in ("text", "label", "value", "unit / currency", "qualifier"):
        figures.add_column(column)
    for f in record.figures:
        unit = getattr(f, "currency", None) or getattr(f, "unit", None) or ""
        figures.add_row(f.text, f.label, format_value(f.value), unit, f.qualifier or "")
    console.print(figures)

    dates = Table(title="Dates", title_justify="left")
    for column in ("text", "value"):
        dates.add_column(column)
    for d in record.dates:
        dates.add_row(d.text, (d.value or "—") + (" (inferred year)" if d.inferred else ""))
    console.print(dates)

    quotes = Table(title="Quotes", title_justify="left")
    for column in ("speaker", "quote"):
        quotes.add_column(column)
    for q in record.quotes:
        quotes.add_row(q.speaker or "?", q.text)
    console.print(quotes)
    if record.turns:
        turns = Table(title="Turns", title_justify="left")
        for column in ("tag", "speaker", "Q/A", "words"):
            turns.add_column(column)
        for t in record.turns:
            turns.add_row(t.label, t.speaker or "—", "Q" if t.question else "A", _preview(t.text))
        console.print(turns)
    render_facts(record, console)


def render_facts(record, console: Console) -> None:
    """The facts table, one row per measured figure with the change that goes with it:
    'bilateral trade | 2025-01/2025-10 | $2.44 billion | +21.9%'."""
    by_id = {f.id: f for f in record.facts}
    changed = {f.changes: f for f in record.facts if f.changes}
    facts = Table(title="Facts", title_justify="left")
    for column in ("measure", "period", "figure", "change", "kind", "subjects"):
        facts.add_column(column)
    for f in record.facts:
        if f.changes in by_id:
            continue  # shown in the change column of the figure it changes
        change = changed.get(f.id)
        shown = f if f.kind != "change" or change is not None else None
        facts.add_row(
            escape(f.measure.text) if f.measure else "—",
            escape(f.period.value or f.period.text) if f.period else "—",
            escape(shown.figure.text) if shown else "",
            _signed(change or (f if shown is None else None)),
            f.kind,
            escape(", ".join(s.name for s in f.subjects)),
        )
    console.print(facts)


def _signed(fact) -> str:
    if fact is None:
        return ""
    sign = {"up": "+", "down": "−"}.get(fact.direction or "", "")
    return escape(sign + fact.figure.text)


def _preview(text: str, *, width: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _score_cell(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def render_scores(report, console: Console) -> None:
    """Print a ScoreReport as Rich tables: per label and group, then quotes and document fields."""
    main, others = report.main, [s for s in report.systems.values() if s is not report.main]
    title = f"{escape(report.gold)}, {report.documents} document(s): {escape(main.name)}"
    if others:
        title += f" (strict F1 of {', '.join(escape(o.name) for o in others)} on the right)"
    spans = Table(title=title, title_justify="left")
    spans.add_column("label", no_wrap=True)
    spans.add_column("gold", justify="right")
    for column in ("P", "R", "F1", "partial F1", "value acc"):
        spans.add_column(column, justify="right")
    for other in others:
        spans.add_column(f"{escape(other.name)} F1", justify="right")

    def row(label: str, strict, partial, values, other_f1: list[float | None], gold: str) -> None:
        spans.add_row(
            label, gold, _score_cell(strict.precision), _score_cell(strict.recall),
            _score_cell(strict.f1), _score_cell(partial.f1),
            _score_cell(values.accuracy if values else None), *map(_score_cell, other_f1),
        )

    for label, result in main.labels.items():
        row(label, result.strict, result.partial, result.values,
            [o.labels[label].strict.f1 for o in others], str(result.gold))
    spans.add_section()
    for group, result in main.groups.items():
        values = main.values["figures"] if group == "figures" else None
        gold = str(result.strict.tp + result.strict.fn)
        row(f"[bold]{group}[/]", result.strict, result.partial, values,
            [o.groups[group].strict.f1 for o in others], gold)
    console.print(spans)

    fields = Table(title="Quotes and document fields", title_justify="left")
    fields.add_column("score", no_wrap=True)
    for column in ("P", "R", "F1 / acc", "n"):
        fields.add_column(column, justify="right")
    for other in others:
        fields.add_column(escape(other.name), justify="right")
    for label, counts, pick in (
        ("quote spans (90% overlap)", main.quotes, lambda s: s.quotes),
        ("section headings", main.sections, lambda s: s.sections),
        ("turns (90% overlap)", main.turns, lambda s: s.turns),
    ):
        fields.add_row(
            label, _score_cell(counts.precision), _score_cell(counts.recall),
            _score_cell(counts.f1), str(counts.tp + counts.fn),
            *(_score_cell(pick(o).f1) for o in others),
        )
    for label, rate, pick in (
        ("quote speakers", main.speakers, lambda s: s.speakers),
        ("turn speakers", main.turn_speakers, lambda s: s.turn_speakers),
        ("turn questions", main.turn_questions, lambda s: s.turn_questions),
        ("DATE values", main.values["dates"], lambda s: s.values["dates"]),
        ("title exact match", main.title, lambda s: s.title),
        ("authors exact match", main.authors, lambda s: s.authors),
    ):
        fields.add_row(
            label, "", "", _score_cell(rate.accuracy), str(rate.total),
            *(_score_cell(pick(o).accuracy) for o in others),
        )
    console.print(fields)


def render_fact_scores(report, console: Console) -> None:
    """Print GOLD.md § Facts scores of every system and of the nearest-phrase baseline, side by side."""
    columns = [(escape(s.name), s.facts) for s in report.systems.values() if s.facts is not None]
    if report.fact_baseline is not None:
        columns.append(("nearest-phrase baseline", report.fact_baseline))
    if not columns:
        return
    documents = columns[0][1].documents
    table = Table(title=f"Facts ({documents} document(s) with gold facts)", title_justify="left")
    table.add_column("score", no_wrap=True)
    for name, _ in columns:
        table.add_column(name, justify="right")
    table.add_column("n", justify="right")
    facts = columns[0][1].facts
    for label, pick in (("fact P", lambda f: f.facts.precision), ("fact R", lambda f: f.facts.recall),
                        ("fact F1", lambda f: f.facts.f1)):
        table.add_row(label, *(_score_cell(pick(f)) for _, f in columns), str(facts.tp + facts.fn))
    for attribute, label in (("measure", "measure"), ("subjects", "subjects"), ("period", "period"),
                             ("kind", "kind + direction"), ("complete", "complete facts")):
        rate = columns[0][1].rate(attribute)
        table.add_row(label, *(_score_cell(f.rate(attribute).accuracy) for _, f in columns), str(rate.total))
    console.print(table)


def render_fact_errors(system, console: Console) -> None:
    """Print a system's fact errors, one line each: attribute, predicted vs gold, context."""
    if system.facts is None or not system.facts.errors:
        return
    console.print(f"\n[bold]fact[/] errors of {escape(system.name)}", markup=True)
    for e in system.facts.errors:
        console.print(
            f"  {e.attribute:<9} {e.doc_id}:{e.start}  {e.predicted!r}, gold {e.gold!r}  {e.context}",
            markup=False, highlight=False, soft_wrap=True,
        )


def render_errors(system, console: Console) -> None:
    """Print a system's errors, grouped by label, one line each with its context."""
    label = None
    for error in system.errors:
        if error.label != label:
            label = error.label
            console.print(f"\n[bold]{label}[/] errors of {escape(system.name)}", markup=True)
        detail = f"  ({error.detail})" if error.detail else ""
        console.print(
            f"  {error.kind:<9} {error.doc_id}:{error.start}  {error.context}{detail}",
            markup=False, highlight=False, soft_wrap=True,
        )


def docs_per_second(done: int, elapsed: float) -> str:
    """The rate the progress bar and the summary line both show: documents done over time since the start."""
    return f"{done / elapsed if elapsed > 0 else 0.0:.1f} docs/s"


def progress_status(done: int, failed: int, seen: int, total: int | None, elapsed: float) -> str:
    """The progress bar's text: 'loading model' until a document is through, then rate, failures and ETA."""
    if seen == 0:
        return "loading model"
    parts = [docs_per_second(done, elapsed)]
    if failed:
        parts.append(f"{failed} failed")
    if total is not None:
        eta = max(0, total - seen) * elapsed / seen
        parts.append(f"ETA {int(eta // 60)}:{int(eta % 60):02d}")
    return " · ".join(parts)


class BatchProgress:
    """The progress bar of `briefx batch`: 'loading model' until a document is through, then
    rate, failures and ETA (none when quiet or when `console` is no terminal)."""

    def __init__(self, console: Console, *, quiet: bool) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        self.bar = Progress(
            TextColumn("[bold]briefx batch[/]"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[status]}"),
            console=console,
            disable=quiet or not console.is_terminal,
        )
        self.task = self.bar.add_task("batch", total=None, start=False, status="loading model")
        self.done = self.failed = self.seen = 0
        self.total: int | None = None
        self.started = time.perf_counter()

    def show(self) -> None:
        elapsed = time.perf_counter() - self.started
        self.bar.update(self.task, status=progress_status(self.done, self.failed, self.seen, self.total, elapsed))

    def on_start(self, total: int | None) -> None:
        self.total = total
        self.bar.update(self.task, total=total)
        self.bar.start_task(self.task)
        self.show()
        self.bar.start()

    def on_progress(self, status: str) -> None:
        self.seen += 1
        if status == "done":
            self.done += 1
        elif status == "failed":
            self.failed += 1
        self.bar.update(self.task, advance=1)
        self.show()

    def finish(self, summary) -> None:  # summary: briefx.batch.BatchSummary
        """The last frame shows the summary's own rate, so the two never disagree."""
        status = progress_status(summary.done, summary.failed, self.seen, self.total, summary.elapsed)
        self.bar.update(self.task, status=status)


def summary_line(summary) -> str:  # summary: briefx.batch.BatchSummary
    line = (
        f"done {summary.done}, failed {summary.failed}, skipped {summary.skipped} "
        f"in {summary.elapsed:.1f} s ({docs_per_second(summary.done, summary.elapsed)}) → "
        f"{escape(str(summary.out))}"
    )
    if summary.failed:
        line += f"; reasons in {escape(str(summary.errors))}"
    return line
