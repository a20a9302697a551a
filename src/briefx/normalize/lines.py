"""Lines of a text and their shapes: pure functions for the layout reader (briefx_sections).

`split_lines` cuts a text into stripped lines with offsets; `run_on_starts` finds the
lines a hard wrap cut.

Real releases mark their sub-headings in the markup a collection kept: a markdown
hash line (``### Inflation remains in the target range.``), a line underlined
with ``---`` or ``===`` (setext), or a line set whole in bold (``**1. $44 million
for regional growth**``). Such a line is a heading whatever its length or final
stop (GOLD.md: sub-headings are article text, kept as written). Lines that only
look short are told apart by the section component.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_ATX = re.compile(r"^(?P<marks>#{1,6})\s+(?P<text>\S.*?)(?:\s+#+)?$")
# spaces inside the marks stand for masked tags ('**<u>Key facts</u>**' reads '**   Key facts    **')
# a colon may follow the marks ('**<u>Actions to Promote Food Security</u>**:')
_STRONG = re.compile(r"^(?P<open>\*{2,3}|_{2,3})\s*(?P<text>[^*_\s](?:.*?[^*_\s])?)\s*(?P=open):?$")
# a line set whole in italics heads a block when it ends in a colon ('*Board member biographies:*')
_EMPHASIS_LEAD = re.compile(r"^(?P<open>[*_])(?P<text>[^*_\s][^*_]*:)(?P=open)$")
_UNDERLINE = re.compile(r"^(?:={3,}|-{3,})$")
_EMAIL = r"[\w.+-]+@[\w-]+\.[\w.]+"
# a contact line's marks, one pattern each, so that a line without "@", "." or a digit skips the
# patterns that need one (one alternation tried them all at every character of every line)
_CONTACT_EMAIL = re.compile(_EMAIL, re.IGNORECASE)
_CONTACT_WEB = re.compile(r"https?://|www\.", re.IGNORECASE)
_CONTACT_PHONE = re.compile(r"\+?\(?\d{2,4}\)?[ -]?\d{3,4}[ -]?\d{3,4}\b")
_CONTACT_DOMAIN = re.compile(  # "visit ausport.gov.au"
    r"\b[a-z][\w-]*(?:\.[\w-]+)*\.(?:gov|com|org|net|edu|govt)(?:\.[a-z]{2})?\b(?!\.\w)", re.IGNORECASE
)
_DIGIT = re.compile(r"\d")
# any grouping of nine digits or more: "+44 20 7946 0000", "021 555 019", "(04) 555 0199"; not "(1961-2020)"
_NUMBER_OR_EMAIL = re.compile(_EMAIL + r"|\+?\(?\d[\d ()-]{7,}\d")
_MIN_PHONE_DIGITS = 9


_INNER_SPACE = re.compile(r"(?<=^\*\*) |(?<=^__) | (?=(?:\*\*|__)$)")
_MARK_STYLE = re.compile(r"[*_#\s]*(?:<[^>]*>[*_\s]*)*")
_CLAUSE_END = re.compile(r"[.:;,][\"”’')]*$")
_YOU = re.compile(r"\byou(?:r|rs)?\b", re.IGNORECASE)
# marks may open the word (2\. **Tariffs**); a hyphen may join its parts ('Non-fiction')
_WORD = re.compile(r"(?:^|\s)[*_\"“‘'(]*[^\W\d_]{2,}(?:-[^\W\d_]+)*[\W]*(?:\s|$)")


def ends_clause(line: str) -> bool:
    """The line ends a sentence or a clause ('… rose.', '… “We will act.”', '… will:'): body text."""
    return _CLAUSE_END.search(line) is not None


def asks_you(line: str) -> bool:
    """An interviewer's question ('How will your ministry pay for it?'); a heading asks no one."""
    return line.endswith("?") and _YOU.search(line) is not None


def has_word(line: str) -> bool:
    """A word of two letters or more stands alone in the line; a reference number
    ('STATEMENT/15/6088') has none."""
    return _WORD.search(line) is not None


