"""`briefx.components.figures.starts`: a pattern tried only where its matches can begin
finds exactly what ``finditer`` finds."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from briefx.components.figures.starts import PatternsByStart, compile_with_start, start_class


def scan(pattern: re.Pattern[str], starts: re.Pattern[str] | None, text: str) -> Iterator[re.Match[str]]:
    """The oracle: the matches of ``pattern.finditer(text)``, `pattern` tried only where `starts` (its
    `start_class`) matches; every match is non-empty, so each scan goes on from its end."""
    if starts is None:
        yield from pattern.finditer(text)
        return
    done = 0
    for start in starts.finditer(text):
        at = start.start()
        if at < done:
            continue
        match = pattern.match(text, at)
        if match is not None:
            done = match.end()
            yield match

# (pattern, text): the scan must give finditer's matches
SAME_MATCHES = [
    (r"(?<![\w-])\d+(?:\.\d+)?%", "rose 4.5% and -3% on 12%"),
    (r"(?i:(?<![\w-])(?:one|two)\s+)?million\b", "Two million, ONE million and a million"),
    (r"(?<!\w)(?:US)?\$\s?\d+", "US$5 and $6 but not X$7"),
    (r"(?:\s*[-–])?\d", " - 5 and –6"),
    (r"(?:ab|)c+", "abcc c ac"),
    (r"(?=\d)\w+", "ab 12c d3"),
    (r"(?i)may", "May MAY may"),
    (r"(?-i:March)", "march March"),
]


@pytest.mark.parametrize(("pattern", "text"), SAME_MATCHES, ids=[p for p, _ in SAME_MATCHES])
def test_scan_finds_what_finditer_finds(pattern: str, text: str) -> None:
    compiled = re.compile(pattern)
    expected = [m.span() for m in compiled.finditer(text)]
    assert expected  # each case has matches to find
    assert [m.span() for m in scan(compiled, start_class(compiled), text)] == expected


STARTS = [
    (r"(?<![\w-])\d+", "7", "a"),
    (r"(?i:million)", "M", "b"),
    (r"(?-i:March)", "M", "m"),
    (r"(?:\s*-)?x", " ", "y"),  # an optional part: its first character or the next item's
    (r"(?:the\s+)?(?:last|next)", "n", "x"),
]


@pytest.mark.parametrize(("pattern", "can", "cannot"), STARTS, ids=[p for p, _, _ in STARTS])
def test_start_class(pattern: str, can: str, cannot: str) -> None:
    starts = start_class(re.compile(pattern))
    assert starts is not None
    assert starts.match(can) and not starts.match(cannot)


@pytest.mark.parametrize(
    "pattern", [r"\d*", r"(a)?\1x", r"(?a:\w)x", r"x?"], ids=["empty", "backreference", "ascii", "optional"]
)
def test_no_class_when_the_parse_cannot_tell(pattern: str) -> None:
    assert start_class(re.compile(pattern)) is None


def test_patterns_by_start_keeps_the_order_and_the_patterns_without_a_class() -> None:
    patterns = [
        ("day", re.compile(r"\d+")),
        ("any", re.compile(r"x?")),
        ("month", re.compile(r"(?i:may)")),
        ("num", re.compile(r"\d")),
    ]
    index = PatternsByStart(patterns)
    assert [name for name, _ in index.at("3")] == ["day", "any", "num"]
    assert [name for name, _ in index.at("M")] == ["any", "month"]


ONE_PARSE = [p for p, _ in SAME_MATCHES] + [p for p, _, _ in STARTS] + [
    r"\d*", r"(a)?\1x", r"(?a:\w)x", r"(?a)\w+", r"(?P<year>\d{4})-(?P<month>\d\d)", r"(?x) a  b # comment",
]


@pytest.mark.parametrize("pattern", ONE_PARSE)
def test_compile_with_start_is_re_compile_and_start_class(pattern: str) -> None:
    """One parse gives the pattern `re.compile` gives (same source, flags, groups and code) and
    the class `start_class` reads from a parse of its own."""
    compiled, starts = compile_with_start(pattern)
    expected = re.compile(pattern)
    assert compiled == expected and compiled is not expected
    def shape(p: re.Pattern[str]) -> tuple:
        return p.groupindex, p.groups, p.flags

    assert shape(compiled) == shape(expected)
    assert starts == start_class(expected)


def test_patterns_by_start_compiles_named_sources_once() -> None:
    index = PatternsByStart.compile([("day", r"\d+"), ("any", r"x?"), ("month", r"(?i:may)")])
    assert [name for name, _ in index.at("M")] == ["any", "month"]
    expected = [("day", r"\d+"), ("any", r"x?"), ("month", r"(?i:may)")]
    assert index.named() == [(name, re.compile(source)) for name, source in expected]
