"""Transcript turns (GOLD.md § Turns) on blank pipelines with hand-set entities."""

from __future__ import annotations

import pytest

from briefx.components.turns import fullest_name, interviewers, named_reporters

BRIEFING = (
    "Press Briefing by Press Secretary Jen Psaki\n\n"
    "James S. Brady Press Briefing Room\n\n"
    "1:05 P.M. EST\n\n"
    "MS. PSAKI: Good afternoon. (Laughter.) The President will travel to Ohio.\n\n"
    "Q Thanks, Jen. What about Iran?\n\n"
    "MS. PSAKI: We have nothing.\n\n"
    "Q\nAnd Russia?\n\n"
    "MS. PSAKI: No.\n\n"
    "END 2:15 P.M. EST\n"
)


def test_sections_finds_tags_and_turns_and_no_heading_or_dateline(blank):
    doc = blank("briefx_sections")(BRIEFING)
    assert [s.text for s in doc.spans["speaker_tags"]] == ["MS. PSAKI:", "Q", "MS. PSAKI:", "Q", "MS. PSAKI:"]
    assert [(s.label_, s.text) for s in doc.spans["turns"]] == [
        ("ANSWER", "Good afternoon. (Laughter.) The President will travel to Ohio."),
        ("QUESTION", "Thanks, Jen. What about Iran?"),
        ("ANSWER", "We have nothing."),
        ("QUESTION", "And Russia?"),
        ("ANSWER", "No."),
    ]
    assert list(doc.spans["sections"]) == [] and list(doc.spans["dateline"]) == []
    assert [s.text for s in doc.spans["furniture"]] == ["END 2:15 P.M. EST"]


def test_turns_component_writes_tag_names_as_people_and_drops_stage_directions(blank):
    nlp = blank("briefx_sections", "briefx_turns")
    doc = nlp.make_doc(BRIEFING)
    doc = nlp.get_pipe("briefx_sections")(doc)
    # what a model might do with capitals and brackets
    psaki = BRIEFING.index("MS. PSAKI")
    laughter = BRIEFING.index("Laughter")
    doc.ents = [
        doc.char_span(psaki, psaki + len("MS. PSAKI"), label="ORG"),
        doc.char_span(laughter, laughter + len("Laughter"), label="PERSON"),
        doc.char_span(BRIEFING.index("Jen Psaki"), BRIEFING.index("Jen Psaki") + 9, label="PERSON"),
    ]
    doc = nlp.get_pipe("briefx_turns")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Jen Psaki", "PERSON")] + [("PSAKI", "PERSON")] * 3
    assert [t._.speaker for t in doc.spans["turns"]] == ["Jen Psaki", None, "Jen Psaki", None, "Jen Psaki"]
    assert [t._.cue for t in doc.spans["turns"]] == ["MS. PSAKI:", "Q", "MS. PSAKI:", "Q", "MS. PSAKI:"]


FULLEST = [
    pytest.param("PSAKI", ["Jen Psaki"], "", "Jen Psaki", id="entity"),
    pytest.param("PSAKI", [], "Briefing by Press Secretary Jen Psaki", "Jen Psaki", id="title-words-dropped"),
    pytest.param("KIRBY", ["KIRBY"], "", "Kirby", id="only-capitals-title-cased"),
    pytest.param("JOHN F. KIRBY", [], "", "John F. Kirby", id="full-name-in-tag"),
    pytest.param("ROE", [], "And Energy Council Coordinator Dana Roe said", "Dana Roe",
                 id="words-before-the-last-title-dropped"),
    # a one-word portfolio or seat after 'of'/'for' (dev xu-whitehouse-20241003; unseen r28-4 wh-20210402, pm-20111228)
    pytest.param("VILSACK", ["Tom Vilsack"], "joined by Secretary of Agriculture Tom Vilsack", "Tom Vilsack",
                 id="portfolio-after-of"),
    pytest.param("ELLIS", [], "with the Member for Adelaide Kate Ellis", "Kate Ellis", id="seat-after-for"),
    pytest.param("BLINKEN", [], "Secretary of State Antony J. Blinken", "Antony J. Blinken", id="initial-kept"),
    pytest.param("SMITH", ["Mary Ann Smith"], "the family of Mary Ann Smith", "Mary Ann Smith",
                 id="a-name-after-of-the-model-finds-whole"),
    pytest.param("ROE", [], "Q    Ms. Roe, on trade.\n\nQ  Thanks, Ms. Roe.", "Roe", id="questioner-tag-is-no-name"),
    pytest.param("ROE", ["Strategic Communications Dana Roe"], "", "Dana Roe", id="words-run-in-before-a-name"),
    pytest.param("ROE", ["DANA ROE", "Roe"], "", "Dana Roe", id="full-name-only-in-capitals"),
    pytest.param("ROE", ["MS. DANA ROE"], "", "Dana Roe", id="capitals-with-a-title"),
    pytest.param("ROE", ["Dana  Roe"], "", "Dana Roe", id="run-of-spaces"),
]


