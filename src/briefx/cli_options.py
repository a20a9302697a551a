"""The Typer plumbing of `briefx.cli`: commands whose help lists flags as flags, the option
types and choices, and the parsing of option values (one clear line on a bad one)."""

from __future__ import annotations

from datetime import date
from enum import Enum, StrEnum
from typing import Annotated, Optional

import typer


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


class ExtractFormat(str, Enum):  # noqa: UP042 (typer needs a str Enum)
    table = "table"
    json = "json"
    gold = "gold"
    html = "html"


ModelOption = Annotated[
    Optional[str],  # noqa: UP045 (typer needs Optional on 3.11)
    typer.Option("--model", help="spaCy pipeline name or path (default: $BRIEFX_MODEL or en_core_web_sm)."),
]


def parse_date(value: str | None) -> date | None:
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


class Baseline(StrEnum):
    spacy = "spacy"


def parse_minimums(values: list[str]) -> dict[str, float]:
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


class ToolFormat(StrEnum):
    gold = "gold"
    label_studio = "label-studio"
    doccano = "doccano"
    prodigy = "prodigy"


class OffsetUnit(StrEnum):
    codepoints = "codepoints"
    utf16 = "utf16"


class BatchFormat(StrEnum):
    jsonl = "jsonl"
    gold = "gold"
    parquet = "parquet"
