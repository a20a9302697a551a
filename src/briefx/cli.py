"""The `briefx` command line: thin Typer commands over the library; every Rich call lives here."""

from __future__ import annotations

import json
import sys
from datetime import date
from enum import Enum, StrEnum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from briefx.errors import BriefxError

err = Console(stderr=True, highlight=False, soft_wrap=True)


class _FlagsAsFlags:
    """Help lists a flag as a flag (`--json`), not as `--json <bool>`."""

    def get_params(self, ctx):  # noqa: ANN001, ANN201 (click's signature)
        params = super().get_params(ctx)
        for param in params:
            if getattr(param, "is_flag", False) and param.metavar is None:
                param.metavar = ""
        return params


class _Command(_FlagsAsFlags, typer.core.TyperCommand):
    pass


class _Group(_FlagsAsFlags, typer.core.TyperGroup):
    pass


app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    cls=_Group,
    help="Turn press briefings and news articles into structured, validated records.",
)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        typer.echo(f"briefx {version('briefx')}")
        raise typer.Exit()


@app.callback()
def _main(
    show_version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print briefx's version and exit."),
    ] = False,
) -> None:
    """Turn press briefings and news articles into structured, validated records."""


class ExtractFormat(str, Enum):  # noqa: UP042 (typer needs a str Enum)
    table = "table"
    json = "json"
    gold = "gold"
    html = "html"


ModelOption = Annotated[
    Optional[str],  # noqa: UP045 (typer needs Optional on 3.11)
    typer.Option("--model", help="spaCy pipeline name or path (default: $BRIEFX_MODEL or en_core_web_sm)."),
]


def _fail(exc: BriefxError, code: int = 1) -> typer.Exit:
    err.print(f"[bold red]error:[/] {exc}", markup=True)
    return typer.Exit(code)


def _warn(message: str) -> None:
    err.print(f"[yellow]warning:[/] {message}", markup=True)


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


ArticleArgument = Annotated[str, typer.Argument(help="Article file, or - for stdin.")]
PublishedOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(help="Publication date YYYY-MM-DD; relative dates resolve against it."),
]
IdOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option("--id", help="Record id (default: the file name, or - for stdin)."),
]


def _extract_record(file: str, published: str | None, doc_id: str | None, model: str | None):  # -> Briefing
    """Read, extract and return one record; the reader's warnings go into it, as in `batch`."""
    from briefx.io import read_article
    from briefx.pipeline import load

    day = _parse_date(published)
    try:
        source = read_article(file)
        extractor = load(model)
        record = extractor.extract(source.text, doc_id=doc_id or (file if file == "-" else Path(file).name),
                                   published=day)
    except BriefxError as exc:
        raise _fail(exc) from None
    if source.warnings:
        record = record.model_copy(update={"warnings": [*source.warnings, *record.warnings]})
    for warning in record.warnings:
        _warn(escape(warning))
    return record


@app.command(cls=_Command)
def extract(
    file: ArticleArgument,
    fmt: Annotated[
        Optional[ExtractFormat],  # noqa: UP045
        typer.Option(
            "--format", "-f",
            help="table (default on a terminal), json (default when piped or with -o), gold, or html (one page).",
        ),
    ] = None,
    out: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--out", "-o", help="Write to this file, not stdout (html when it ends in .html)."),
    ] = None,
    published: PublishedOption = None,
    doc_id: IdOption = None,
    model: ModelOption = None,
) -> None:
    """Extract one article's record."""
    from briefx.export import to_gold
    from briefx.view import render_page

    record = _extract_record(file, published, doc_id, model)
    if fmt is None and out is not None:
        fmt = ExtractFormat.html if out.suffix.lower() in (".html", ".htm") else ExtractFormat.json
    chosen = fmt or (ExtractFormat.table if sys.stdout.isatty() else ExtractFormat.json)
    if chosen is ExtractFormat.table:
        if out is None:
            render_briefing(record, Console())
            return
        with out.open("w", encoding="utf-8") as stream:
            render_briefing(record, Console(file=stream, width=120))
        return
    if chosen is ExtractFormat.json:
        text = record.model_dump_json(indent=2)
    elif chosen is ExtractFormat.gold:
        text = to_gold(record).model_dump_json()
    else:
        text = render_page(record)
    if out is None:
        typer.echo(text.rstrip("\n"))
    else:
        out.write_text(text.rstrip("\n") + "\n", encoding="utf-8")
        err.print(f"wrote {escape(str(out))}")


