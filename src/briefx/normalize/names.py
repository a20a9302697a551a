"""Pure helpers for names: no spaCy, no Pydantic, no I/O."""

from __future__ import annotations


def initials(name: str) -> str:
    """Initials of a name's capitalised words, hyphenated parts counted.

    >>> initials("Shanghai Cooperation Organisation")
    'SCO'
    >>> initials("Kazakhstan Temir Zholy")
    'KTZ'
    """
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isalpha() and w[:1].isupper())
