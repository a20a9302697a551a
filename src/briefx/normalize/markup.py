"""Markup left in real text: pure functions that find it and mask it without moving an offset.

Real collections carry markdown links (``[Alabama](https://…/Alabama-ACP-Fact-Sheet.pdf)``), bare
URLs, HTML paragraph tags (``<p>PM: …</p>``) and no-break spaces (``New\u00a0Zealand``).
`furniture_ranges` finds the characters that are markup, not words; `mask_markup` returns the text
with each of them replaced by a space (line breaks kept), so the result has the length of the text
as given and every offset into it is an offset into the original (GOLD.md: offsets into the
document text). The patterns are data (models/lexicons/markup.json), compiled by `MarkupPatterns`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class MarkupPatterns:
    """Compiled markup patterns: `whole` ones are furniture entire, `link` ones but their ``keep`` group."""

    whole: tuple[tuple[str, re.Pattern[str]], ...]
    link: tuple[tuple[str, re.Pattern[str]], ...]
    spaces: str

    @classmethod
    def from_lexicon(cls, lexicon: Mapping[str, Any]) -> MarkupPatterns:
        """The patterns of a parsed models/lexicons/markup.json."""

        def compiled(key: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
            return tuple((row["when"], re.compile(row["pattern"])) for row in lexicon.get(key, ()))

        return cls(compiled("whole"), compiled("link"), lexicon.get("spaces", ""))


def furniture_ranges(text: str, patterns: MarkupPatterns) -> list[tuple[int, int]]:
    """Sorted character ranges of `text` that are markup: URLs, link targets and brackets, tags.

    >>> furniture_ranges("[Ohio](https://x.gov/Ohio.pdf)", PATTERNS)
    [(0, 1), (5, 30)]
    """
    ranges: list[tuple[int, int]] = []
    for when, pattern in patterns.whole:
        if when in text:
            ranges.extend(match.span() for match in pattern.finditer(text))
    for when, pattern in patterns.link:
        if when in text:
            for match in pattern.finditer(text):
                keep_start, keep_end = match.span("keep")
                ranges += [(match.start(), keep_start), (keep_end, match.end())]
    merged: list[tuple[int, int]] = []
    for start, end in sorted(r for r in ranges if r[1] > r[0]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def mask_markup(text: str, patterns: MarkupPatterns) -> str:
    """`text` with its markup (`furniture_ranges`) and no-break spaces turned into plain spaces.

    The result has the same length, and its line breaks where the text has them.

    >>> mask_markup("<p>PM: New\u00a0Zealand.</p>", PATTERNS)
    '   PM: New Zealand.    '
    """
    if patterns.spaces and any(c in text for c in patterns.spaces):
        text = text.translate({ord(c): " " for c in patterns.spaces})
    ranges = furniture_ranges(text, patterns)
    if not ranges:
        return text
    parts: list[str] = []
    done = 0
    for start, end in ranges:
        parts += [text[done:start], re.sub(r"[^\n]", " ", text[start:end])]
        done = end
    parts.append(text[done:])
    return "".join(parts)


def widen_over_markup(given: str, masked: str, start: int, end: int) -> tuple[int, int]:
    """`start`, `end` widened over the markup the mask blanked around them on their lines, white space
    of the text as given left out at both ends: a transcript's turn holds its paragraph tags
    ('<p>Thank you. </p>'), as its gold runs from the tag to the next tag line (GOLD.md § Turns).

    >>> widen_over_markup("<p>Yes. </p>\\n", "   Yes.     \\n", 3, 7)
    (0, 12)
    """
    left, right = start, end
    while left > 0 and masked[left - 1] == " " and given[left - 1] != "\n":
        left -= 1
    while right < len(given) and masked[right] == " " and given[right] != "\n":
        right += 1
    while left < start and given[left].isspace():
        left += 1
    while right > end and given[right - 1].isspace():
        right -= 1
    return left, right


_CLOSING_TAGS = re.compile(r"(?:</[A-Za-z][\w-]*\s*>\s*)+")


def skip_closing_tags(given: str, start: int, end: int) -> int:
    """`start` moved past the closing tags that open `given[start:end]` ('</ul><p><strong>Poetry…'): they close
    the block before it, so a heading widened over its line's markup (`widen_over_markup`) starts at its own tag,
    and a turn after a bold speaker tag ('<p><strong>PM:</strong> Yes.') at its words.

    >>> skip_closing_tags("</ul><p>Poetry</p>", 0, 18)
    5
    """
    found = _CLOSING_TAGS.match(given, start, end)
    return found.end() if found is not None and found.end() < end else start
