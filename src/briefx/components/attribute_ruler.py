"""The base model's attribute ruler, matched by table lookup: same rules, same output, less time.

en_core_web_sm's `attribute_ruler` maps tags to POS and morphology with 179 rules, nearly all
of one token whose attributes equal a value or fall in a list ({"TAG": "NN"},
{"TAG": "IN", "LOWER": {"IN": [...]}}). spaCy's `Matcher` tries every rule at every token:
about a tenth of the whole pipeline's time. `IndexedAttributeRuler` finds the matches of those
rules by looking each token's attribute values up in a table per attribute set; a rule of
several tokens, or with NOT_IN or REGEX tests, is tried only where its most selective value
list holds; what is left (a rule of regular expressions alone) goes to a `Matcher`. The
attributes are set by spaCy's own code from the same sorted match list (issue 9: throughput).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import product

from spacy.attrs import IDS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore
from spacy.tokens import Doc
from spacy.vocab import Vocab

# token attributes whose pattern values are strings (hashed) or booleans, read by `Doc.to_array`
_INDEXED_ATTRS = frozenset({"ORTH", "LOWER", "TAG", "DEP", "IS_SPACE"})

Match = tuple[int, int, int, int]  # (rule index, match id, start, end), as AttributeRuler.match
Test = tuple[str, str, object]  # (attribute, "in" | "not_in" | "regex", hashes or compiled pattern)


def _values(value: object) -> list[str | bool] | None:
    """The values a token-pattern entry accepts, or None when a table cannot say (REGEX, NOT_IN…)."""
    if isinstance(value, str | bool):
        return [value]
    if isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
        return list(value["IN"])
    return None


def _test(name: str, value: object, strings: StringStore) -> Test | None:
    """One attribute test of a token pattern, or None for a kind this module does not read."""
    if (values := _values(value)) is not None:
        return name, "in", {int(v) if isinstance(v, bool) else strings.add(v) for v in values}
    if isinstance(value, dict) and len(value) == 1 and name != "IS_SPACE":
        (kind, arg), = value.items()
        if kind == "NOT_IN" and all(isinstance(v, str) for v in arg):
            return name, "not_in", {strings.add(v) for v in arg}
        if kind == "REGEX" and isinstance(arg, str):
            return name, "regex", re.compile(arg)
    return None


def _passes(test: Test, value: int, strings: StringStore) -> bool:
    name, kind, arg = test
    if kind == "in":
        return value in arg  # type: ignore[operator]
    if kind == "not_in":
        return value not in arg  # type: ignore[operator]
    return bool(arg.search(strings[value]))  # type: ignore[union-attr]


class IndexedAttributeRuler(AttributeRuler):
    """spaCy's `AttributeRuler`, its rules matched by lookup where a table can say."""

    def __init__(self, vocab: Vocab, name: str = "attribute_ruler", *, validate: bool = False) -> None:
        super().__init__(vocab, name, validate=validate)
        self._reset_index()

    def clear(self) -> None:
        super().clear()
        self._reset_index()

    def _reset_index(self) -> None:
        # attribute set -> (its values' hashes -> the rules matching them); the other patterns
        self._tables: dict[tuple[str, ...], dict[tuple[int, ...], list[int]]] = {}
        # rule, and per token its tests, of the fixed-length patterns with a value list somewhere
        self._sequences: list[tuple[int, list[list[Test]]]] = []
        self._rest = Matcher(self.vocab, validate=self.validate)

    def add(self, patterns, attrs, index=0) -> None:  # noqa: ANN001 (AttributeRuler's signature)
        key = str(len(self.attrs))
        super().add(patterns, attrs, index)
        rule = len(self.attrs) - 1
        for pattern in patterns:
            if not self._index(pattern, rule) and not self._sequence(pattern, rule):
                self._rest.add(key, [pattern])

    def _sequence(self, pattern: list[dict], rule: int) -> bool:
        """File a pattern of tokens (no operators) with a value list in some token; False otherwise."""
        if not pattern or any(not token or not set(token) <= _INDEXED_ATTRS for token in pattern):
            return False
        tests = [[_test(name, value, self.vocab.strings) for name, value in token.items()] for token in pattern]
        flat = [test for token in tests for test in token]
        if any(test is None for test in flat) or not any(test[1] == "in" for test in flat if test):
            return False
        self._sequences.append((rule, tests))  # type: ignore[arg-type]
        return True

    def _index(self, pattern: list[dict], rule: int) -> bool:
        """File a one-token equality pattern under its attribute set; False for any other."""
        if len(pattern) != 1 or not pattern[0] or not set(pattern[0]) <= _INDEXED_ATTRS:
            return False
        names = tuple(sorted(pattern[0]))
        choices = [_values(pattern[0][name]) for name in names]
        if any(c is None for c in choices):
            return False
        table = self._tables.setdefault(names, {})
        strings = self.vocab.strings
        for combination in product(*choices):
            row = tuple(int(v) if isinstance(v, bool) else strings.add(v) for v in combination)
            rules = table.setdefault(row, [])
            if rule not in rules:
                rules.append(rule)
        return True

    def match(self, doc: Doc) -> list[Match]:
        strings = self.vocab.strings
        found: set[tuple[int, int, int]] = set()
        if len(doc) and (self._tables or self._sequences):
            names = {name for names in self._tables for name in names}
            names |= {test[0] for _, tests in self._sequences for token in tests for test in token}
            columns = dict(zip(names, doc.to_array([IDS[n] for n in names]).T.tolist(), strict=True))
            found.update(self._table_matches(columns))
            found.update(self._sequence_matches(columns, doc))
        # one match per rule and span, as the Matcher reports a span two patterns of a rule find
        found.update((int(strings[m_id]), s, e) for m_id, s, e in self._rest(doc, allow_missing=True))
        return sorted((rule, strings[str(rule)], start, end) for rule, start, end in found)

    def _table_matches(self, columns: dict[str, list[int]]) -> Iterator[tuple[int, int, int]]:
        for key, table in self._tables.items():
            for i, row in enumerate(zip(*(columns[name] for name in key), strict=True)):
                for rule in table.get(row, ()):
                    yield rule, i, i + 1

    def _sequence_matches(self, columns: dict[str, list[int]], doc: Doc) -> Iterator[tuple[int, int, int]]:
        strings, length = doc.vocab.strings, len(doc)
        where: dict[str, dict[int, list[int]]] = {}  # attribute -> value -> token positions, built on demand
        for rule, tests in self._sequences:
            for start in _starts(tests, columns, where):
                end = start + len(tests)
                if 0 <= start and end <= length and all(
                    _passes(test, columns[test[0]][start + j], strings)
                    for j, token in enumerate(tests)
                    for test in token
                ):
                    yield rule, start, end


