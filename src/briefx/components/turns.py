"""briefx_turns: the people behind a transcript's speaker tags (GOLD.md § Turns).

`briefx_sections` finds the tags and the turns; this component, after the
entities, makes the name in a tag a PERSON (``MS. PSAKI:`` → ``PSAKI``: whatever
the model made of the capitals is dropped), drops entities inside stage
directions (``(Laughter.)``), and gives every turn its speaker: the fullest
PERSON name in the document that ends with the tag's name, and whether the
turn is a reporter's question.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from briefx.components.attributes import doc_text, register_attributes
from briefx.normalize.transcript import TagTables, read_tag
from briefx.resources import load_json


def _last_word(text: str) -> str:
    return text.split()[-1].casefold().strip(".,")


# a portfolio or a seat before a name ('Secretary of Labor Marty Walsh', 'Member for Adelaide Kate Ellis')
_PORTFOLIO_BEFORE = re.compile(r"\b(?:of|for)(?:[ \t]+the)?[ \t]+$")


def names_ending_in(surname: str, text: str, titles: frozenset[str]) -> list[str]:
    """Names the text writes with capitalised words before `surname`, in any case of the
    surname, the words up to the last title word left out ('Press Secretary Jen Psaki' ->
    'Jen Psaki', 'Council Coordinator John Kirby' -> 'John Kirby'), and a lone letter ('Q');
    after 'of' or 'for' the words name a portfolio or a seat but the last, the given name
    and its initials ('Secretary of Labor Marty Walsh' -> 'Marty Walsh')."""
    found = []
    for match in re.finditer(r"((?:[A-Z][\w'’.\-]*[ \t]+){1,3})(?i:" + re.escape(surname) + r")\b", text):
        words = match.group(1).split()
        cut = max((k + 1 for k, w in enumerate(words) if w.upper() in titles or len(w) == 1), default=0)
        if _PORTFOLIO_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            given = max((k for k, w in enumerate(words) if len(w.rstrip(".")) > 1 and not w.endswith(".")), default=0)
            cut = max(cut, given)
        words = words[cut:]
        if words and not match.group(0).isupper():
            found.append(" ".join([*words, match.group(0).split()[-1]]))
    return found


def fullest_name(name: str, people: list[str], text: str, titles: frozenset[str]) -> str:
    """The fullest name the document gives the person of a tag ('PSAKI' with 'Press Secretary
    Jen Psaki' in the title -> 'Jen Psaki'): the longest PERSON entity, or name in the text
    (`names_ending_in`), that ends with the tag's last word; else the tag's name in title case.
    A name of more than three words took in words before it ('Strategic Communications John
    Kirby'): its last two stand. Runs of spaces are one space."""
    last = _last_word(name)
    found = [p for p in people if _last_word(p) == last and not p.isupper()]
    found += names_ending_in(name.split()[-1], text, titles)
    # a name in capitals ('THE HON. MALCOLM TURNBULL MP') counts in title case, title words left out
    found += [name_case(" ".join(w for w in p.split() if w.upper() not in titles))
              for p in people if p.isupper() and _last_word(p) == last]
    found = [" ".join(n.split()[-2:] if len(n.split()) > 3 else n.split()) for n in found]
    if found:
        return max(found, key=len)
    return name_case(name) if name.isupper() else name


def name_case(name: str) -> str:
    """A name in capitals in title case, a 'Mc' prefix's next letter kept a capital ('MCGRATH' -> 'McGrath')."""
    return re.sub(r"\bMc([a-z])", lambda m: "Mc" + m.group(1).upper(), name.title())


# what may stand between an office and its holder's name: white space, a comma, an honourific,
# postnominals ('PRIME MINISTER  THE HON. MALCOLM TURNBULL MP')
_BESIDE = re.compile(r"[\s,]*(?:(?:MP|AC|AO|QC|KC|MLA|MHR|(?i:the\s+)?(?i:hon\.?|honourable|honorable))(?!\w)[\s,]*)*")
# the words before an office that make it no mention of its holder ('Vice President', 'former Prime Minister'), or
# an address ('Mr. President, Donald Trump said …': the name after the comma is someone else)
_NOT_THE_HOLDER = {"vice", "deputy", "former", "assistant", "under", "acting", "late", "future", "the next",
                   "mr", "mr.", "madam", "madame"}


def office_mentions(office: str, text: str, spoken: list[Span]) -> Iterator[re.Match[str]]:
    """Mentions of an office outside the `spoken` spans (speaker tags and turns: inside a turn the
    office names someone else, 'Prime Minister Howard championed …' in a later PM's doorstop), and
    not as part of a lesser one ('Vice President' does not name the President)."""
    in_spoken = [(t.start_char, t.end_char) for t in spoken]
    for match in re.finditer(r"(?<![\w-])" + re.escape(office) + r"(?![\w-])", text, re.IGNORECASE):
        if any(start <= match.start() < end for start, end in in_spoken):
            continue
        before = text[: match.start()].split()
        if not (before and before[-1].lower() in _NOT_THE_HOLDER):
            yield match


def office_holder(office: str, text: str, people: list[Span], spoken: list[Span]) -> Span | None:
    """The person the document names with an office ('THE HON. MALCOLM TURNBULL MP / PRIME
    MINISTER', 'Remarks by President Biden'): the PERSON right beside the office's first mention
    (`office_mentions`), after it ('President Biden') or else before it, with nothing but white
    space, a comma or postnominals between."""
    for match in office_mentions(office, text, spoken):
        after = [p for p in people if 0 <= p.start_char - match.end() <= 40
                 and _BESIDE.fullmatch(text[match.end() : p.start_char])]
        prior = [p for p in people if 0 <= match.start() - p.end_char <= 40
                 and _BESIDE.fullmatch(text[p.end_char : match.start()])]
        if after or prior:
            return after[0] if after else prior[-1]
    return None


_SURNAME = re.compile(r"[ \t]+(?P<name>[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*)(?![\w'’-])")


def surname_after_office(
    office: str, text: str, spoken: list[Span], not_names: frozenset[str]
) -> tuple[int, int] | None:
    """'Remarks by President Biden Before Marine One Departure': in a title-case headline the model
    tags no one, so the one capitalised word right after the office's first mention
    (`office_mentions`), on the same line, is the holder's name, unless it is a common word
    ('During', 'Remarks'): `not_names`, in lower case."""
    for match in office_mentions(office, text, spoken):
        word = _SURNAME.match(text, match.end())
        if word and word.group("name").lower() not in not_names:
            return word.span("name")
    return None


_NAME_LINE = re.compile(
    r"[ \t]*(?:THE[ \t]+)?(?:HON\.?|HONOURABLE)?[ \t]*(?P<name>[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){1,2}?)"
    r"(?:[ \t]+(?:MP|AC|AO|QC|KC|MLA|MHR))*[ \t]*"
)


def name_line_beside_office(
    office: str, text: str, spoken: list[Span], not_names: frozenset[str]
) -> tuple[int, int] | None:
    """'SCOTT MORRISON' over 'PRIME MINISTER' in a transcript's head: the model often tags no one in
    capitals, so a line of two or three capitalised words (honourifics and postnominals aside) right
    above or below a line holding only the office names its holder, unless a word is a common one
    ('PRESS CONFERENCE', 'INTERVIEW WITH …'): `not_names`, in lower case."""
    for match in office_mentions(office, text, spoken):
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end()) % (len(text) + 1)
        if text[start:end].strip().upper() != office.upper():
            continue
        above = text[:start].rstrip().rpartition("\n")
        below_start = len(text) - len(text[end:].lstrip())
        below_end = text.find("\n", below_start) % (len(text) + 1)
        for line_start, line in ((len(above[0]) + len(above[1]), above[2]), (below_start, text[below_start:below_end])):
            found = _NAME_LINE.fullmatch(line)
            if found and not any(w.strip(".").lower() in not_names for w in found.group("name").split()):
                return line_start + found.start("name"), line_start + found.end("name")
    return None


def addressed_surname(
    questions: list[tuple[int, str]], honorifics: frozenset[str], not_names: frozenset[str],
    noun_ends: frozenset[int] = frozenset(),
) -> tuple[int, int] | None:
    """'JOURNALIST: Mr Howard, we understand …' over 'PRIME MINISTER:' turns: the surname the question
    turns (`questions`: each turn's start and text) open or close by addressing someone with an honorific
    ('Mr', 'Ms': `honorifics`), markup aside; a closing address follows a comma or a common noun (`noun_ends`: the
    text offsets where the parse ends one: 'How did you learn the news Mr Howard?'), not a verb or a preposition,
    whose object the name is ('… seen in public with you, like Mr. Fetterman?'); unless the word or a part of it
    is an office's or a common one ('Mr Prime Minister', 'Mr Secretary-General': `not_names`, in lower case); its
    first place in the text, when one surname alone is addressed so (two people addressed: no holder is read)."""
    addresses = []
    for start, text in questions:
        closing = _CLOSING.search(text)
        if closing and closing.group("before") != "," and start + closing.end("before") not in noun_ends:
            closing = None
        for address in (_OPENING.match(text), closing):
            parts = re.split(r"[-'’]", address.group("name").lower()) if address else []
            if address and address.group("honorific") in honorifics and not not_names.intersection(parts):
                addresses.append((start, address))
    return _one_name(addresses)


def addressed_office(
    questions: list[tuple[int, str]], office: str, not_names: frozenset[str]
) -> tuple[int, int] | None:
    """'Vice President Harris, you were nodding …', 'Madam Vice President Harris, when …' after a reporter's tag: the
    surname after the office that a question (`questions`: each turn's start and text) opens with, an address to
    the office's holder; its first place in the text, when one surname alone is addressed so."""
    opening = re.compile(
        r"(?:\s|</?p>)*(?:(?:Madam|Mister|Mr\.?)\s+)?(?i:" + r"\s+".join(map(re.escape, office.split()))
        + r")\s+(?P<name>[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*)\s*[,?]"
    )
    addresses = [(start, opening.match(text)) for start, text in questions]
    return _one_name([(start, a) for start, a in addresses if a and a.group("name").lower() not in not_names])


def _one_name(addresses: list[tuple[int, re.Match[str]]]) -> tuple[int, int] | None:
    """The text offsets of the `name` group of the first address (each a turn's start and a match in its text), when
    every address names the same one; None when none or two names are addressed."""
    found: dict[str, tuple[int, int]] = {}
    for start, address in addresses:
        found.setdefault(address.group("name"), (start + address.start("name"), start + address.end("name")))
    return next(iter(found.values())) if len(found) == 1 else None


# a turn's first words, past blanks and paragraph markup: an honorific and a capitalised word
_OPENING = re.compile(
    r"(?:\s|</?p>)*(?P<honorific>[A-Z][a-z]+)\.?[ \t]+(?P<name>[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*)(?![\w'’-])"
)
# a question's last words, before its question mark and closing markup: '…, Mr Howard?', '… the news Mr Howard?'
_CLOSING = re.compile(
    r"(?P<before>,|\w+)\s+(?P<honorific>[A-Z][a-z]+)\.?[ \t]+(?P<name>[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*)[ \t]*\?"
    r"(?:\s|</?p>)*$"
)


def holder_on(terms: list[list[str]], day: date) -> str | None:
    """The name of whoever held an office on `day`: `terms` are [first day (ISO), name] in time order."""
    held = [name for start, name in terms if date.fromisoformat(start) <= day]
    return held[-1] if held else None


def _given_fits(words: list[str], given: str) -> bool:
    """Whether the words before a surname ('Julia', 'P J', 'Natalie') can be the holder's `given` name: the
    first of them is the holder's given name or its initial."""
    first = words[0].rstrip(".")
    return first == given or (len(first) == 1 and first == given[0])


def dated_holder(
    holder: str, text: str, people: list[str], beside: frozenset[str], heads: frozenset[str]
) -> str | None:
    """The name a document gives an office's `holder` (from `holder_on`): the fullest name ending in the holder's
    surname whose given words fit (`_given_fits`: 'Julia Gillard'; 'Natalie Biden' is someone else), else the
    surname as written (`_names_surname`: 'Mr Rudd, good morning' -> 'Rudd'), else the given name standing alone
    ('welcome Kevin!', 'So, John, I am …'); None when the document names the holder nowhere."""
    *given, surname = holder.split()
    found = [n.split() for n in [*people, *names_ending_in(surname, text, beside)] if not n.isupper()]
    found = [w for w in found if w[-1] == surname and len(w) > 1 and given and _given_fits(w[:-1], given[0])]
    if found:
        return " ".join(max(found, key=len))
    if _names_surname(surname, text, beside, heads):
        return surname
    alone = r"(?<![A-Z][\w'’.-]\s)(?<![\w'’-])" + re.escape(given[0]) + r"(?![\w'’-])(?![ \t]+[A-Z])" if given else None
    return given[0] if alone and re.search(alone, text) else None


def _names_surname(surname: str, text: str, beside: frozenset[str], heads: frozenset[str]) -> bool:
    """Whether the text writes the surname for its holder: not as a government's name ('the Turnbull government':
    `heads`, in lower case), and with no capitalised word before it but an initial or one of `beside` (the office's
    words and the holder's honorifics, in capitals: 'Prime Minister Gillard', 'Mr Rudd', not 'Dr. Biden')."""
    for match in re.finditer(r"(?<![\w'’-])" + re.escape(surname) + r"(?![\w'’-])", text):
        head = re.match(r"\s+([A-Za-z]+)", text[match.end() : match.end() + 40])
        before = text[max(0, match.start() - 40) : match.start()].split()[-1:]
        other = [w for w in before if w[:1].isupper() and w.upper() not in beside and len(w.rstrip(".")) > 1]
        if not (head and head.group(1).lower() in heads) and not other:
            return True
    return False


def named_reporters(speakers: list[str | None], turns: list[Span]) -> set[str]:
    """Named tags that only ask: all their turns (two at most) end in a question, while the podium
    speaks more often ('STEVE LIESMAN.' in a central bank's press conference)."""
    by_speaker: dict[str, list[Span]] = {}
    for speaker, turn in zip(speakers, turns, strict=True):
        if speaker is not None:
            by_speaker.setdefault(speaker, []).append(turn)
    most = max((len(t) for t in by_speaker.values()), default=0)
    return {
        speaker for speaker, own in by_speaker.items()
        if len(own) <= 2 < most and all(t.text.rstrip().endswith("?") for t in own)
    }


def interviewers(
    keys: list[str], questioners: list[bool], offices: list[bool], office_words: frozenset[str]
) -> set[str]:
    """In an interview with no questioner's tag ('JOURNALIST:', 'Q'), the tags beside the office's
    ('PRIME MINISTER:', 'PM:') that hold no office word are the interviewer's ('MCGRATH:', 'HOST:',
    'MICHAEL BRISSENDEN:'): their turns are questions (GOLD.md § Turns: a tag the text marks as press)."""
    if any(questioners) or not any(offices):
        return set()
    return {key for key, office in zip(keys, offices, strict=True)
            if not office and not set(key.split()) & office_words}


class TurnsComponent:
    """Speaker names and turn speakers (see the module docstring)."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        lex = load_json("lexicons", "transcript.json")
        self.tables = TagTables.from_lexicon(lex)
        self.stage_direction = re.compile(r"\([^()\n]{2,40}\)")
        self.stage_words = re.compile(lex["stage_direction"])
        self.offices = frozenset(lex["offices"])
        self.not_names = frozenset(
            [*load_json("lexicons", "english_stopwords.json"), *lex["title_words"], *(t.lower() for t in lex["titles"])]
        )
        self.role_abbreviations: dict[str, str] = dict(lex["role_abbreviations"])
        self.office_words = frozenset(w for o in [*self.offices, *self.role_abbreviations] for w in o.split())
        self.honorifics = frozenset(lex["address_honorifics"])
        holders = load_json("lexicons", "office_holders.json")
        self.terms: dict[str, list[list[str]]] = holders["offices"]
        self.attributive = frozenset(holders["attributive_heads"])
        self.holder_words = frozenset(holders["holder_words"])

    def __call__(self, doc: Doc) -> Doc:
        tags = list(doc.spans["speaker_tags"]) if "speaker_tags" in doc.spans else []
        turns = list(doc.spans["turns"]) if "turns" in doc.spans else []
        if not tags:
            return doc
        names: list[Span | None] = []
        cleared: list[Span] = []  # tags no entity may overlap but the name they hold
        offices: dict[int, str] = {}  # tag index -> the office a role tag names ("PRIME MINISTER:")
        read = [read_tag(t.text, self.tables) for t in tags]
        for k, (tag_span, tag) in enumerate(zip(tags, read, strict=True)):
            office = self._office(tag_span.text) if tag is not None and tag.names_nobody else None
            if office is not None:
                offices[k] = office
        asking = interviewers([t.key if t else "" for t in read], [bool(t and t.question) for t in read],
                              [k in offices for k in range(len(tags))], self.office_words)
        for tag_span, tag in zip(tags, read, strict=True):
            name = None
            if tag is not None and tag.name_start is not None:
                start = tag_span.start_char + tag.name_start
                name = doc.char_span(start, tag_span.start_char + tag.name_end, label="PERSON",
                                     alignment_mode="expand")
            elif tag is not None and not tag.names_nobody and " " not in tag.key and (
                tag.key in asking or names_ending_in(tag.key, doc_text(doc), self.tables.titles)
            ):
                # 'TEMPLEMAN:' with 'Susan Templeman' in the text: a bare word names a person
                start = tag_span.start_char
                name = doc.char_span(start, start + len(tag.key), label="PERSON", alignment_mode="expand")
            if name is not None or (tag is not None and tag.names_nobody):
                cleared.append(tag_span)
            names.append(name)
        self._write_people(doc, cleared, [n for n in names if n is not None])
        people_spans = [e for e in doc.ents if e.label_ == "PERSON"]
        people = [e.text for e in people_spans]
        # a transcript repeats its tags: each office and each name is looked up in the text once
        holders = {office: self._holder(doc, office, people_spans, [*tags, *turns]) for office in set(offices.values())}
        if len(holders) == 1 and None in holders.values():  # one office, its holder not named beside it
            asked = [self._turn_after(turns, t) for t, r in zip(tags, read, strict=True) if r and r.question]
            noun_ends = frozenset(t.idx + len(t) for u in asked if u is not None for t in u if t.pos_ == "NOUN")
            questions = [(u.start_char, u.text) for u in asked if u is not None]
            (office,) = holders
            found = addressed_office(questions, office, self.not_names) or addressed_surname(
                questions, self.honorifics, self.not_names, noun_ends)
            of_day = self._holder_of_day(doc, office)
            if found and of_day and _last_word(doc_text(doc)[found[0] : found[1]]) != _last_word(of_day):
                found = None  # 'Dr Chalabi is saying …' opens a question: no address to the holder of the day
            holders = {office: doc.char_span(*found) if found else None for office in holders}
        intro = self._turn_after(turns, tags[0]) if read[0] and read[0].key in asking else None
        if intro is not None and None in holders.values():
            # 'I'm joined by Prime Minister, Malcolm Turnbull': the interviewer's first turn names the guest
            besides_intro = [*tags, *(t for t in turns if t is not intro)]
            holders = {office: holder or office_holder(office, doc_text(doc), people_spans, besides_intro)
                       for office, holder in holders.items()}
        names = [n if n is not None else holders.get(offices.get(k)) for k, n in enumerate(names)]
        fullest = {
            text: fullest_name(text, people, doc_text(doc), self.tables.titles) for text in {n.text for n in names if n}
        }
        # a role tag whose holder the text names only away from the office: the holder of the day as the text names them
        by_day = {office: self._dated(doc, office, self._own_turns(tags, turns, offices, office))
                  for office, holder in holders.items() if holder is None}
        speakers = [fullest[n.text] if n is not None else by_day.get(offices.get(k)) for k, n in enumerate(names)]
        turn_speakers: list[str | None] = []
        kept: list[Span] = []
        for tag_span, speaker in zip(tags, speakers, strict=True):
            turn = self._turn_after(turns, tag_span)
            if turn is None or turn in kept:
                continue
            turn._.speaker = speaker
            turn._.cue = tag_span.text
            kept.append(turn)
            turn_speakers.append(speaker)
        reporters = named_reporters(turn_speakers, kept)
        asked = {t.text for t, r in zip(tags, read, strict=True) if r is not None and r.key in asking}
        for turn, speaker in zip(kept, turn_speakers, strict=True):
            if speaker in reporters or turn._.cue in asked:
                turn.label_ = "QUESTION"
        doc.spans["turns"] = kept
        return doc

    def _holder(self, doc: Doc, office: str, people: list[Span], spoken: list[Span]) -> Span | None:
        """The office's holder: a PERSON beside it (`office_holder`), else the name after it in a
        headline (`surname_after_office`) or on the line beside it (`name_line_beside_office`)."""
        text = doc_text(doc)
        holder = office_holder(office, text, people, spoken)
        if holder is None:
            found = surname_after_office(office, text, spoken, self.not_names) or name_line_beside_office(
                office, text, spoken, self.not_names
            )
            holder = doc.char_span(*found) if found else None
        return holder

    def _dated(self, doc: Doc, office: str, own: list[Span]) -> str | None:
        """The name the document gives the office's holder on its publication day (`dated_holder`), if it is known,
        read outside the holder's `own` turns (there 'good luck John' addresses someone else)."""
        holder = self._holder_of_day(doc, office)
        if holder is None:
            return None
        text = doc_text(doc)
        for turn in own:
            text = text[: turn.start_char] + " " * len(turn.text) + text[turn.end_char :]
        people = [e.text for e in doc.ents
                  if e.label_ == "PERSON" and not any(t.start_char <= e.start_char < t.end_char for t in own)]
        return dated_holder(holder, text, people, self.holder_words | set(office.split()), self.attributive)

    def _holder_of_day(self, doc: Doc, office: str) -> str | None:
        """Who held the office on the document's publication day (`holder_on`), where the table and day are known."""
        terms = self.terms.get(office)
        return holder_on(terms, doc._.published) if terms and doc._.published else None

    def _own_turns(self, tags: list[Span], turns: list[Span], offices: dict[int, str], office: str) -> list[Span]:
        """The turns the tags of `office` open (`offices`: tag index -> office)."""
        own = (self._turn_after(turns, tags[k]) for k, o in offices.items() if o == office)
        return [t for t in own if t is not None]

    @staticmethod
    def _turn_after(turns: list[Span], tag: Span) -> Span | None:
        """The turn a tag opens: the first one starting at or after the tag's end."""
        return next((t for t in turns if t.start_char >= tag.end_char), None)

    def _office(self, tag: str) -> str | None:
        """The office a role tag names: 'THE PRESIDENT:' -> 'PRESIDENT', 'PM:' -> 'PRIME MINISTER'."""
        words = [w for w in tag.rstrip(":. ").upper().split() if w != "THE"]
        office = self.role_abbreviations.get(" ".join(words), " ".join(words))
        return office if office in self.offices else None

    def _write_people(self, doc: Doc, tags: list[Span], names: list[Span]) -> None:
        """Tag names become PERSON; no other entity may overlap a tag or sit in a stage direction."""
        directions = [
            (m.start(), m.end()) for m in self.stage_direction.finditer(doc_text(doc))
            if self.stage_words.match(m.group())
        ]
        blocked = [(t.start_char, t.end_char) for t in tags] + directions
        kept = [
            e for e in doc.ents
            if not any(e.start_char < end and start < e.end_char for start, end in blocked)
        ]
        doc.ents = filter_spans([*kept, *names])


@Language.factory("briefx_turns", assigns=["doc.ents", "doc.spans"], requires=["doc.spans"])
def make_turns(nlp: Language, name: str) -> TurnsComponent:
    """Create the transcript speaker component."""
    register_attributes()
    return TurnsComponent(nlp, name)
