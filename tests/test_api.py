"""The public API is small and pinned."""

import briefx


def test_public_names_are_pinned():
    assert sorted(briefx.__all__) == [
        "Briefing",
        "BriefxError",
        "GoldDocument",
        "InputError",
        "ModelError",
        "__version__",
        "extract",
        "extract_many",
        "load",
        "score",
    ]


def test_factories_are_registered_through_entry_points():
    from importlib.metadata import entry_points

    names = {ep.name for ep in entry_points(group="spacy_factories")}
    for factory in (
        "briefx_sections",
        "briefx_dates",
        "briefx_figures",
        "briefx_entities",
        "briefx_resolve",
        "briefx_quotes",
        "briefx_money",
        "briefx_count",
        "briefx_attribute_ruler",
    ):
        assert factory in names