def _starts(
    tests: list[list[Test]], columns: dict[str, list[int]], where: dict[str, dict[int, list[int]]]
) -> list[int]:
    """Where a pattern could start: by its value-list test that the fewest tokens pass."""
    best: list[int] | None = None
    for offset, token in enumerate(tests):
        for name, kind, values in token:
            if kind != "in":
                continue
            if name not in where:
                where[name] = {}
                for i, value in enumerate(columns[name]):
                    where[name].setdefault(value, []).append(i)
            starts = [i - offset for value in values for i in where[name].get(value, ())]  # type: ignore[union-attr]
            if best is None or len(starts) < len(best):
                best = starts
    return best or []


@Language.factory("briefx_attribute_ruler", default_config={"validate": False})
def make_indexed_attribute_ruler(nlp: Language, name: str, validate: bool) -> IndexedAttributeRuler:
    return IndexedAttributeRuler(nlp.vocab, name, validate=validate)


def index_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> Language:
    """Swap the base model's `attribute_ruler` for an `IndexedAttributeRuler` with its rules."""
    if type(nlp.get_pipe(name) if name in nlp.pipe_names else None) is AttributeRuler:
        patterns = nlp.get_pipe(name).patterns
        nlp.replace_pipe(name, "briefx_attribute_ruler").add_patterns(patterns)
    return nlp
