"""briefx_count: cardinals that count something ("351 trains", "five projects", "one of the").

Runs after money, percent, capacity, dates and entities, and never overlaps
their spans, page furniture or names in `doc.ents`. It also guards on its own,
for pipelines whose date or entity components are missing (GOLD.md, corpus/README.md):
years, fiscal years and dates beside a month; durations ("five years") and
time adjectives ("a five-year plan"); fractions, "twice", ordinals; numbers in
names ("G20", "Line 3", "Group of Seven"); measures with other units ("400 kV");
clock times; list markers and lone numbers on a line (view counters).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cached_property

from spacy.language import Language
from spacy.tokens import Doc, Token

from briefx.components.attributes import doc_text, register_attributes
from briefx.components.figures.base import BaseFigureComponent, Candidate, non_overlapping
from briefx.normalize.numbers import parse_range
from briefx.resources import load_json

_RANGE_DASH = re.compile(r"\s?[–—-]\s?")
_NEXT = re.compile(r"(\s*)([-\u2010\u2011]?)([^\s,;:!?()\"“”\[\]]*)")
_PREVIOUS = re.compile(r"(\S+)(\s*)$")
_LINKED_DURATION = re.compile(r"\s+(?:to|or|and)\s+(?:\d+|[a-z]+(?:-[a-z]+)?)", re.IGNORECASE)
_CLAUSE_END = frozenset(".!?:;,")
# a number after a place or a group counts in a list or a tally ("3,400 troops, Australia 1,700", "Republicans 53
# to 47"); after an organisation or a person it names a model or a bill ("Boeing 787", "H.J. Res. 87")
_PLACES = frozenset({"GPE", "LOC", "NORP"})
_WRAPPED_LINE = 50
_POSSESSIVE = frozenset({"’s", "'s"})
_PEOPLE_AND_PLACES = _PLACES | {"PERSON"}
# a name after a number, then this number: a run of name-number pairs ("Tokoroa 13,572 Te Awamutu 12,195")
_PAIR_RUN = re.compile(r"\d[\d,]*[ \t]+(?:[A-Z][^\s\d]*[ \t]+){1,3}$")
# a short title-case abbreviation before a number: "H.R.", "S.", "Res.", "Vol.", "Fig."
_ABBREVIATION = re.compile(r"^(?:(?:[A-Z]\.){1,3}|[A-Z][a-z]{1,3}\.)$")
_PHONE = re.compile(r"(?:\+\d{1,3}|\(\d{2,5}\))(?:[\s.-]?\d{1,5}){2,}")
_SENTENCE_START = frozenset(".!?:;\n\"“”‘’'(—–-•*")
_TITLE_WORD = re.compile(r"^[A-Z][\w’'&.+-]*$")
_YEAR = re.compile(r"^\d{4}$")
_QUOTES = frozenset("\"“”‘’'")
_APOSTROPHES = frozenset("‘’'")
# "years 11, 12 and 13", "Parts 38 and 51": the word before the first of coordinated numbers
_COORDINATED = re.compile(r"(\S+)[ \t]+\d{1,4}(?:[ \t]*,[ \t]*\d{1,4})*(?:,?[ \t]+(?:and|or|&)|[ \t]*,)[ \t]+$")


def _word_before(words: Iterable[str], fillers: Iterable[str], numbers: Iterable[str]) -> re.Pattern[str]:
    """Text that ends with one of `words`, then a filler ("aged between", "the age of") and the first
    number of a range ("aged 12 to"), each optional: the number that follows is read by `words`."""
    word = "|".join(map(re.escape, words))
    filler = "|".join(map(re.escape, fillers))
    number = "|".join(["\\d[\\d.,]*", *map(re.escape, numbers)])
    between = rf"(?:(?:{filler})\s+)?" if filler else ""
    return re.compile(rf"(?i)\b(?:{word})\s+{between}(?:(?:{number})\s*(?:to|and|-|–)\s*)?$")


class _Reading:
    """A Doc whose optional base-model annotations are checked once, and only if asked.

    `Doc.has_annotation` scans every token: too slow to ask for each number.
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc_text(doc)

    @cached_property
    def tags(self) -> bool:
        return self.doc.has_annotation("TAG")

    @cached_property
    def pos(self) -> bool:
        return self.doc.has_annotation("POS")

    @cached_property
    def deps(self) -> bool:
        return self.doc.has_annotation("DEP")

    @cached_property
    def ents(self) -> bool:
        return self.doc.has_annotation("ENT_IOB")


