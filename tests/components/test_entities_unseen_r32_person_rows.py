"""A person's name as a cell of a list's rows or a table (layout.person_rows): grant rows of New Zealand
releases ("Company Ltd, Jane Smith (09) 555 0100, $5,000, …"), lists of officials with their departments,
board tables with a name per cell, White House lists of participants with their posts. Read only where three
rows or more hold a cell a given name opens; then a name-shaped cell of the same column on a neighbouring line is
a person too. Cases written for this suite after the shape of those texts (none copied)."""

from __future__ import annotations

import pytest
from tests.conftest import layout_names

_GRANTS = (
    "NORTHLAND  \nKauri Boatworks Ltd, Daniel Moore (09) 555 0101, $8,200, prototype testing  \n"
    "Seaview Honey Ltd, $4,000, market research  \n"
    "Tide Software Ltd, Rachel Quinn, (09) 555 0102, $12,500. Software development.  \n"
    "Harbour Foods Ltd (Kerikeri), Ngaire Tipene, (09) 555 0103, $3,300. Trade fair participation.  \n"
    "Pelorus Engineering Ltd, Dr Helen Frost, (03) 555 0104, $9,900. Design work.  \n"
)
_OFFICIALS = (
    "The officials who took part:   \nMargaret Hale, Department of Conservation   \n"
    "Heather Wynne, Ministry of Health   \nStephen Clarke, Treasury   \n"
    "Anna Leigh, Ministry for Culture and Heritage   \n"
    "Guy Tamaki, Inland Revenue Department   \n"
)
_TABLE = (
    "Company\n\nName\n\nRole\n\nKiwi Rail Ltd\n\nSusan\xa0 Ward\n\nDirector\n\nPort Otago Ltd\n\nMichael Dunn\n\n"
    "Chair\n\nTranspower Ltd\n\nKaren Holt-Baxter\n\nDirector\n"
)
_PARTICIPANTS = (
    "Participants:\n\n-   Angela Brooks, Mayor, City of Fairview\n-   Daniel Ortiz, Director, Plains Water Board\n"
    "-   Kevin Marsh, Chief Executive, Delta Growers Cooperative\n"
)
_BIOS = "**Margaret Ann (Peggy) Turner**\n\nMs Turner chairs it.\n\n**Robert Hale**\n\n**Sarah Penn (Chair)**\n\n"

PERSON_ROWS = [
    pytest.param(_GRANTS, "Daniel Moore", id="grant-row-name-before-phone"),
    pytest.param(_GRANTS, "Rachel Quinn", id="grant-row-name-between-commas"),
    pytest.param(_GRANTS, "Ngaire Tipene", id="grant-row-column-mate-not-a-given-name"),
    pytest.param(_GRANTS, "Helen Frost", id="grant-row-title-left-out"),
    pytest.param(_OFFICIALS, "Margaret Hale", id="official-and-department"),
    pytest.param(_OFFICIALS, "Guy Tamaki", id="official-common-word-given-name"),
    pytest.param(_TABLE, "Susan\xa0 Ward", id="table-cell-wide-space"),
    pytest.param(_TABLE, "Karen Holt-Baxter", id="table-cell-hyphenated"),
    pytest.param(_PARTICIPANTS, "Kevin Marsh", id="participant-bullet"),
    pytest.param(_BIOS, "Margaret Ann (Peggy) Turner", id="bold-name-with-short-name"),
    pytest.param(_BIOS, "Sarah Penn", id="bold-name-bracketed-post-left-out"),
]


@pytest.mark.parametrize(("text", "name"), PERSON_ROWS)
def test_a_name_cell_of_a_list_is_a_person(text, name):
    assert name in layout_names(text, "PERSON")


NOT_PEOPLE = [
    pytest.param(_GRANTS, "Seaview Honey Ltd", id="company-cell"),
    pytest.param(_GRANTS, "Kerikeri", id="town-in-brackets"),
    pytest.param(_OFFICIALS, "Inland Revenue Department", id="department-cell"),
    pytest.param(_TABLE, "Port Otago Ltd", id="company-table-cell"),
    pytest.param(_PARTICIPANTS, "City of Fairview", id="city-cell"),
    pytest.param("Guests\nDavid Lee, Auckland\nMary Cole, Napier\n", "David Lee", id="two-rows-only"),
    pytest.param(
        "Members:\nJames Ward, Chair\nLaura Price, Member\nPeter Moss, Member\n"
        "Lower Valley Heritage Conservation Partnership, Observer\n",
        "Lower Valley Heritage Conservation Partnership",
        id="four-word-body",
    ),
    pytest.param(
        "Members:\nJames Ward, Chair\nLaura Price, Member\nPeter Moss, Member\nOn Monday, the board met.\n",
        "On Monday",
        id="sentence-opening-a-row",
    ),
    pytest.param(
        "Members:\nJames Ward, Chair of the Board for\nRegional Development, Member\nLaura Price, Member\n"
        "Peter Moss, Member\n",
        "Regional Development",
        id="wrapped-line",
    ),
]


@pytest.mark.parametrize(("text", "name"), NOT_PEOPLE)
def test_other_cells_are_no_people(text, name):
    assert name not in layout_names(text, "PERSON")


GRANT_CONTACTS = [
    pytest.param(_GRANTS, "Daniel Moore", id="grant-row-phone-and-sum"),
    pytest.param(_GRANTS, "Rachel Quinn", id="grant-row-phone-after-comma"),
]


@pytest.mark.parametrize(("text", "name"), GRANT_CONTACTS)
def test_a_grant_rows_person_is_no_contact(extractor, text, name):
    record = extractor.extract(text, doc_id="grants")
    assert name in {m.text for e in record.entities if e.label == "PERSON" for m in e.mentions}


def test_a_contact_line_keeps_its_rule(extractor):
    text = "Contact: Jane Hope 021 555 0199\nContact: Tom Reid 021 555 0198\nContact: Ann Lowe 021 555 0197\n"
    record = extractor.extract(text, doc_id="contacts")
    assert "Jane Hope" not in {m.text for e in record.entities if e.label == "PERSON" for m in e.mentions}
