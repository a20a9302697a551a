"""Speaker tags of podium transcripts: pure functions over lines of text.

A transcript line opens with a speaker tag (``MS. PSAKI:``, ``Q``, ``SECRETARY
BLINKEN:``, ``CHAIR POWELL.``, ``Prime Minister:``) and goes on with the words
of the turn. `read_tag` reads one line; `transcript_tags` decides, for a whole
text, which tag lines make it a transcript (GOLD.md § Turns). The tables
(questioner tags, title words, stage directions, closing lines) are passed in,
so these functions stay free of I/O.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from briefx.normalize.lines import Line

# An all-capitals tag of 1-7 words ending with a colon, or (two or more words) with a full stop, or with a
# semicolon, a scanned colon ('PM; Well, …' in OCR'd text: `transcript_tags` keeps it where the key has a colon)
_CAPS_TAG = re.compile(
    r"(?P<tag>(?:[A-Z][A-Z.'’\-]*|&)(?:[ \t]+(?:[A-Z][A-Z.'’\-]*|&)){0,6})(?P<sep>[ \t]*:|\.(?=\s)|;(?=\s))"
)
_Q_TAG = re.compile(r"(?P<tag>Q|QQ)(?P<sep>[:.]?)(?=\s|$)")  # transcripts pad tags with no-break spaces
_MIXED_TAG = re.compile(r"(?P<tag>[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){0,4})(?P<sep>[ \t]*:)(?=\s|$)")


@dataclass(frozen=True)
class Tag:
    """A speaker tag at the start of a line; offsets are relative to the line."""

    end: int  # end of the tag, separator included
    label: str  # the tag as written, separator included, no trailing space
    name_start: int | None  # the person's name inside the tag, if the tag names one
    name_end: int | None
    question: bool  # an anonymous questioner's tag ("Q", "QUESTION:")
    names_nobody: bool = False  # only title words ("THE PRESIDENT:", "MODERATOR:") or a questioner

    @property
    def key(self) -> str:
        return self.label.rstrip(":;. \t").upper()


@dataclass(frozen=True)
class TagTables:
    """The data `read_tag` works from (models/lexicons/transcript.json)."""

    questioners: frozenset[str]
    titles: frozenset[str]
    mixed_case_openers: frozenset[str]
    headers: frozenset[str] = frozenset()  # 'SUBJECTS:', 'E&OE': labels of a transcript's head, no speaker
    portfolio_links: frozenset[str] = frozenset()  # 'MINISTER FOR …': a word that opens a portfolio, not a name
    role_heads: frozenset[str] = frozenset()  # 'AIR FORCE ONE CREW MEMBER:': a tag ending in one names a role
    speaker_titles: frozenset[str] = frozenset()  # 'PRIME MINISTER:', 'PROFESSOR BYRNE:': a speaker's tag opens so

    @classmethod
    def from_lexicon(cls, lexicon: dict) -> TagTables:
        """The tables of a parsed models/lexicons/transcript.json."""
        return cls(*(frozenset(lexicon.get(key, ())) for key in
                     ("questioners", "titles", "mixed_case_openers", "headers", "portfolio_links", "role_heads",
                      "speaker_titles")))


def _name_in(tag: str, titles: frozenset[str], links: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """The name part of a tag: what follows its leading title words ('GEN. MILLEY' -> 'MILLEY')."""
    words = list(re.finditer(r"\S+", tag))
    k = 0
    while k < len(words) and words[k].group().upper() in titles:
        k += 1
    rest = words[k:]
    while rest and rest[-1].group().upper() in titles:
        rest = rest[:-1]  # postnominals: 'NATASHA GRIGGS MP:'
    if not rest or all(w.group().upper() in titles for w in rest):
        return None
    if any(w.group().upper() in links for w in rest):
        return None  # 'MINISTER FOR INDIGENOUS AFFAIRS:': a portfolio, whose words name nobody
    if k == 0 and len(rest) == 1:
        return None  # 'AFP:', 'CCTV:': one bare word names an outlet as often as a person
    return rest[0].start(), rest[-1].end()


def read_tag(line: str, tables: TagTables) -> Tag | None:
    """The speaker tag that opens `line`, or None.

    >>> read_tag("MS. PSAKI: Good afternoon.", TABLES).label
    'MS. PSAKI:'
    """
    match = _Q_TAG.match(line)
    if match and match.group("tag") in tables.questioners:
        return Tag(match.end(), line[: match.end()].rstrip(), None, None, True, names_nobody=True)
    match = _CAPS_TAG.match(line)
    mixed = False
    if match is None or (match.group("sep") == "." and len(match.group("tag").split()) < 2):
        match = _MIXED_TAG.match(line)
        if match is None or match.group("tag").split()[0] not in tables.mixed_case_openers:
            return None
        mixed = True
    tag = match.group("tag")
    if not any(c.isalpha() for c in tag):
        return None
    label = line[: match.end()].rstrip()
    key = tag.rstrip(".").upper()
    if key in tables.headers:
        return None
    if key in tables.questioners:
        return Tag(match.end(), label, None, None, True, names_nobody=True)
    # 'WHITE HOUSE AIDE:', 'AIR FORCE ONE CREW MEMBER:': the last word of a person's tag is the name (or a
    # postnominal, 'MP'); a role noun there makes the words before it qualify the role, not name anyone
    role = tag.split()[-1].rstrip(".").upper() in tables.role_heads
    name = None if role else _name_in(tag.upper() if mixed else tag, tables.titles, tables.portfolio_links)
    if name is not None and mixed and not tag[name[0] : name[1]][:1].isupper():
        name = None
    start, end = (name if name else (None, None))
    titles_only = role or all(word.upper() in tables.titles for word in tag.split())
    return Tag(match.end(), label, start, end, False, names_nobody=titles_only)


def transcript_tags(lines: list[str], tables: TagTables) -> list[Tag | None]:
    """The tag of each line, where the lines read as a transcript; all None otherwise.

    A text is a transcript when a questioner's tag opens a line, when one tag
    opens two or more lines among at least four tag lines (a fact sheet's
    one-off ``SUPPORTING UKRAINE:`` leads are no turns), or when two speakers
    or more each open a line with a tag only a speaker writes (`_speakers_remarks`).
    """
    tags = [read_tag(line, tables) for line in lines]
    # a semicolon closes a tag only as a scanned colon: where the same tag is written with one ('PM;' beside 'PM:')
    colons = {t.key for t in tags if t is not None and t.label.endswith(":")}
    tags = [None if t is not None and t.label.endswith(";") and t.key not in colons else t for t in tags]
    found = [t for t in tags if t is not None]
    counts = Counter(t.key for t in found)
    transcript = any(t.question for t in found) or (
        len(found) >= 4 and any(n >= 2 for n in counts.values()) and len(counts) >= 2
    ) or _speakers_remarks(found, tables)
    if not transcript:
        return [None] * len(lines)
    # Tags closed by a full stop ('CHAIR POWELL.') count where the transcript's recurring tags are
    # written so: in a transcript of 'MS. PSAKI:' tags, 'NEW YORK. The city said.' is a sentence.
    stops = any(t.label.endswith(".") and counts[t.key] >= 2 for t in found)
    return [t if t is not None and (stops or not t.label.endswith(".")) else None for t in tags]


def _speakers_remarks(found: list[Tag], tables: TagTables) -> bool:
    """Joint remarks with no questions: two speakers or more, each tag written with a colon and opening with a
    speaker's title (`speaker_titles`: 'PROFESSOR BYRNE:' then 'PRIME MINISTER:', 'PRESIDENT OBAMA:' then 'PM:').
    A fact sheet's leads ('SUPPORTING UKRAINE:', 'THE ECONOMY:') open with none."""
    return len({t.key for t in found}) >= 2 and all(
        t.label.endswith(":") and _opens_with_speaker_title(t.key, tables) for t in found
    )


