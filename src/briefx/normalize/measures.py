"""Measure keys: the normalised head of what a figure measures ('electric buses' -> 'electric bus')."""

from __future__ import annotations

import re

_IRREGULAR = {
    "people": "person",
    "children": "child",
    "men": "man",
    "women": "woman",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "data": "data",
    "buses": "bus",
    "gases": "gas",
    "taxes": "tax",
    "media": "media",
}
_UNCHANGED_ENDINGS = ("ss", "us", "is", "news", "ics")
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


def singular(*, word: str) -> str:
    """The singular of a lower-cased English noun (a best effort for regular plurals)."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) <= 3 or word.endswith(_UNCHANGED_ENDINGS):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses", "zes")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


def measure_key(*, text: str) -> str | None:
    """Lower-cased words of a measure with the last one folded to the singular; None if no word."""
    words = [w.casefold() for w in _WORD.findall(text)]
    if not words:
        return None
    words[-1] = singular(word=words[-1])
    return " ".join(words)
