"""Read written numbers, ranges and qualifiers: "57,000", "2.44 billion", "twenty-one", "2–3".

Tables come from `models/lexicons/` (number_words.json, scale_words.json,
qualifiers.json); the functions only read them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

Value = float | tuple[float, float]

# Digits with optional thousands groups (comma, space, no-break or thin space) and decimals.
_PIECE = re.compile(
    r"\d{1,3}(?:[,\u00a0\u2009\u202f ]\d{3})+(?:\.\d+)?(?!\d)|\d+/\d+|\d*\.\d+|\d+|[½¼¾⅓⅔⅛]|[^\W\d_]+"
)
# written fractions: "1-1/2 percent", "0 to 1/4 percent", "4½ per cent" (central banks' releases)
_VULGAR = {"½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75"), "⅓": Decimal(1) / 3,
           "⅔": Decimal(2) / 3, "⅛": Decimal("0.125")}


def _fraction(piece: str) -> Decimal | None:
    if piece in _VULGAR:
        return _VULGAR[piece]
    top, _, bottom = piece.partition("/")
    if bottom and top.isdigit() and bottom.isdigit() and int(bottom):
        return Decimal(top) / Decimal(bottom)
    return None
_GROUP_SEPARATORS = re.compile(r"[,\u00a0\u2009\u202f ]")
_RANGE_SEPARATOR = re.compile(r"\s*[–—-]\s*|\s+to\s+|\s+and\s+", re.IGNORECASE)
_BETWEEN = re.compile(r"^\s*between\s+", re.IGNORECASE)
_FILLERS = frozenset({"and", "a", "an"})


def _decimal(digits: str) -> Decimal | None:
    try:
        return Decimal(_GROUP_SEPARATORS.sub("", digits))
    except InvalidOperation:
        return None


def _pieces(text: str) -> list[str]:
    # a hyphen splits words ("twenty-one") but never joins digits into a thousands group ("80-100" is no 80100)
    return _PIECE.findall(text.lower().replace("-", " - "))


@dataclass
class _NumberReading:
    """What `parse_number` has read so far of one number."""

    total: Decimal = Decimal(0)
    current: Decimal | None = None
    last_unit: Decimal | None = None
    article: bool = False
    seen: bool = False
    leading: Decimal | None = None  # "half a million", "a quarter billion": a fraction of the scale after it

    def written_fraction(self, value: Decimal) -> bool:
        """ "1 1/2", "4½": a whole number and a fraction are one number."""
        self.current = value if self.current is None else self.current + value
        self.last_unit = None
        return True

    def digits(self, piece: str) -> bool:
        if self.current is not None:
            return False  # two numbers: a range or a list, not one number
        self.current = _decimal(piece)
        self.last_unit = None
        return self.current is not None

    def word(self, value: Decimal, *, unit: bool) -> bool:
        self.current = (self.current or Decimal(0)) + value
        self.last_unit = value if unit else None
        return True

    def multiplier(self, value: Decimal) -> bool:
        base = self.current if self.current is not None else (Decimal(1) if self.article else None)
        if base is None:
            return False
        self.current = base * value
        self.last_unit = None
        return True

    def fraction(self, value: Decimal) -> bool:
        if self.last_unit is not None and self.current is not None:
            self.current = self.current - self.last_unit + self.last_unit * value
        elif self.current is not None:
            self.current = self.current + value
        elif self.article:
            self.current = value
        elif not self.seen:
            self.leading = value
        else:
            return False
        self.last_unit = None
        return True

    def scale(self, value: Decimal) -> bool:
        if self.current is not None:
            self.total += self.current * value
        elif self.leading is not None:
            self.total += self.leading * value
            self.leading = None
        elif self.total:
            self.total *= value
        elif self.article:
            self.total += value
        else:
            return False
        self.current = None
        self.last_unit = None
        return True


def _read_piece(
    reading: _NumberReading, piece: str, number_words: Mapping[str, Mapping[str, float]], scales: Mapping[str, float]
) -> bool | None:
    """Read one piece into `reading`: True when it fits, False when the text is no single
    number, None for a filler ("a", "and") that changes nothing read."""
    units, tens = number_words.get("units", {}), number_words.get("tens", {})
    multipliers, fractions = number_words.get("multipliers", {}), number_words.get("fractions", {})
    written = _fraction(piece)
    if written is not None:
        return reading.written_fraction(written)
    if piece[0].isdigit() or piece[0] == ".":
        return reading.digits(piece)
    if piece in units or piece in tens:
        return reading.word(Decimal(str(units.get(piece, tens.get(piece)))), unit=piece in units)
    if piece in multipliers:
        return reading.multiplier(Decimal(str(multipliers[piece])))
    if piece in fractions:
        return reading.fraction(Decimal(str(fractions[piece])))
    if piece in scales:
        return reading.scale(Decimal(str(scales[piece])))
    if piece in _FILLERS:
        if piece != "and":
            reading.article, reading.last_unit = True, None
        return None
    return False


def parse_number(
    text: str,
    *,
    number_words: Mapping[str, Mapping[str, float]],
    scales: Mapping[str, float],
) -> float | None:
    """Parse one number with an optional scale: "57,000", "2.44 billion", "one and one-half".

    Args:
        text: the number as written, without currency or unit.
        number_words: the number_words.json table (units, tens, multipliers, fractions).
        scales: scale word -> multiplier ("million": 1e6, "bn": 1e9).

    Returns:
        The value, or None when `text` is not a single number.
    """
    reading = _NumberReading()
    for piece in _pieces(text):
        fits = _read_piece(reading, piece, number_words, scales)
        if fits is None:
            continue
        if not fits:
            return None
        reading.seen = True
    if not reading.seen or reading.leading is not None:
        return None
    return float(reading.total + (reading.current or Decimal(0)))


def scale_of(text: str, scales: Mapping[str, float]) -> float | None:
    """The multiplier of the scale word that ends `text` ("500 million" -> 1e6), else None."""
    pieces = _pieces(text)
    return float(scales[pieces[-1]]) if pieces and pieces[-1] in scales else None


def parse_range(
    text: str,
    *,
    number_words: Mapping[str, Mapping[str, float]],
    scales: Mapping[str, float],
) -> Value | None:
    """Parse a number or a range of two: "2.44 billion" -> 2.44e9, "2–3 billion" -> (2e9, 3e9).

    A scale written only after the second number applies to both (GOLD.md: a range
    of figures is one span with a pair value). A "range" whose first number is the
    larger ("5–4", a vote tally) is not one: None.
    """
    single = parse_number(text, number_words=number_words, scales=scales)
    if single is not None:
        return single
    body = _BETWEEN.sub("", text)
    for separator in _RANGE_SEPARATOR.finditer(body):
        left, right = body[: separator.start()], body[separator.end() :]
        low = parse_number(left, number_words=number_words, scales=scales)
        high = parse_number(right, number_words=number_words, scales=scales)
        if low is None or high is None:
            continue
        right_scale = scale_of(right, scales)
        if right_scale is not None and scale_of(left, scales) is None:
            low = float(Decimal(str(low)) * Decimal(str(right_scale)))
        if low < high:
            return (low, high)
        return None
    return None


def scale_value(value: Value | None, factor: float) -> Value | None:
    """Multiply a value or both ends of a range by `factor` (exact for decimal factors)."""
    if value is None:
        return None
    if isinstance(value, tuple):
        low, high = (scale_value(v, factor) for v in value)
        return (low, high)  # type: ignore[return-value]
    return float(Decimal(str(value)) * Decimal(str(factor)))


def find_qualifier(before: str, *, qualifiers: Mapping[str, Iterable[str]]) -> str | None:
    """The qualifier ("approx", "over", "under") that the text before a figure ends with.

    GOLD.md: about/nearly/around/some -> approx; more than/over/above/exceeding -> over;
    less than/below/under/up to -> under. The longest matching phrase wins.
    """
    tail = before.lower().rstrip()
    best: tuple[int, str] | None = None
    for qualifier, phrases in qualifiers.items():
        for phrase in phrases:
            if not tail.endswith(phrase):
                continue
            cut = len(tail) - len(phrase)
            if cut > 0 and (tail[cut - 1].isalnum() or tail[cut - 1] in "-'’"):
                continue
            if best is None or len(phrase) > best[0]:
                best = (len(phrase), qualifier)
    return best[1] if best else None


_SIGN = re.compile(r"^\s*(?:[-−]|(?i:minus)\s+)(?=\S)")


def split_sign(text: str) -> tuple[int, str]:
    """``-3.2%`` -> (-1, "3.2%"), ``minus 5 percent`` -> (-1, "5 percent"); else (1, text)."""
    match = _SIGN.match(text)
    return (-1, text[match.end() :]) if match else (1, text)


def negate(value: Value | None) -> Value | None:
    """The value with its sign flipped (both ends of a range)."""
    return scale_value(value, -1.0)