@dataclass(frozen=True)
class Markup:
    """What a line's markup says of it: `level` 1-6 for a hash heading, 0 for a line set whole in
    bold (or in italics, ending in a colon); `text` is the words inside the marks."""

    level: int
    text: str


def heading_markup(line: str) -> Markup | None:
    """The heading markup of a whole line, or None.

    >>> heading_markup("## Summary")
    Markup(level=2, text='Summary')
    >>> heading_markup("**Key facts**")
    Markup(level=0, text='Key facts')
    >>> heading_markup("*Board member biographies:*")
    Markup(level=0, text='Board member biographies:')
    >>> heading_markup("*Via Teleconference*") is None
    True
    """
    match = _ATX.match(line)
    if match:
        return Markup(len(match.group("marks")), match.group("text").strip("*_ ").strip())
    match = _STRONG.match(line)
    # a bold run that opens in lower case goes on a sentence a link cut into bold pieces
    # ('… joined in**⏎[**calling**](https://…)⏎**the clean resolution.**'), no heading
    if match and "**" not in match.group("text") and not match.group("text")[:1].islower():
        return Markup(0, match.group("text").strip())
    match = _EMPHASIS_LEAD.match(line)
    if match and not match.group("text")[:1].islower():
        return Markup(0, match.group("text").strip())
    return None


# a list's closing tags before a block ('</ul><p>…'); a line of HTML that holds one block, after them or none
# ('</ul><p><strong>Poetry</strong></p>')
_CLOSED_LISTS = r"(?:</(?:ul|ol|table|div)>\s*)*"
_HTML_BLOCK = re.compile(
    r"^" + _CLOSED_LISTS + r"<(?P<tag>p|h[1-6])\b[^>]*>(?P<inner>.*)</(?P=tag)>$", re.IGNORECASE
)
_HTML_BOLD = re.compile(
    r"^(?:<(?:em|i|u|span)\b[^>]*>)*<(?P<bold>strong|b)\b[^>]*>(?P<text>.*)</(?P=bold)>(?:</(?:em|i|u|span)>)*$",
    re.IGNORECASE,
)
_HTML_TAG = re.compile(r"<[^>]*>")
_HTML_BOLD_TAG = re.compile(r"</?(?:strong|b)\b", re.IGNORECASE)


def html_heading_markup(line: str) -> Markup | None:
    """The heading markup of a line of HTML that holds one block: a heading element (level 1-6) or a paragraph
    set whole in bold (level 0), as a bold line is in markdown; None otherwise (a bold tag before the words of a
    paragraph, a plain paragraph, a list item).

    >>> html_heading_markup("<p><strong>Next Steps</strong></p>")
    Markup(level=0, text='Next Steps')
    >>> html_heading_markup("<p><strong>JOURNALIST:</strong> Thank you.</p>") is None
    True
    """
    block = _HTML_BLOCK.match(line.strip())
    if block is None:
        return None
    inner = block.group("inner").strip()
    tag = block.group("tag").lower()
    if tag == "p":
        bold = _HTML_BOLD.match(inner)
        if bold is None or _HTML_BOLD_TAG.search(bold.group("text")):
            return None
        inner = bold.group("text")
    text = " ".join(_HTML_TAG.sub(" ", inner).split())
    if not text or text[:1].islower():  # as in `heading_markup`: a bold run that opens in lower case goes on
        return None
    return Markup(0 if tag == "p" else int(tag[1]), text)


