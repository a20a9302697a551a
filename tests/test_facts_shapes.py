"""briefx_facts on the shapes of real press text (releases, fact sheets, budget lists): one table per
error kind found on the real dev documents. Every sentence is written for the test after the shape
of real text; none is copied from the corpus. They run through the real pipeline once per session."""

from __future__ import annotations

import re

import pytest

from briefx.schema import Briefing


def _fact_of(record: Briefing, surface: str, text: str, at: int = 0):
    start = -1
    for _ in range(at + 1):
        start = text.index(surface, start + 1)
    return next(f for f in record.facts if f.figure.start == start)


def _ids(cases) -> list[str]:
    return [c.id if hasattr(c, "marks") else re.sub(r"\W+", "-", c[0].strip("- "))[:50] for c in cases]


# --- measure: a sum named only as money measures what it is for --------------------------------
# (text, figure, measure)
PURPOSES = [
    ("Budget 2024 will provide $12.5 million of new funding over the next three years for rural health clinics.",
     "$12.5 million", "rural health clinics"),
    ("- $6 million over two years to upgrade regional airports.", "$6 million", "regional airports"),
    ("- $9 million in capital expenditure for coastal defences.", "$9 million", "coastal defences"),
    ("$15 million over four years will be provided for the Council's Urban Renewal Programme.", "$15 million",
     "Urban Renewal Programme"),
    ("- $3 million for the Coastal Walkways Fund and $7 million over three years for the Southern Rail Link.",
     "$7 million", "Southern Rail Link"),
    # a noun of its own names the sum; a giving verb's infinitive whose object another figure counts says why the
    # money is given, not what it measures (the written gold's `provide $4.5 million … to train 300 analysts`)
    ("The agency will provide $2 million over two years to train 40 nurses in the north.", "$2 million", None),
    ("Japan gave $30 million in grants for flood recovery.", "$30 million", "grants"),
    # round 32: a giving verb whose bare object is the sum names what it is for by its own infinitive's object
    # (real dev: Australian PM and White House releases; `provide`, `announce`, `include`)
    ("The Commonwealth will provide $120 million to widen the coastal highway near Geelong.", "$120 million",
     "coastal highway"),
    ("The Government has announced $42.5 million to expand rural health clinics.", "$42.5 million",
     "rural health clinics"),
    ("The United States plans to provide over $90 million to support free elections in the region.", "$90 million",
     "free elections"),
    ("The Budget provides $6.2 million over four years to strengthen local food banks.", "$6.2 million",
     "local food banks"),
]

# (text, figure, measure)
OTHER_MEASURES = [
    # a change in a sentence of changes changes what the change before it does
    ("Median pay rose 2.1 per cent in 2024, compared to a fall of 4 per cent the year before.", "4 per cent",
     "Median pay"),
    # `one of the goals` counts goals; `a target of …` names no measure of its own
    ("One of the stated aims of the pact is to lift farm trade.", "One", "stated aims"),
    ("One of the stated goals of the pact is to lift farm trade.", "One", "stated goals"),
    # a time noun after the figure is when, not what: the part takes the whole's measure (`cases of cholera`
    # → its last word, as GOLD.md scores measures)
    ("Officials have counted more cases of cholera, including 140 in the single day before the vote.", "140",
     "cholera"),
    # a figure framed as a pace, rate or average measures what moves at it (GOLD.md § Facts: not the frame);
    # a rate with a compound of its own is the measure
    ("The Bank will keep buying government bonds at a pace of $25 billion per month.", "$25 billion",
     "government bonds"),
    ("The Board aims to keep prices and wages at the rate of 3 percent over the medium term.", "3 percent", "wages"),
    ("Around 20,000 pensioners will be better off by an average of $12 a week from April.", "$12", "pensioners"),
    ("Retirees on the scheme will save an average of $300 a year.", "$300", "Retirees"),
    ("The unemployment rate of 4.5 percent was the lowest in a decade.", "4.5 percent", "unemployment rate"),
    # round 6: the parser hangs `to $5` on another verb than the one that moves or sets the thing measured
    ("The ministry took steps to lower prescription fees for pensioners to just $5.", "$5", "prescription fees"),
    ("The act set the maximum fine for breaching the code to $0, sparing small firms.", "$0", "maximum fine"),
    # round 8: the parser hangs a count on a code-like compound (`K-12`, `F-35`): the noun it modifies is measured
    ("Last year at least nine K-12 school districts were hit by ransomware.", "nine", "K-12 school districts"),
    ("The agency will train staff in 40 K-12 school districts this year.", "40", "K-12 school districts"),
    ("The programme helped 62 communities address homelessness.", "62", "communities"),
]


