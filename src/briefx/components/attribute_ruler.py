"""The base model's attribute ruler, matched by table lookup: same rules, same output, less time.

en_core_web_sm's `attribute_ruler` maps tags to POS and morphology with 179 rules, nearly all
of one token whose attributes equal a value or fall in a list ({"TAG": "NN"},
{"TAG": "IN", "LOWER": {"IN": [...]}}). spaCy's `Matcher` tries every rule at every token:
about a tenth of the whole pipeline's time. `IndexedAttributeRuler` finds the matches of those
rules by looking each token's attribute values up in a table per attribute set, leaves the
rest (two-token rules, regular expressions) to a `Matcher`, and sets attributes as
spaCy's ruler does, from the same sorted match list (issue 9: throughput).
"""

from __future__ import annotations

from itertools import product

from spacy.attrs import IDS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.vocab import Vocab

# token attributes whose pattern values are strings (hashed) or booleans, read by `Doc.to_array`
_INDEXED_ATTRS = frozenset({"ORTH", "LOWER", "TAG", "DEP", "IS_SPACE"})

Match = tuple[int, int, int, int]  # (rule index, match id, start, end), as AttributeRuler.match


def _values(value: object) -> list[str | bool] | None:
    """The values a token-pattern entry accepts, or None when a table cannot say (REGEX, NOT_IN…)."""
    if isinstance(value, str | bool):
        return [value]
    if isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
        return list(value["IN"])
    return None


class IndexedAttributeRuler(AttributeRuler):
    """spaCy's `AttributeRuler`, with one-token equality rules matched by lookup."""

    def __init__(self, vocab: Vocab, name: str = "attribute_ruler", *, validate: bool = False) -> None:
        super().__init__(vocab, name, validate=validate)
        self._reset_index()

    def clear(self) -> None:
        super().clear()
        self._reset_index()

    def _reset_index(self) -> None:
        # attribute set -> (its values' hashes -> the rules matching them); the other patterns
        self._tables: dict[tuple[str, ...], dict[tuple[int, ...], list[int]]] = {}
        self._rest = Matcher(self.vocab, validate=self.validate)

    def add(self, patterns, attrs, index=0) -> None:  # noqa: ANN001 (AttributeRuler's signature)
        key = str(len(self.attrs))
        super().add(patterns, attrs, index)
        rule = len(self.attrs) - 1
        for pattern in patterns:
            if not self._index(pattern, rule):
                self._rest.add(key, [pattern])

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
        if self._tables and len(doc):
            names = sorted({name for names in self._tables for name in names})
            columns = dict(zip(names, doc.to_array([IDS[n] for n in names]).T.tolist(), strict=True))
            for key, table in self._tables.items():
                for i, row in enumerate(zip(*(columns[name] for name in key), strict=True)):
                    for rule in table.get(row, ()):
                        found.add((rule, i, i + 1))
        # one match per rule and span, as the Matcher reports a span two patterns of a rule find
        found.update((int(strings[m_id]), s, e) for m_id, s, e in self._rest(doc, allow_missing=True))
        return sorted((rule, strings[str(rule)], start, end) for rule, start, end in found)


@Language.factory("briefx_attribute_ruler", default_config={"validate": False})
def make_indexed_attribute_ruler(nlp: Language, name: str, validate: bool) -> IndexedAttributeRuler:
    return IndexedAttributeRuler(nlp.vocab, name, validate=validate)


def index_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> Language:
    """Swap the base model's `attribute_ruler` for an `IndexedAttributeRuler` with its rules."""
    if type(nlp.get_pipe(name) if name in nlp.pipe_names else None) is AttributeRuler:
        patterns = nlp.get_pipe(name).patterns
        nlp.replace_pipe(name, "briefx_attribute_ruler").add_patterns(patterns)
    return nlp
