"""Round trips between GOLD.md and annotation tools: Label Studio, doccano and Prodigy.

The converters are pure functions over GOLD.md documents as JSON objects, so
fields the schema may not know yet (`facts`, `turns`) travel like any other.
`gold → tool → gold` is the identity; spans a tool returns without attributes
get them recomputed (`recompute.fill_attributes`) with a note for each.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Literal

from pydantic import ValidationError

from briefx.convert import doccano, label_studio, prodigy
from briefx.convert.offsets import UNITS, Unit
from briefx.convert.recompute import fill_attributes
from briefx.errors import GoldFormatError
from briefx.io import validation_reason

Format = Literal["gold", "label-studio", "doccano", "prodigy"]
FORMATS: tuple[Format, ...] = ("gold", "label-studio", "doccano", "prodigy")
DEFAULT_UNITS: dict[str, Unit] = {
    "label-studio": label_studio.DEFAULT_UNIT,
    "doccano": doccano.DEFAULT_UNIT,
    "prodigy": "codepoints",
}

__all__ = ["DEFAULT_UNITS", "FORMATS", "UNITS", "Converted", "check_gold", "from_tool", "read_documents",
           "to_tool", "write_documents"]


@dataclass(frozen=True)
class Converted:
    """A GOLD.md document read from a file, and the attributes recomputed for it."""

    document: dict[str, Any]
    recomputed: list[str] = field(default_factory=list)


def to_tool(document: dict[str, Any], fmt: Format, *, unit: Unit | None = None,
            as_annotations: bool = False) -> dict[str, Any]:
    """A GOLD.md document in a tool's format (`gold` returns it unchanged)."""
    if fmt == "label-studio":
        return label_studio.to_label_studio(document, unit=unit or DEFAULT_UNITS[fmt], as_annotations=as_annotations)
    if fmt == "doccano":
        return doccano.to_doccano(document, unit=unit or DEFAULT_UNITS[fmt])
    if fmt == "prodigy":
        return prodigy.to_prodigy(document)
    return document


def from_tool(task: dict[str, Any], fmt: Format, *, unit: Unit | None = None) -> dict[str, Any]:
    """The GOLD.md document of a tool's task (`gold` returns it unchanged); attributes are not recomputed."""
    if fmt == "label-studio":
        return label_studio.from_label_studio(task, unit=unit or DEFAULT_UNITS[fmt])
    if fmt == "doccano":
        return doccano.from_doccano(task, unit=unit or DEFAULT_UNITS[fmt])
    if fmt == "prodigy":
        return prodigy.from_prodigy(task)
    return task


def check_gold(document: dict[str, Any]) -> None:
    """Validate a GOLD.md document; keys the schema does not know yet (`facts`, `turns`) are not checked."""
    from briefx.schema import GoldDocument

    known = {k: v for k, v in document.items() if k in GoldDocument.model_fields or k not in ("facts", "turns")}
    GoldDocument.model_validate(known)


def _objects(path: Path, fmt: Format) -> Iterator[tuple[str, Any]]:
    """(where, JSON object) for each document of a file; a Label Studio file may be one JSON list."""
    text = path.read_text(encoding="utf-8")
    if fmt == "label-studio" and text.lstrip().startswith("["):
        try:
            tasks = json.loads(text)
        except ValueError as exc:
            raise GoldFormatError(f"{path}: not a JSON list of tasks: {exc}") from None
        for number, task in enumerate(tasks, start=1):
            yield f"{path}: task {number}", task
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            try:
                yield f"{path}:{number}", json.loads(line)
            except ValueError as exc:
                raise GoldFormatError(f"{path}:{number}: not JSON: {exc}") from None


def read_documents(path: str | Path, fmt: Format, *, unit: Unit | None = None) -> Iterator[Converted]:
    """GOLD.md documents of a gold or tool file, validated, with missing attributes recomputed."""
    p = Path(path)
    if not p.is_file():
        raise GoldFormatError(f"{p}: no such file")
    for where, obj in _objects(p, fmt):
        try:
            if not isinstance(obj, dict):
                raise GoldFormatError(f"{where}: not a JSON object")
            document, notes = (obj, []) if fmt == "gold" else fill_attributes(from_tool(obj, fmt, unit=unit))
            check_gold(document)
        except ValidationError as exc:
            raise GoldFormatError(f"{where}: not a GOLD.md document: {validation_reason(exc)}") from None
        except (KeyError, TypeError, ValueError) as exc:
            raise GoldFormatError(f"{where}: not a {fmt} document: {type(exc).__name__}: {exc}") from None
        yield Converted(document, notes)


def write_documents(documents: Iterable[dict[str, Any]], fmt: Format, stream: IO[str], *,
                    unit: Unit | None = None, as_annotations: bool = False) -> int:
    """Write GOLD.md documents in a format: JSON Lines, or one JSON list for Label Studio. Returns the count."""
    tasks = (to_tool(d, fmt, unit=unit, as_annotations=as_annotations) for d in documents)
    listed = fmt == "label-studio"
    count = 0
    for task in tasks:
        line = json.dumps(task, ensure_ascii=False)
        stream.write((("," if count else "[") + "\n" + line) if listed else line + "\n")
        count += 1
    if listed:
        stream.write(("\n]\n") if count else "[]\n")
    return count