@app.command(cls=_Command)
def view(
    file: ArticleArgument,
    out: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--out", "-o", help="HTML file to write (default: ARTICLE's name + .briefx.html, here)."),
    ] = None,
    published: PublishedOption = None,
    doc_id: IdOption = None,
    model: ModelOption = None,
) -> None:
    """Write one self-contained HTML page: the article with every span highlighted, entities, figures, warnings."""
    target = out or Path(("stdin" if file == "-" else Path(file).stem) + ".briefx.html")
    extract(file, fmt=ExtractFormat.html, out=target, published=published, doc_id=doc_id, model=model)


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


@app.command(cls=_Command)
def schema(
    out: Annotated[Path, typer.Option(help="Folder to write the JSON Schema files to.")] = Path("schemas"),
) -> None:
    """Write the JSON Schema of the records (Briefing, GoldDocument) to a folder."""
    from briefx.io import write_schemas

    for path in write_schemas(out):
        err.print(f"wrote {path}")


class Baseline(StrEnum):
    spacy = "spacy"


@app.command(cls=_Command)
def score(
    gold: Annotated[
        list[Path], typer.Argument(help="GOLD.md JSON Lines file(s) to score against; each is reported apart.")
    ],
    pred: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--pred", help="Score this GOLD.md prediction file, not briefx's output."),
    ] = None,
    baseline: Annotated[
        Optional[Baseline],  # noqa: UP045
        typer.Option("--baseline", help="Also score bare en_core_web_sm, side by side."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    errors: Annotated[
        bool, typer.Option("--errors", help="List every missed, spurious and mis-valued span.")
    ] = False,
    min_f1: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(
            "--min-f1",
            help="Exit 1 when a strict F1 is below X: 'X' (overall) or 'KEY=X' with KEY a group "
            "(entities, figures, overall), a label, quotes, sections or turns. Repeatable.",
        ),
    ] = None,
    against: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--against", help="Exit 1 when a gated score falls below its recorded one."),
    ] = None,
    tolerance: Annotated[
        float, typer.Option(help="How far below the --against figures a score may fall.")
    ] = 0.02,
    record: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--record", help="Write the scores to this file for later --against runs."),
    ] = None,
    model: ModelOption = None,
) -> None:
    """Score briefx (or a prediction file) against gold annotations (GOLD.md § Scoring).

    Several gold files (a written and a real test split, say) are scored and reported one by one;
    gates apply to each, and --record writes one record per file.
    """
    from briefx.scoring import gate_failures, recorded_minimums, score_file, write_record, write_records

    if pred is not None and len(gold) > 1:
        raise _fail(BriefxError("--pred goes with one gold file"))
    try:
        minimums = _parse_minimums(min_f1 or [])
        reports = [
            score_file(path, pred=pred, baseline=baseline.value if baseline else None, model=model)
            for path in gold
        ]
        recorded = [
            recorded_minimums(against, tolerance=tolerance, gold=report.gold) if against else {}
            for report in reports
        ]
    except BriefxError as exc:
        raise _fail(exc) from None
    for report in reports:
        for warning in report.warnings:
            _warn(f"{report.gold}: {warning}" if len(reports) > 1 else warning)
    if as_json:
        data = reports[0].to_dict(errors=errors) if len(reports) == 1 else {
            "reports": [r.to_dict(errors=errors) for r in reports]
        }
        typer.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        out = Console()
        for report in reports:
            render_scores(report, out)
            render_fact_scores(report, out)
            if errors:
                render_errors(report.main, out)
                render_fact_errors(report.main, out)
    if record is not None:
        if len(reports) == 1:
            write_record(record, reports[0])
        else:
            write_records(record, reports)
        err.print(f"recorded {reports[0].main.name} scores in {record}")
    failures = []
    for report, floor in zip(reports, recorded, strict=True):
        where = f"{report.gold}: " if len(reports) > 1 else ""
        failures += [where + m for m in gate_failures(report.main, minimums)]
        failures += [f"{where}{m} (recorded in {against})" for m in gate_failures(report.main, floor)]
    for failure in failures:
        err.print(f"[bold red]below minimum:[/] {escape(failure)}", markup=True)
    if failures:
        raise typer.Exit(1)