@pytest.mark.parametrize("name, people, text, expected", FULLEST)
def test_fullest_name(name, people, text, expected):
    titles = frozenset({"PRESS", "SECRETARY", "BRIEFING", "BY", "COORDINATOR", "MS."})
    assert fullest_name(name, people, text, titles) == expected


def test_named_reporters_only_ask(blank):
    doc = blank()("Good afternoon . Why now ? Because . Next . Thanks .")
    turns = [doc[0:3], doc[3:6], doc[6:8], doc[8:10], doc[10:12]]
    speakers = ["Jerome Powell", "Steve Liesman", "Jerome Powell", "Michelle Smith", "Jerome Powell"]
    assert named_reporters(speakers, turns) == {"Steve Liesman"}


OFFICES = [
    pytest.param("PRIME MINISTER\n\nTHE HON. MALCOLM TURNBULL MP\n\nPRIME MINISTER: Hello.\n\nQ Why?\n",
                 "PRIME MINISTER",
                 [("MALCOLM TURNBULL", "PERSON")], "MALCOLM TURNBULL", id="header-name-then-office"),
    pytest.param("Remarks by President Biden and Vice President Harris\n\nTHE PRESIDENT: Thanks.\n\nQ Why?\n",
                 "PRESIDENT",
                 [("Biden", "PERSON"), ("Harris", "PERSON")], "Biden", id="office-then-name-not-vice"),
    pytest.param("Remarks by Vice President Harris\n\nTHE PRESIDENT: Thanks.\n\nQ Why?\n", "PRESIDENT",
                 [("Harris", "PERSON")], None, id="vice-president-names-no-president"),
    pytest.param("Doorstop, Hobart\n\nJOURNALIST: Will you change the policy?\n\nPM: No. Prime Minister Fraser "
                 "began it and Prime Minister Keating kept it.\n", "PRIME MINISTER",
                 [("Fraser", "PERSON"), ("Keating", "PERSON")], None, id="an-earlier-holder-named-in-a-turn"),
]


@pytest.mark.parametrize("text, office, people, expected", OFFICES)
def test_office_holder(blank, text, office, people, expected):
    from briefx.components.turns import office_holder

    doc = blank("briefx_sections")(text)
    spans = [doc.char_span(text.index(name), text.index(name) + len(name), label=label) for name, label in people]
    holder = office_holder(office, text, spans, [*doc.spans["speaker_tags"], *doc.spans["turns"]])
    assert (holder.text if holder is not None else None) == expected


def test_a_bare_one_word_tag_is_a_person_the_text_names(blank):
    """'TEMPLEMAN:' where the text says 'Susan Templeman' (Australian doorstops); 'AFP:' stays no one."""
    text = ("Doorstop\n\nPM: It is great to be here with our candidate Susan Templeman.\n\n"
            "TEMPLEMAN: Thank you.\n\nAFP: Will you go?\n\nPM: Yes.\n\nJOURNALIST: When?\n")
    nlp = blank("briefx_sections", "briefx_turns")
    doc = nlp(text)
    assert [t._.speaker for t in doc.spans["turns"]] == [None, "Susan Templeman", None, None, None]
    assert [(e.text, e.label_) for e in doc.ents] == [("TEMPLEMAN", "PERSON")]