def _opens_with_speaker_title(key: str, tables: TagTables) -> bool:
    """The tag's leading title words, 'THE' aside, begin with a speaker's title ('THE VICE PRESIDENT:',
    'PRESIDENT OF THE REPUBLIC OF INDONESIA:', 'MS. PSAKI:')."""
    words = key.split()
    if words[:1] == ["THE"]:
        words = words[1:]
    lead: list[str] = []
    for word in words:
        if word not in tables.titles:
            break
        lead.append(word)
    return any(" ".join(lead[:n]) in tables.speaker_titles for n in range(1, len(lead) + 1))


def is_stage_direction(text: str, pattern: re.Pattern[str]) -> bool:
    """``(Laughter.)``, ``(Crosstalk.)``: a bracketed note inside a turn."""
    return pattern.match(text.strip()) is not None


def tag_turns(text: str, lines: list[Line | None], tables: TagTables, closing: re.Pattern[str], add) -> set[int]:
    """Speaker tags and turns of `text` cut into `lines` (GOLD.md § Turns), handed to `add(group, start, end,
    label)` ('speaker_tags', 'turns', and 'furniture' for a closing line such as 'END 2:14 P.M.'); the starts of
    the tag lines (none when the text is no transcript)."""
    present = [ln for ln in lines if ln is not None]
    tags = transcript_tags([ln.text for ln in present], tables)
    opened: list[tuple[Line, Tag]] = [(ln, tag) for ln, tag in zip(present, tags, strict=True) if tag]
    if not opened:
        return set()
    ends = [nxt.start for nxt, _ in opened[1:]]
    closed = next((ln.start for ln in reversed(present) if closing.match(ln.text)), None)
    last = closed if closed is not None and closed > opened[-1][0].start else len(text)
    ends.append(last)
    for (line, tag), end in zip(opened, ends, strict=True):
        add("speaker_tags", line.start, line.start + len(tag.label), "QUESTION" if tag.question else "SPEAKER")
        body = line.start + tag.end
        while body < end and text[body].isspace():
            body += 1
        end = len(text[:end].rstrip())
        if end > body:
            add("turns", body, end, "QUESTION" if tag.question else "ANSWER")
    if closed is not None and closed == last:
        closing_line = next(ln for ln in present if ln.start == closed)
        add("furniture", closing_line.start, closing_line.end, "FURNITURE")
    return {line.start for line, _ in opened}
