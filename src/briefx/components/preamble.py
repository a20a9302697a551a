"""The preamble of an article for briefx_sections: its title, byline and the outlet line under the byline.

A mixin of `SectionsComponent` (briefx.components.sections), which holds the tables these rules read (labels,
mastheads, office lines, date lines, the byline reader) and the per-call layout they write to.
"""

from __future__ import annotations

from briefx.components.layout import Layout
from briefx.normalize.lines import BULLET, Line, ends_clause, is_label_line, is_masthead, label_before_title


class PreambleReader:
    """Title and byline rules of the layout reader (see the module docstring)."""

    def _preamble(self, layout: Layout, line: Line, nxt: Line | None, wrapped: bool) -> bool:
        """Title, byline (with the outlet line under it): True when `line` was one of them."""
        add = layout.add
        if layout.body_started:
            return False
        if not layout.title_done:
            layout.first_line = line.text
            label_line = is_label_line(
                line.text, self.document_label, self.date_line, self.reference_line, labelled=layout.labelled
            )
            if self.reference_line.match(line.text):  # '125/ 92', 'Embargo 00:01 26 March 2011': no headline
                add("furniture", line.start, line.end, "FURNITURE")
                layout.labelled = True
                return True
            if (head := layout.headline) is not None and line.start <= head.start:  # a scan's header, its headline
                layout.title_done = line.start == head.start and bool(add("title", head.start, head.end, "TITLE"))
                return True
            if label_line or is_masthead(line.text, self.masthead) or (
                (layout.labelled or self._office_over_headline(line, nxt)) and self.office_line.match(line.text)
            ):  # 'Media Release', the issuer ('The Hon Jane Doe MP'), a date or an office line under them or first
                layout.labelled = True  # the headline, if any, comes next
                return True
            layout.title_done = True
            end = self._title_end(layout, line, wrapped)
            if end is not None:
                label = label_before_title(line, self.document_label, self.small_words)
                if label:
                    add("furniture", line.start, line.start + len(line.text[:label].rstrip()), "FURNITURE")
                add("title", line.start + label, end, "TITLE")
                return True
        if layout.byline_done:
            return False
        if self.bylines.byline(line, add):
            if nxt is not None and self.bylines.outlet_line(nxt):
                self.bylines.outlet(nxt, add)
                layout.consumed.add(nxt.start)
            layout.byline_done = True
            return True
        if self.bylines.org_byline(line):
            layout.byline_done = True
            add("byline", line.start, line.end, "AUTHOR")
            return True
        if self.bylines.comma_byline(line, add):
            layout.byline_done = True
            return True
        return False

    def _office_over_headline(self, line: Line, nxt: Line | None) -> bool:
        """The shape of an issuer's office standing first, over the headline ('PRIME MINISTER', 'Shadow Minister for
        Health and Ageing' in the trove press releases): a short line that ends no clause, in capitals or title
        case, over a line that is no sentence ('Minister for Trade Jo Bell will travel …' is the body's)."""
        return (
            len(line.words) <= 12
            and not ends_clause(line.text)
            and (line.text.isupper() or self.bylines.is_title_case(line))
            and nxt is not None
            and not ends_clause(nxt.text)
        )

    def _title_end(self, layout: Layout, line: Line, wrapped: bool) -> int | None:
        """Where the title on the first line ends, or None when the line is no title: a sentence, a date, a list
        item, a transcript's place line ('Aboard Air Force One': a transcript's title names the event), a lone
        word under a document label. A date the collection joined on with a run of spaces ('Transcript of
        doorstop interview, Cairns  THU 17 FEBRUARY 2011') is left out."""
        words = line.words
        if (
            ends_clause(line.text)  # a sentence of the body: '… rose.', '… “We will act.”', '… will:'
            or wrapped
            or self.date_line.match(line.text)
            or BULLET.match(line.text)  # a summary's first item ('- Spend rose 4% …') heads no title
            or (layout.labelled and len(words) < 2)
            or not (len(words) <= self.max_title_words or (len(words) <= 40 and self.bylines.is_title_case(line)))
        ):
            return None
        if layout.tagged and (
            line.text.isupper() or layout.labelled  # a transcript's header: 'PRIME MINISTER', a line under a label
            or (layout.podium and not any(w.strip(",:;()*").lower() in self.event_words for w in words))
        ):
            return None
        head, gap, tail = line.text.rpartition("  ")
        if gap and head.strip() and self.date_line.match(tail.strip()):
            return line.start + len(head.rstrip())
        return line.end
