"""A place told as a direction from a town (شمال العاصمة بغداد) may be anywhere in the town's governorate that way,
not only within the direction's 25 km: an attack told there and the same attack told next at a town of that
governorate lying that way (بلدة الطارمية, 37 km north of Baghdad) are one, at the town. A town the other way, or
one of another governorate, is another attack."""

from __future__ import annotations

import datetime as dt

import pytest

from gazetteer import Place
from tests.articles import article
from timeline.extract.places import lies_toward
from timeline.pipeline import extract_article

_TOLD = "ذكر مصدر في الشرطة مقتل عدد من عناصر داعش، خلال هجوم فاشل للتنظيم {} العاصمة بغداد، بعد منتصف ليل الاثنين."
_DETAIL = "وقال المصدر إن مسلحين من التنظيم هاجموا نقطة تفتيش تابعة للجيش العراقي في {}."


def _events(direction: str, town: str) -> list[tuple]:
    text = "\n".join((_TOLD.format(direction), _DETAIL.format(town)))
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, dt.date(2018, 8, 8)))]


def test_a_town_of_the_governorate_that_way_is_the_attack_told_there() -> None:
    assert _events("شمال", "بلدة الطارمية") == [("ground_attack", "2018-08-06", "Aţ Ţārmīyah")]


@pytest.mark.parametrize(
    ("direction", "town", "expected"),
    [
        ("جنوب", "بلدة الطارمية",
         [("ground_attack", "2018-08-06", "Baghdad"), ("ground_attack", None, "Aţ Ţārmīyah")]),
        ("شمال", "مدينة سامراء",
         [("ground_attack", "2018-08-06", "Baghdad"), ("ground_attack", None, "Sāmarrā’")]),
    ],
    ids=["the-other-way", "another-governorate"],
)
def test_a_town_the_other_way_or_in_another_governorate_is_another_attack(
        direction: str, town: str, expected: list[tuple]) -> None:
    assert _events(direction, town) == expected


def _at(lat: float, lon: float) -> Place:
    return Place(name="p", name_ar="p", lat=lat, lon=lon, feature="town", precision="town", admin1="a", country="IQ")


@pytest.mark.parametrize(
    ("lat", "lon", "direction", "expected"),
    [
        (34.0, 44.0, "north", True),
        (33.7, 44.4, "north", True),  # north-east lies north too
        (33.3, 44.5, "north", False),  # east
        (33.0, 44.0, "south", True),
        (33.3, 43.0, "west", True),
        (33.3, 43.0, "near", False),  # no direction
    ],
)
def test_lies_toward(lat: float, lon: float, direction: str, expected: bool) -> None:
    assert lies_toward(_at(33.3, 44.0), _at(lat, lon), direction) is expected