def _hard_wrap(text: str, word_end: int) -> bool:
    """Whether a single line break at `word_end` is a hard wrap inside a paragraph ("pursuant to Section⏎232",
    "Executive Order⏎14253" in plain-text White House pages): the line it ends is long."""
    if text[word_end : word_end + 1] != "\n" or text[word_end + 1 : word_end + 2].isspace():
        return False
    return word_end - (text.rfind("\n", 0, word_end) + 1) >= _WRAPPED_LINE


def _same_line(gap: str) -> bool:
    """Whether the words either side of `gap` read as one line: no line break, or a hard wrap into an
    indented line ("Executive Order⏎    14257" in a bulleted fact sheet)."""
    return "\n" not in gap or (gap.count("\n") == 1 and gap[-1:] in (" ", "\t", "\xa0"))


class CountComponent(BaseFigureComponent):
    """Find COUNT figures: value (a number or a (low, high) range) and qualifier."""

    label = "COUNT"
    blocking_groups = ("dates", "furniture")
    # only "between 10 and 15 mayors" is a range of counts: "from four to six — four to six destroyers" is a
    # change, and real dev gold splits it
    joins_to = False

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        span_group: str = "figures",
        patterns: str = "count.jsonl",
        entity_labels: Iterable[str] | None = None,
    ) -> None:
        super().__init__(nlp, name, span_group=span_group, patterns=patterns)
        rules = self.tables.count_rules
        self.time_units = frozenset(rules["time_units"])
        self.measures = frozenset(word.lower() for word in rules["measures"])
        self.hyphen_suffixes = frozenset(rules["hyphen_suffixes"])
        self.months = frozenset(rules["months"])
        self.one_before = frozenset(rules["one_pronoun_before"])
        self.one_after = frozenset(rules["one_pronoun_after"])
        self.one_generic_heads = frozenset(rules["one_generic_heads"])
        self.one_counts = frozenset(rules["one_counts"])
        self.one_counts_after = frozenset(rules["one_counts_after"])
        self.never = frozenset(rules["never"])
        number_words = [*self.tables.number_words["units"], *self.tables.number_words["tens"]]
        self.age_before = _word_before(rules["age_words"], rules["age_word_fillers"], number_words)
        self.age_turn = _word_before(rules["age_turn_words"], [], number_words)
        self.linked_hyphen_words = frozenset(rules["linked_hyphen_words"])
        self.duration_adjectives = frozenset(rules["duration_adjectives"])
        linked = "|".join(map(re.escape, rules["linked_hyphen_words"]))
        self.suspended_hyphen = re.compile(rf"-[ \t]+(?:{linked})[ \t]+[\w.,]+-(\S+)")
        self.fraction_words = frozenset(rules["fraction_words"])
        self.name_markers = frozenset(rules["name_markers"])
        self.coordinated_labels = frozenset(rules["coordinated_labels"]) | self.name_markers
        self.year_low, self.year_high = rules["year_range"]
        self.ratio_words = frozenset(rules["ratio_words"])
        self.small_numbers = frozenset(self.tables.number_words["units"]) | frozenset(self.tables.number_words["tens"])
        self.dozen_qualifier = rules["a_dozen_qualifier"]
        self.entity_labels = frozenset(rules["entity_labels"] if entity_labels is None else entity_labels)
        qualifier_words = {word for phrases in self.tables.qualifiers.values() for p in phrases for word in p.split()}
        self.not_names = frozenset(load_json("lexicons", "english_stopwords.json")) | qualifier_words

    def blocked(self, doc: Doc) -> bytearray:
        mask = super().blocked(doc)
        for ent in doc.ents:
            if ent.label_ in self.entity_labels:
                mask[ent.start_char : ent.end_char] = b"\x01" * (ent.end_char - ent.start_char)
        for phone in _PHONE.finditer(doc_text(doc)):
            mask[phone.start() : phone.end()] = b"\x01" * (phone.end() - phone.start())
        return mask

    def find(self, doc: Doc) -> Iterable[Candidate]:
        found = non_overlapping(self._find_each(doc))
        return self.merge_ranges(doc_text(doc), found, self.range_key)

    def _find_each(self, doc: Doc) -> Iterator[Candidate]:
        reading = _Reading(doc)
        text = reading.text
        for pattern_id, match in self.matches(text):
            start, end = match.span()
            surface = match.group()
            if pattern_id == "dozen":
                yield from self._dozen(text, start, end, surface)
            elif pattern_id == "a-scale":
                yield from self._a_scale(reading, start, end, surface)
            elif pattern_id == "words":
                if self._keeps_word(reading, start, end, surface):
                    yield self._candidate(text, start, end, surface)
            else:
                yield from self._digits(reading, start, end, surface)

    def _candidate(self, text: str, start: int, end: int, surface: str) -> Candidate:
        tables = self.tables
        value = parse_range(surface, number_words=tables.number_words, scales=tables.scale_words)
        attrs = {"value": value, "qualifier": self.qualifier(text, start)}
        return Candidate(start, end, self.label, attrs)

    def _dozen(self, text: str, start: int, end: int, surface: str) -> Iterator[Candidate]:
        # GOLD.md: "a dozen" is 12 with qualifier "over"; the determiner stays out of the span.
        offset = surface.lower().rfind("dozen")
        qualifier = self.qualifier(text, start) or self.dozen_qualifier
        yield Candidate(start + offset, end, self.label, {"value": 12.0, "qualifier": qualifier})

    def _a_scale(self, reading: _Reading, start: int, end: int, surface: str) -> Iterator[Candidate]:
        """ "more than a billion doses", "one in every thousand children": the scale word alone is the
        span (GOLD.md: determiners stay out), its value the scale."""
        word = surface.split()[-1]
        offset = end - len(word)
        if not self._keeps(reading, offset, end, word):
            return
        scales = {**self.tables.number_words["multipliers"], **self.tables.scale_words}
        if value := scales.get(word.lower()):
            attrs = {"value": float(value), "qualifier": self.qualifier(reading.text, start)}
            yield Candidate(offset, end, self.label, attrs)

    def _digits(self, reading: _Reading, start: int, end: int, surface: str) -> Iterator[Candidate]:
        text = reading.text
        parts = _RANGE_DASH.split(surface, maxsplit=1)
        if len(parts) == 2:
            first = parts[0]
            if _YEAR.match(first) and self.year_low <= int(first) <= self.year_high:
                return  # a year range or fiscal year ("2027–2030", "2012–13")
            if not self._keeps(reading, start, end, surface):
                return
            value = parse_range(surface, number_words=self.tables.number_words, scales=self.tables.scale_words)
            if isinstance(value, tuple):
                yield self._candidate(text, start, end, surface)
                return
            # Not a rising range ("a 5–4 vote"): two counts; a long first part is a model
            # or code ("Boeing 787-9"), not a tally.
            if len(first) > 2:
                return
            second = start + surface.index(parts[1], len(first))
            for a, b in ((start, start + len(first)), (second, end)):
                if self._keeps_digits(reading, a, b, text[a:b]):
                    yield self._candidate(text, a, b, text[a:b])
            return
        if self._keeps_digits(reading, start, end, surface):
            yield self._candidate(text, start, end, surface)

    def _keeps_digits(self, reading: _Reading, start: int, end: int, surface: str) -> bool:
        text = reading.text
        if "." in surface and not any(c.isalpha() for c in surface):
            return False  # a bare decimal measures, it does not count
        if _YEAR.match(surface) and self.year_low <= int(surface) <= self.year_high:
            if self._next_tag(reading, end) != "NNS":
                return False  # a year; "2000 troops" needs the tagger to say so
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start : line_end if line_end != -1 else len(text)]
        if line.strip().strip("*_ \t") == surface:
            return False  # a lone number on a line, bold or not: a view counter, a table's row number ("**11**")
        marker_end = text[end : end + 1] in (".", ")") or text[end : end + 2] == "\\."
        if marker_end and not text[line_start:start].strip(" \t-–•*("):
            return False  # a list marker: "2.", "2)", and markdown's escaped 2\.
        if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
            return False
        if text[start - 1 : start] in _QUOTES and text[end : end + 1] in _QUOTES:
            return False  # '"19" for the year it was found': a number quoted as a term
        cut_year = len(surface) == 2 and text[start - 1 : start] in _APOSTROPHES
        if cut_year and not text[start - 2 : start - 1].isalnum():
            return False  # "a ’24 budget", "the '90s": a year cut short
        if self._labels_coordinated(reading, start):
            return False  # "years 11, 12 and 13", "Figures 1 and 2": numbers that name, not count
        return self._keeps(reading, start, end, surface)

    def _keeps_word(self, reading: _Reading, start: int, end: int, surface: str) -> bool:
        text = reading.text
        lower = surface.lower()
        if lower in self.never:
            return False
        if surface[0].isupper() and not self._sentence_start(text, start):
            return False  # a number word in a name ("Group of Seven", "Five-Year Plan")
        if lower == "one" and self._one_is_pronoun(reading, start, end):
            return False
        return self._keeps(reading, start, end, surface)

    def _one_is_pronoun(self, reading: _Reading, start: int, end: int) -> bool:
        """Whether this "one" stands for a noun or is an article ("one another", "at one stage"),
        not a count (GOLD.md keeps "one of the …" and "one pack")."""
        text = reading.text
        previous = _PREVIOUS.search(text[max(0, start - 40) : start])
        next_word = self._next_word(text, end)[1].lower().rstrip(".,;:!?")
        if text[end : end + 1] in _CLAUSE_END | {'"', "”", "’"}:
            return True  # "never meant to be one," - a pronoun
        if previous and previous.group(1).lower() in self.one_before:
            return True
        if next_word in self.one_after:
            return True
        if next_word in self.one_counts_after or next_word[:1].isdigit():
            return False  # "at least one per 1,000", "one 700 MHz block"
        token = self._token(reading, start, end) if reading.deps else None
        if token is None:
            return self._pos(reading, start, end) == "PRON"
        if token.dep_ == "nummod":
            return token.head.lower_ in self.one_generic_heads  # "one example is", "one more thing"
        return next_word != "of" and token.dep_ not in self.one_counts  # "reinforce one another"

    def _keeps(self, reading: _Reading, start: int, end: int, surface: str) -> bool:
        """Checks shared by digits and words: the words around the number."""
        text = reading.text
        hyphen, next_word = self._next_word(text, end)
        next_lower = next_word.lower()
        if hyphen:
            next_lower = self._linked_unit(text, end, next_lower)
            head = next_lower.split("-")[0]
            if head in self.time_units or next_lower in self.time_units:
                return False  # "a five-year plan", "a 20-year contract"
            if head in self.hyphen_suffixes or next_lower in self.hyphen_suffixes:
                return False  # "two-way", "one-third", "three-fold"
        else:
            stripped = next_lower.rstrip(".") if next_lower not in self.measures else next_lower
            if stripped in self.time_units or next_lower in self.time_units:
                return False  # a duration: a DATE, not a COUNT
            if stripped in self.duration_adjectives and self._unit_after(text, _NEXT.match(text, end).end()):
                return False  # "six straight weeks", "two consecutive quarters": still a duration
            if next_lower in self.measures or stripped in self.measures or stripped.split("-")[0] in self.measures:
                return False  # a measure with a unit that is not a capacity ("10 percentage-point rise")
            if stripped in self.fraction_words:
                return False  # "one third of students": a fraction
            if next_word.rstrip(".") in self.months:
                return False
        if self._duration_follows(text, end):
            return False  # "two to three days", "two or three weeks"
        if self._in_ratio(text, start, end, next_lower):
            return False  # "one in four adults", "1 in 6 households": a share, as a fraction is
        if self._is_age(text, start, end):
            return False
        if self._names_the_noun_before(reading, start, end):
            return False  # "a category 3 hurricane", "in year 1", "title 5": the number names, it does not count
        return not self._named_by_word_before(reading, start)

    def _linked_unit(self, text: str, end: int, next_word: str) -> str:
        """The hyphenated word a number shares with a later one it is linked to ("16- and 17-year-olds",
        "two-to-five-year-olds" -> "year-olds"), else `next_word` as it is."""
        if not next_word:
            suspended = self.suspended_hyphen.match(text, end)
            return suspended.group(1).lower() if suspended else next_word
        parts = next_word.split("-", 2)
        return parts[2] if len(parts) == 3 and parts[0] in self.linked_hyphen_words else next_word

    def _is_age(self, text: str, start: int, end: int) -> bool:
        """ "young people aged 12 to 24", "over the age of 50", "people turning 65 would need": an age, not a
        count (real dev gold labels no age COUNT; corpus/README.md: "died aged 79" gets no span)."""
        before = text[max(0, start - 40) : start]
        if self.age_before.search(before):
            return True
        if not self.age_turn.search(before):
            return False
        word = self._next_word(text, end)[1].lower()
        return not word[:1].isalpha() or word in self.not_names  # "turns two neighbours into" still counts

    def _named_by_word_before(self, reading: _Reading, start: int) -> bool:
        """Whether the word before the number (on its line, or across a hard wrap) makes it part of a name
        or a date: "No. 5", "Oct 2", "H.R. 1234", "Line 3"; not "the Navy’s 12 ships" nor "Australia 1,700"."""
        text = reading.text
        previous = _PREVIOUS.search(text[max(0, start - 40) : start])
        if not previous or not (_same_line(previous.group(2)) or _hard_wrap(text, start - len(previous.group(2)))):
            return False
        word = previous.group(1).lstrip("*_") or previous.group(1)  # bold opens the word: "**Result 2:"
        if word in self.name_markers or word.lstrip("([“\"‘'") in self.name_markers:  # "(Section 232)"
            return True  # "No. 5"
        word = word.lstrip("([") or word  # "(Result 10)"; a quote opens a sentence ("“Currently 62")
        if word in self.months or (word[-1] == "." and word[:-1] in self.months):
            return True  # "Oct 2", "Nov. 30"
        word_start = start - len(previous.group(0))
        if _ABBREVIATION.match(word) and not self._in_entity(reading, word_start, _PEOPLE_AND_PLACES):
            return True  # a bill or volume number ("H.R. 1234", "H.J. Res. 87", "Vol. 3"), not "the U.S. 300"
        if word[-1] in _CLAUSE_END or word[-2:] in _POSSESSIVE:
            return False  # the word ends a sentence or clause, or owns the count ("the Navy’s 12 ships")
        return (
            bool(_TITLE_WORD.match(word))
            and word.lower() not in self.not_names
            and not self._in_entity(reading, word_start)
            and not _PAIR_RUN.search(text, max(0, start - 60), start)
            and not self._is_verb(reading, start - len(previous.group(2)) - len(word))
        )  # a number in a name ("Line 3", "Resolution 2231"), not in a flattened table ("Oamaru 13,107 Te Puke 8,688")

    @staticmethod
    def _is_verb(reading: _Reading, offset: int) -> bool:
        """Whether the tagger reads the capitalised word at `offset` as a verb: a bullet or a title-case headline
        opens with it ("- Build 13 schools", "Stationing two squadrons", "Will Create 3,000 Jobs"), and the
        number after it counts; a name's word is a noun ("Line 3", "Resolution 2231")."""
        if not reading.tags:
            return False
        span = reading.doc.char_span(offset, offset + 1, alignment_mode="expand")
        return span is not None and len(span) > 0 and span[0].tag_.startswith("VB")

    @staticmethod
    def _names_the_noun_before(reading: _Reading, start: int, end: int) -> bool:
        """The parse hangs the number on the common noun just before it, and no plural noun follows for
        it to count ("a category 3 hurricane", "$2 million in year 1", "chapter 8 of title 5"): a
        count stands before its noun, a number after one names an item (GOLD.md: numbers in names)."""
        if not (reading.deps and reading.tags):
            return False
        token = CountComponent._token(reading, start, end)
        if token is None or token.i == 0:
            return False
        before = token.doc[token.i - 1]
        if token.head.i != before.i or before.tag_ != "NN" or token.idx != before.idx + len(before.text_with_ws):
            return False
        after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return after is None or after.tag_ not in ("NNS", "NNPS")

    def _in_ratio(self, text: str, start: int, end: int, next_word: str) -> bool:
        """Either number of "N in M" ("two in five providers", "1 in 6 households"): no count
        (corpus/README.md: fractions are not COUNT). A year or a duration after "in" is none."""
        if next_word in self.ratio_words:
            after = _NEXT.match(text, _NEXT.match(text, end).end())
            word = after.group(3).lower().rstrip(".,;:") if after else ""
            if self._small_number(word):
                return not self._duration_follows(text, after.end()) and not self._unit_after(text, after.end())
        words = text[max(0, start - 30) : start].split()
        return len(words) >= 2 and words[-1].lower() in self.ratio_words and self._small_number(words[-2].lower())

    def _small_number(self, word: str) -> bool:
        return word in self.small_numbers or (word.isdigit() and len(word) <= 3)

    def _unit_after(self, text: str, end: int) -> bool:
        word = self._next_word(text, end)[1].lower().rstrip(".")
        return word in self.time_units or word in self.measures

    def _labels_coordinated(self, reading: _Reading, start: int) -> bool:
        """The number follows other numbers joined by commas or 'and' after a label word ("Parts 38
        and 51", "years 11, 12 and 13"): it names an item as the first one does."""
        match = _COORDINATED.search(reading.text, max(0, start - 80), start)
        if match is None:
            return False
        word = match.group(1)
        if word.rstrip(".") in self.months:
            return False  # "on April 24 and 25 staff": a day, then a count
        if word in self.coordinated_labels:
            return True
        if word[-2:] in _POSSESSIVE:
            return False  # "Trump’s 214, or 290 votes": the owner of the first count
        return bool(_TITLE_WORD.match(word)) and word.lower() not in self.not_names and not self._in_entity(
            reading, match.start(1)
        )

    def _duration_follows(self, text: str, end: int) -> bool:
        match = _LINKED_DURATION.match(text, end)
        if match is None:
            return False
        word = self._next_word(text, match.end())[1].lower()
        if word in self.duration_adjectives:  # "three and two more years"
            return self._unit_after(text, _NEXT.match(text, match.end()).end())
        return word in self.time_units

    @staticmethod
    def _in_entity(reading: _Reading, offset: int, labels: frozenset[str] = _PLACES) -> bool:
        """Whether the word at `offset` is part of a place name (e.g. "Australia 1,700"), or of an entity
        with one of `labels`."""
        if not reading.ents:
            return False
        span = reading.doc.char_span(offset, offset + 1, alignment_mode="expand")
        return span is not None and len(span) > 0 and span[0].ent_type_ in labels

    def _next_word(self, text: str, end: int) -> tuple[bool, str]:
        match = _NEXT.match(text, end)
        if match is None or (match.group(1) and match.group(2)):
            return False, ""
        return bool(match.group(2)), match.group(3)

    @staticmethod
    def _sentence_start(text: str, start: int) -> bool:
        before = text[max(0, start - 8) : start].rstrip(" \t")
        return not before or before[-1] in _SENTENCE_START

    @staticmethod
    def _token(reading: _Reading, start: int, end: int) -> Token | None:
        span = reading.doc.char_span(start, end, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    @staticmethod
    def _pos(reading: _Reading, start: int, end: int) -> str:
        if not reading.pos:
            return ""
        span = reading.doc.char_span(start, end, alignment_mode="expand")
        return span[0].pos_ if span is not None and len(span) else ""

    @staticmethod
    def _next_tag(reading: _Reading, end: int) -> str:
        if not reading.tags:
            return ""
        span = reading.doc.char_span(end - 1, end, alignment_mode="expand")
        if span is None or span.end >= len(reading.doc):
            return ""
        return reading.doc[span.end].tag_


@Language.factory(
    "briefx_count",
    assigns=["doc.spans"],
    default_config={"span_group": "figures", "patterns": "count.jsonl", "entity_labels": None},
)
def make_count(
    nlp: Language,
    name: str,
    span_group: str,
    patterns: str,
    entity_labels: list[str] | None,
) -> CountComponent:
    """Build the COUNT component."""
    register_attributes()
    return CountComponent(nlp, name, span_group=span_group, patterns=patterns, entity_labels=entity_labels)
