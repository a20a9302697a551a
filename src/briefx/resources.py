"""Locate and read briefx's data files (patterns, lexicons, tables) under `models/`.

In a wheel the folder ships as `briefx/models`; in a source checkout it is the
repository's top-level `models/`.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

_PACKAGE = Path(__file__).resolve().parent


@cache
def models_dir() -> Path:
    """The folder holding briefx's data files."""
    for candidate in (_PACKAGE / "models", _PACKAGE.parents[1] / "models"):
        if (candidate / "pipeline.json").is_file():
            return candidate
    raise FileNotFoundError("briefx data folder 'models/' not found; reinstall briefx")


def resource_path(*parts: str) -> Path:
    """Path of a data file, e.g. ``resource_path("lexicons", "currencies.json")``."""
    return models_dir().joinpath(*parts)


@cache
def load_json(*parts: str) -> Any:
    """Parse a JSON data file (cached: treat the result as read-only)."""
    return json.loads(resource_path(*parts).read_text(encoding="utf-8"))


def load_jsonl(*parts: str) -> list[dict[str, Any]]:
    """Parse a JSON Lines data file such as a span_ruler pattern file."""
    lines = resource_path(*parts).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]
