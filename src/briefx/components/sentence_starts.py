"""Sentence starts from a text's layout, written before the parser runs (which keeps them and adds its own).

A line break opens a sentence, unless the next line carries the sentence on (a hard wrap); so does the end
of a title, byline, dateline, heading or furniture line, and a transcript turn's first word. A short line with
no sentence mark inside (a table cell, a list item, a heading: 'Timaru Harness Racing Club Inc') is no more
than one sentence: the parser may not start another inside it, which would cut a name in two.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

import numpy
from spacy.attrs import IDX, IS_SPACE, SENT_START
from spacy.tokens import Doc

from briefx.normalize.lines import Line

_INNER_SENTENCE_MARK = re.compile(r"[.!?;:…](?=\s+\S)")  # a sentence could end inside the line
_START, _NOT_A_START = 1, numpy.uint64(2**64 - 1)  # SENT_START 1 and -1 in spaCy's uint64 arrays; 0: the parser decides


def one_sentence_line(line: Line, max_words: int) -> bool:
    """A line of at most `max_words` words in which no sentence can end before its last word."""
    return len(line.words) <= max_words and not _INNER_SENTENCE_MARK.search(line.text)


def set_sentence_starts(
    doc: Doc, lines: list[Line | None], run_on: set[int], starts: Iterable[int], *, max_words: int
) -> None:
    """Write the layout's sentence starts into `doc`: line starts (not `run_on` ones), the character
    offsets in `starts`, and no start inside a short one-sentence line."""
    if not len(doc):
        return
    at = {ln.start for ln in lines if ln is not None and ln.start not in run_on} | set(starts)
    # One array write: setting Token.is_sent_start token by token rescans the Doc each time.
    flags = numpy.zeros((len(doc), 1), dtype="uint64")
    flags[0, 0] = _START
    offsets, spaces = doc.to_array([IDX, IS_SPACE]).T.tolist()  # arrays: a Token per step cost more
    for i in range(1, len(doc)):
        after_break = spaces[i - 1] and "\n" in doc[i - 1].text and offsets[i] not in run_on
        if (offsets[i] in at and not spaces[i]) or after_break:
            flags[i, 0] = _START
    k = 0
    for line in lines:
        if line is None or not one_sentence_line(line, max_words):
            continue
        k = bisect_right(offsets, line.start, lo=k)  # lines come in order; a list: numpy would copy it per line
        while k < len(offsets) and offsets[k] < line.end:
            if flags[k, 0] == 0:
                flags[k, 0] = _NOT_A_START
            k += 1
    doc.from_array([SENT_START], flags)