# round 31: a list item with no finite verb (a bullet, a name, an infinitive at its root) says what its sum is for;
# a `for`-phrase's gerund says it by its object
# (text, figure, measure)
LIST_ITEM_PURPOSES = [
    ("Approved grants:\n\n• $31,400 to Otaki Bowling Club to resurface its main green.", "$31,400", "main green"),
    ("Funding recipients include:\n\n- Kaikoura District Council - $21,000 to set up a youth radio station for "
     "local schools.", "$21,000", "youth radio station"),
    ("- $48,000 for upgrading community flood warning systems.", "$48,000", "community flood warning systems"),
]

# round 31: a part of a whole passes the measure on to the whole; a part whose `of`-phrase is the sum itself
# (`a share of $X`, `in excess of $X`) names none
# (text, figure, measure)
PORTIONS = [
    ("About $3 million will be invested in Ruawai School to rebuild the bulk of its classrooms.", "$3 million",
     "classrooms"),
    ("The Budget confirmed a maintenance budget in excess of $4.1 million for the regional parks team.",
     "$4.1 million", "maintenance budget"),
    ("Councils may bid for a share of $15 million in funding to repair rural bridges.", "$15 million", "funding"),
]


@pytest.mark.parametrize("text, figure, measure", LIST_ITEM_PURPOSES + PORTIONS,
                         ids=_ids(LIST_ITEM_PURPOSES + PORTIONS))
def test_list_items_and_portions(extractor, text, figure, measure):
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert (fact.measure.text if fact.measure else None) == measure


@pytest.mark.parametrize("text, figure, measure", OTHER_MEASURES, ids=_ids(OTHER_MEASURES))
def test_measure_from_the_sentence(extractor, text, figure, measure):
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert (fact.measure.text if fact.measure else None) == measure


@pytest.mark.parametrize("text, figure, measure", PURPOSES, ids=_ids(PURPOSES))
def test_money_measures_its_purpose(extractor, text, figure, measure):
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert (fact.measure.text if fact.measure else None) == measure


# --- kind: a list under a lead line ---------------------------------------------------------------
LIST = ("Ministers today announced more support for Mali's army.\n\n"
        "The new $300 million aid package includes:\n\n-   40 armoured vehicles;\n-   12 field hospitals.\n\n"
        "In addition to the items above, previous French assistance committed to Mali includes:\n\n"
        "-   Over 120 mine detectors;\n-   Nine transport helicopters.\n")
# (figure, kind)
LIST_KINDS = [
    ("40", "target"),
    ("120", "level"),  # `previous … committed`: allocations already made
    ("Nine", "level"),
]


@pytest.mark.parametrize("figure, kind", LIST_KINDS, ids=[c[0] for c in LIST_KINDS])
def test_a_list_takes_its_kind_from_its_lead_line(extractor, figure, kind):
    fact = _fact_of(extractor.extract(LIST, published="2026-01-15"), figure, LIST)
    assert fact.kind == kind


