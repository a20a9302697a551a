"""Character offsets in the units annotation tools count.

Python indexes a `str` by code point. Tools that run in a browser may count
UTF-16 code units instead, where a character outside the Basic Multilingual
Plane (most emoji) takes two units. `OffsetMap` converts both ways for one text.
CRLF line ends and combining characters need no conversion: both units count
each of their code points once.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Literal

Unit = Literal["codepoints", "utf16"]
UNITS: tuple[Unit, ...] = ("codepoints", "utf16")


class OffsetMap:
    """Offsets of one text in code points (Python) and in a tool's unit."""

    def __init__(self, text: str, unit: Unit) -> None:
        self.unit = unit
        # Code point index of every astral character: each one adds a unit in UTF-16.
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if unit == "utf16" else []
        self._astral_units = [i + n + 1 for n, i in enumerate(self._astral)]  # UTF-16 offset just inside each pair
        self._length = len(text)

    def to_tool(self, offset: int) -> int:
        """The tool's offset of a Python offset."""
        return offset + bisect_left(self._astral, offset)

    def to_python(self, offset: int) -> int:
        """The Python offset of a tool offset; an offset inside a surrogate pair is an error."""
        before = bisect_left(self._astral_units, offset)
        if before < len(self._astral_units) and self._astral_units[before] == offset:
            raise ValueError(f"offset {offset} splits a character in two (UTF-16 surrogate pair)")
        python = offset - before
        if not 0 <= python <= self._length:
            raise ValueError(f"offset {offset} lies outside the text")
        return python
