"""The `briefx` command line: thin Typer commands over the library; every Rich call lives here."""

from __future__ import annotations

import json
import sys
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from briefx.errors import BriefxError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn press briefings and news articles into structured, validated records.",
)
err = Console(stderr=True, highlight=False, soft_wrap=True)


class ExtractFormat(str, Enum):
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
        record = extractor.extract(source.text, doc_id=doc_id or (None if file == "-" else Path(file).name), published=day)
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


def main() -> None:
    """Entry point of the `briefx` console script."""
    app()


if __name__ == "__main__":
    main()
