"""A road named by its two ends joined by a dash (طريق مندلي - بلدروز، طريق ديالى-كركوك) is located by its first
end, as a list is: the name after the dash is a word of the road's name, no place (an ambush on it is near
Mandali, not at Baladruz); a road after على is near its first end, one after another word names no place.
Two places joined by a dash without a road's head (الحدود التركية - السورية) are left as they were."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _places(text: str) -> list[tuple[str | None, int | None]]:
    return [(e.place, e.killed) for e in extract_article(article(text, dt.date(2018, 3, 14)))]


def test_an_ambush_on_the_road_is_near_its_first_end() -> None:
    assert _places("قتل خمسة من عناصر الشرطة في كمين على طريق مندلي - بلدروز.") == [("Mandalī", 5)]


def test_the_first_end_without_spaces_around_the_dash() -> None:
    assert _places("قتل أربعة جنود في كمين على طريق بعقوبة-بلدروز.") == [("Baqubah", 4)]


def test_a_road_after_another_word_names_no_place() -> None:
    text = "بدأت القوات الأربعاء عملية عسكرية ضد خلايا التنظيم بين طريق ديالى-كركوك والحدود الإيرانية."
    assert _places(text) == [(None, None)]


def test_two_countries_joined_by_a_dash_without_a_road() -> None:
    assert _places("قتل خمسة جنود في قصف على الحدود التركية - السورية.") == [("Syria\u2013Turkey border", 5)]
