"""A region named like a landscape ("West Coast", "Hawkes Bay", "Moreton Bay") in a document about the country
that governs it: GPE (GOLD.md: regions with a government), though the same words elsewhere are LOC."""

from __future__ import annotations

from functools import cache

from briefx.components.entities.candidates import Candidate
from briefx.components.entities.doc_view import DocView
from briefx.components.entities.lexicon import Lexicon
from briefx.resources import load_json


@cache
def _countries() -> dict[str, tuple[tuple[str, ...], frozenset[str]]]:
    """Country key -> (its cue names, its regions), from models/lexicons/home_regions.json."""
    table = load_json("lexicons", "home_regions.json")["countries"]
    return {key: (tuple(row["cues"]), frozenset(row["regions"])) for key, row in table.items()}


@cache
def _type_words() -> frozenset[str]:
    return frozenset(load_json("lexicons", "home_regions.json")["type_words"])


def home_country(text: str) -> str | None:
    """The country whose cue names the text holds most often; None when none, or two tie."""
    counts = sorted(((sum(map(text.count, cues)), key) for key, (cues, _) in _countries().items()), reverse=True)
    if not counts or counts[0][0] == 0 or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return None
    return counts[0][1]


def home_regions(view: DocView, lex: Lexicon, chosen: list[Candidate]) -> list[Candidate]:
    """ "storm relief on the West Coast" in a New Zealand release, "the Moreton Bay region" in an Australian one:
    whatever source called it a natural region (a gazetteer's "West Coast", a pattern's "... Bay"), the country's
    governed region is GPE, less a lower-case type word after it; "the West Coast" of a US briefing stays LOC."""
    if not any(c.label == "LOC" for c in chosen):
        return chosen
    key = home_country(view.text)
    regions = _countries()[key][1] if key is not None else frozenset()
    out = []
    for c in chosen:
        end = c.end - 1 if c.end - c.start > 1 and view.texts[c.end - 1] in _type_words() else c.end
        home = c.label == "LOC" and view.span_text(c.start, end) in regions
        out.append(Candidate(c.start, end, "GPE", c.source) if home else c)
    return out
