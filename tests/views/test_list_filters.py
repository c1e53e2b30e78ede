"""The list filters' one declaration: what `Filters`, the URL, `describe`, `apply` and the names take from it."""

from __future__ import annotations

import dataclasses

import pytest

from tests.views.test_filters import frame, ids
from timeline.models import EVENT_TYPES
from timeline.views.filters import LIST_FILTERS, Filters, apply, resolve_names


def test_each_list_filter_is_a_field_of_filters_and_every_list_field_is_declared() -> None:
    lists = [f.name for f in dataclasses.fields(Filters) if f.default == ()]
    assert lists == [spec.name for spec in LIST_FILTERS] == ["sources", "types", "actors", "countries", "admin1"]
    for item in dataclasses.fields(Filters):
        assert item.metadata["flag"].startswith("--") and item.metadata["help"]
        assert item.metadata["list"] is next((s for s in LIST_FILTERS if s.name == item.name), None)


def test_the_declaration_names_column_label_noun_and_option() -> None:
    table = {spec.name: (spec.column, spec.label, spec.noun, spec.flag) for spec in LIST_FILTERS}
    assert table == {
        "sources": ("source", "Outlets", "outlets", "--source"),
        "types": ("event_type", "Event types", "types", "--type"),
        "actors": ("actor", "Actors", "actors", "--actor"),
        "countries": ("country", "Countries", "countries", "--country"),
        "admin1": ("admin1", "Governorates", "governorates", "--governorate"),
    }


def test_each_list_filter_has_its_url_key_and_its_words() -> None:
    chosen = Filters(**{spec.name: (f"{spec.name}-value",) for spec in LIST_FILTERS})
    assert chosen.to_query() == {spec.name: [f"{spec.name}-value"] for spec in LIST_FILTERS}
    assert Filters.from_query(chosen.to_query()) == chosen
    assert chosen.describe()[1:] == [f"{spec.noun}: {spec.name}-value" for spec in LIST_FILTERS]


@pytest.mark.parametrize(
    ("chosen", "same_as"),
    [
        (Filters(sources=("sana", "ELAPH")), Filters(sources=("SANA", "Elaph"))),
        (Filters(types=("AirStrike",)), Filters(types=("airstrike",))),
        (Filters(actors=("Russia",), countries=("sy",)), Filters(actors=("russia",), countries=("SY",))),
        (Filters(admin1=("IDLIB",)), Filters(admin1=("Idlib",))),
    ],
    ids=["outlets", "types", "actors-countries", "governorates"],
)
def test_names_match_without_regard_to_case(chosen: Filters, same_as: Filters) -> None:
    events = frame()
    assert [ids(part) for part in apply(events, chosen)] == [ids(part) for part in apply(events, same_as)]
    assert ids(apply(events, chosen)[0])


def test_names_are_spelt_as_the_data_spells_them_and_unknown_ones_are_named() -> None:
    chosen = Filters(sources=("sana", "Nobody", "SANA"), types=("SHELLING", "strike"), actors=("ISIS",))
    spelt, unmatched = resolve_names(chosen, frame())
    assert spelt == Filters(sources=("SANA", "Nobody"), types=("shelling", "strike"), actors=("isis",))
    assert {spec.name: names for spec, names in unmatched.items()} == {"sources": ["Nobody"], "types": ["strike"]}


def test_known_values_are_the_vocabulary_or_else_the_data() -> None:
    known = {spec.name: spec.known(frame()) for spec in LIST_FILTERS}
    assert known["types"] == list(EVENT_TYPES)
    assert known["sources"] == ["Al-Watan", "Elaph", "SANA"]
    assert known["countries"] == ["IQ", "SY"]
