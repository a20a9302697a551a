"""briefx_facts, round 4 of issue 11: whose figure it is, on kinds found in unseen odd-year fact sheets, budget
releases and statistics releases; round 6: the words beside a figure that make it a difference. Every sentence
is written for the test after the shape of real text."""

from __future__ import annotations

import re

import pytest

from briefx.schema import Briefing


def _fact_of(record: Briefing, surface: str, text: str):
    start = text.index(surface)
    return next(f for f in record.facts if f.figure.start == start)


def _ids(cases) -> list[str]:
    return [re.sub(r"\W+", "-", c[0].strip("- "))[:50] + "-" + re.sub(r"\W+", "", c[1]) for c in cases]


# (text, figure, subjects)
OWNERS = [
    # a name in the first conjunct, which holds its own figure, is that conjunct's
    ("The minister secured a $90 million settlement with Halden University and a $20 million settlement with "
     "Corby College.", "$20 million", ["Corby College"]),
    ("The money covered building the new Ashgrove School with room for 500 pupils, extending Kelvin High School "
     "to take a further 150 pupils, and providing 12 new classrooms at four other schools.", "12", []),
    # ... but the first conjunct's subject, before its head, is shared by all
    ("Norway will pay $30 million to Ghana and will invest $12 million in fisheries research.", "$12 million",
     ["Norway"]),
    # a name hyphened to a participle describes a noun
    ("Some 2 million people live in UN-monitored camps in Chad.", "2 million", ["Chad"]),
    ("Halvard Capital, an Oslo-headquartered asset manager overseeing $40 billion, joined the fund.",
     "$40 billion", ["Halvard Capital"]),
    # ... except where it places or leads the party
    ("A Lagos-based charity will train 400 nurses.", "400", ["Lagos"]),
    # a name in an absolute `with` clause that holds another figure
    ("Tourist spending totalled $2.1 billion in the June quarter, with $800 million of it coming from German "
     "visitors.", "$2.1 billion", []),
    ("Tourist spending totalled $2.1 billion in the June quarter, with $800 million of it coming from German "
     "visitors.", "$800 million", ["German"]),
    # the place of a time adverbial is where the news was made
    ("Last week in Geneva, the ministers announced 300 new scholarships for students from Peru.", "300",
     ["Peru"]),
    # ... not the place of a rate (`a year in X`)
    ("The army will train 900 Latvian cadets a year in Norway.", "900", ["Latvian", "Norway"]),
    # a name inside the subject of a source verb
    ("The release of the Household Labour Survey (HLS) shows employment rose by 12,000 in the quarter.",
     "12,000", []),
    ("The Regional Crash Register indicates 45% of the crashes involved a truck.", "45%", []),
    # a body in an adverbial `under` / `since` phrase frames the clause
    ("Under the Morrison Government, Australia has approved 4,200 new mining leases.", "4,200", ["Australia"]),
    ("Under the OECD's Pillar Two rules, Ireland could collect an extra €3 billion.", "€3 billion", ["Ireland"]),
    # a source word the figure hangs on as its object is the figure's own verb
    ("An impact study has found that the festival added $40 million GDP to Tasmania.", "$40 million",
     ["Tasmania"]),
    # a programme word after a name that the parse hangs on it as a modifier
    ("The ministry is supporting two trials through its Sustainable Soil and Water Futures fund.", "two", []),
    # a person acting on a noun whose prepositional phrase holds the figure
    ("Today, Governor Helen Park will name the 30 winners of the $50 million Small Farms Grant programme.",
     "$50 million", []),
    ("Treasurer Anna Clarke today announced an extra $300 million in drought relief for farmers in Queensland.",
     "$300 million", ["Anna Clarke", "Queensland"]),
]


