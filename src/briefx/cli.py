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

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Turn press briefings and news articles into structured, validated records.",
)
err = Console(stderr=True, highlight=False, soft_wrap=True)


class ExtractFormat(str, Enum):  # noqa: UP042 (typer needs a str Enum)
    table = "table"
    json = "json"
    gold = "gold"


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


@app.command()
def extract(
    file: Annotated[str, typer.Argument(help="Article file, or - for stdin.")],
    fmt: Annotated[
        Optional[ExtractFormat],  # noqa: UP045
        typer.Option("--format", "-f", help="table (default on a terminal), json (default when piped) or gold."),
    ] = None,
    published: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(help="Publication date YYYY-MM-DD; relative dates resolve against it."),
    ] = None,
    doc_id: Annotated[Optional[str], typer.Option("--id", help="Record id (default: the file name).")] = None,  # noqa: UP045
    model: ModelOption = None,
) -> None:
    """Extract one article's record."""
    from briefx.export import to_gold
    from briefx.io import read_article
    from briefx.pipeline import load

    day = _parse_date(published)
    try:
        source = read_article(file)
        for warning in source.warnings:
            _warn(warning)
        extractor = load(model)
        name = None if file == "-" else Path(file).name
        record = extractor.extract(source.text, doc_id=doc_id or name, published=day)
    except BriefxError as exc:
        raise _fail(exc) from None
    for warning in record.warnings:
        _warn(warning)
    chosen = fmt or (ExtractFormat.table if sys.stdout.isatty() else ExtractFormat.json)
    if chosen is ExtractFormat.json:
        typer.echo(record.model_dump_json(indent=2))
    elif chosen is ExtractFormat.gold:
        typer.echo(to_gold(record).model_dump_json())
    else:
        render_briefing(record, Console())


def render_briefing(record, console: Console) -> None:
    """Print a record as Rich tables."""
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
        figures.add_row(f.text, f.label, _number(f.value), unit, f.qualifier or "")
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


def _preview(text: str, *, width: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _number(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, tuple):
        return "–".join(_number(v) for v in value)
    return f"{value:,.6g}" if abs(value) < 1e6 else f"{value:,.0f}"


@app.command()
def schema(
    out: Annotated[Path, typer.Option(help="Folder to write the JSON Schema files to.")] = Path("schemas"),
) -> None:
    """Write the JSON Schema of the records (Briefing, GoldDocument) to a folder."""
    from briefx.io import write_schemas

    for path in write_schemas(out):
        err.print(f"wrote {path}")


class Baseline(StrEnum):
    spacy = "spacy"


@app.command()
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
            if errors:
                render_errors(report.main, out)
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


@app.command("train-ner")
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


class BatchFormat(StrEnum):
    jsonl = "jsonl"
    gold = "gold"
    parquet = "parquet"


@app.command()
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
    model: ModelOption = None,
) -> None:
    """Extract every document of a news archive; failures go to OUT.errors.jsonl.

    Exit code 0 when every document succeeded, 3 when some failed, 1 when the batch
    could not start.
    """
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    from briefx.batch import run_batch

    progress = Progress(
        TextColumn("[bold]briefx batch[/]"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TextColumn("[dim]{task.fields[failed]}[/]"),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=err,
        disable=quiet or not err.is_terminal,
    )
    task = progress.add_task("batch", total=None, start=False, rate="", failed="")
    counts = {"failed": 0}

    def on_start(total: int | None) -> None:
        progress.update(task, total=total)
        progress.start_task(task)
        progress.start()

    def on_progress(status: str) -> None:
        if status == "failed":
            counts["failed"] += 1
        speed = progress.tasks[0].speed
        progress.update(
            task,
            advance=1,
            rate=f"{speed:.1f} docs/s" if speed else "",
            failed=f"{counts['failed']} failed" if counts["failed"] else "",
        )

    try:
        with progress:
            summary = run_batch(
                inputs, out, fmt=fmt.value, model=model, workers=workers, batch_size=batch_size,
                resume=resume, force=force, max_chars=max_chars, dask=dask,
                on_start=on_start, on_progress=on_progress,
            )
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
        rate = summary.done / summary.elapsed if summary.elapsed else 0.0
        line = (
            f"done {summary.done}, failed {summary.failed}, skipped {summary.skipped} "
            f"in {summary.elapsed:.1f} s ({rate:.1f} docs/s) → {escape(str(summary.out))}"
        )
        if summary.failed:
            line += f"; reasons in {escape(str(summary.errors))}"
        err.print(line)
    raise typer.Exit(summary.exit_code)


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