SURNAMES = [
    pytest.param("Remarks by President Okafor Before Departure\n\nTHE PRESIDENT: Thanks.\n\nQ Why?\n", "PRESIDENT",
                 "Okafor", id="title-case-headline"),
    pytest.param("Remarks by Vice President Lindqvist at a Roundtable\n\nTHE VICE PRESIDENT: Hi.\n\nQ Why?\n",
                 "VICE PRESIDENT", "Lindqvist", id="vice-president-office"),
    pytest.param("Remarks by the President During a Meeting\n\nTHE PRESIDENT: Thanks.\n\nQ Why?\n", "PRESIDENT",
                 None, id="a-common-word-is-no-name"),
    pytest.param("Remarks by Vice President Lindqvist\n\nTHE PRESIDENT: Thanks.\n\nQ Why?\n", "PRESIDENT", None,
                 id="vice-president-names-no-president"),
    pytest.param("Doorstop\n\nPM: Thanks.\n\nJOURNALIST: Did President Okafor call?\n", "PRESIDENT", None,
                 id="a-name-inside-a-turn-is-someone-else"),
]


@pytest.mark.parametrize("text, office, expected", SURNAMES)
def test_surname_after_office(blank, text, office, expected):
    from briefx.components.turns import surname_after_office

    doc = blank("briefx_sections")(text)
    found = surname_after_office(office, text, [*doc.spans["speaker_tags"], *doc.spans["turns"]],
                                 frozenset({"during", "the", "a"}))
    assert (text[found[0] : found[1]] if found else None) == expected


NAME_LINES = [
    pytest.param("JANE DOE\nPRIME MINISTER\n\nTRANSCRIPT\n\nPRIME MINISTER: Hello.\n\nJOURNALIST: Why?\n",
                 "JANE DOE", id="name-line-above"),
    pytest.param("PRIME MINISTER\n\nTHE HON. JANE DOE MP\n\nPRIME MINISTER: Hello.\n\nJOURNALIST: Why?\n",
                 "JANE DOE", id="honourifics-and-postnominals-left-out"),
    pytest.param("PRIME MINISTER\n\nPRESS CONFERENCE\n\nPRIME MINISTER: Hello.\n\nJOURNALIST: Why?\n", None,
                 id="an-event-line-names-no-one"),
    pytest.param("Doorstop, Cairns  MON 3 MARCH 2025\nPrime Minister\n\nJOURNALIST: Prime Minister, will you go?\n\n"
                 "PM: Yes.\n", None, id="no-name-line-beside-the-office"),
]


@pytest.mark.parametrize("text, expected", NAME_LINES)
def test_name_line_beside_office(blank, text, expected):
    from briefx.components.turns import name_line_beside_office

    doc = blank("briefx_sections")(text)
    found = name_line_beside_office("PRIME MINISTER", text, [*doc.spans["speaker_tags"], *doc.spans["turns"]],
                                    frozenset({"press", "conference", "transcript"}))
    assert (text[found[0] : found[1]] if found else None) == expected


# (the tags' keys, which ask in the text's tags, which name the office): the keys read as the interviewer's
INTERVIEWERS = [
    pytest.param(["HOST", "PM", "HOST", "PM"], [False] * 4, [False, True, False, True], {"HOST"}, id="radio-host"),
    pytest.param(["LANE", "PRIME MINISTER", "JO SMITH"], [False] * 3, [False, True, False], {"LANE", "JO SMITH"},
                 id="two-named-interviewers"),
    pytest.param(["TEMPLEMAN", "PM", "JOURNALIST"], [False, False, True], [False, True, False], set(),
                 id="a-doorstop-has-its-questioners"),
    pytest.param(["PRESIDENT LEE", "THE PRESIDENT"], [False, False], [False, True], set(), id="two-leaders-no-press"),
    pytest.param(["HOST", "GUEST"], [False, False], [False, False], set(), id="no-office-no-podium"),
]


@pytest.mark.parametrize("keys, questioners, offices, expected", INTERVIEWERS)
def test_interviewers(keys, questioners, offices, expected):
    words = frozenset({"PRESIDENT", "PRIME", "MINISTER", "PM"})
    assert interviewers(keys, questioners, offices, words) == expected