@app.command("train-ner", cls=_Command)
def train_ner_command(
    gold: Annotated[list[Path], typer.Argument(help="GOLD.md files to train on (dev splits only).")],
    out: Annotated[Path, typer.Option(help="Folder for the fine-tuned NER weights.")] = Path("models/ner"),
    pipeline_out: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--pipeline-out", help="Also write the whole tuned base pipeline here (for --model)."),
    ] = None,
    epochs: Annotated[int, typer.Option(help="Passes over the training documents.")] = 12,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 0,
    model: ModelOption = None,
) -> None:
    """Fine-tune the base model's NER on gold entities, with rehearsal of its other labels."""
    from briefx.io import read_gold
    from briefx.pipeline import default_model
    from briefx.train import train_ner

    try:
        docs = [doc for path in gold for doc in read_gold(path)]
    except BriefxError as exc:
        raise _fail(exc) from None
    losses = train_ner(model or default_model(), docs, out, epochs=epochs, seed=seed, pipeline_out=pipeline_out)
    err.print(f"trained on {len(docs)} documents, {epochs} epochs; last NER loss {losses.get('ner', 0):.1f}; "
              f"wrote {out}")


def _parse_minimums(values: list[str]) -> dict[str, float]:
    """`--min-f1` values: 'X' gates overall strict F1, 'KEY=X' the score KEY names."""
    from briefx.scoring import GATE_KEYS

    keys = {key.casefold(): key for key in GATE_KEYS}
    minimums = {}
    for value in values:
        key, _, number = value.rpartition("=")
        name = keys.get((key or "overall").strip().casefold())
        if name is None:
            raise typer.BadParameter(
                f"unknown score {key!r}; choose from {', '.join(GATE_KEYS)}", param_hint="--min-f1"
            )
        try:
            minimums[name] = float(number)
        except ValueError:
            raise typer.BadParameter(f"{number!r} is not a number", param_hint="--min-f1") from None
    return minimums


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


class ToolFormat(StrEnum):
    gold = "gold"
    label_studio = "label-studio"
    doccano = "doccano"
    prodigy = "prodigy"


class OffsetUnit(StrEnum):
    codepoints = "codepoints"
    utf16 = "utf16"


@app.command(cls=_Command)
def convert(
    file: Annotated[Path, typer.Argument(help="GOLD.md JSONL, or a tool's export.")],
    source: Annotated[ToolFormat, typer.Option("--from", help="Format of FILE.")],
    target: Annotated[ToolFormat, typer.Option("--to", help="Format to write.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output file.")],
    unit: Annotated[
        Optional[OffsetUnit],  # noqa: UP045
        typer.Option(
            "--offsets",
            help="Unit of the tool's character offsets (default: codepoints for Label Studio and Prodigy, "
            "utf16 for doccano).",
        ),
    ] = None,
    annotations: Annotated[
        bool, typer.Option("--annotations", help="Label Studio: write spans as annotations, not predictions.")
    ] = False,
) -> None:
    """Convert annotations between GOLD.md, Label Studio, doccano and Prodigy; offsets survive the round trip."""
    from briefx.convert import read_documents, write_documents
    from briefx.resources import resource_path

    documents = []
    try:
        for converted in read_documents(file, source.value, unit=unit and unit.value):
            documents.append(converted.document)
            for note in converted.recomputed:
                _warn(escape(f"{converted.document.get('id', '')}: {note}"))
    except BriefxError as exc:
        raise _fail(exc) from None
    with out.open("w", encoding="utf-8") as stream:
        count = write_documents(documents, target.value, stream, unit=unit and unit.value, as_annotations=annotations)
    err.print(f"wrote {count} document(s) to {escape(str(out))} ({target.value})")
    if target is ToolFormat.label_studio:
        err.print(f"labelling config: {resource_path('annotation', 'label_studio.xml')}")


class BatchFormat(StrEnum):
    jsonl = "jsonl"
    gold = "gold"
    parquet = "parquet"


