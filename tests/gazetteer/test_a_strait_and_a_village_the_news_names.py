"""The strait of Bab el-Mandeb (with or without its head مضيق) and the village of Deir al-Ashair west of Damascus
are places, at points derived from named places."""

from __future__ import annotations

import pytest

from gazetteer import find_places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("استهداف الملاحة في مضيق باب المندب", ("Bab el-Mandeb", "YE")),
        ("هجوم على ناقلة في باب المندب", ("Bab el-Mandeb", "YE")),
        ("غارات على منطقة دير العشائر غرب دمشق", ("Deir al-Ashair", "SY")),
    ],
    ids=["strait-headed", "strait", "village"],
)
def test_the_place_is_found(text: str, expected: tuple[str, str]) -> None:
    first = find_places(text)[0]
    assert (first.chosen.name, first.chosen.country) == expected
