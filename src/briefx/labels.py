"""The labels briefx writes, defined once for the schema, the components, export and scoring.

No imports beyond the standard library: the components read it without importing the
Pydantic schema.
"""

from __future__ import annotations

from typing import Literal, get_args

EntityLabel = Literal["PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT"]
ENTITY_LABELS: tuple[str, ...] = get_args(EntityLabel)
FIGURE_LABELS: tuple[str, ...] = ("MONEY", "PERCENT", "CAPACITY", "COUNT")
SPAN_LABELS: tuple[str, ...] = (*ENTITY_LABELS, *FIGURE_LABELS, "DATE", "QUOTE")