@app.command(cls=_Command)
def batch(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Folders (recursive .txt .md .html .json .jsonl), globs, files, "
            "or - for JSONL on stdin."
        ),
    ],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Output file (jsonl, gold) or folder (parquet).")
    ],
    fmt: Annotated[
        BatchFormat,
        typer.Option("--format", "-f", help="jsonl records, GOLD.md lines, or Parquet tables."),
    ] = BatchFormat.jsonl,
    workers: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option("--workers", "-w", min=1, help="Processes (default: the number of cores)."),
    ] = None,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Documents per nlp.pipe batch and partition.")
    ] = 32,
    resume: Annotated[
        bool, typer.Option("--resume", help="Skip documents already in OUT; retry the others.")
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing OUT.")] = False,
    max_chars: Annotated[
        int, typer.Option("--max-chars", min=1, help="Longer documents become error lines.")
    ] = 2_000_000,
    dask: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--dask",
            metavar="ADDRESS",
            help="Run on Dask: a scheduler address (tcp://host:8786) or 'local'.",
        ),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")
    ] = False,
    report: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--report", metavar="DIR", help="Also write an HTML page per document and an index.html here."),
    ] = None,
    model: ModelOption = None,
) -> None:
    """Extract every document of a news archive; failures go to OUT.errors.jsonl.

    Exit code 0 when every document succeeded, 3 when some failed, 1 when the batch
    could not start.
    """
    import time

    if report is not None and fmt is not BatchFormat.jsonl:
        raise typer.BadParameter("--report reads the records: use it with --format jsonl", param_hint="--report")

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from briefx.batch import run_batch

    progress = Progress(
        TextColumn("[bold]briefx batch[/]"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[status]}"),
        console=err,
        disable=quiet or not err.is_terminal,
    )
    task = progress.add_task("batch", total=None, start=False, status="loading model")
    counts = {"done": 0, "failed": 0, "seen": 0, "started": time.perf_counter(), "total": None}

    def show() -> None:
        elapsed = time.perf_counter() - counts["started"]
        progress.update(task, status=progress_status(counts["done"], counts["failed"], counts["seen"],
                                                      counts["total"], elapsed))

    def on_start(total: int | None) -> None:
        counts["total"] = total
        progress.update(task, total=total)
        progress.start_task(task)
        show()
        progress.start()

    def on_progress(status: str) -> None:
        counts["seen"] += 1
        if status in ("done", "failed"):
            counts[status] += 1
        progress.update(task, advance=1)
        show()

    try:
        with progress:
            summary = run_batch(
                inputs, out, fmt=fmt.value, model=model, workers=workers, batch_size=batch_size,
                resume=resume, force=force, max_chars=max_chars, dask=dask,
                on_start=on_start, on_progress=on_progress,
            )
            # The last frame shows the summary's own rate, so the two never disagree.
            progress.update(task, status=progress_status(summary.done, summary.failed, counts["seen"],
                                                         counts["total"], summary.elapsed))
    except BriefxError as exc:
        err.print(f"[bold red]error:[/] {escape(str(exc))}", markup=True)
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        err.print(f"interrupted; run again with --resume to continue {escape(str(out))}")
        raise typer.Exit(130) from None
    except Exception as exc:  # noqa: BLE001 (one line, never a traceback)
        err.print(f"[bold red]error:[/] {type(exc).__name__}: {escape(str(exc))}", markup=True)
        raise typer.Exit(1) from None
    if not quiet:
        line = (
            f"done {summary.done}, failed {summary.failed}, skipped {summary.skipped} "
            f"in {summary.elapsed:.1f} s ({docs_per_second(summary.done, summary.elapsed)}) → "
            f"{escape(str(summary.out))}"
        )
        if summary.failed:
            line += f"; reasons in {escape(str(summary.errors))}"
        err.print(line)
    if report is not None:
        from briefx.view import read_briefings, write_report

        index = write_report(read_briefings(summary.out), report)
        if not quiet:
            err.print(f"report: {escape(str(index))}")
    raise typer.Exit(summary.exit_code)


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


def main() -> None:
    """Entry point of the `briefx` console script.

    An unexpected error is one line on stderr and exit code 2, never a traceback;
    set BRIEFX_DEBUG=1 to see it.
    """
    import os

    if os.environ.get("BRIEFX_DEBUG"):
        app()
        return
    try:
        app()
    except Exception as exc:  # noqa: BLE001 (the last line of defence for users)
        err.print(f"[bold red]internal error:[/] {type(exc).__name__}: {exc} (BRIEFX_DEBUG=1 shows the traceback)")
        sys.exit(2)


if __name__ == "__main__":
    main()