def test_an_interviewers_surname_tag_asks_and_names_them(blank):
    """'MCGRATH:' opposite 'PRIME MINISTER:' in a radio interview (pm-transcripts), with no 'JOURNALIST:' tag: the
    interviewer's turns are questions and the tag's word is their name, though the text gives no fuller one (in
    title case, a 'Mc' prefix's next letter a capital)."""
    text = ("MCGRATH:\nWhy more momentum?\nPRIME MINISTER:\nTrade is doing better.\n"
            "MCGRATH:\nAnd the talks?\nPRIME MINISTER:\nThey go well.\n")
    nlp = blank("briefx_sections", "briefx_turns")
    doc = nlp(text)
    turns = doc.spans["turns"]
    assert [t.label_ for t in turns] == ["QUESTION", "ANSWER", "QUESTION", "ANSWER"]
    assert [t._.speaker for t in turns] == ["McGrath", None, "McGrath", None]
    assert [(e.text, e.label_) for e in doc.ents] == [("MCGRATH", "PERSON"), ("MCGRATH", "PERSON")]


ADDRESSED = [
    pytest.param(["Mr Okafor, we understand you have spoken to the Premier?", "Mr Okafor when will you go?"],
                 "Okafor", id="one-surname-opens-the-questions"),
    pytest.param(["</p>\n<p>   Ms Lindqvist do you agree?"], "Lindqvist", id="paragraph-markup-before-it"),
    pytest.param(["Mr Prime Minister, can you explain why?"], None, id="an-office-is-no-name"),
    pytest.param(["Mr Secretary-General, will you go?"], None, id="a-hyphenated-office-is-no-name"),
    pytest.param(["Mr Okafor, will you go?", "Ms Ames, and you?"], None, id="two-people-addressed"),
    pytest.param(["Senator Okafor, will you go?"], None, id="not-an-honorific-of-the-table"),
    pytest.param(["Will Mr Okafor go?"], None, id="a-name-inside-the-question-addresses-no-one"),
    pytest.param(["How did you learn the news, Mr Okafor?</p>\n"], "Okafor", id="the-question-closes-on-the-address"),
    pytest.param(["Will you go, Mr Okafor?", "And Mr Okafor, when?"], "Okafor", id="closing-and-opening-agree"),
    pytest.param(["Will you go, Mr Okafor?", "Ms Ames, and you?"], None, id="an-opening-and-a-closing-differ"),
    pytest.param(["Did you speak to Mr Okafor?"], None, id="a-name-after-a-preposition-is-its-object"),
    pytest.param(["Will you meet the Prime Minister, Mr Okafor?"], "Okafor", id="a-closing-office-is-no-name"),
]


@pytest.mark.parametrize("questions, expected", ADDRESSED)
def test_addressed_surname(questions, expected):
    """Podium transcripts whose role tag ('PRIME MINISTER:') has no holder named beside the office,
    but whose reporters open their questions with 'Mr Howard' (Australian PM doorstops)."""
    from briefx.components.turns import addressed_surname

    text, spans = "", []
    for question in questions:
        spans.append((len(text), question))
        text += question + "\n\n"
    honorifics, not_names = frozenset({"Mr", "Ms", "Mrs", "Dr"}), frozenset({"prime", "minister", "secretary"})
    found = addressed_surname(spans, honorifics, not_names)
    assert (text[found[0] : found[1]] if found else None) == expected


OFFICE_ADDRESSED = [
    pytest.param(["Madam Vice President Okafor, when you compare the three countries?"], "VICE PRESIDENT", "Okafor",
                 id="madam-office-surname"),
    pytest.param(["   Vice President Okafor, you were nodding.", "Vice President Okafor?"], "VICE PRESIDENT", "Okafor",
                 id="office-surname-twice"),
    pytest.param(["Madam Vice President, one thing we did not see?"], "VICE PRESIDENT", None, id="office-alone"),
    pytest.param(["Vice President Okafor said so. Do you agree?"], "VICE PRESIDENT", None, id="a-name-spoken-of"),
    pytest.param(["Prime Minister Okafor, will you go?", "Prime Minister Ames, and you?"], "PRIME MINISTER", None,
                 id="two-surnames-addressed"),
]


