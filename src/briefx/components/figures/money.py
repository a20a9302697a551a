"""briefx_money: amounts of money ("$2.44 billion", "USD34.6 million", "2 million yuan")."""

from __future__ import annotations

import re

from spacy.language import Language

from briefx.components.attributes import register_attributes
from briefx.components.figures.base import BaseFigureComponent, Candidate
from briefx.normalize.currency import parse_money
from briefx.normalize.numbers import scale_value
from briefx.resources import load_json

_BRACKET_OPEN = re.compile(r"^\s*[(\[]\s*$")
_GLUED_CODE = re.compile(r"^[A-Z]{3}\d+$")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_WORDS = re.compile(r"[^\W\d_]+")


def _bare_glued_code(surface: str) -> bool:
    """ "COP29", "USD200": a code glued to a whole number without a scale reads as a name."""
    return bool(_GLUED_CODE.match(surface))


class MoneyComponent(BaseFigureComponent):
    """Find MONEY figures: value fully scaled, ISO 4217 currency, qualifier."""

    label = "MONEY"
    patterns_file = "money.jsonl"

    range_key = "currency"
    signed = True

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.captions = [re.compile(p) for p in load_json("lexicons", "scale_words.json").get("table_captions", ())]

    def read(self, surface: str, text: str) -> dict | None:
        tables = self.tables
        money = parse_money(
            surface,
            currencies=tables.currencies,
            scales=tables.scales,
            number_words=tables.number_words,
            context=text,
        )
        if money.currency is None or _bare_glued_code(surface):
            return None
        return {"value": money.value, "currency": money.currency}

    def finish(self, text: str, found: list[Candidate]) -> list[Candidate]:
        # GOLD.md: a bracketed conversion ("C$10 million (US$7.3 million)") keeps the qualifier.
        for prev, cand in zip(found, found[1:], strict=False):
            if _BRACKET_OPEN.match(text[prev.end : cand.start]) and cand.attrs["qualifier"] is None:
                cand.attrs["qualifier"] = prev.attrs["qualifier"]
        for start, end, factor in self.table_scales(text):
            for cand in found:
                surface = text[cand.start : cand.end]
                unscaled = not any(w.lower() in self.tables.scales for w in _WORDS.findall(surface))
                if start <= cand.start < end and unscaled:
                    cand.attrs["value"] = scale_value(cand.attrs["value"], factor)
        return found

    def table_scales(self, text: str) -> list[tuple[int, int, float]]:
        """Blocks under a caption such as ``(in millions)``: (start, end, factor), ending at a blank line."""
        blocks = []
        for caption in self.captions:
            for match in caption.finditer(text):
                factor = self.tables.scale_words.get(match.group("scale").lower())
                if factor is None:
                    continue
                blank = _BLANK_LINE.search(text, text.find("\n", match.end()) + 1 or len(text))
                blocks.append((match.end(), blank.start() if blank else len(text), float(factor)))
        return blocks


@Language.factory(
    "briefx_money",
    assigns=["doc.spans"],
    default_config={"span_group": "figures", "patterns": "money.jsonl"},
)
def make_money(nlp: Language, name: str, span_group: str, patterns: str) -> MoneyComponent:
    """Build the MONEY component."""
    register_attributes()
    return MoneyComponent(nlp, name, span_group=span_group, patterns=patterns)
