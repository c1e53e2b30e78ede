"""An attack told as falling on a settlement named again by its definite noun (قصف على المدينة) is placed at
the village, town or city named just before, like one told in it (في المدينة)."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _places(text: str) -> list[tuple[str | None, int | None]]:
    return [(e.place, e.killed) for e in extract_article(article(text, dt.date(2015, 8, 11)))]


def test_barrel_bombs_on_the_town_reached_by_reinforcements() -> None:
    text = ("وصلت تعزيزات عسكرية أمس إلى مدينة الزبداني. "
            "وقتل ستة مدنيين في قصف بالبراميل المتفجرة على المدينة أمس.")
    assert _places(text) == [("Az Zabadānī", 6)]


def test_a_city_named_two_sentences_before_is_not_the_one_fallen_on() -> None:
    text = ("زار الوزير مدينة بعقوبة أمس. وتحدث عن الوضع الأمني. "
            "وقتل خمسة أشخاص في قصف مدفعي على المدينة أمس.")
    assert [p for p, _ in _places(text)] == [None]
