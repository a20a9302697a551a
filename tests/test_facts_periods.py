"""briefx_facts: the period of a figure, one table per error kind found where the nearest-DATE baseline was
right and briefx was not on real dev text (GOLD.md § Facts, period), and the clause that bounds a figure's
period and subjects. Every sentence is written for the test
after the shape of real text; none is copied from the corpus. They run through the real pipeline once per
session."""

from __future__ import annotations

import pytest
from tests.test_facts_shapes import _fact_of, _ids

# --- a duration after `over` is a period, also where the parser hangs `over` on the number --------
# (text, figure, period)
DURATIONS = [
    ("Australia has just announced plans to lower its fuel tax rate to 11 per cent, phased in over four years "
     "from 2027/28.", "11 per cent", "four years"),
    ("The buyer said that, over 24 months at a cost of 2 billion kroner, it plans to refit the stores.",
     "2 billion kroner", "24 months"),
    # `over the last year`, `over the past six months`: the time up to now, not a base (round 8: Beehive and White
    # House statistics)
    ("Youth unemployment fell by 1.2% over the past year.", "1.2%", "past year"),
    ("The number of registered nurses rose by 4,300 over the last six months.", "4,300", "last six months"),
    # ... but `over last year` and `over the previous year` are a base
    ("Retail sales were up 3% over the previous year.", "3%", None),
    # a duration with no preposition before it is still no period
    ("The team spent two weeks of exercises with 300 soldiers.", "300", None),
]

# --- a conversion in brackets is the same quantity: it holds for the time of the figure it converts ---
CONVERSIONS = [
    ("The bank is a global lender which offers loans, savings and advice, with £612.4 billion (€731.9 billion; "
     "$801.2 billion) of assets under management at 31 March 2025.", "$801.2 billion", "31 March 2025"),
    ("The insurer is a regional group which sells motor, home and travel cover, with £41.2 billion (€49.3 "
     "billion) of premiums written in 2024.", "€49.3 billion", "2024"),
]

# --- a date that modifies the figure itself is its time, though the figure is a comparison base -------
ON_FIGURE = [
    ("Median pay rose 3.1 per cent in 2024, compared to a fall of 1.2 per cent the year before.",
     "1.2 per cent", "year before"),
    ("Median pay rose 3.1 per cent in 2024, compared to a fall of 1.2 per cent the year before.",
     "3.1 per cent", "2024"),
]

# --- `Starting this week, …`: a participle of start that opens the figure's clause gives its time -------
STARTING = [
    ("Starting this month, the retailer will stock nearly 40 new models in its stores.", "40", "this month"),
    ("Beginning in March 2026, the agency will offer 120 free clinics across the state.", "120", "March 2026"),
    # another participle opening the clause does not lend its date
    ("Speaking on Monday, the minister said 80 schools would reopen.", "80", None),
]

# --- a date fronted before the first clause's subject frames the clauses coordinated with it ------------
FRONTED = [
    ("In the year to March 2025, international visitor spending rose by 12.4 per cent and domestic spending was "
     "also up 8.1 per cent.", "8.1 per cent", "year to March 2025"),
    ("In 2024, exports grew 5 per cent and imports fell 3 per cent.", "3 per cent", "2024"),
    # a date after the first verb is that clause's own
    ("Exports grew 5 per cent in 2024 and imports fell 3 per cent.", "3 per cent", None),
    # a clause reported by the second conjunct is not coordinated with the first
    ("On Monday, the ministry reported 40 new cases and the hospital said 12 patients were in intensive care.",
     "12", None),
]

# --- a figure in a reporting participle after a release (`…were released today, showing …`) holds for the time the
# report speaks of, not for the day it came out (round 8: White House, Beehive statistics releases)
RELEASES = [
    ("Quarterly trade figures for the year ended June 2025 were published by the statistics office today, showing an "
     "increase of 4.2 per cent.", "4.2 per cent", "year ended June 2025"),
    ("This afternoon, new county jobless rates were released by the labour department, showing 52 counties at record "
     "lows.", "52", None),
    # another participle keeps its main clause's day (`…fell on Tuesday, wiping $80 million off its value`)
    ("Shares in the miner fell 6% on Tuesday, wiping A$80 million off its market value.", "A$80 million", "Tuesday"),
]

