"""A list of places joined by و locates its event by the first item, even when the trigger after the list
stands nearer the last or the last is a smaller settlement; a dual head in the nominative (محافظتا، مدينتا)
names a list as its accusative does; strikes told by a plural object (شنت الطائرات غارات) over two far
governorates are an event each."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _places(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.place_precision, e.place_text)
            for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وعانى العشرات من ضيق في التنفس أمس في بلدتي حمورية وسقبا إثر غارات جوية.",
         [("airstrike", "2016-08-11", "Hamouriyah", "town", "حمورية وسقبا")]),
        ("وقتل ليلا في مدينتي زملكا وعربين عشرة مدنيين جراء قصف جوي.",
         [("airstrike", None, "Zamalka", "town", "زملكا وعربين")]),
    ],
    ids=["two-towns", "a-town-and-a-town-after-the-dual"],
)
def test_the_first_settlement_of_a_list_locates_the_attack(text: str, expected: list[tuple]) -> None:
    assert _places(text) == expected


def test_a_city_before_a_town_locates_the_attack() -> None:
    """Homs (a city) before Daraa (a town in the gazetteer): the list's first, not its finest."""
    assert _places("وقتل خمسة مدنيين أمس في مدينتي حمص ودرعا جراء غارات جوية.") == [
        ("airstrike", "2016-08-11", "Homs", "city", "حمص")]


def test_a_nominative_dual_names_two_governorates() -> None:
    assert _places("شهدت محافظتا إدلب وحلب أمس مجزرة نفذها طيران النظام.") == [
        ("airstrike", "2016-08-11", "Idlib", "governorate", "إدلب وحلب")]


def test_strikes_named_after_a_weaker_trigger_are_a_wave_over_far_governorates() -> None:
    """The aircraft (الطائرات) come first, their plural strikes after them: Homs and Daraa are each struck."""
    assert _places("شنت الطائرات الإسرائيلية أمس غارات على محافظتي حمص ودرعا.") == [
        ("airstrike", "2016-08-11", "Homs", "governorate", "حمص"),
        ("airstrike", "2016-08-11", "Daraa", "governorate", "ودرعا"),
    ]