def wrapped_bold(text: str, lines: list[Line | None], i: int, max_lines: int = 3) -> tuple[Line, int] | None:
    """A bold line a hard wrap cut ('**<u>Jane Roe, Nominee for Director of the⏎Budget Office</u>**'): the line
    at `i` opens a bold run that a line under it closes, the block of at most `max_lines` lines standing alone
    (a blank line or the text's edge before, and after it too or a hard break, as in `runs_into_next`). The block
    as one line (its text joined by single spaces) and the index of its last line; None otherwise."""
    first = lines[i]
    if first is None or (i and lines[i - 1] is not None) or not first.text.startswith(("**", "__")):
        return None
    if heading_markup(first.text) is not None:
        return None
    for k in range(i + 1, min(i + max_lines, len(lines))):
        if lines[k] is None:
            return None
        # one space between words; none inside the marks ('**   Ensuring …': a masked '<span …>'; 'cut:⏎**')
        joined = _INNER_SPACE.sub("", " ".join(" ".join(ln.words) for ln in lines[i : k + 1]))
        block_ends = k + 1 == len(lines) or lines[k + 1] is None or text[lines[k].end : lines[k].end + 2] == "  "
        if not (block_ends and joined.endswith(("**", "__"))):
            continue
        markup = heading_markup(joined)
        if markup is None or markup.text.endswith((".", "!")):  # a sentence set in bold heads nothing
            return None
        # closing marks alone on the last line ('**Preamble  ⏎**'): the heading is the lines with words
        last = k - 1 if lines[k].text.strip() in ("**", "__") else k
        return Line(first.start, lines[last].end, joined), k
    return None


def leaves_open(line: str) -> bool:
    """The line opens a bold run, a link or a bracket that a later line closes ('**Full Remarks by the First
    Lady, As⏎Prepared for Delivery:**', 'Key terms of the [Joint⏎Statement](https://…)', '… on Wednesday (Oct⏎
    12)'): the start of a block, no line of its own."""
    return line.count("**") % 2 == 1 or line.count("[") > line.count("]") or line.count("(") > line.count(")")


def mark_style(line: str) -> str:
    """The marks a line opens with, tags and all, up to its first word ('**<u>Circuit Court</u>**' -> '**<u>',
    '**Jane Roe**' -> '**'): a marked line under one of another style is a sub-heading, not a table's cell."""
    return _MARK_STYLE.match(line).group().replace(" ", "")


def marked_alike(given: str, line: Line | None, style: str) -> bool:
    """`line` is set whole in the markup `style` (`mark_style`) too."""
    if line is None or heading_markup(line.text) is None:
        return False
    return mark_style(given[line.start : line.end]) == style


def runs_into_next(text: str, line: Line, following: Line | None) -> bool:
    """A bold lead the writer ran into its paragraph: the next line follows with no blank line between
    and no hard break ends this one (two trailing spaces or a backslash), so markdown joins them
    ('**POWERING THE GRID:**⏎President Trump recognizes …'): the lead of a paragraph, no heading. A list
    item, a marked line or an underline under it starts a block of its own."""
    if following is None or text[line.end : following.start].count("\n") != 1:
        return False
    if text[line.end : line.end + 2] == "  " or line.text.endswith("\\"):
        return False
    nxt = following.text
    return not (BULLET.match(nxt) or heading_markup(nxt) is not None or is_underline(nxt))


def opens_paragraph(lines: list[Line | None], i: int, min_words: int = 25) -> bool:
    """The line at `i` is the first of a hard-wrapped paragraph the wrap width missed (a link's address kept
    whole, a table beside it): a line follows it with no blank line between, and the block they make runs
    `min_words` words or more to a sentence's end. A headline stands alone."""
    block: list[Line] = []
    for line in lines[i:]:
        if line is None:
            break
        block.append(line)
    if len(block) < 2 or is_underline(block[1].text) or BULLET.match(block[1].text):
        return False
    return sum(len(ln.words) for ln in block) >= min_words and block[-1].text.endswith((".", "!", "?", ".”", '."'))


def is_label_line(
    text: str, label: re.Pattern[str], date: re.Pattern[str], reference: re.Pattern[str], *, labelled: bool = False
) -> bool:
    """A line that only names the kind of document (`label`: 'Media Release'), a date may follow it on the line
    ('Media Release 5 November 2015') or stand on the next (`labelled`: the line above was the label), as may a
    contact line, a release number or an embargo (`reference`): the headline, if any, comes under it."""
    if label.match(text) or (labelled and (date.match(text) or is_contact_line(text) or reference.match(text))):
        return True
    words = text.split()
    return any(label.match(" ".join(words[:n])) and date.match(" ".join(words[n:])) for n in (1, 2, 3))


