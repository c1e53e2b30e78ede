"""An operation possessed by a side (عمليتها العسكرية، عمليته العسكرية) is that side's campaign told in
passing, even with a toll: no attack of its own. Launched on a named day it is one, as any campaign."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

FRIDAY = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, FRIDAY))]


def test_what_a_side_seeks_through_its_operation_is_no_attack() -> None:
    assert _events("وتحاول قوات النظام من خلال عمليتها العسكرية في بلدة اللطامنة طرد المسلحين.") == []


def test_an_army_seeking_a_city_through_its_operation_is_no_attack() -> None:
    assert _events("ويسعى الجيش عبر عمليته العسكرية في مدينة درعا إلى استعادة كامل المنطقة.") == []


def test_people_fleeing_a_sides_operation_is_no_attack() -> None:
    assert _events("ونزح آلاف السكان هربا من عمليتها العسكرية في مدينة حمص.") == []


def test_a_toll_of_a_sides_operation_is_the_campaigns() -> None:
    assert _events("وقتل عشرون مسلحا في عمليتها العسكرية على مدينة حمص.") == []


def test_a_sides_operation_begun_on_a_named_day_is_an_attack() -> None:
    assert _events("وبدأ الجيش عمليته العسكرية على بلدة اللطامنة يوم الأحد.") == [
        ("ground_attack", "2016-08-07", "Al-Lataminah", None)]
