"""What every converter shares: GOLD.md span attributes and the document fields a tool does not edit."""

from __future__ import annotations

from typing import Any

# GOLD.md § Labels: the attributes each span label carries besides start, end, label and text.
ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "MONEY": ("value", "currency", "qualifier"),
    "PERCENT": ("value", "unit", "qualifier"),
    "CAPACITY": ("value", "unit", "si_value", "si_unit", "qualifier"),
    "COUNT": ("value", "qualifier"),
    "DATE": ("value",),
    "QUOTE": ("speaker",),
}
ATTRIBUTE_NAMES: tuple[str, ...] = ("value", "currency", "unit", "si_value", "si_unit", "qualifier", "speaker")
_LOCATION = ("start", "end", "label", "text")
# The key a tool task keeps briefx's own data under: the GOLD.md fields the tool does not show
# (id, meta, sections, facts, turns …) and, where the tool has no field for them, span attributes.
CARRIER = "briefx"


def attributes_of(span: dict[str, Any]) -> dict[str, Any]:
    """A span's attributes: every key but its location and label."""
    return {key: value for key, value in span.items() if key not in _LOCATION}


def span_key(start: int, end: int, label: str) -> str:
    """How a span's attributes are keyed where the tool keeps them apart from the span."""
    return f"{start}:{end}:{label}"


def document_fields(document: dict[str, Any]) -> dict[str, Any]:
    """The GOLD.md fields of a document other than its text and spans, carried through a tool as they are."""
    return {key: value for key, value in document.items() if key not in ("text", "spans")}


def gold_document(text: str, fields: dict[str, Any], spans: list[dict[str, Any]]) -> dict[str, Any]:
    """Put a GOLD.md document back together; `id` first and `text` second, as GOLD.md writes them."""
    document = {"id": fields.get("id", ""), "text": text}
    document.update((key, value) for key, value in fields.items() if key != "id")
    document["spans"] = spans
    return document


def gold_span(text: str, start: int, end: int, label: str, attributes: dict[str, Any]) -> dict[str, Any]:
    """One GOLD.md span; its `text` is always the slice of the document's text."""
    return {"start": start, "end": end, "label": label, "text": text[start:end], **attributes}


def needs_attributes(span: dict[str, Any]) -> bool:
    """True for a span whose label has attributes and which carries none of them."""
    names = ATTRIBUTES.get(span["label"], ())
    return bool(names) and not any(name in span for name in names)