# --- subjects: names in the measure, names in a source ------------------------------------------
# (text, figure, subjects)
SUBJECTS = [
    # a name that holds the measure's head is what is counted; one that modifies the head owns it
    ("- 60 Tactical Unmanned Aerial Systems;", "60", []),
    ("- $4 million in 2025/26 for the Westport Harbour Development in Tasman.", "$4 million", ["Tasman"]),
    ("Mercosur would remove duties on 91% of EU exports.", "91%", ["Mercosur", "EU"]),
    # a place inside the reported clause is no source: only the speaker is
    pytest.param("\u201cThere have been 310 crashes on the A2 near Ashford since 2015,\u201d the minister says.",
                 "310", ["A2", "Ashford"], id="place-inside-the-reported-clause",
                 marks=pytest.mark.xfail(reason="the NER retrained at stop 26 reads no GPE on Ashford here",
                                         strict=True)),
    # a comparison base keeps its names; the figure compared with it does not take them, nor they its own
    ("Online sales make up 0.8% of Czech grocery turnover, compared to 6% in the United Kingdom.", "0.8%",
     ["Czech"]),
    ("Online sales make up 0.8% of Czech grocery turnover, compared to 6% in the United Kingdom.", "6%",
     ["United Kingdom"]),
    # every name inside `according to …` is part of the source
    ("According to the Centers for Disease Control in the United States, measles killed 40 children in 2024.",
     "40", []),
]


@pytest.mark.parametrize("text, figure, subjects", SUBJECTS, ids=_ids(SUBJECTS))
def test_subjects_leave_out_what_is_counted_and_sources(extractor, text, figure, subjects):
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert [s.text for s in fact.subjects] == subjects


# --- period and kind: what belongs to another figure of the sentence ------------------------------
# (text, figure, at, period, kind, direction)
OTHERS = [
    # a date under another figure is that figure's period
    ("The levy will raise revenue by $2.1 billion over the forecast period (including $0.3 billion in 2026/27).",
     "$2.1 billion", 0, None, "target", "up"),
    ("- $5 million of operating funding over 2024/25 to 2025/26 and $2 million of capital funding for the trust.",
     "$2 million", 0, None, "target", None),  # capital funding is allotted money: a target
    # a part named with `including` is of the kind and direction of the whole
    ("The levy will raise revenue by $2.1 billion over the forecast period (including $0.3 billion in 2026/27).",
     "$0.3 billion", 0, "2026/27", "target", "up"),
]


@pytest.mark.parametrize("text, figure, at, period, kind, direction", OTHERS, ids=_ids(OTHERS))
def test_what_belongs_to_another_figure(extractor, text, figure, at, period, kind, direction):
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text, at)
    assert (fact.period.text if fact.period else None, fact.kind, fact.direction) == (period, kind, direction)


# --- kind: goals and allocations already made -----------------------------------------------------
# (text, figure, kind)
KINDS = [
    ("The goal for the week-long drive was to reach 80 percent of households.", "80 percent", "target"),
    ("The deal brings the total U.S. assistance committed to Chad to $1 billion this year.", "$1 billion", "level"),
    ("The agency committed $40 million to the scheme.", "$40 million", "target"),
    # a participle shares its verb's mood; an infinitive takes the plan noun it completes
    ("The levy will cost $15 million in 2026/27, rising to $90 million in 2027/28.", "$90 million", "target"),
    ("Chile has announced plans to cut its corporate tax rate to 25 per cent.", "25 per cent", "target"),
    ("Exports fell in 2025, leaving the surplus at $90 million.", "$90 million", "level"),
    # a current level is no plan, even in a clause of intent
    ("The firm intends to fold the shops into its currently 212 strong Coop chain.", "212", "level"),
]