def label_before_title(line: Line, label: re.Pattern[str], small_words: frozenset[str]) -> int:
    """Characters of a document label (`label`) the collection joined to the title ('Speech Anti-fragility and the
    Financial System' -> 'Anti-fragility …'); 0 when none. The title's own words stay ('Statement on Monetary
    Policy', 'Remarks by the President': the next word is one of the `small_words`)."""
    words = line.words
    for n in (2, 1):
        if len(words) > n + 1 and label.match(" ".join(words[:n])):
            following = words[n]
            if following[:1].isupper() and following.lower() not in small_words:
                return line.text.index(following, len(" ".join(words[:n])))
    return 0


def is_masthead(line: str, pattern: re.Pattern[str]) -> bool:
    """The issuer's name over a release ('The Hon Jane Doe MP  Minister for Trade'): the line's first part (up
    to a run of spaces) is a name of at most six capitalised words that `pattern` (layout.json's honorifics and
    post-nominals) takes; 'Senator Roe welcomes funding' is a headline."""
    part = re.split(r"\s{2,}", line.strip(), maxsplit=1)[0]
    words = part.split()
    return len(words) <= 6 and all(w[:1].isupper() for w in words) and pattern.match(part) is not None


def is_underline(line: str) -> bool:
    """A setext underline (``-----``, ``=====``): the line above it is a heading or the title."""
    return _UNDERLINE.match(line) is not None


def phone_or_email_spans(text: str) -> list[tuple[int, int]]:
    """Where the phone numbers and e-mail addresses in `text` stand ('Jo Bell 021 555 0199' -> [(8, 20)])."""
    return [
        found.span()
        for found in _NUMBER_OR_EMAIL.finditer(text)
        if "@" in found.group() or sum(c.isdigit() for c in found.group()) >= _MIN_PHONE_DIGITS
    ]


def is_contact_line(line: str) -> bool:
    """A line with an e-mail address, a web address or a phone number: a contact block, no heading."""
    return (
        ("@" in line and _CONTACT_EMAIL.search(line) is not None)
        or _CONTACT_WEB.search(line) is not None
        or ("." in line and _CONTACT_DOMAIN.search(line) is not None)
        or (_DIGIT.search(line) is not None and _CONTACT_PHONE.search(line) is not None)
    )


@dataclass
class Line:
    start: int
    end: int
    text: str

    @property
    def words(self) -> list[str]:
        return self.text.split()


def wrap_width(lines: list[Line | None]) -> int | None:
    """The width W a hard-wrapped text is cut at, None when the text is not hard-wrapped.

    A text is hard-wrapped when many of its lines run close to one width W (the 90th
    percentile of line lengths, at least 50 characters) and follow each other with no
    blank line between. A wrap never cuts a link's address, so the lines that hold one
    run past W ('[says](https://…/3fd3a717-2fbf-…)'); in a text with many of them W is
    read from the other lines when those give a width `_LINKED_SLACK` times narrower,
    or a width where all lines together give none.
    """
    width = _width(lines, [ln for ln in lines if ln is not None])
    linkless = _width(lines, [ln for ln in lines if ln is not None and not _ADDRESS.search(ln.text)])
    if linkless is not None and (width is None or width > _LINKED_SLACK * linkless):
        return linkless
    return width


_ADDRESS = re.compile(r"\]\([^)\s]*\)|https?://| {8,}")  # an address, or the blanks that mask one
_LINKED_SLACK = 1.1


def _width(lines: list[Line | None], measured: list[Line]) -> int | None:
    """`wrap_width` read from the lengths of the `measured` lines."""
    present = [ln for ln in lines if ln is not None]
    if len(present) < 6 or len(measured) < 6:
        return None
    lengths = sorted(len(ln.text) for ln in measured)
    width = lengths[int(0.9 * (len(lengths) - 1))]
    adjacent = sum(1 for a, b in zip(lines, lines[1:], strict=False) if a is not None and b is not None)
    full = sum(1 for n in lengths if n >= 0.7 * width)
    if width < 50 or full < 0.35 * len(lengths) or adjacent < 0.3 * len(present):
        return None
    return width


