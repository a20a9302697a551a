"""The `briefx` command line: thin Typer commands over the library; every Rich call lives here."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape

from briefx.cli_options import (  # noqa: F401
    ArticleArgument,
    Baseline,
    BatchFormat,
    ExtractFormat,
    IdOption,
    ModelOption,
    OffsetUnit,
    PublishedOption,
    ToolFormat,
    _Command,
    _Group,
    parse_date,
    parse_minimums,
)
from briefx.cli_render import (  # noqa: F401 (docs_per_second, progress_status: used by tests)
    BatchProgress,
    docs_per_second,
    progress_status,
    render_briefing,
    render_errors,
    render_fact_errors,
    render_fact_scores,
    render_facts,
    render_scores,
    summary_line,
)
from briefx.errors import BriefxError

err = Console(stderr=True, highlight=False, soft_wrap=True)


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


def _fail(exc: BriefxError, code: int = 1) -> typer.Exit:
    err.print(f"[bold red]error:[/] {exc}", markup=True)
    return typer.Exit(code)


def _warn(message: str) -> None:
    err.print(f"[yellow]warning:[/] {message}", markup=True)


def _extract_record(file: str, published: str | None, doc_id: str | None, model: str | None):  # -> Briefing
    """Read, extract and return one record; the reader's warnings go into it, as in `batch`."""
    from briefx.io import read_article
    from briefx.pipeline import load

    day = parse_date(published)
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


@app.command(cls=_Command)
def schema(
    out: Annotated[Path, typer.Option(help="Folder to write the JSON Schema files to.")] = Path("schemas"),
) -> None:
    """Write the JSON Schema of the records (Briefing, GoldDocument) to a folder."""
    from briefx.io import write_schemas

    for path in write_schemas(out):
        err.print(f"wrote {path}")


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
    from briefx.evaluate import score_file
    from briefx.scoring import recorded_minimums, write_record, write_records

    if pred is not None and len(gold) > 1:
        raise _fail(BriefxError("--pred goes with one gold file"))
    try:
        minimums = parse_minimums(min_f1 or [])
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
    _show_reports(reports, as_json=as_json, errors=errors)
    if record is not None:
        if len(reports) == 1:
            write_record(record, reports[0])
        else:
            write_records(record, reports)
        err.print(f"recorded {reports[0].main.name} scores in {record}")
    failures = _failures(reports, minimums, recorded, against)
    for failure in failures:
        err.print(f"[bold red]below minimum:[/] {escape(failure)}", markup=True)
    if failures:
        raise typer.Exit(1)


def _show_reports(reports: list, *, as_json: bool, errors: bool) -> None:
    if as_json:
        data = reports[0].to_dict(errors=errors) if len(reports) == 1 else {
            "reports": [r.to_dict(errors=errors) for r in reports]
        }
        typer.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    out = Console()
    for report in reports:
        render_scores(report, out)
        render_fact_scores(report, out)
        if errors:
            render_errors(report.main, out)
            render_fact_errors(report.main, out)


def _failures(reports: list, minimums: dict[str, float], recorded: list[dict[str, float]],
              against: Path | None) -> list[str]:
    """The gates each report fails: --min-f1, then the figures recorded in --against."""
    from briefx.scoring import gate_failures

    failures = []
    for report, floor in zip(reports, recorded, strict=True):
        where = f"{report.gold}: " if len(reports) > 1 else ""
        failures += [where + m for m in gate_failures(report.main, minimums)]
        failures += [f"{where}{m} (recorded in {against})" for m in gate_failures(report.main, floor)]
    return failures


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
    average: Annotated[bool, typer.Option("--average", help="Write the optimizer's averaged weights.")] = False,
    model: ModelOption = None,
) -> None:
    """Fine-tune the base model's NER on gold entities, with rehearsal of its other labels."""
    from briefx.pipeline import default_model
    from briefx.train import train_ner

    docs = _training_gold(gold)
    losses = train_ner(model or default_model(), docs, out, epochs=epochs, seed=seed, pipeline_out=pipeline_out,
                       average=average)
    err.print(f"trained on {len(docs)} documents, {epochs} epochs; last NER loss {losses.get('ner', 0):.1f}; "
              f"wrote {out}")


def _training_gold(paths: list[Path]) -> list:
    """The documents of the gold files, or a one-line error."""
    from briefx.io import read_gold

    try:
        return [doc for path in paths for doc in read_gold(path)]
    except BriefxError as exc:
        raise _fail(exc) from None


@app.command("train-filter", cls=_Command)
def train_filter_command(
    gold: Annotated[list[Path], typer.Argument(help="GOLD.md files to train on (dev splits only).")],
    out: Annotated[Path, typer.Option(help="File for the filter's weights (.npz).")] = Path("models/verify/filter.npz"),
    epochs: Annotated[int, typer.Option(help="Passes over the training candidates.")] = 12,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 0,
    threshold: Annotated[float, typer.Option(help="Probability the filter needs to drop or relabel a name.")] = 0.7,
    drop_threshold: Annotated[Optional[float], typer.Option(  # noqa: UP045
        help="Probability it needs to drop a name (default: --threshold; above 1: never, it only relabels).")] = None,
    labels: Annotated[str, typer.Option(help="Labels it may change, comma-separated (default ORG,PERSON,NORP).")] = "",
    model: ModelOption = None,
) -> None:
    """Train the learned entity filter on the entity rules' candidates (issue 9 § 4)."""
    from briefx.pipeline import build_nlp
    from briefx.train_filter import train_filter

    docs = _training_gold(gold)
    drop_at = threshold if drop_threshold is None else drop_threshold
    train_filter(build_nlp(model), docs, out, seed=seed, epochs=epochs, drop_at=drop_at, relabel_at=threshold,
                 **({"checked": labels.split(",")} if labels else {}))
    err.print(f"trained on the candidates of {len(docs)} documents, {epochs} epochs; wrote {out}")


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
    if report is not None and fmt is not BatchFormat.jsonl:
        raise typer.BadParameter("--report reads the records: use it with --format jsonl", param_hint="--report")

    from briefx.batch import run_batch

    progress = BatchProgress(err, quiet=quiet)
    try:
        with progress.bar:
            summary = run_batch(
                inputs, out, fmt=fmt.value, model=model, workers=workers, batch_size=batch_size,
                resume=resume, force=force, max_chars=max_chars, dask=dask,
                on_start=progress.on_start, on_progress=progress.on_progress,
            )
            progress.finish(summary)
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
        err.print(summary_line(summary))
    if report is not None:
        _write_report(summary.out, report, quiet=quiet)
    raise typer.Exit(summary.exit_code)


def _write_report(records: Path, folder: Path, *, quiet: bool) -> None:
    from briefx.view import read_briefings, write_report

    index = write_report(read_briefings(records), folder)
    if not quiet:
        err.print(f"report: {escape(str(index))}")


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
