"""What briefx_sections has read of one document in one call (house rule 15: the component keeps no state)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from briefx.normalize.lines import Line

GROUPS = ("title", "byline", "dateline", "agency", "sections", "paragraphs", "furniture", "speaker_tags", "turns")


class Layout:
    """What one call has read of one document: the spans so far, the open paragraph, which preamble parts are
    done, the transcript's tag lines. Built per call; the component keeps none of it."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.spans: dict[str, list[Span]] = {k: [] for k in GROUPS}
        self.consumed: set[int] = set()  # starts of lines already used (an outlet line under the byline)
        self.body_started = False
        self.title_done = False
        self.byline_done = False
        self.paragraph: list[Line] = []
        self.tagged: set[int] = set()  # starts of a transcript's speaker-tag lines
        self.turn_starts: set[int] = set()
        self.run_on: set[int] = set()  # starts of lines that carry the line before on (hard wraps)
        self.items: set[int] = set()  # starts of indented item lines (`indented_items`)
        self.labelled = False  # a document label ('Media Release') stood where the title would
        self.podium = False  # a podium transcript: nothing but short head lines before the first tag
        self.first_line: str | None = None
        self.lone_short_line: Line | None = None  # the last body line, when it stood alone and looked like a heading
        self.interview = False  # the text says it is an interview: its bold questions are the interviewer's
        self.following: dict[int, Line | None] = {}  # the next line after the line that starts there
        self.headline: Line | None = None  # a scan's headline under its header lines (`headline_over_body`)

    def add(self, group: str, start: int, end: int, label: str) -> Span | None:
        span = self.doc.char_span(start, end, label=label, alignment_mode="contract")
        if span is not None and len(span):
            self.spans[group].append(span)
        return span

    def flush(self) -> None:
        if self.paragraph:
            self.add("paragraphs", self.paragraph[0].start, self.paragraph[-1].end, "PARAGRAPH")
            self.paragraph.clear()