def run_on_starts(lines: list[Line | None]) -> set[int]:
    """Starts of the lines that carry on the line above them in a hard-wrapped text (`wrap_width`).

    There a line of 70% of W or more, with a line right under it, was cut by the wrap, not
    by the writer: the line under it is no new line of the layout (no title, heading or
    sentence start); but a list item (`BULLET`) under a line that ends a sentence is one.
    """
    width = wrap_width(lines)
    if width is None:
        return set()
    return {
        b.start for a, b in zip(lines, lines[1:], strict=False)
        if a is not None and b is not None and len(a.text) >= 0.7 * width
        and not (a.text.endswith((".", "!", "?", ";", ":")) and BULLET.match(b.text))
    }


# the markup that opens an HTML block before a line's words ('<p>', '</ul><p>', '<p style="…">') and that closes it or
# breaks the line after them ('</p>', '<br />')
_BLOCK_OPENING = re.compile(r"\s*" + _CLOSED_LISTS + r"<p\b[^>]*>\s*", re.IGNORECASE)
_BLOCK_CLOSING = re.compile(r"\s*(?:</p>|<br\s*/?>)\s*", re.IGNORECASE)
_INNER_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")


def opens_html_block(given: str, start: int, end: int) -> bool:
    """In the text as given, the words at `start`-`end` open an HTML paragraph and end it or its line, nothing else on
    their line ('<p>  TERMS OF REFERENCE</p>', '<p>Electricity Subsidy<br />').

    >>> opens_html_block("<p>Other Programs</p>", 3, 17)
    True
    >>> opens_html_block("<p>Other <b>Programs</b> of note</p>", 3, 24)
    False
    """
    line_start, line_end = _line_bounds(given, start, end)
    return bool(_BLOCK_OPENING.fullmatch(given[line_start:start]) and _BLOCK_CLOSING.fullmatch(given[end:line_end]))


