"""A capital named only by its title and its country's adjective (العاصمة السورية) is that city; told with its
name right after (العاصمة العراقية بغداد) it is one place mention, not two."""

from __future__ import annotations

import pytest

from gazetteer import find_places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("سقطت قذائف على أحياء في العاصمة السورية", [("Damascus", "العاصمة السورية")]),
        ("انفجرت سيارة مفخخة في العاصمة العراقية بغداد", [("Baghdad", "العاصمة العراقية بغداد")]),
        ("انفجرت سيارة مفخخة في العاصمة الأردنية، عمان", [("Amman", "العاصمة الأردنية، عمان")]),
        ("انفجرت سيارة مفخخة في بغداد ثم في بغداد", [("Baghdad", "بغداد"), ("Baghdad", "بغداد")]),
    ],
    ids=["title-alone", "title-and-name", "title-comma-name", "named-twice-apart"],
)
def test_the_capital_by_its_title(text: str, expected: list[tuple]) -> None:
    assert [(m.chosen.name, m.text) for m in find_places(text)] == expected
