"""Quotation marks in plain text: a pure scanner for briefx_quotes (no spaCy).

`find_quotes` finds quoted stretches paragraph by paragraph (curly or straight double
marks, single marks told apart from apostrophes, a line a hard wrap cut joined back to
the line above); `trim_quote` sets a span's edges (GOLD.md); `lead_before` reads the
words before a mark that may name its speaker ('Governor Ames: “…”').
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefx.normalize.lines import Line, run_on_starts, split_lines, wrap_width

_OPEN = {"“": "”", '"': '"', "«": "»", "„": "“"}
SINGLE_OPEN = frozenset({"‘", "'"})
# the marks a quote opens with: `_scan` steps from one to the next, past every other character
_MARKS = re.compile("[" + re.escape("".join(sorted({*SINGLE_OPEN, *_OPEN}))) + "]")


@dataclass
class RawQuote:
    start: int  # char offsets of the quoted words, marks excluded
    end: int
    open_at: int  # offset of the opening mark
    close_at: int | None  # offset of the closing mark, None when the paragraph leaves it open
    opens: bool = False  # the mark opens its paragraph (a line a hard wrap cut belongs to the line above)
    continues: bool = False  # a paragraph of the quote the paragraph before left open, its opening mark lost


_SINGLE_CLOSE = {"’", "'"}
_BEFORE_SINGLE_OPEN = " \t\n([:—–-\"“"


def _single_close(para: str, i: int) -> int | None:
    """The mark that closes a single quote opened at `i`, told apart from apostrophes.

    An apostrophe sits inside a word ("don't", "minister's") or closes a plural
    possessive ("ministers' talks"). A closing mark is followed by no letter; one
    that ends a sentence or clause (",’ she said", ".’") wins over a word-final one.
    """
    fallback = None
    for j in range(i + 2, len(para)):
        if para[j] not in _SINGLE_CLOSE or para[j - 1].isspace():
            continue
        after = para[j + 1 : j + 2]
        if after.isalnum():
            continue  # an apostrophe inside a word
        if para[j - 1] in ".,!?…;:":
            return j
        if fallback is None and (after in ("", " ", "\n", ",", ".", ";", ":", ")", "!", "?", "—", "–") and
                                 not (para[j - 1] == "s" and after == " ")):
            fallback = j
    return fallback


def find_quotes(text: str) -> list[RawQuote]:
    """Quoted stretches in `text`, paragraph by paragraph (a pure scanner): double quotes, curly
    or straight, and single quotes that open at a word start and close as `_single_close` says.

    A quote that a paragraph leaves open may go on in paragraphs that lost their opening mark: up to
    `_MAX_UNMARKED` paragraphs with no mark, then one whose first double mark closes ('“… Mexico…*⏎⏎*Kevin
    Nolan … said …*⏎⏎*… medicine imports.”*'); each is a quote paragraph (GOLD.md: one span per paragraph). A
    paragraph right after a quote that closes it, whose first double mark closes, lost its opening mark too."""
    out: list[RawQuote] = []
    unmarked: list[tuple[int, str]] = []  # paragraphs with no mark since a quote was left open
    left_open = closed_at_end = False
    for pos, para in _blocks(text):
        close = _first_mark_closes(para) if left_open or closed_at_end else None
        found = len(out)
        if close is not None:
            out.extend(_unmarked_quote(start, body, None) for start, body in unmarked)
            out.append(_unmarked_quote(pos, para, close))
            _scan(pos, para, close + 1, out)
        elif left_open and not _has_mark(para) and len(unmarked) < _MAX_UNMARKED:
            unmarked.append((pos, para))
            continue
        else:
            _scan(pos, para, 0, out)
        unmarked = []
        last = out[-1] if len(out) > found else None
        # a quote left open at a sentence's end goes on; one cut mid-sentence by a stray blank line does not
        left_open = last is not None and last.close_at is None and para.rstrip(_EMPHASIS).endswith(_SENTENCE_ENDS)
        closed_at_end = last is not None and last.close_at == pos + len(para.rstrip(_EMPHASIS)) - 1
    return out


_EMPHASIS = " \t*_"  # markdown emphasis around a quote paragraph set in italics ('*“…”*')
_MAX_UNMARKED = 3
_SENTENCE_ENDS = (".", "!", "?", "…", ":")


def _has_mark(para: str) -> bool:
    return any(ch in _OPEN or ch in "”" for ch in para)


def _first_mark_closes(para: str) -> int | None:
    """Where the paragraph's first double mark closes a quote it never opened ('These projects … to date.”'),
    or None: an opening mark comes first, or none closes."""
    for j, ch in enumerate(para):
        if ch == "”":
            return j
        if ch == "“":
            return None
        if ch == '"':  # a straight mark closes after a word, before no letter (an inch mark follows a digit: 5")
            after_word = j and not para[j - 1].isspace() and not para[j - 1].isdigit()
            return j if after_word and not para[j + 1 : j + 2].isalnum() else None
    return None


def _unmarked_quote(pos: int, para: str, close: int | None) -> RawQuote:
    """A quote paragraph that lost its opening mark: from its first word to `close` (or its end)."""
    start = pos + len(para) - len(para.lstrip(_EMPHASIS))
    end = pos + close if close is not None else pos + len(para.rstrip(_EMPHASIS))
    return RawQuote(start, end, start, end if close is not None else None, True, continues=True)


def _scan(pos: int, para: str, i: int, out: list[RawQuote]) -> None:
    """The quotes of one paragraph from its offset `i` on, appended to `out`."""
    lead = len(para) - len(para.lstrip())  # a mark at or before `lead` has only blanks before it
    while (mark := _MARKS.search(para, i)) is not None:
        i = mark.start()
        ch = para[i]
        opens = i <= lead
        if ch in SINGLE_OPEN and (i == 0 or para[i - 1] in _BEFORE_SINGLE_OPEN) and para[i + 1 : i + 2].isalnum():
            j = _single_close(para, i)
            if j is None and ch == "‘" and opens and para.rstrip().endswith("”"):
                j = len(para.rstrip()) - 1  # '‘I do not deny …”': a quote paragraph opened with the wrong mark
            if j is not None:
                out.append(RawQuote(pos + i + 1, pos + j, pos + i, pos + j, opens))
                i = j + 1
                continue
        if ch in _OPEN and (ch != '"' or i == 0 or not para[i - 1].isalnum()):
            close = _OPEN[ch]
            j = para.find(close, i + 1)
            if ch == "“":
                alt = para.find('"', i + 1)
                if j == -1 and alt != -1:
                    j = alt
                doubled = para.find("’’", i + 1)  # '“… future,’’ she said': two single marks close it
                if doubled != -1 and (j == -1 or doubled < j):
                    j = doubled
            j = _past_nested(para, i, j)
            if j == -1:
                out.append(RawQuote(pos + i + 1, pos + len(para.rstrip(_EMPHASIS)), pos + i, None, opens))
                return
            out.append(RawQuote(pos + i + 1, pos + j, pos + i, pos + j, opens))
            i = j + 1
            continue
        i += 1


def _past_nested(para: str, i: int, j: int) -> int:
    """The mark that closes the quote opened at `i` when the first close `j` ends a title quoted inside it ('“… and
    Biden-era “Green New Deal” giveaways. …”', '"… The "United States" is not …"'): a nested opening stands after a
    blank and before a word, and its own close is followed by the outer one in the paragraph. Else `j`."""
    if j == -1:
        return j
    if para[i] == "“":
        nested = para.find("“", i + 1, j)
        if nested == -1:
            return j
        depth = 0
        for k in range(i + 1, len(para)):  # a curly pair nests unambiguously: count the marks
            if para[k] == "“":
                depth += 1
            elif para[k] == "”":
                if depth == 0:
                    return k
                depth -= 1
        return j  # no close balances the marks: the first close, as before
    if para[i] == '"' and para[j - 1].isspace() and para[j + 1 : j + 2].isalnum():
        inner = para.find('"', j + 1)  # a straight mark after a blank and before a word opens a quoted title
        outer = para.find('"', inner + 1) if inner != -1 else -1
        if outer != -1 and not para[inner - 1].isspace() and not para[outer - 1].isspace():
            return outer
    return j


def opens_sentence(text: str, at: int) -> bool:
    """The quote mark at `at` opens a sentence: after a full stop or colon, or at the start of a line (no-break
    spaces and italics between: ':⏎\xa0“…', '…Post.⏎⏎*“…')."""
    end = _end_before(text, at, " \t\xa0*_")
    return end == 0 or text[end - 1] in "\n.!?:"


def colon_lead_end(text: str, at: int) -> int | None:
    """The colon that ends the text above the line the quote mark at `at` opens, blank lines, emphasis marks and a
    list bullet between ('…the following directive:⏎⏎"…', '**According to Jo Ames:**⏎⏎-   “…”'), else None."""
    line_start = text.rfind("\n", 0, at) + 1
    if line_start == 0 or text[line_start:at].strip(" \t\xa0*_-•"):
        return None  # words before the mark on its line: the lead, if any, is on that line
    end = _end_before(text, line_start, " \t\n\xa0*_")
    return end - 1 if end and text[end - 1] == ":" else None


def _end_before(text: str, at: int, blanks: str) -> int:
    """Where `text[:at]` ends once the `blanks` that close it are left out, read back from `at` (no copy of the
    text before it: a quote's look-back runs once per quote, on texts of megabytes)."""
    while at > 0 and text[at - 1] in blanks:
        at -= 1
    return at


def paragraph_start(text: str, at: int) -> int:
    """Where the paragraph holding `at` starts: after the last blank line before it, a line of spaces
    counting as blank ('…”  ⏎   ⏎[**Sen. Ames**]…', markdown's hard breaks), no-break spaces included
    ('…”⏎\xa0  ⏎**Jo Ames:** “…”')."""
    end = text.rfind("\n", 0, at)
    while end != -1:
        before = text.rfind("\n", 0, end)
        if not text[before + 1 : end].strip():
            return end + 1
        end = before
    return 0


_SENTENCE_END = re.compile(r"(\S*)([.?!]) ")
_LIST_ITEM = re.compile(r"(?:^|\n)[ \t]*(?:[-*•+]|\d{1,2}[.)])[ \t]+")


def _last_sentence_end(lead: str, abbreviations: frozenset[str]) -> int:
    """Where the last sentence of `lead` starts: after a full stop, question or exclamation mark and a
    space, a full stop that ends an abbreviation ('U.S. Envoy', 'D. Taylor', 'Sen. Ames') aside."""
    for match in reversed(list(_SENTENCE_END.finditer(lead))):
        word = match.group(1).lstrip("*_[(")
        if match.group(2) == "." and (len(word) == 1 or "." in word or word + "." in abbreviations):
            continue
        return match.end()
    return 0


def lead_before(text: str, at: int, *, abbreviations: frozenset[str] = frozenset()) -> tuple[int, str]:
    """The words before a quote mark in its paragraph, from its last sentence start, markdown emphasis
    left out (offset and text): the line above counts when the mark opens its line, bold aside
    ('**Jo Ames:**⏎“…”', '**Jo Ames:**⏎**“…”**')
    or a hard wrap cut the lead ('**Jo Ames, President, Acme⏎(ACM):** “…”')."""
    para_start = paragraph_start(text, at)
    stop = at
    if not text[text.rfind("\n", 0, at) + 1 : at].strip(" \t*_"):
        stop = text.rfind("\n", 0, at)  # the mark opens its line: the lead is the line above
        if stop < para_start:
            return at, ""
    lead = text[para_start:stop]
    items = list(_LIST_ITEM.finditer(lead))
    if items:  # '-   [Sen. Jo⏎    Ames](…):⏎    “…”': a list item is a lead of its own
        para_start += items[-1].end()
        lead = text[para_start:stop]
    start = para_start + _last_sentence_end(lead, abbreviations)
    lead = text[start:stop].rstrip().rstrip("*_").rstrip()
    start += len(lead) - len(lead.lstrip())
    return start, lead.strip()


def pushed_down_starts(lines: list[Line | None]) -> set[int]:
    """Starts of the lines of a hard-wrapped text whose first word did not fit on the short line above
    ('… “Confirming⏎[@AmesCA](https://x.com/AmesCA/) as⏎…': a link is one word the wrap cannot cut), so
    the line above was cut by the wrap, however short."""
    width = wrap_width(lines)
    if width is None:
        return set()
    return {
        b.start for a, b in zip(lines, lines[1:], strict=False)
        if a is not None and b is not None and len(a.text) + 1 + len(b.text.split(" ", 1)[0]) > width
    }


def _blocks(text: str) -> list[tuple[int, str]]:
    """The text's lines with their offsets, a line that a hard wrap cut joined to the line above
    (`run_on_starts`): a quotation that runs over a wrapped line is one stretch, not a stub."""
    lines = split_lines(text)
    joins = run_on_starts(lines) | pushed_down_starts(lines)
    blocks: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        lead = len(line) - len(line.lstrip())
        if line.strip():
            if blocks and pos + lead in joins and blocks[-1][0] + len(blocks[-1][1]) + 1 == pos:
                start, body = blocks[-1]
                blocks[-1] = (start, body + "\n" + line)
            else:
                blocks.append((pos, line))
        pos += len(line) + 1
    return blocks


def trim_quote(text: str, start: int, end: int) -> tuple[int, int]:
    """Leave out white space and a final comma or full stop inside the marks (GOLD.md)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",."):
        end -= 1
    return start, end


_WRAPPED_TAIL = re.compile(r"[ \t]*\n[ \t]*([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})(?=\*|\]|,|:|[ \t]*\()")
_LINK_TARGET = re.compile(r"\]\([^)\s]*\)")


def wrapped_name_tail(text: str, end: int) -> str:
    """The rest of a name that a hard wrap cut at `end` ('[**Sen. Mara⏎Ames**](…)**:**'): the capitalised
    words that open the next line and end the lead (bold, link or comma follows), or ''."""
    match = _WRAPPED_TAIL.match(text, end)
    return match.group(1) if match else ""


def link_targets(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The char ranges of markdown link targets ('](https://…/SenAmes/…)') in text[start:end]: a name
    in an address is no speaker."""
    return [m.span() for m in _LINK_TARGET.finditer(text, start, end)]


_BOLD_LABEL = re.compile(r"\[?\*\*([^*\[\]\n]+(?:\n[^*\[\]\n]+){0,2})(?:\*\*|$)")
_BOLD_SEAM = re.compile(r"\*\*[ \t]+\*\*")
_LINK_LABEL = re.compile(r"\[\**([^*\[\]\n]+(?:\n[^*\[\]\n]+){0,2})\**\]\(")  # '[*The New York⏎Times*](…)': italics


def bold_label(lead: str) -> str:
    """The words of a lead set wholly in bold or as a link ('**Mara Ames:**', '[**Sen. Mara⏎Ames**](…):', a hard wrap
    cutting it twice '[**Acme SVP Jo A.⏎Ames,⏎Jr.**](…)**:**',
    '[Gov. Mara⏎    Ames](…):', a title in italics '[*The Harbour⏎Times*](…):'), lines
    joined, with no closing colon or comma (the lead may have lost its closing marks); '' when it does not
    open with bold."""
    lead = _BOLD_SEAM.sub(" ", lead)  # '**Harbour Council,** **Mara Ames:**': two bold runs, one lead
    match = _BOLD_LABEL.match(lead) or _LINK_LABEL.match(lead)
    return " ".join(match.group(1).split()).rstrip(":,") if match else ""


def body_label(label: str, small_words: frozenset[str]) -> str | None:
    """The organisation a bold lead of one part names ('Coastal Shippers Union', 'ADL', 'AFL-CIO'): an
    acronym, or two to ten words that are all capitalised but for `small_words` ('of', 'and'), a leading
    'The' left out; None for anything else ('Harbour resident', 'Background')."""
    words = label.split()
    if words and words[0] in ("The", "the"):
        words = words[1:]
    if len(words) == 1:
        return words[0] if len(words[0]) > 1 and words[0].replace("-", "").replace("&", "").isupper() else None
    capitalised = all(w[0].isupper() or w[0].isdigit() or w == "&" or w in small_words for w in words)
    return " ".join(words) if 2 <= len(words) <= 10 and capitalised and words[0][0].isupper() else None
