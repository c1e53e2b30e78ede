"""A governorate's name written before "south of" one of its own cities (جامعة الأنبار في جنوب مدينة
الرمادي: a university named after the governorate) does not make the city a reference point of the
governorate: the city is where things are. Another governorate may lie beside a city (محافظة صلاح الدين
شمالي العاصمة بغداد): the city stays its reference point."""

from __future__ import annotations

from gazetteer.resolver import find_places


def _anchors(text: str) -> list[tuple[str, bool]]:
    return [(m.chosen.name, m.anchor) for m in find_places(text) if m.chosen is not None]


def test_the_city_south_of_its_own_governorate_name_is_no_reference_point() -> None:
    text = "دخلت القوات جامعة الأنبار في جنوب مدينة الرمادي بمحافظة الأنبار."
    assert _anchors(text) == [("Al Anbar", False), ("Ramadi", False), ("Al Anbar", False)]


def test_a_city_beside_another_governorate_stays_its_reference_point() -> None:
    text = "انفجرت سيارة مفخخة في محافظة صلاح الدين شمالي العاصمة بغداد."
    assert _anchors(text) == [("Saladin", False), ("Baghdad", True)]