# parallel conjuncts that each name their own party, however the parse joined them (round 5)
PARALLEL = [
    ("This brings our total aid to Fiji to $3m in 2024 and to Tonga to over $9m since 2019.", "$3m", ["Fiji"]),
    ("This brings our total aid to Fiji to $3m in 2024 and to Tonga to over $9m since 2019.", "$9m", ["Tonga"]),
    ("The chain sold its 1200 Dutch and 85 Belgian stores to Harlow Retail in May.", "85",
     ["Belgian", "Harlow Retail"]),
    ("The pledge covers 40 million doses from Canada in funding for the facility and at least 12 million U.K. doses "
     "donated to the region.", "40 million", ["Canada"]),
    # ... but a name the other conjunct does not match is shared
    ("The grant will train 300 nurses in Ghana and five neighbouring countries.", "five", ["Ghana"]),
    ("Flooding on the highway through Nelson between 2014 and 2023 caused 40 crashes, with two deaths and 19 "
     "serious injuries.", "19", ["Nelson"]),
    # ... and so is a name in the clause's subject
    ("Trade between the 27 EU members and the Mercosur states reached $90 billion.", "$90 billion",
     ["EU", "Mercosur"]),
]

# a place the measured thing spreads over (`across X`, `throughout X`) locates it, also inside a modifier of another
# noun or beside a figure that restates this one (round 5)
SPREAD = [
    ("The scheme is now helping 4 million renters – 1 in 5 renters across Canada – cut their bills.", "4 million",
     ["Canada"]),
    ("Budget 2026 will provide $50 million of new funding for regional projects that will support towns across "
     "rural Scotland.", "$50 million", ["Scotland"]),
]
# a reported clause whose subject is a pronoun (`X announced it will invest …`) belongs to the reporting verb's named
# subject, who holds the pledge (round 8: White House fact sheets, Beehive releases)
REPORTED_HOLDERS = [
    ("The Park Service announced it will spend more than $90 million to repair trails in Montana.", "$90 million",
     ["Park Service", "Montana"]),
    ("The Welsh Government said it would provide £250,000 over three years to support choirs.", "£250,000",
     ["Welsh Government"]),
    ("Unilever said it will move the staff into its 40 offices in Germany.", "40", ["Unilever", "Germany"]),
    # a pronoun that is not the reported clause's subject stands for no holder here
    ("The Park Service said the trail, which it built, cost $9 million.", "$9 million", []),
]
# a figure alone in brackets right after a name (`Otago (8.2 percent)`) is that name's; the name is no other figure's
# (round 8: Beehive statistics and grant releases, White House allocation lists)
BRACKETED = [
    ("Exports rose fastest in Otago (8.2 percent), Nelson (7.9 percent) and Taranaki (6.5 percent).", "7.9 percent",
     ["Nelson"]),
    ("Scotland’s 4.1% jobless rate compares with Wales (4.6%) and Portugal (6.3%).", "4.1%", ["Scotland"]),
    ("Scotland’s 4.1% jobless rate compares with Wales (4.6%) and Portugal (6.3%).", "6.3%", ["Portugal"]),
]
# a name glued by a hyphen after a prefix (`Trans-Caspian`, `non-EU`) is part of a describing word, no subject (the
# tuned NER tags `Caspian` in the seed's `Trans-Caspian freight trains`)
PREFIXED = [
    ("From March to June, 120 Trans-Caspian container trains ran from Kazakhstan to Georgia.", "120",
     ["Kazakhstan", "Georgia"]),
    ("Britain issued 90,000 work visas to non-EU nurses in 2024.", "90,000", ["Britain"]),
]
# a comparison base that names its own place (`compares with 6.8 percent in Australia`) has none of the compared
# side's places of that label, and the compared figure none of the base's (round 9: Beehive labour-market releases,
# White House and Australian statistics); a base that names none shares the compared side's
COMPARED_SIDES = [
    ("Scotland’s 5.1 percent jobless rate compares with 4.2 percent in Wales and 6.0 percent in Ireland.",
     "4.2 percent", ["Wales"]),
    ("Scotland’s 5.1 percent jobless rate compares with 4.2 percent in Wales and 6.0 percent in Ireland.",
     "6.0 percent", ["Ireland"]),
    ("Scotland’s 5.1 percent jobless rate compares with 4.2 percent in Wales and 6.0 percent in Ireland.",
     "5.1 percent", ["Scotland"]),
    ("Chilean copper output of 5.3 million tonnes compares to 2.4 million tonnes in Peru.", "2.4 million tonnes",
     ["Peru"]),
    ("Danish inflation rose to 2.9 per cent in May, compared with 3.4 per cent in Sweden.", "3.4 per cent",
     ["Sweden"]),
    ("Visitor arrivals from Japan rose to 41,000, compared with 37,500 in the same month last year.", "37,500",
     ["Japan"]),
]
# a participle after its main clause, with no subject of its own, that moves a sum shares the main clause's subject,
# as a coordinated verb does; a count there describes a noun of its own (round 28: White House fact sheets,
# Australian PM and NZ releases)
PARTICIPLES = [
    ("The Regional Council will match this grant, bringing total funding to $2.6 million a year.", "$2.6 million",
     ["Regional Council"]),
    ("Halden Steel opened a new plant last year, supporting over 900 local jobs.", "900", []),
    ("The Morrison Government will provide the funding, investing $1.1 billion to improve rail services.",
     "$1.1 billion", ["Morrison Government"]),
]
# an event frames the figure in time or occasion (`during`, `following`, a modifier of another noun, a list it
# closes); it owns the figure only as a subject, a noun's modifier or the host or scene it is `at` or `in` (round 32:
# NZ releases, Australian PM transcripts, White House fact sheets, Wikinews)
OCCASIONS = [
    ("Over 60,000 Australians died during the First World War.", "60,000", ["Australians"]),
    ("Wellington recorded a $1.2 billion surplus following the Global Financial Crisis.", "$1.2 billion",
     ["Wellington"]),
    ("Tauranga City Council will receive $40,000 for an Anzac Day 2025 event at the memorial park.", "$40,000",
     ["Tauranga City Council"]),
    ("The council will spend $2 million on venues during the Rugby World Cup.", "$2 million", []),
    ("The victory marked the end of World War II, one of the deadliest conflicts in history.", "one", []),
]
CASES = OWNERS + PARALLEL + SPREAD + REPORTED_HOLDERS + BRACKETED + PREFIXED + COMPARED_SIDES + PARTICIPLES + \
    OCCASIONS


