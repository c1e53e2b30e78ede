"""A border named with a dash between its countries at the start of a line (شهدت الحدود التركية - السورية)
is the event's place, not a dateline; a city before a dash still is a dateline."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _places(text: str) -> list[str | None]:
    return [e.place for e in extract_article(article(text, dt.date(2016, 3, 2)))]


def test_a_border_with_a_dash_opening_the_article_places_its_attack() -> None:
    text = "شهدت الحدود التركية - السورية أمس اشتباكا بين جنود أتراك ومسلحين هاجموا مركزا حدوديا."
    assert _places(text) == ["Syria–Turkey border"]


def test_a_city_before_a_dash_opening_the_article_is_still_a_dateline() -> None:
    assert _places("حلب - قتل خمسة مدنيين أمس في غارة جوية.") == [None]
