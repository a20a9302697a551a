"""initials: how acronyms are matched to the names they stand for."""

import pytest

from briefx.normalize.names import initials


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Shanghai Cooperation Organisation", "SCO"),
        ("Kazakhstan Temir Zholy", "KTZ"),
        ("Conference on Interaction and Confidence-Building Measures in Asia", "CICBMA"),
        ("African Development Bank", "ADB"),
        ("the ministry", ""),
    ],
    ids=["spec", "three-words", "hyphen-and-connectors", "acronym-subsequence-source", "no-name"],
)
def test_initials(name, expected):
    assert initials(name) == expected