@pytest.mark.parametrize("text, figure, subjects", CASES, ids=_ids(CASES))
def test_whose_figure_it_is(extractor, text, figure, subjects):
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert [s.text for s in fact.subjects] == subjects


# (text, figure, kind, direction)
PARTICLES = [
    # the parse hangs `up` on the verb, beside the figure, after a dash
    ("Last year 41,200 new homes were consented – up nearly 7 per cent on the year before.", "7 per cent", "change",
     "up"),
    # a phrasal verb keeps its particle
    ("The fund bought up 30% of the bonds.", "30%", "level", None),
]


# round 6: a verb whose object is the difference: add, gain, wipe off
# (text, figure, kind, direction)
DIFFERENCE_VERBS = [
    ("The union says the claim would add about £52 million a year to payroll costs.", "£52 million", "target", "up"),
    ("Around 400,000 pensioners will gain roughly $9 a week from the change.", "$9", "target", "up"),
    ("The shares dropped 14% on Tuesday, wiping almost $2 billion off the group's market value.", "$2 billion",
     "change", "down"),
    ("The new plant added 350 jobs in the region last year.", "350", "change", "up"),
    ("The council has cut $8.2 million in funding and 45 staff from its libraries.", "$8.2 million", "change", "down"),
    ("The council has cut $8.2 million in funding and 45 staff from its libraries.", "45", "change", "down"),
    # an amount raised, saved or spent is what it is, not a difference
    ("The bond sale will raise £800m for the council.", "£800m", "target", None),
    ("The scheme saves families $40 a month on broadband.", "$40", "level", None),
]