# (text, figure, measure, kind, direction)
CHANGES = [
    # the change noun a figure modifies is its own change, even with other figures under it
    ("Resonance announced an expected 300% increase in investment, from £79m to £250m.", "300%", "investment",
     "target", "up"),
    # a loss or gain of money is an amount; of a percentage, a change
    ("The branch had a £24 million operating loss in 2024.", "£24 million", "operating loss", "level", None),
    ("The shares suffered a 3% loss in value on Monday.", "3%", "value", "change", "down"),
    # round 8: a comparative between a count and its noun makes the count a difference (not part of the
    # measure); a sum told as `additional` stays an amount
    ("By March the region had 3,120 fewer families on the benefit.", "3,120", "families", "change", "down"),
    ("The courts cleared 640 extra cases over the year.", "640", "cases", "change", "up"),
    ("The plan will recruit 2,500 additional nurses by 2028.", "2,500", "nurses", "target", "up"),
    ("The council will provide an additional $4 million for parks.", "$4 million", "parks", "target", None),
    # the level a planned change named by a noun starts from
    ("The strategy will deliver a 30 per cent reduction (from 5,000 deaths in 2020 to 3,500 in 2030) in road "
     "deaths.", "5,000", "deaths", "level", None),
]


@pytest.mark.parametrize("text, figure, measure, kind, direction", CHANGES, ids=_ids(CHANGES))
def test_change_nouns(extractor, text, figure, measure, kind, direction):
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert (fact.measure.text if fact.measure else None, fact.kind, fact.direction) == (measure, kind, direction)


@pytest.mark.parametrize("text, figure, kind", KINDS, ids=_ids(KINDS))
def test_goals_and_allocations_made(extractor, text, figure, kind):
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert fact.kind == kind


# --- period: what a report speaks of, not when it was made ----------------------------------------
# (text, figure, period)
REPORTED = [
    ("In the 2024/25 fiscal year, the group said its Czech arm had a £31 million operating loss.", "£31 million",
     "2024/25 fiscal year"),
    ("On Wednesday, the ministry said 240 schools had closed.", "240", None),
]

# a date inside a name is part of the name, unless the name is what the figure is about
NAMED = [
    ("About 500,000 pensioners will benefit from the introduction of the Winter Fuel Payment in 2026.", "500,000",
     "2026"),
    ("This cut is 12,000 more than was projected under Budget 2024 settings.", "12,000", None),
    ("The 2025 Flood Response Plan is only 31 percent funded.", "31 percent", "2025"),
]

# a relative clause is a time of its own: a figure in one on another noun holds for no date of the main clause,
# a date in one on another noun is not the figure's; one on the figure's own noun, or one that restates or
# parts a figure before it, keeps the time
UNIONS = ("The two port unions, which together represent some 4,200 crane drivers, are seeking a pay rise of 5 per "
          "cent over three years.")
RELATIVE = [
    (UNIONS, "4,200", None),
    (UNIONS, "5 per cent", "three years"),  # a duration under `over` is no change base
    ("Chile and Peru, which supply about 40 percent of the region's copper, have asked for a delay until March 2027.",
     "40 percent", None),
    ("The state's share, about $310 million, will go to the Riverside dam, which has leaked since 2009.",
     "$310 million", None),
    ("The plan builds on the £420m that has been committed to social housing since 2022.", "£420m", "2022"),
    ("The operating surplus was $3.1 billion in the ten months to April, which was $212 million above forecast.",
     "$212 million", "ten months to April"),
    ("Since 2015, Norway has given $4.1 billion in aid to Kenya, which includes $900 million for clean water.",
     "$900 million", "2015"),
    ("More than 40,000 people have found work since March 2021, when joblessness peaked at 6.1 percent.",
     "6.1 percent", "March 2021"),
    # an infinitive or a complement the parser hangs as a relative clause is none
    ("Through 2040, EPA projects that the proposed rules would avoid nearly 3 billion tons of emissions.",
     "3 billion tons", "2040"),
    # a range under a change's base preposition is the span the change covers, not its base
    ("Road deaths were down nationally 9% from 2021 to 2023, the agency said.", "9%", "2021 to 2023"),
    ("Road deaths were down 9% from 2021, the agency said.", "9%", None),
]


@pytest.mark.parametrize("text, figure, period", REPORTED + NAMED + RELATIVE, ids=_ids(REPORTED + NAMED + RELATIVE))
def test_period_is_what_the_figure_holds_for(extractor, text, figure, period):
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert (fact.period.text if fact.period else None) == period
