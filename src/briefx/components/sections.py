"""briefx_sections: the article's layout — title, byline, dateline, sub-headings, paragraphs.

Runs first, on the tokenised text, and reads it line by line. It sets sentence starts at line breaks (the
parser keeps them and adds its own) and fills the span groups ``title``, ``byline`` (AUTHOR, OUTLET),
``dateline``, ``sections``, ``paragraphs`` and ``furniture`` (lines such as a lone view counter that are not
article text: GOLD.md gives them no span, so later components skip them). In a podium transcript it also fills
``speaker_tags`` (``MS. PSAKI:``, ``Q``; label QUESTION or SPEAKER) and ``turns`` (the words after each tag up
to the next tag, GOLD.md § Turns); a tag line is never a title, heading or dateline.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from briefx.components.attributes import doc_text, given_text, register_attributes
from briefx.components.bylines import BylineReader
from briefx.components.layout import Layout
from briefx.components.preamble import PreambleReader
from briefx.components.sentence_starts import set_sentence_starts
from briefx.normalize.lines import (
    BULLET,
    NUMBERED,
    SENTENCE_END,
    Line,
    Markup,
    asks_you,
    continues,
    ends_a_sentence_within,
    following_lines,
    given_line,
    has_word,
    heading_markup,
    headline_over_body,
    html_heading_markup,
    in_capitals,
    indented_items,
    is_contact_line,
    is_underline,
    leaves_open,
    line_of_markup_before,
    mark_style,
    marked_alike,
    opens_html_block,
    opens_paragraph,
    run_on_starts,
    runs_into_next,
    split_lines,
    starts_sentence,
    wrapped_bold,
    wraps_a_sentence,
)
from briefx.normalize.transcript import TagTables, tag_turns
from briefx.resources import load_json

_MARKUP = re.compile(r"^(?:#{1,6}\s+)?[*_]{0,3}|[*_]{1,3}$")  # '## Summary', '***What is changing?***'
# a line broken by hand: an HTML break or block end, or Markdown's trailing blanks ('TERMS OF REFERENCE<br />')
_HARD_BREAK = re.compile(r"(?:\s*(?:<br\s*/?>|</p>))+\s*|[ \xa0]{2,}", re.IGNORECASE)
_OPENING_MARKS = re.compile(r"^[*_]{1,3}(?=[^\s*_])")  # '***New Plant …', '*Via Teleconference*'; not '* item'


def _broken_by_hand(text: str, start: int, end: int, *, inside: bool = False) -> bool:
    """The line that holds `start`-`end` in `text` (the text as given) ends in a hard break ('<br />', '</p>',
    Markdown's two blanks) and holds nothing after the words; `inside` a block, nothing before them either (no
    '<p>': a paragraph of its own is `_plain_html_heading`'s to read, an address's 'CANBERRA ACT 2600' too)."""
    line_end = text.find("\n", end)
    if inside and text[text.rfind("\n", 0, start) + 1 : start].strip():
        return False
    return _HARD_BREAK.fullmatch(text[end : line_end if line_end >= 0 else len(text)]) is not None


class SectionsComponent(PreambleReader):
    """Segment an article into its layout parts (see the module docstring)."""

    def __init__(self, nlp: Language, name: str, *, max_heading_words: int, max_title_words: int):
        self.name = name
        self.max_heading_words = max_heading_words
        self.max_title_words = max_title_words
        layout = load_json("lexicons", "layout.json")
        self.furniture_anywhere = [re.compile(p, re.I) for p in layout["furniture_anywhere"]]
        self.any_furniture = self.furniture_anywhere + [re.compile(p, re.I) for p in layout["furniture"]]
        self.bylines = BylineReader(layout)
        self.date_line = re.compile(layout["date_line"])
        self.small_words = frozenset(layout["title_case_small_words"])
        self.document_label = re.compile(layout["document_labels"], re.I)
        self.masthead = re.compile(layout["masthead"])
        self.office_line = re.compile(layout["office_line"], re.I)
        scan_labels = re.compile(layout["scan_labels"])
        self.header_labels = (self.document_label, self.date_line, self.office_line, self.masthead, scan_labels)
        self.reference_line = re.compile(layout["reference_line"])
        self.name_over_biography = re.compile(layout["name_over_biography"])
        self.page_residue = re.compile(layout["page_residue"])
        self.not_headings = [re.compile(p, re.I) for p in layout["not_headings"]]
        self.max_marked_words = layout["max_marked_heading_words"]
        self.min_sentence_words = layout["min_sentence_words"]
        self.interview = re.compile(layout["interview"])
        self.question_tag = re.compile(layout["question_tag"])
        self.bold_sentence_end = re.compile(layout["bold_sentence_end"])
        self.strapline_marks = frozenset(layout["strapline_marks"])
        transcript = load_json("lexicons", "transcript.json")
        self.tag_tables = TagTables.from_lexicon(transcript)
        self.closing = re.compile(transcript["closing"])
        self.event_words = frozenset(transcript["title_words"])

    # -- line classifiers -------------------------------------------------------------

    def is_furniture(self, line: Line, *, carried_on: bool = False) -> bool:
        """Page furniture; a line a wrap carries on (`carried_on`) only in a shape no sentence takes (a fax header)."""
        return any(p.match(line.text) for p in (self.furniture_anywhere if carried_on else self.any_furniture))

    def looks_like_heading(self, line: Line, max_words: int) -> bool:
        """A short line that is not a sentence, markdown marks aside ('## Summary', '**Why?**')."""
        plain = _MARKUP.sub("", line.text).strip()
        if (plain != line.text and plain.endswith("?") and len(plain.split()) > 5) or asks_you(plain):
            return False  # an interview question, not a heading
        line = Line(line.start, line.end, plain)
        words = line.words
        if not words or len(words) > max_words or not has_word(line.text):
            return False  # a reference number ('STATEMENT/15/6088') has no word
        if BULLET.match(line.text) and not NUMBERED.match(line.text):
            return False  # a list item; a numbered one may head its part ('1. Control orders')
        # after the cheap tests: most lines are body text too long for a heading
        if self.date_line.match(line.text) or self.never_heading(line.text):
            return False
        if SENTENCE_END.search(line.text) and not line.text.endswith(("?", "”", '"', "’")):
            return False
        first = words[0].lstrip("“\"‘'(")
        if not first[:1].isupper() and not first[:1].isdigit():
            return False
        # A heading is not a sentence that merely lost its full stop: no lowercase
        # run of many words with a finite-verb look is enforced by the length cap;
        # a quote-ending line must still be short.
        return not line.text.endswith(("”", '"', "’")) or len(words) <= 8

    def never_heading(self, text: str) -> bool:
        """'ENDS', a contact line, a dateline ('WASHINGTON, D.C. –'), a line that ends in a full date
        ('Implementation Note issued March 15, 2020'): no heading, whatever the shape."""
        if any(p.match(text) for p in self.not_headings) or is_contact_line(text) or self.document_label.match(text):
            return True
        words = text.split()
        if any(len(words) > n and self.date_line.match(" ".join(words[-n:])) for n in (2, 3, 4)):
            return True
        match = self.bylines.match_dateline(text)
        return match is not None and (match.group("place").isupper() or bool(match.group("date")))

    def _dated(self, text: str) -> bool:
        """A date line, or a place and a date ('Sydney – 12 September 2025', 'Brussels, 15 May 2025')."""
        tail = re.split(r"\s[–—-]\s|,\s", text, maxsplit=1)[-1]
        return self.date_line.match(text) is not None or (len(text) < 60 and self.date_line.match(tail) is not None)

    def marked_heading(
        self, line: Line, *, underlined: bool, interview: bool = False, markup: Markup | None = None
    ) -> bool:
        """A line the markup makes a heading: a hash line, a line set whole in bold, a line over a ``---`` underline
        (`markup`: the line's HTML block markup, when the text is HTML); a long bold question heads a FAQ's answer,
        but not in an `interview` or a Q and A pair ('**Q: …?**')."""
        markup = markup or heading_markup(line.text)
        if markup is None and not underlined:
            return False
        text = markup.text if markup is not None else line.text
        if len(text.split()) > self.max_marked_words or self.never_heading(text) or not has_word(text):
            return False  # '**11**': a table's row number
        long_question = markup is not None and markup.level == 0 and text.endswith("?") and len(text.split()) > 5
        return not ((long_question and (interview or self.question_tag.match(text))) or asks_you(text))

    # -- main -----------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        lines = split_lines(doc_text(doc))
        layout = Layout(doc)
        layout.interview = self.interview.search(doc_text(doc)) is not None
        following = following_lines(lines)
        layout.following = {ln.start: nxt for ln, nxt in zip(lines, following, strict=True) if ln is not None}
        layout.tagged = tag_turns(doc_text(doc), lines, self.tag_tables, self.closing, layout.add)
        layout.turn_starts = {t.start_char for t in layout.spans["turns"]}
        first_tag = min(layout.tagged, default=0)
        layout.podium = bool(layout.tagged) and not any(  # no sentence of the body before the first tag
            ln is not None and ln.start < first_tag and len(ln.words) > 12 and ln.text.endswith((".", "!", "?"))
            for ln in lines
        )
        layout.run_on = run_on_starts(lines)
        layout.headline = None if layout.tagged else headline_over_body(lines, self.header_labels)  # no transcript's
        if (head := layout.headline) is not None:  # the scan's header lines are no wrapped paragraph
            layout.run_on = {start for start in layout.run_on if start > head.end}
            layout.consumed.update(ln.start for ln in lines if ln is not None and head.start < ln.start < head.end)
        layout.items = indented_items(doc_text(doc), lines)
        last: Line | None = None
        for i, line in enumerate(lines):
            if line is None or line.start in layout.consumed:
                layout.flush()
                continue
            prev, last = last, line
            if line.start in layout.tagged:
                # a turn opens a paragraph of the body; its tag is no title, heading or dateline
                layout.title_done = layout.byline_done = layout.body_started = True
                layout.flush()
                layout.paragraph.append(line)
                continue
            nxt = following[i]
            while nxt is not None and nxt.start in layout.consumed:
                nxt = next((ln for ln in lines[lines.index(nxt) + 1 :] if ln is not None), None)
            blank_before = i == 0 or (lines[i - 1] is None and not line_of_markup_before(given_text(doc), line.start))
            # a line a wrap cut ("since April⏎2, 2025.", an indented "    2020" under a bullet) is no counter
            carried_on = line.start in layout.run_on
            furniture = line.start not in layout.items and self.is_furniture(line, carried_on=carried_on)
            if furniture or self._link_under_label(lines, i):
                layout.flush()
                layout.add("furniture", line.start, line.end, "FURNITURE")
                continue
            if is_underline(line.text):
                layout.flush()  # a setext underline: markup, no text
                continue
            if prev is None and self._strapline(lines, i):
                layout.title_done = True  # under the place of a headline the collection dropped
                self._body_line(layout, line)
                continue
            markup = heading_markup(line.text)  # a bold lead run into its paragraph heads nothing
            lead = markup is not None and markup.level == 0 and runs_into_next(doc_text(doc), line, nxt)
            wrapped = lead or (nxt is not None and nxt.start in layout.run_on)  # the next line carries this one on
            wrapped = wrapped or (not layout.title_done and opens_paragraph(lines, i))  # no headline
            underlined = i + 1 < len(lines) and lines[i + 1] is not None and is_underline(lines[i + 1].text)
            block = wrapped_bold(doc_text(doc), lines, i)  # a bold heading the wrap cut: one heading
            if block is not None and self._marked(layout, block[0], following[block[1]], prev, underlined=False):
                layout.consumed.update(ln.start for ln in lines[i + 1 : block[1] + 1] if ln is not None)
                continue
            if self._marked_html(layout, line, nxt, prev) or self._plain_html_heading(layout, line, nxt, prev) or (
                self._capitals_line_over_sentence(layout, line, nxt, prev)
            ):
                continue
            if line.start in layout.run_on:
                layout.paragraph.append(line)
                layout.lone_short_line = None
                layout.body_started = layout.body_started or wraps_a_sentence(layout.paragraph)
            elif not lead and self._marked(layout, line, nxt, prev, underlined=underlined):
                continue
            elif not self._preamble(layout, line, nxt, wrapped) and not self._heading(
                layout, line, nxt, blank_before=blank_before, wrapped=wrapped
            ):
                self._body_line(layout, line)
        layout.flush()
        for group, items in layout.spans.items():
            doc.spans[group] = items
        self._sentence_starts(doc, lines, layout.run_on)
        return doc

    def _marked_html(self, layout: Layout, line: Line, nxt: Line | None, prev: Line | None) -> bool:
        """A heading an HTML block marks (`html_heading_markup`: '<p><strong>Next Steps</strong></p>'): each block
        is a paragraph of its own, with no blank line between blocks, so neither a wrap nor a lead runs it on. A
        bold first block is the preamble's to read ('<p><strong>Joint Media Release</strong></p>', a headline)."""
        if not layout.title_done:
            return False
        markup = self._html_markup(layout, line)
        return markup is not None and self._marked(layout, line, nxt, prev, underlined=False, markup=markup)

    def _plain_html_heading(self, layout: Layout, line: Line, nxt: Line | None, prev: Line | None) -> bool:
        """A short plain paragraph in title case or capitals between an HTML release's paragraphs ('<p>Personal Income
        Tax Cuts</p>', a scan's '<p>Electricity Subsidy<br />' over its paragraph) heads a section, as a bold one does
        (corpus/README.md), when the line before ends a sentence, is a date or a heading, and a sentence follows."""
        given = given_text(layout.doc)  # a transcript's short lines are turns and tags
        if given is None or not (layout.body_started and layout.title_done and nxt and prev) or layout.tagged:
            return False
        ends = SENTENCE_END.search(prev.text) or self._dated(prev.text) or self._heads(layout, prev)  # else it wraps
        ends = ends or self._page_break(given, prev)
        if not ends or not self._plain_block_heading(given, line) or not starts_sentence(nxt) or self._dated(nxt.text):
            return False
        # two stacked ('TASK GROUP ON EMISSIONS TRADING' over 'TERMS OF REFERENCE'): both head, when a sentence follows
        after = layout.following.get(nxt.start)
        if self.looks_like_heading(nxt, self.max_heading_words) and not (
            self._plain_block_heading(given, nxt) and after and starts_sentence(after)
            and not self.looks_like_heading(after, self.max_heading_words)
        ):
            return False
        layout.flush()
        layout.add("sections", line.start, line.end, "HEADING")
        return True

    def _capitals_line_over_sentence(
        self, layout: Layout, line: Line, nxt: Line | None, prev: Line | None, *, stacked: bool = False
    ) -> bool:
        """A line in capitals broken by hand inside a block of such lines, over a sentence ('TERMS OF REFERENCE<br />'
        in a scanned release, 'BACKGROUND INFORMATION  ' under a Markdown line break): it heads the part under it, as
        a capitals line after a blank one does (`_capitals_over_part`); one over another such heading heads too
        ('REPUBLIC ADVISORY COMMITTEE' over 'TERMS OF REFERENCE')."""
        if layout.tagged or not (layout.body_started and layout.title_done) or nxt is None or prev is None:
            return False
        text = given_text(layout.doc) or doc_text(layout.doc)
        if not (in_capitals(line.text, 1) and _broken_by_hand(text, line.start, line.end, inside=True)):
            return False
        if prev.text[-1:].islower() or prev.text.endswith(",") or not _broken_by_hand(text, prev.start, prev.end):
            return False  # a capitals name a wrap carries on ('… chaired by the⏎AUSTRALIAN …'), a soft wrap's end
        if any(label.match(line.text) for label in self.header_labels):
            return False  # a scan's header line ('FOR PRESS 29 MAY 1978'), no heading
        if not self.looks_like_heading(line, self.max_heading_words) or self._dated(line.text):
            return False
        if in_capitals(nxt.text, 1):  # stacked: the line under it heads the sentence; not a list of names
            names = any(self.name_over_biography.match(ln.text) for ln in (line, nxt))
            return not (stacked or names) and self._capitals_line_over_sentence(
                layout, nxt, layout.following.get(nxt.start), line, stacked=True
            ) and self._add_heading(layout, line)
        if not starts_sentence(nxt) or len(nxt.words) < self.min_sentence_words or self._dated(nxt.text):
            return False  # over a role ('Prime Minister') or a date, a capitals line is a name or a label
        return stacked or self._add_heading(layout, line)

    @staticmethod
    def _add_heading(layout: Layout, line: Line) -> bool:
        layout.flush()
        layout.add("sections", line.start, line.end, "HEADING")
        return True

    def _plain_block_heading(self, given: str, line: Line) -> bool:
        """`line` is a whole HTML paragraph in title case or capitals, in a heading's shape: not 'Mr Arthur Toon,
        Director, Cyrenian House, Perth. Mr Toon is', nor 'Dr Arthur Johnston' over his life."""
        return (
            opens_html_block(given, line.start, line.end)
            and (line.text.isupper() or self.bylines.is_title_case(line) or NUMBERED.match(line.text) is not None)
            and not ends_a_sentence_within(NUMBERED.sub("", line.text))  # '1. Control orders' ends no sentence at '1.'
            and not (self.name_over_biography.match(line.text) and not line.text.isupper())  # 'MRS IMELDA ROCHE, AO'
            and self.looks_like_heading(line, self.max_heading_words)
        )

    def _page_break(self, given: str, prev: Line) -> bool:
        """`prev` is the last line of a scanned page's paragraph and holds only the page's number or stamp ('7 r1 </p>',
        'II </p>'): the paragraph ended there, as at a sentence end."""
        return self.page_residue.match(prev.text.strip()) is not None and given_line(given, prev).endswith("</p>")

    def _html_markup(self, layout: Layout, line: Line) -> Markup | None:
        """The heading markup of the HTML block on `line`'s line of the text as given; None in a text with no
        masked markup or on a line that holds no tag."""
        given = given_text(layout.doc)
        if given is None or doc_text(layout.doc)[line.start - 1 : line.start] != " ":
            return None  # no tag masked before the words ('<p>', '</ul><p><strong>')
        return html_heading_markup(given_line(given, line))

    def _marked(
        self, layout: Layout, line: Line, nxt: Line | None, prev: Line | None, *, underlined: bool,
        markup: Markup | None = None,
    ) -> bool:
        """A heading its markup marks (`marked_heading`; `markup` an HTML block's); the first line's own marks
        ('# Title', a line over '===') are the title's. In a transcript, lines after the first tag are turns."""
        if (layout.tagged and line.start > min(layout.tagged)) or nxt is None or self._dated(nxt.text):
            return False  # a heading heads text; a line over a date names an event ('Opening Remarks …')
        if not underlined and not any(c.isalnum() for c in nxt.text):
            return False  # over a line with no letter or digit: a link line over '»', a rule of '*****'
        if not self.marked_heading(line, underlined=underlined, interview=layout.interview, markup=markup):
            return False
        # under one marked alike: a table's header cells ('**Applicant**⏎⏎**Project**⏎⏎**Amount**'); but a heading
        # over a last one marked alike heads its first part ('**FAQs:**⏎⏎**What will the fund do?**⏎⏎It will …'),
        # and a bold 'ENDS' heads nothing ('**ENDS**⏎⏎**Notes to editors:**')
        if prev and (above := heading_markup(prev.text)) is not None and not self.never_heading(above.text):
            given = given_text(layout.doc) or doc_text(layout.doc)
            style = mark_style(given[line.start : line.end])
            if mark_style(given[prev.start : prev.end]) == style and not (
                self._heads(layout, prev) and not marked_alike(given, nxt, style)
            ):
                return False
        markup = markup or heading_markup(line.text)
        if not layout.title_done:
            if markup is None or markup.level == 1:
                return False
            layout.title_done = True  # '## Summary' first: the collection dropped the headline
        elif markup is not None and markup.level == 0 and not layout.body_started:
            return False  # a bold strapline under the title: 'Opening Remarks to …'
        layout.flush()
        layout.add("sections", line.start, line.end, "HEADING")
        return True

    def _strapline(self, lines: list[Line | None], i: int) -> bool:
        """The text opens with a line, or a block a hard wrap cut, set whole in italics or bold italics (layout.json
        `strapline_marks`): a strapline, an epigraph or a venue ('***New Plant in Texas will Create 3,000 Jobs; …***',
        '*Via Teleconference*'), neither title nor heading; a short bold-italic line still heads ('***Summary***')."""
        opening = _OPENING_MARKS.match(lines[i].text)
        if opening is None or opening.group() not in self.strapline_marks:
            return False
        block: list[Line] = []
        for line in lines[i : i + 4]:
            if line is None:
                return False
            block.append(line)
            if line.text.rstrip().endswith(opening.group()):
                break
        else:
            return False
        markup = heading_markup(" ".join(" ".join(line.words) for line in block))
        return markup is None or len(markup.text.split()) > self.max_heading_words or markup.text.endswith((".", "!"))

    @staticmethod
    def _heads(layout: Layout, line: Line) -> bool:
        """`line` was taken as the last section heading."""
        return bool(layout.spans["sections"]) and layout.spans["sections"][-1].start_char == line.start

    def _heading(self, layout: Layout, line: Line, nxt: Line | None, *, blank_before: bool, wrapped: bool) -> bool:
        """A short line after a blank one, before a line that is no heading: a section heading
        (a turn's first line under a lone tag, 'JOURNALIST:', is none)."""
        capitals = nxt is not None and self._capitals_over_part(layout, line, nxt)
        if not (
            (layout.body_started or self._heads_dated_release(layout, line))
            and not (layout.tagged and (layout.podium and line.start < min(layout.tagged) or line.text.endswith("?")))
            and blank_before
            and nxt is not None
            and not self._dated(nxt.text)  # a line over a date names an event or a release
            and has_word(nxt.text)  # a line over a lone figure is a table's cell ('Northland Inc⏎⏎$700,000')
            and not wrapped and not continues(line, nxt)  # '**[Read the full op-ed⏎here.](https://…)**'
            and not leaves_open((given_text(layout.doc) or doc_text(layout.doc))[line.start : line.end])  # '[Joint⏎'
            and line.start not in layout.turn_starts
            and line.start not in layout.items
            and not layout.paragraph
            and (capitals or not self._in_plain_list(layout, line))
            and self.looks_like_heading(line, self.max_heading_words)
            and (nxt.start in layout.tagged or capitals or not self._heading_like(layout, nxt))
        ):
            return False
        layout.add("sections", line.start, line.end, "HEADING")  # markdown marks and all, as written
        return True

    def _capitals_over_part(self, layout: Layout, line: Line, nxt: Line) -> bool:
        """A line in capitals over a line in lower case that is no title ('AUCKLAND' over 'Aeroqual Ltd, $18,520,
        prototype development'): it heads the part under it, however short that line, and after a list's last item
        unless that item is in capitals too; a name in capitals over 'Prime Minister' heads nothing."""
        lone = layout.lone_short_line
        return (
            line.text.isupper() and has_word(line.text) and not nxt.text.isupper()
            and any(word.islower() for word in nxt.words) and not self.bylines.is_title_case(nxt)
            and not (lone is not None and lone.text.isupper())
        )

    def _heading_like(self, layout: Layout, line: Line) -> bool:
        """`looks_like_heading`, and no line under it carries it on: a numbered point a wrap cut ('1.  The parties
        intend to cut duties and⏎    machinery.') is a list's item, no heading, so the line over it may head."""
        after = layout.following.get(line.start)
        wrapped_point = NUMBERED.match(line.text) is not None and after is not None and continues(line, after)
        return self.looks_like_heading(line, self.max_heading_words) and not wrapped_point

    def _heads_dated_release(self, layout: Layout, line: Line) -> bool:
        """A release that opens with its date ('October 08, 2008', 'For release at 7:00 a.m.'), the
        headline dropped: a title-case line of three words or more before the body heads it."""
        dated = layout.first_line is not None and self.date_line.match(layout.first_line) is not None
        return dated and not layout.spans["title"] and len(line.words) >= 3 and self.bylines.is_title_case(line)

    def _body_line(self, layout: Layout, line: Line) -> None:
        if not layout.body_started:
            # short unpunctuated lines before the story ("MEDIA NOTE", an issuing
            # department, a date line) are preamble: the body starts at a sentence
            dated = self.bylines.dateline(line, layout.add)
            layout.body_started = dated or wraps_a_sentence([line])
        if layout.paragraph and continues(layout.paragraph[-1], line):
            layout.paragraph.append(line)
        else:
            layout.flush()
            layout.paragraph.append(line)
        lone = len(layout.paragraph) == 1 and self.looks_like_heading(line, self.max_heading_words)
        layout.lone_short_line = line if lone else None

    @staticmethod
    def _in_plain_list(layout: Layout, line: Line) -> bool:
        """`line` goes on a list of short lines standing alone ('Acme Ltd⏎⏎Apex Ltd⏎⏎Atlas Ltd': no headings); a
        numbered line under an unnumbered one opens a numbered part ('Key areas of support⏎⏎1.Building trust⏎⏎…')."""
        lone = layout.lone_short_line
        return lone is not None and not (NUMBERED.match(line.text) and not NUMBERED.match(lone.text))

    def _link_under_label(self, lines: list[Line | None], i: int) -> bool:
        """The headline under a "Read more:" line is a link, not article text."""
        line, previous = lines[i], lines[i - 1] if i else None
        return (
            previous is not None
            and previous.text.endswith(":")
            and self.is_furniture(previous)
            and len(line.words) <= 15
            and not line.text.endswith(".")
        )

    def _sentence_starts(self, doc: Doc, lines: list[Line | None], run_on: set[int]) -> None:
        groups = ("title", "byline", "dateline", "sections", "furniture")
        ends = [span.end_char for group in groups for span in doc.spans[group]]
        turns = [turn.start_char for turn in doc.spans["turns"]]  # a turn's words open a sentence
        bold = [m.end() for m in self.bold_sentence_end.finditer(doc_text(doc))]  # `**$4m for meals.** This …`
        set_sentence_starts(doc, lines, run_on, ends + turns + bold, max_words=self.max_heading_words)


@Language.factory(
    "briefx_sections",
    assigns=["token.is_sent_start", "doc.spans"],
    default_config={"max_heading_words": 12, "max_title_words": 25},
)
def make_sections(nlp: Language, name: str, max_heading_words: int, max_title_words: int) -> SectionsComponent:
    """Create the layout segmenter."""
    register_attributes()
    return SectionsComponent(nlp, name, max_heading_words=max_heading_words, max_title_words=max_title_words)