# round 6: a comparative after the figure: `$200m more than`, `1.7% below forecast`
# (text, figure, kind, direction)
TRAILING_COMPARATIVES = [
    ("Business travellers spent $310m more than students in the year to June.", "$310m", "change", "up"),
    ("Tax revenue came in 2.4% below forecast because of delayed filings.", "2.4%", "change", "down"),
    ("Operating expenses came in $612 million (1.1%) below forecast.", "$612 million", "change", "down"),
    ("Operating expenses came in $612 million (1.1%) below forecast.", "1.1%", "change", "down"),
    ("Net debt was 0.8% above the Budget forecast.", "0.8%", "change", "up"),
    ("Shares of Nine Above Ltd rose 4% after 12 Below Inc reported results.", "12", "level", None),
    ("The region recorded 1,200 fewer arrivals than in 2019.", "1,200", "change", "down"),
    # a comparative before the figure qualifies it; `or more` without `than` is no comparison
    ("More than 4,000 visitors came to the fair.", "4,000", "level", None),
    ("Households earning 60% or more of the median income are not eligible.", "60%", "level", None),
    ("Unemployment fell below 4 percent in May.", "4 percent", "level", None),
]

# round 6: a copula with `up`/`down`/`better off` before the figure (`is now down by 40%`)
# (text, figure, kind, direction)
STATE_WORDS = [
    ("Claims, which are down by over 2,400 on a year ago, keep falling.", "2,400", "change", "down"),
    ("At 2.9%, core inflation is now down by 40% from its peak.", "40%", "change", "down"),
    ("Robberies are estimated to be down nationally 8% from 2023 to 2024.", "8%", "change", "down"),
    ("Retail sales were up 3.1% in April.", "3.1%", "change", "up"),
    # `up to` qualifies the figure
    ("Crowds were up to 12,000 a night during the festival.", "12,000", "level", None),
    ("At 2.9%, core inflation is now down by 40% from its peak.", "2.9%", "level", None),
]

# round 6: one quantity told twice, joined by `or`: the change lends its kind and direction
# (text, figure, kind, direction)
EQUIVALENTS = [
    ("Income tax receipts were $212 million or 1.4 percent below forecast.", "$212 million", "change", "down"),
    ("The minister secured a $600 million (or 8%) increase in school funding.", "8%", "change", "up"),
    ("The accord would lift farm exports by 22%, or about €3 billion, by 2035.", "€3 billion", "target", "up"),
    ("The deficit was $90 million, or 2.1% above the forecast.", "$90 million", "change", "up"),
    # a choice of levels stays a level
    ("Each household will hold 12 or 13 vouchers at a time.", "12", "target", None),
]

# round 6: `from X to Y` where the parser hangs `to Y` on `from`: Y is the level aimed at, X the base
FROM_TO = [
    ("The annual registration fee will fall from $142.10 to $118.40 per vehicle.", "$118.40", "target", None),
    ("The annual registration fee will fall from $142.10 to $118.40 per vehicle.", "$142.10", "level", None),
]

CHANGE_WORDS = PARTICLES + DIFFERENCE_VERBS + TRAILING_COMPARATIVES + STATE_WORDS + EQUIVALENTS + FROM_TO


@pytest.mark.parametrize("text, figure, kind, direction", CHANGE_WORDS, ids=_ids(CHANGE_WORDS))
def test_change_and_direction_from_the_words_beside_the_figure(extractor, text, figure, kind, direction):
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert (fact.kind, fact.direction) == (kind, direction)


# a name fronted before the clause's subject is shared by all the clause's figures (round 5)
FRONTED = [
    ("In partnership with VoltGrid, Kiwi Foods will install seven 50kW and five 25kW chargers.", "five", "VoltGrid",
     True),
    ("Kiwi Foods will install seven 50kW chargers with VoltGrid and five 25kW chargers.", "five", "VoltGrid", False),
]


@pytest.mark.parametrize("text, figure, name, shared", FRONTED, ids=_ids(FRONTED))
def test_a_fronted_name_is_shared(extractor, text, figure, name, shared):
    from briefx.components.facts.anchors import in_subject_of
    from briefx.components.facts.clauses import view_of
    from briefx.components.facts.cues import FactCues

    doc = extractor.nlp(text)
    span = next(s for s in doc.spans["figures"] if s.text == figure)
    others = frozenset(t.i for s in doc.spans["figures"] if s != span for t in s)
    ent = next(e for e in doc.ents if e.text == name)
    assert in_subject_of(ent, view_of(span, FactCues.load("facts.json"), others)) is shared
