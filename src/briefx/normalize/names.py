"""Pure helpers for names: no spaCy, no Pydantic, no I/O."""

from __future__ import annotations


def initials(name: str) -> str:
    """Initials of a name's capitalised words, hyphenated parts counted.

    >>> initials("Shanghai Cooperation Organisation")
    'SCO'
    >>> initials("Kazakhstan Temir Zholy")
    'KTZ'
    >>> initials("UN Environment Programme")
    'UNEP'
    """
    letters = []
    for word in name.replace("-", " ").split():
        if word.isupper() and word.isalpha() and len(word) <= 4:
            letters.append(word)  # "UN Environment Programme" → UNEP
        elif word[:1].isalpha() and word[:1].isupper():
            letters.append(word[0])
    return "".join(letters)
