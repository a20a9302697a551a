"""GOLD.md ⇄ doccano sequence-labelling JSONL (`{"text", "label": [[start, end, LABEL]]}`).

doccano has no field for a span's attributes: they travel in the line's `briefx`
object (doccano keeps extra keys as the document's metadata and exports them),
keyed by span. A span drawn or moved in doccano has no attributes there; briefx
recomputes them (`convert.recompute`).

Offsets: doccano counts UTF-16 code units, as JavaScript does (doccano/doccano#2290),
unless the project counts grapheme clusters; `unit` picks code points instead.
"""

from __future__ import annotations

from typing import Any

from briefx.convert.offsets import OffsetMap, Unit
from briefx.convert.spans import CARRIER, attributes_of, document_fields, gold_document, gold_span, span_key

DEFAULT_UNIT: Unit = "utf16"


def to_doccano(document: dict[str, Any], *, unit: Unit = DEFAULT_UNIT) -> dict[str, Any]:
    """One doccano JSONL line for a GOLD.md document."""
    offsets = OffsetMap(document["text"], unit)
    spans = document.get("spans", [])
    carried = {
        **document_fields(document),
        "attributes": {span_key(s["start"], s["end"], s["label"]): attributes_of(s) for s in spans},
    }
    label = [[offsets.to_tool(s["start"]), offsets.to_tool(s["end"]), s["label"]] for s in spans]
    return {"text": document["text"], "label": label, CARRIER: carried}


def _carrier(line: dict[str, Any]) -> dict[str, Any]:
    for holder in (line, line.get("meta") or {}, line.get("metadata") or {}):
        if isinstance(holder.get(CARRIER), dict):
            return dict(holder[CARRIER])
    return {}


def _labels(line: dict[str, Any]) -> list[tuple[int, int, str]]:
    """`label` as [[start, end, LABEL]] (sequence labelling) or `entities` as objects (relation projects)."""
    if isinstance(line.get("label"), list):
        return [(int(s), int(e), str(lab)) for s, e, lab in line["label"]]
    return [(int(e["start_offset"]), int(e["end_offset"]), str(e["label"])) for e in line.get("entities") or []]


def from_doccano(line: dict[str, Any], *, unit: Unit = DEFAULT_UNIT) -> dict[str, Any]:
    """The GOLD.md document of a doccano JSONL line."""
    text = line["text"]
    offsets = OffsetMap(text, unit)
    carried = _carrier(line)
    attributes = carried.pop("attributes", {})
    carried.setdefault("id", str(line.get("id", "")))
    spans = []
    for start, end, label in _labels(line):
        start, end = offsets.to_python(start), offsets.to_python(end)
        spans.append(gold_span(text, start, end, label, attributes.get(span_key(start, end, label), {})))
    return gold_document(text, carried, spans)