def given_line(given: str, line: Line) -> str:
    """The whole line of the text as given that holds `line` (read in the masked text), tags and all."""
    return given[slice(*_line_bounds(given, line.start, line.end))].strip()


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the line of `text` that holds `start`-`end` starts and ends (its newline left out)."""
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, line_end if line_end >= 0 else len(text)


def starts_sentence(line: Line) -> bool:
    """The line opens as a sentence does: a capital, a quote mark or a bracket first, or a numbered paragraph's mark
    before them ('7. Development of a new mechanism …')."""
    return line.text[:1].isupper() or line.text[:1] in "\"“‘'(" or NUMBERED.match(line.text) is not None


_LOWER_WORD = re.compile(r"(?<![\w.])[a-z]{2,}\b")
_CAPITALS_WORD = re.compile(r"(?<!\S)[A-Z][A-Z'’]{2,}[.,:;]?(?!\S)")


def in_capitals(text: str, words: int = 2) -> bool:
    """Words in capitals, `words` of three letters or more, no lower case and no OCR noise ('~')."""
    return "~" not in text and not any(c.islower() for c in text) and len(_CAPITALS_WORD.findall(text)) >= words


def headline_over_body(
    lines: list[Line | None], labels: Sequence[re.Pattern[str]], max_lines: int = 8, max_headline_lines: int = 3
) -> Line | None:
    """The headline of a release whose header is a stack of short lines over its body (a scanned release: OCR
    noise, 'PRIME MINISTER', 'FOR MEDIA 17 OCTOBER 1986' or a release number, then 'GRANTS TO COUNCILS'): the
    lines in capitals right above the body's first line (three words in lower case), under a line that one of the
    header's `labels` matches or that is no capitals; a headline the scan wrapped over two or three lines ('JOINT
    STATEMENT BY THE PRIME MINISTER AND THE⏎SOUTH AUSTRALIAN PREMIER') is one, as a Line over them whose text joins
    their words by single spaces; else None."""

    def is_label(text: str) -> bool:
        return any(p.match(text) for p in labels)

    def joins(text: str) -> bool:  # a line of a headline wrapped over lines, or the line over the headline's last
        return in_capitals(text) and not is_label(text)

    top: list[Line] = []
    for line in lines:
        if line is not None and len(_LOWER_WORD.findall(line.text)) >= 3:
            break
        if line is not None:
            top.append(line)
        if len(top) > max_lines:
            return None
    else:
        return None
    if len(top) < 2:
        return None
    last = top[-1].text  # the headline's last line may hold one word ('ENVIRONMENT')
    if is_label(last) or not in_capitals(last, words=1):
        return None
    first = len(top) - 1
    while first > 0 and len(top) - first < max_headline_lines and joins(top[first - 1].text):
        first -= 1
    # no header line over the headline, or more lines in capitals over it than a headline runs to: none read
    if first == 0 or joins(top[first - 1].text):
        return None
    text = " ".join(ln.text for ln in top[first:])
    return Line(top[first].start, top[-1].end, text) if in_capitals(text) else None


def ends_a_sentence_within(line: str) -> bool:
    """A sentence ends inside the line and another starts ('… Cyrenian House, Perth. Mr Toon is')."""
    return _INNER_SENTENCE_END.search(line) is not None


def line_of_markup_before(given: str | None, start: int) -> bool:
    """In a text whose markup was masked (`given` the text as given, None when nothing was masked), the line
    before the one at `start` holds markup ('<tr>' over '<td><strong>Ohio</strong></td>'): the writer left
    no blank line there, so no heading follows."""
    if given is None:
        return False
    end = given.rfind("\n", 0, start)
    return end > 0 and bool(given[given.rfind("\n", 0, end) + 1 : end].strip())


BULLET = re.compile(r"^(?:[-*•–—·▪●]|\d{1,2}[.)])\s+")  # a list item's mark: "- ", "• ", "2. "
# a numbered paragraph's mark before a capital: a numbered heading ('1. Control orders', '2.Improving public support',
# markdown's escaped '3\. Dam safety') or a numbered point; a list when its items follow one another
NUMBERED = re.compile(r"^\d{1,2}(?:\\?\.|\))\s*(?=[\"“‘'(]?[A-Z])")
SENTENCE_END = re.compile(r"[.!?:;,\"”’)…]$")  # a line that ends a sentence or a clause


def continues(previous: Line, line: Line) -> bool:
    """A hard-wrapped paragraph: the previous line stops mid-sentence, this one goes on."""
    return not SENTENCE_END.search(previous.text) and line.text[:1].islower()


def wraps_a_sentence(paragraph: list[Line]) -> bool:
    """A block of lines that runs past ten words or to a sentence's end is the body, whatever its first line
    ('To build on the progress made under⏎leadership, the people need …')."""
    return sum(len(ln.words) for ln in paragraph) > 10 or bool(SENTENCE_END.search(paragraph[-1].text))


def indented_items(text: str, lines: list[Line | None]) -> set[int]:
    """Starts of lines indented as items, not headings: two spaces or more under a list item (the
    schools a bullet names, one a paragraph), or eight or more anywhere (a signature block)."""
    items: set[int] = set()
    in_list = False
    for line in lines:
        if line is None:
            continue
        indent = line.start - (text.rfind("\n", 0, line.start) + 1)
        nested = in_list and indent >= 2
        if nested or indent >= 8:
            items.add(line.start)
        in_list = nested or BULLET.match(line.text) is not None
    return items


def split_lines(text: str) -> list[Line | None]:
    """Stripped lines with offsets; None stands for a blank line."""
    out: list[Line | None] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        stripped = body.strip()
        if stripped:
            lead = len(body) - len(body.lstrip())
            out.append(Line(pos + lead, pos + lead + len(stripped), stripped))
        else:
            out.append(None)
        pos += len(raw)
    return out


def following_lines(lines: list[Line | None]) -> list[Line | None]:
    """The next non-blank line after each line."""
    following: list[Line | None] = [None] * len(lines)
    upcoming = None
    for k in range(len(lines) - 1, -1, -1):
        following[k] = upcoming
        if lines[k] is not None:
            upcoming = lines[k]
    return following