@pytest.mark.parametrize("questions, office, expected", OFFICE_ADDRESSED)
def test_addressed_office(questions, office, expected):
    """White House gaggles and Australian doorstops: the reporters open their questions with the office and its
    holder's surname ('Vice President Harris, …'), and no line of the text names the holder beside the office."""
    from briefx.components.turns import addressed_office

    text, spans = "", []
    for question in questions:
        spans.append((len(text), question))
        text += question + "\n\n"
    found = addressed_office(spans, office, frozenset({"prime", "minister", "the"}))
    assert (text[found[0] : found[1]] if found else None) == expected


def test_name_case():
    from briefx.components.turns import name_case

    assert [name_case(n) for n in ("MCGRATH", "SUSAN MCKENZIE", "O'BRIEN", "MACE")] == [
        "McGrath", "Susan McKenzie", "O'Brien", "Mace"]


def test_the_interviewers_introduction_names_the_office_holder(extractor):
    """A TV or radio interview (pm-transcripts): the host's first turn introduces the guest by office and name ('I'm
    joined by Prime Minister, Malcolm Turnbull'), and nothing outside the turns names the office's holder."""
    text = ("DAVID KOCH:\nFor more I'm joined by Prime Minister, Malcolm Turnbull who has been in the west.\n"
            "PRIME MINISTER:\nThank you, David.\nDAVID KOCH:\nWhat did the farmers say?\nPRIME MINISTER:\nThanks.\n")
    assert [t.speaker for t in extractor.extract(text).turns] == ["David Koch", "Malcolm Turnbull", "David Koch",
                                                                  "Malcolm Turnbull"]
    # a later turn's mention names someone else ('Prime Minister Howard championed …'): no holder
    later = ("DAVID KOCH:\nWelcome to the program.\nPRIME MINISTER:\nThank you, David.\nDAVID KOCH:\n"
             "Was Prime Minister John Howard right?\nPRIME MINISTER:\nYes.\n")
    assert [t.speaker for t in extractor.extract(later).turns][1::2] == [None, None]


def test_a_closing_address_without_a_comma_follows_a_noun(extractor):
    """Australian doorstops drop the comma before a closing address ('How did you learn the news Mr Howard?'): the
    parse tells a noun before the honorific (an address) from a verb or a preposition (the name is their object)."""
    head = "Doorstop, Beaconsfield\n\nPRIME MINISTER:\nGood morning.\n\nJOURNALIST:\n"
    addressed = head + "How did you learn the news Mr Howard?\n\nPRIME MINISTER:\nBy phone.\n"
    assert [t.speaker for t in extractor.extract(addressed).turns] == ["Howard", None, "Howard"]
    spoken_of = head + "Will you meet Mr Howard?\n\nPRIME MINISTER:\nYes.\n"
    assert [t.speaker for t in extractor.extract(spoken_of).turns] == [None, None, None]


def test_a_role_tag_takes_the_surname_the_reporters_address(blank):
    """No name beside 'PRIME MINISTER' in the text: the surname the JOURNALIST turns open with names
    the office's holder; a second office in the text (two holders to find) reads no one that way."""
    text = ("Doorstop, Cairns\n\nJOURNALIST: Mr Okafor, will you visit the town?\n\nPRIME MINISTER: Yes, tomorrow.\n\n"
            "JOURNALIST: Mr Okafor when?\n\nPRIME MINISTER: Soon.\n")
    doc = blank("briefx_sections", "briefx_turns")(text)
    assert [t._.speaker for t in doc.spans["turns"]] == [None, "Okafor", None, "Okafor"]
    two = text + "\nTREASURER: And I agree.\n"
    doc = blank("briefx_sections", "briefx_turns")(two)
    assert [t._.speaker for t in doc.spans["turns"]] == [None, None, None, None, None]


