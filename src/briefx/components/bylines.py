"""The preamble's byline and dateline lines, read for briefx_sections: "By Jane Doe and Ali Khan", an outlet line
under it, an organisation as the byline ("Office of the Spokesperson"), a name and an outlet ("Leyla Hasanova,
Caspian Business Weekly"), a dateline ("LONDON, March 3 (Reuters) -"). The patterns are data (models/lexicons/
layout.json); `add` is the layout's way to record a span (group, start, end, label)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from briefx.normalize.lines import SENTENCE_END, Line

_NAME_COMMA_OUTLET = re.compile(
    r"^(?P<name>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}), (?P<outlet>[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,4})$"
)


class BylineReader:
    """Reads byline, outlet and dateline lines with the layout lexicon's patterns."""

    def __init__(self, layout: Mapping[str, Any]) -> None:
        self.byline_prefix = re.compile(layout["byline_prefix"])
        self.author_split = re.compile(layout["author_split"])
        suffixes = sorted(layout["role_suffixes"], key=len, reverse=True)
        self.role_suffix = re.compile(r"\s*(?:,\s*)?\b(?:" + "|".join(map(re.escape, suffixes)) + r")$")
        self.org_words = set(layout["org_byline_words"])
        self.datelines = [re.compile(layout["dateline"]), re.compile(layout["wire_dateline"])]
        self.small_words = frozenset(layout["title_case_small_words"])

    def is_title_case(self, line: Line) -> bool:
        words = [w for w in line.words if w[:1].isalpha()]
        if not words:
            return False
        caps = sum(1 for w in words if w[0].isupper() or w.lower() in self.small_words)
        return caps / len(words) >= 0.75

    def byline(self, line: Line, add) -> bool:
        """ "By Jane Doe and Ali Khan": the names after a byline prefix, a role after them left out."""
        match = self.byline_prefix.match(line.text)
        if not match or len(line.words) > 14:
            return False
        rest_start = line.start + match.end()
        rest = line.text[match.end() :]
        suffix = self.role_suffix.search(rest)
        names_text = rest[: suffix.start()] if suffix else rest
        if suffix and "," in names_text:
            # "Eleanor Webb, Economics Correspondent": the role runs back to the comma
            names_text = names_text[: names_text.rindex(",")]
        names_text = re.sub(r"\s*[|,;]\s*$", "", names_text)
        pos = 0
        for part in self.author_split.split(names_text):
            if not part:
                continue
            offset = names_text.index(part, pos)
            pos = offset + len(part)
            if part[:1].isupper():
                add("byline", rest_start + offset, rest_start + offset + len(part), "AUTHOR")
        return True

    def outlet_line(self, line: Line) -> bool:
        """A short line that ends in a role ('Coastal Times Staff Writer'): the outlet under a byline."""
        return (
            len(line.words) <= 8
            and not SENTENCE_END.search(line.text)
            and self.role_suffix.search(line.text) is not None
        )

    def outlet(self, line: Line, add) -> None:
        """Record the outlet's name on an `outlet_line`, its role left out."""
        suffix = self.role_suffix.search(line.text)
        name = line.text[: suffix.start()].rstrip(" ,") if suffix else line.text
        if name and name[0].isupper():
            add("byline", line.start, line.start + len(name), "OUTLET")

    def org_byline(self, line: Line) -> bool:
        """ "Office of the Spokesperson": an organisation as the byline (GOLD.md)."""
        words = line.words
        return (
            2 <= len(words) <= 8
            and not SENTENCE_END.search(line.text)
            and words[0] in self.org_words
            and self.is_title_case(line)
        )

    def comma_byline(self, line: Line, add) -> bool:
        """ "Leyla Hasanova, Caspian Business Weekly": a name and an outlet, no "By"."""
        match = _NAME_COMMA_OUTLET.match(line.text)
        if not match or self.match_dateline(line.text) or len(line.words) > 9:
            return False
        add("byline", line.start, line.start + match.end("name"), "AUTHOR")
        add("byline", line.start + match.start("outlet"), line.start + match.end("outlet"), "OUTLET")
        return True

    def match_dateline(self, text: str) -> re.Match[str] | None:
        """The line's dateline: ``LONDON, March 3 (Reuters) -``, ``SEATTLE--(BUSINESS WIRE)--Feb. 6, 2025--``,
        or a line holding only a place and a date (``Frankfurt am Main, 14 December 2023``)."""
        for pattern in self.datelines:
            match = pattern.match(text)
            if match and (match.group("sep") or match.group("date")):
                return match
        return None

    def dateline(self, line: Line, add) -> bool:
        """The line's dateline (`match_dateline`) with its place and any wire agency; True when it has one."""
        match = self.match_dateline(line.text)
        if not match:
            return False
        place = match.group("place")
        if (not place.isupper() and not match.group("date")) or len(place.split()) > 4:
            return False
        end = match.end("sep") if match.group("sep") else match.end("date")
        span = add("dateline", line.start, line.start + end, "DATELINE")
        if span is not None:
            span._.place = place.split(",")[0].strip()
        groups = match.groupdict()
        for group in ("agency", "agency_slash"):
            if groups.get(group):
                a_start = line.start + match.start(group)
                add("agency", a_start, a_start + len(match.group(group).strip()), "AGENCY")
        return True