# --- a date right after the figure a range starts from (`from 46 per cent in 2011/12 to 90 per cent`) is that
# figure's, not the period of the figure the range goes to (round 9: Beehive health, budget and labour releases, an
# Australian PM release)
RANGES = [
    ("Screening rates have nearly tripled from 28 per cent in 2013/14 to currently 81 per cent.", "81 per cent", None),
    ("Screening rates have nearly tripled from 28 per cent in 2013/14 to currently 81 per cent.", "28 per cent",
     "2013/14"),
    ("Council spending grew from $84.6 million in 2008 to $97 million.", "$97 million", None),
    # a range whose end has its own date keeps it
    ("Enrolments climbed from 3,100 in 2015 to 5,400 in 2022.", "5,400", "2022"),
]

# --- the day a reporting verb off the figure's path was said on is no period (`…, the Minister announced today`,
# `it announced on Monday, as …`; issue 11: Beehive grant and fund releases, a written news story); a period the
# report speaks of (`In the 2022/23 year, the firm said …`) and the day of an announcement the figure is the object
# of (`today announced $5 million`) keep theirs
TOLD_ON = [
    ("The agency will build 12 new stations, the minister announced on Tuesday, as rail use hit 9,000 trips a day.",
     "9,000", None),
    ("The council approved 14 housing projects on Friday, the mayor said on Monday, as rents rose 6%.", "6%", None),
    ("Grants totalling $8 million will go to 45 schools, Minister Tom Hale announced today, as enrolments reached "
     "12,000.", "12,000", None),
    ("In the 2022/23 financial year, the company said its store had a £9 million loss.", "£9 million",
     "2022/23 financial year"),
    ("The agency today announced $5 million in flood relief for farmers.", "$5 million", "today"),
]

# --- a date in the figure's own relative or infinitive clause ranks as the figure's (issue 11: a White House fact
# sheet, a Wikinews report)
OWN_CLAUSE = [
    ("2,000 new classrooms to be built by the end of 2027, including 600 to be finished by March next year",
     "600", "March next year"),
    ("Officials reported 4,100 new cases, with 310 recorded in the last 48 hours.", "310", "last 48 hours"),
]

CASES = DURATIONS + CONVERSIONS + ON_FIGURE + STARTING + FRONTED + RELEASES + RANGES + TOLD_ON + OWN_CLAUSE


@pytest.mark.parametrize("text, figure, period", CASES, ids=_ids(CASES))
def test_period_the_baseline_got_and_briefx_did_not(extractor, text, figure, period):
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert (fact.period.text if fact.period else None) == period


# --- a coordinated verb with a finite auxiliary of its own is a clause of its own: its names and dates are not
# the first conjunct's figure's (`has contributed $1 million … and is working with X`)
# (text, figure, subjects, period)
CONJUNCTS = [
    ("Norway has given $4 million to mine clearance in Angola and is working with the Mines Advisory Group to train "
     "local teams.", "$4 million", ["Norway", "Angola"], None),
    ("The five carriers together serve up to 8 million households and are now offering a $25 plan through 2026.",
     "8 million", [], None),
    ("Excise revenue came in 2.1% below forecast due to some large duty payments that had been expected, but are "
     "now set to arrive in August.", "2.1%", [], None),
]


@pytest.mark.parametrize("text, figure, subjects, period", CONJUNCTS, ids=[c[1] for c in CONJUNCTS])
def test_a_conjunct_with_its_own_auxiliary_is_its_own_clause(extractor, text, figure, subjects, period):
    fact = _fact_of(extractor.extract(text, published="2026-01-15"), figure, text)
    assert [s.text for s in fact.subjects] == subjects
    assert (fact.period.text if fact.period else None) == period