def test_an_ocr_transcripts_j_tag_is_an_anonymous_reporter(blank):
    """'J:' in the 1990s Australian transcripts (OCR'd faxes, `<br />` lines) is the journalist: a question with
    no speaker, though the head names 'P J KEATING' (dev zy-pmc-19920317, unseen r28-4)."""
    text = ("TRANSCRIPT OF THE PRIME MINISTER, THE HON P J KEATING MP<br />\nDOORSTOP, ROMA<br />\n"
            "J: Prime Minister, is the recession over?<br />\nPM: The economy is turning.<br />\n"
            "J: When will jobs follow?<br />\nPM: Soon.<br />\n")
    doc = blank("briefx_sections", "briefx_turns")(text)
    assert [(t._.cue, t._.speaker, t.label_) for t in doc.spans["turns"]][::2] == [("J:", None, "QUESTION")] * 2


def test_holder_on_reads_the_term_of_the_day():
    from datetime import date

    from briefx.components.turns import holder_on

    terms = [["2010-06-24", "Julia Gillard"], ["2013-06-27", "Kevin Rudd"], ["2013-09-18", "Tony Abbott"]]
    days = ("2010-06-23", "2013-06-26", "2013-06-29", "2020-01-01")
    expected = [None, "Julia Gillard", "Kevin Rudd", "Tony Abbott"]
    assert [holder_on(terms, date.fromisoformat(d)) for d in days] == expected


@pytest.mark.parametrize(
    ("holder", "text", "people", "expected"),
    [
        ("Julia Gillard", "Thanks Julia Gillard, and Prime Minister Gillard.", ["Julia Gillard"], "Julia Gillard"),
        ("Kevin Rudd", "Prime Minister. Mr Rudd, good morning.", [], "Rudd"),
        ("Joe Biden", "What did you get Dr. Biden? Ask Natalie Biden.", ["Natalie Biden"], None),
        ("Malcolm Turnbull", "under the Turnbull government, the Turnbull Government's accord", [], None),
        ("Kevin Rudd", "So we welcome him, a big cheer to welcome Kevin! Thank you.", [], "Kevin"),
        ("John Howard", "I spoke to John Eales about it.", ["John Eales"], None),
        ("Paul Keating", "TRANSCRIPT: P J Keating, doorstop", [], "Keating"),  # initials: the surname
    ],
)
def test_dated_holder_names_the_holder_as_the_text_does(holder, text, people, expected):
    from briefx.components.turns import dated_holder

    beside = frozenset({"MR", "MS", "PRIME", "MINISTER", "PRESIDENT"})
    assert dated_holder(holder, text, people, beside, frozenset({"government"})) == expected


def _dated_turns(blank, text: str, day: str) -> list[str | None]:
    from datetime import date

    nlp = blank("briefx_sections", "briefx_turns")
    doc = nlp.make_doc(text)
    doc._.published = date.fromisoformat(day)
    for _name, pipe in nlp.pipeline:
        doc = pipe(doc)
    return [t._.speaker for t in doc.spans["turns"]]


def test_a_role_tag_is_the_holder_of_the_day_the_text_names_away_from_the_office(blank):
    """AU PM transcripts name the Prime Minister only inside others' turns ('welcome Kevin!', 'So, John, I am very
    thankful', a host's 'Mr Rudd, good morning'): the holder on the publication day (office_holders.json), as the
    text names them; nowhere named, or named only in the holder's own turns ('good luck John' to a captain): null;
    a question opening 'Dr Chalabi is saying' addresses no holder of the day."""
    text = ("PM: Great to be here with Susan.\n\nTEMPLEMAN: A big cheer to welcome Kevin!\n\n"
            "PM: Thank you.\n\nJOURNALIST: Election date?\n\nPM: Not yet.\n")
    assert _dated_turns(blank, text, "2013-06-29")[::2] == ["Kevin"] * 3
    assert _dated_turns(blank, text, "2011-06-29")[::2] == [None] * 3  # Julia Gillard held it: not named
    own = ("PRIME MINISTER: And good luck John, you have a great team.\n\nJOURNALIST: Will they win?\n\n"
           "PRIME MINISTER: Yes.\n")
    assert _dated_turns(blank, own, "1999-11-06") == [None, None, None]
    asked = ("JOURNALIST: Dr Chalabi is saying 18 months, is that realistic?\n\nPRIME MINISTER: We will stay.\n\n"
             "JOURNALIST: Dr Chalabi, then?\n\nPRIME MINISTER: Yes.\n")
    assert _dated_turns(blank, asked, "2004-04-19")[1::2] == [None, None]
