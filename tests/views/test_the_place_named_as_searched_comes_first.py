"""The analyst's search of the gazetteer (correcting an event's place, placing an unknown name) offers the
places named exactly as typed first: typing a town's name preselects that town, not a quarter of it or
a city abroad whose name starts with it (or with it less a letter read as a clitic)."""

from __future__ import annotations

import pytest

from timeline.views.places import places_named


@pytest.mark.parametrize(("query", "first", "also"), [
    ("الموصل", "Mosul", "Al Mawşil al Jadīdah"),  # before New Mosul, its quarter
    ("بيجي", "Bayjī", "Bijie"),  # before a city of China
    ("التاجي", "Taji", "Tajimi"),  # before a city of Japan
    ("كلس", "Kilis", "Los Angeles"),  # ك read as a clitic: لس آنجلس
    ("Mosul", "Mosul", "Mosul Dam"),
])
def test_the_place_named_exactly_as_typed_comes_first(query: str, first: str, also: str) -> None:
    found = [place.name for place in places_named(query)]
    assert found[0] == first and also in found[1:]


def test_a_name_that_only_begins_others_keeps_their_order() -> None:
    assert [p.name for p in places_named("الغوطة")][:2] == ["Ghouta", "Eastern Ghouta"]
    assert places_named("  ") == []
