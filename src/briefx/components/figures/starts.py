"""Where a regular expression's matches can start, read from the pattern's own parse.

A pattern that opens with a lookbehind (``(?<![\\w-])``), as most figure and date patterns do,
is tried by `re` at every character of the text. `start_class` reads from the parse the
characters a match can begin with, so the pattern need be tried only where one stands
(`PatternsByStart`: the date patterns at each token; issue 9: throughput).
The classes are built from the parse tree's own items and compiled by `re`'s compiler, so
case folding and Unicode classes are `re`'s; whatever this module does not read (a back
reference, a locale or ASCII flag) gives no class, and the pattern is tried everywhere.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import re
from re import _compiler, _constants, _parser  # type: ignore[attr-defined]

_CHARACTER = (_constants.LITERAL, _constants.NOT_LITERAL, _constants.IN, _constants.ANY)
_ZERO_WIDTH = (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT)
_REPEATS = (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT)
_UNREAD_FLAGS = re.ASCII | re.LOCALE

Item = tuple[object, object]


class _Unread(Exception):
    """The parse holds an item `_firsts` does not read."""


def _firsts(items: list[Item], fold: bool, out: list[tuple[Item, bool]]) -> bool:
    """Add to `out` the one-character items (with their case folding) a match of `items` can
    begin with; return whether `items` can match the empty string."""
    for op, arg in items:
        if op in _CHARACTER:
            out.append(((op, arg), fold))
            return False
        if op in _ZERO_WIDTH:  # consumes nothing: the next item holds the first character
            continue
        if op is _constants.SUBPATTERN:
            _, added, removed, body = arg
            if (added | removed) & _UNREAD_FLAGS:
                raise _Unread
            inner = (fold or bool(added & re.IGNORECASE)) and not removed & re.IGNORECASE
            if not _firsts(list(body), inner, out):
                return False
        elif op is _constants.ATOMIC_GROUP:
            if not _firsts(list(arg), fold, out):
                return False
        elif op is _constants.BRANCH:
            empty = [_firsts(list(alternative), fold, out) for alternative in arg[1]]
            if not any(empty):
                return False
        elif op in _REPEATS:
            least, _, body = arg
            if not _firsts(list(body), fold, out) and least > 0:
                return False
        else:
            raise _Unread
    return True


def start_class(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern of one character matching every character a match of `pattern` can begin with;
    None when a match may be empty or begin with anything this module cannot tell."""
    if pattern.flags & _UNREAD_FLAGS:
        return None
    return _class_of(_parser.parse(pattern.pattern, pattern.flags))


def compile_with_start(source: str) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """`re.compile(source)` and its `start_class` from one parse of `source`: the parse is most
    of what compiling costs, and a process that starts for one document pays it for every pattern
    (issue 9: cold start). `re`'s own compile, step by step: the parse tree, then its code."""
    parsed = _parser.parse(source, 0)
    groups = parsed.state.groupdict
    names = [None] * parsed.state.groups
    for name, index in groups.items():
        names[index] = name
    compiled = _sre.compile(source, parsed.state.flags, _compiler._code(parsed, 0), parsed.state.groups - 1,
                            groups, tuple(names))
    return compiled, None if compiled.flags & _UNREAD_FLAGS else _class_of(parsed)


def _class_of(parsed: _parser.SubPattern) -> re.Pattern[str] | None:
    fold = bool(parsed.state.flags & re.IGNORECASE)
    firsts: list[tuple[Item, bool]] = []
    try:
        if _firsts(list(parsed), fold, firsts):
            return None
    except _Unread:
        return None
    state = _parser.State()
    state.flags = parsed.state.flags & ~re.IGNORECASE
    alternatives = []
    for item, folded in firsts:
        flags = (re.IGNORECASE, 0) if folded else (0, re.IGNORECASE)
        alternatives.append(
            _parser.SubPattern(state, [(_constants.SUBPATTERN, (None, *flags, _parser.SubPattern(state, [item])))])
        )
    return _compiler.compile(_parser.SubPattern(state, [(_constants.BRANCH, (None, alternatives))]), state.flags)


class PatternsByStart:
    """Named patterns, in their order, by the first character of a match: `at` gives those
    a match of which can begin with a character (each character's list is worked out once)."""

    def __init__(self, patterns: list[tuple[str, re.Pattern[str]]],
                 starts: list[re.Pattern[str] | None] | None = None) -> None:
        if starts is None:
            starts = [start_class(pattern) for _, pattern in patterns]
        self.patterns = [(name, pattern, start) for (name, pattern), start in zip(patterns, starts, strict=True)]
        self._by_character: dict[str, list[tuple[str, re.Pattern[str]]]] = {}

    @classmethod
    def compile(cls, sources: list[tuple[str, str]]) -> PatternsByStart:
        """The index of named regex sources, each parsed once (`compile_with_start`)."""
        compiled = [compile_with_start(source) for _, source in sources]
        return cls([(name, pattern) for (name, _), (pattern, _) in zip(sources, compiled, strict=True)],
                   [start for _, start in compiled])

    def named(self) -> list[tuple[str, re.Pattern[str]]]:
        """The (name, pattern) pairs, in order."""
        return [(name, pattern) for name, pattern, _ in self.patterns]

    def at(self, character: str) -> list[tuple[str, re.Pattern[str]]]:
        """The (name, pattern) pairs, in order, a match of which can begin with `character`."""
        found = self._by_character.get(character)
        if found is None:
            found = self._by_character[character] = [
                (name, pattern) for name, pattern, starts in self.patterns if starts is None or starts.match(character)
            ]
        return found
