"""An attack at a place whose point the supplement derives from named places (the Eastern Ghouta at the mean of
its towns, a quarter at its city's point) carries that place's radius as its `place_radius_km`; one at a town a
source places carries none."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 7, 18)


def _places(text: str) -> list[tuple]:
    return [(e.place, e.place_relation, e.place_radius_km) for e in extract_article(article(text, PUBLISHED))]


def test_an_attack_in_a_region_has_the_region_s_radius() -> None:
    assert _places("قتل عشرة مدنيين أمس في غارات للطيران الحربي على بلدات الغوطة الشرقية.") == [
        ("Eastern Ghouta", None, 15.0)]


def test_an_attack_in_a_quarter_has_its_city_s_radius() -> None:
    assert _places("قتل خمسة مدنيين أمس في قصف بالبراميل المتفجرة على حي الميسر.") == [
        ("Al-Maysar (Aleppo)", None, 10.0)]


def test_an_attack_at_a_sourced_town_has_no_radius() -> None:
    assert _places("قتل خمسة مدنيين أمس في قصف بالبراميل المتفجرة على مدينة الباب.") == [("Al-Bab", None, None)]
