"""GOLD.md ⇄ Label Studio tasks.

A span is a `labels` result on the `text` object; each of its attributes is a
per-region `textarea` result with the same region id (`from_name` is the
attribute's name), so values, currencies, units and speakers can be checked and
corrected in the tool. The labelling config that declares them is
`models/annotation/label_studio.xml`. Other GOLD.md fields (id, meta, sections,
facts, turns) travel untouched in `data.briefx`.

Offsets: Label Studio stores code points since its frontend fix for emoji
(HumanSignal/label-studio#1559, label-studio-frontend#308); older versions
counted UTF-16 code units (label-studio#1347). `unit` picks either.
"""

from __future__ import annotations

import json
from typing import Any

from briefx.convert.offsets import OffsetMap, Unit
from briefx.convert.spans import CARRIER, attributes_of, document_fields, gold_document, gold_span

DEFAULT_UNIT: Unit = "codepoints"
_LABELS = "label"
_TEXT = "text"


def encode_attribute(value: Any) -> str:
    """A TextArea holds strings: a string stays as written unless it reads as JSON; anything else is JSON."""
    if isinstance(value, str):
        try:
            json.loads(value)
        except ValueError:
            return value
    return json.dumps(value, ensure_ascii=False)


def decode_attribute(text: str) -> Any:
    """The value of a TextArea string: JSON where it parses, else the string (a corrected 'USD')."""
    try:
        return json.loads(text)
    except ValueError:
        return text.strip()


def to_label_studio(
    document: dict[str, Any], *, unit: Unit = DEFAULT_UNIT, as_annotations: bool = False
) -> dict[str, Any]:
    """A Label Studio task holding the document's spans as predictions (or as an annotation)."""
    text = document["text"]
    offsets = OffsetMap(text, unit)
    result = []
    for i, span in enumerate(document.get("spans", []), start=1):
        where = {"start": offsets.to_tool(span["start"]), "end": offsets.to_tool(span["end"])}
        region = {"id": f"s{i}", "to_name": _TEXT}
        result.append({**region, "from_name": _LABELS, "type": "labels",
                       "value": {**where, "text": span["text"], "labels": [span["label"]]}})
        for name, value in attributes_of(span).items():
            result.append({**region, "from_name": name, "type": "textarea",
                           "value": {**where, "text": [encode_attribute(value)]}})
    key = "annotations" if as_annotations else "predictions"
    run = {"result": result} if as_annotations else {"model_version": "briefx", "result": result}
    return {"data": {"text": text, CARRIER: document_fields(document)}, key: [run]}


def _result_of(task: dict[str, Any]) -> list[dict[str, Any]]:
    """The latest annotation that was not cancelled, else the latest prediction, else nothing."""
    annotations = [a for a in task.get("annotations") or [] if not a.get("was_cancelled")]
    runs = annotations or task.get("predictions") or []
    return list(runs[-1].get("result") or []) if runs else []


def from_label_studio(task: dict[str, Any], *, unit: Unit = DEFAULT_UNIT) -> dict[str, Any]:
    """The GOLD.md document of a Label Studio task (as exported, or as written by `to_label_studio`)."""
    data = task.get("data") or {}
    text = data["text"]
    offsets = OffsetMap(text, unit)
    fields = dict(data.get(CARRIER) or {})
    fields.setdefault("id", str(task.get("id", "")))
    regions: dict[str, dict[str, Any]] = {}
    attributes: dict[str, dict[str, Any]] = {}
    for item in _result_of(task):
        value = item.get("value") or {}
        if item.get("type") == "labels":
            regions[item["id"]] = value
        elif item.get("type") == "textarea" and "id" in item and value.get("text"):
            attributes.setdefault(item["id"], {})[item["from_name"]] = decode_attribute(value["text"][0])
    spans = []
    for region_id, value in regions.items():
        start, end = offsets.to_python(value["start"]), offsets.to_python(value["end"])
        for label in value.get("labels") or []:
            spans.append(gold_span(text, start, end, label, attributes.get(region_id, {})))
    return gold_document(text, fields, spans)
