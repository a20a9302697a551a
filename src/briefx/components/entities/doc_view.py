"""One document as the entity rules read it: token texts read once, a token-position index,
and the tests that depend on the document alone (sentence starts, headlines, blocked
tokens). Built per call and passed as an argument; the component keeps none of it."""

from __future__ import annotations

from functools import cached_property

from spacy.tokens import Doc

from briefx.components.entities.lexicon import YEAR

_BULLETS = frozenset({"•", "-", "*", "–", "·", "▪", "“", '"'})
_BLOCKING_GROUPS = ("furniture", "figures", "dates")


class DocView:
    """Per-document cache and token tests over a `Doc`."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.texts: list[str] = [t.text for t in doc]  # walking a Doc makes a Token per step
        self.memo: dict[tuple, object] = {}  # answers the rules ask for more than once

    def __len__(self) -> int:
        return len(self.doc)

    @cached_property
    def text(self) -> str:
        """The document's text, joined once (``Doc.text`` joins every token at each access)."""
        return self.doc.text

    @cached_property
    def positions(self) -> dict[str, list[int]]:
        """Token text -> its indices in the document."""
        positions: dict[str, list[int]] = {}
        for i, word in enumerate(self.texts):
            positions.setdefault(word, []).append(i)
        return positions

    def stands_in_order(self, words: list[str]) -> bool:
        """The words, as written, stand one after another somewhere in the document."""
        texts = self.texts
        return bool(words) and any(texts[i : i + len(words)] == words for i in self.positions.get(words[0], ()))

    @cached_property
    def headlines(self) -> list:
        """The title and section heading spans."""
        return [*self.doc.spans.get("title", []), *self.doc.spans.get("sections", [])]

    @cached_property
    def blocked(self) -> frozenset[int]:
        """Tokens of page furniture, figures and dates: never part of a name."""
        tokens: set[int] = set()
        for group in _BLOCKING_GROUPS:
            for span in self.doc.spans.get(group, []):
                tokens.update(range(span.start, span.end))
        return frozenset(tokens)

    @cached_property
    def blocked_for_events(self) -> frozenset[int]:
        """`blocked` less the years: "UN 2026 Water Conference" keeps its year."""
        return self.blocked - {i for i, text in enumerate(self.texts) if YEAR.match(text)}

    def span_text(self, start: int, end: int) -> str:
        """The text of doc[start:end], read once per document."""
        key = ("text", start, end)
        text = self.memo.get(key)
        if text is None:
            text = self.memo[key] = self.doc[start:end].text
        return text  # type: ignore[return-value]

    def word_from(self, k: int) -> int:
        """The first token at or after k that is no whitespace ("Pacific⏎people": a wrap's line break
        between two words); len(texts) when none is left."""
        texts = self.texts
        while k < len(texts) and texts[k].isspace():
            k += 1
        return k

    def in_headline(self, i: int) -> bool:
        return any(line.start <= i < line.end for line in self.headlines)

    def name_continues(self, i: int) -> bool:
        """ "Norfolk Coast Watch": a capitalised word after a place head makes it part of a longer name."""
        doc = self.doc
        return i < len(doc) and doc[i].is_title and not doc[i].is_sent_start and doc[i].is_alpha

    def sentence_initial(self, i: int) -> bool:
        """Token i opens a sentence, a line or a bullet; not a line that a hard wrap began inside a sentence."""
        doc = self.doc
        if self.wrapped_line(i):
            return False
        j = i - 1
        while j >= 0 and (doc[j].is_space or doc[j].text in _BULLETS):
            j -= 1
        return j < 0 or doc[i].is_sent_start or "\n" in doc[j + 1 : i + 1].text or doc[j].text in {".", "!", "?"}

    def wrapped_line(self, i: int) -> bool:
        """Token i goes on with a sentence that a hard line wrap broke ("calling on⏎Congress for"):
        one line break after a lower-case word or a comma."""
        if i < 2:
            return False
        gap, before = self.texts[i - 1], self.texts[i - 2]
        if not gap.isspace() or gap.count("\n") != 1:
            return False
        return before == "," or (before.isalpha() and before.islower())

    def named_midsentence(self, text: str, skip: int) -> bool:
        """`text` stands somewhere other than at `skip` inside a sentence: the body confirms a name."""
        return any(i != skip and not self.sentence_initial(i) for i in self.positions.get(text, []))
