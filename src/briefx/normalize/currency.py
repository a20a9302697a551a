"""Read money amounts: "$2.44 billion", "USD34.6 million", "15-20 usd", "2 million yuan".

The currency table is `models/lexicons/currencies.json`: symbols and ISO codes
(case-sensitive), currency words (any case), sub-units with a factor, and
symbols whose currency depends on the document ("¥" is CNY beside yuan/RMB).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from functools import lru_cache
from typing import Any, NamedTuple

from briefx.normalize.numbers import Value, negate, parse_range, scale_value, split_sign

_LETTERS = re.compile(r"[A-Za-z]+")


class Money(NamedTuple):
    """A parsed amount: `value` fully scaled (or a (low, high) range) and its ISO 4217 code."""

    value: Value | None
    currency: str | None


class _Marker(NamedTuple):
    start: int
    end: int
    code: str
    factor: float = 1.0
    needs_scale: bool = False


def _bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not before.isalpha() and not after.isalpha()


@lru_cache(maxsize=16)
def _home_dollar(context: str, countries: tuple[tuple[str, tuple[str, ...]], ...], default: str) -> str:
    """The dollar of the country `context` names most (whole-word cues), `default` on a tie."""
    lower = context.lower()
    # a substring test first: most cues are absent, and one regex scan of the document per cue
    # (dozens per document, compiled again once the `re` cache has turned over) was the cost
    counts = {
        code: sum(len(re.findall(r"(?<![\w.])" + re.escape(cue) + r"(?![\w])", lower)) for cue in cues if cue in lower)
        for code, cues in countries
    }
    best = max(counts.values(), default=0)
    winners = [code for code, n in counts.items() if n == best]
    return default if best == 0 or default in winners or len(winners) > 1 else winners[0]


def _in_context(marker: str, code: str, currencies: Mapping[str, Any], context: str) -> str:
    """The code a marker stands for given cue words in `context` ("¥" beside "yuan" is CNY; a bare
    "$" in a New Zealand release is NZD)."""
    home = currencies.get("home_dollar")
    if home and context and marker in home.get("markers", ("$",)):
        countries = tuple((c, tuple(cues)) for c, cues in home["countries"].items())
        return _home_dollar(context, countries, home["default"])
    overrides = currencies.get("context", {}).get(marker)
    if overrides:
        lower = context.lower()
        for override in overrides:
            if any(cue in lower for cue in override["cues"]):
                return override["code"]
    return code


def _markers(text: str, currencies: Mapping[str, Any], context: str) -> list[_Marker]:
    found: list[_Marker] = []
    taken = [False] * len(text)

    def claim(start: int, end: int) -> bool:
        if any(taken[start:end]):
            return False
        taken[start:end] = [True] * (end - start)
        return True

    for symbol in sorted(currencies.get("symbols", {}), key=len, reverse=True):
        start = text.find(symbol)
        while start != -1:
            end = start + len(symbol)
            alpha = symbol[0].isalpha()
            if (not alpha or _bounded(text, start, end)) and claim(start, end):
                code = _in_context(symbol, currencies["symbols"][symbol], currencies, context)
                found.append(_Marker(start, end, code))
            start = text.find(symbol, end)
    codes = currencies.get("codes", {})
    lowercase = set(currencies.get("lowercase_codes", ()))
    for match in _LETTERS.finditer(text):
        word = match.group()
        code = codes.get(word) or (codes.get(word.upper()) if word in lowercase else None)
        if code and claim(match.start(), match.end()):
            found.append(_Marker(match.start(), match.end(), code))
    lower = text.lower()
    words = currencies.get("words", {})
    for word in sorted(words, key=len, reverse=True):
        start = lower.find(word)
        while start != -1:
            end = start + len(word)
            if _bounded(lower, start, end) and claim(start, end):
                entry = words[word]
                found.append(
                    _Marker(
                        start,
                        end,
                        _in_context(word, entry["code"], currencies, context),
                        float(entry.get("factor", 1.0)),
                        bool(entry.get("needs_scale", False)),
                    )
                )
            start = lower.find(word, end)
    return sorted(found)


def parse_money(
    text: str,
    *,
    currencies: Mapping[str, Any],
    scales: Mapping[str, float],
    number_words: Mapping[str, Mapping[str, float]],
    context: str = "",
) -> Money:
    """Parse an amount of money written with a symbol, an ISO code or a currency word.

    Args:
        text: the amount as written ("US$500 million", "RMB 5bn", "84 cents").
        currencies: the currencies.json table.
        scales: scale word -> multiplier, glued abbreviations included ("m", "bn").
        number_words: the number_words.json table.
        context: text to look for cue words in (e.g. the document, for "¥").

    Returns:
        `Money(value, currency)`; `currency` is None when no currency marker is found
        (or only one that needs a scale word, like "pounds"), `value` is None when the
        number does not parse.
    """
    sign, text = split_sign(text)  # "-$4 million", "minus 5 dollars"
    markers = _markers(text, currencies, context)
    if not markers:
        return Money(None, None)
    if len(markers) == 2 and markers[0].factor == 1.0 and markers[1].factor != 1.0:
        # "3 dollars 50 cents": one amount, the sub-unit added to the units
        main = parse_range(text[: markers[0].start].strip(), number_words=number_words, scales=scales)
        cents = parse_range(
            text[markers[0].end : markers[1].start].replace(" and ", " ").strip(),
            number_words=number_words,
            scales=scales,
        )
        if isinstance(main, float) and isinstance(cents, float):
            total = float(Decimal(str(main)) + Decimal(str(cents)) * Decimal(str(markers[1].factor)))
            return Money(-total if sign < 0 else total, markers[0].code)
    rest = text
    for marker in reversed(markers):
        rest = rest[: marker.start] + " " + rest[marker.end :]
    rest = rest.strip(" ()[]")
    marker = markers[0]
    value = parse_range(rest, number_words=number_words, scales=scales)
    if marker.needs_scale and not any(piece.lower() in scales for piece in _LETTERS.findall(rest)):
        return Money(value, None)
    if marker.factor != 1.0:
        value = scale_value(value, marker.factor)
    return Money(negate(value) if sign < 0 else value, marker.code)


def parse_amount(
    text: str,
    *,
    currencies: Mapping[str, Any],
    scales: Mapping[str, float],
    number_words: Mapping[str, Mapping[str, float]],
) -> Value | None:
    """The value of an amount of money ("$2.44 billion" -> 2.44e9), None if it does not parse."""
    return parse_money(text, currencies=currencies, scales=scales, number_words=number_words).value
