"""An attack told as falling on a settlement named again by its definite noun (قصف على المدينة) is placed at
the village, town or city named just before, like one told in it (في المدينة), or, when the sentence and the one
before name no place, at the only settlement the report named before it."""

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


def test_the_only_city_named_two_sentences_before_is_the_one_fallen_on() -> None:
    text = ("زار الوزير مدينة بعقوبة أمس. وتحدث عن الوضع الأمني. "
            "وقتل خمسة أشخاص في قصف مدفعي على المدينة أمس.")
    assert _places(text) == [("Baqubah", 5)]


def test_one_of_two_cities_named_further_back_is_not_the_one_fallen_on() -> None:
    text = ("زار الوزير مدينتي بعقوبة وسامراء أمس. وتحدث عن الوضع الأمني. "
            "وقتل خمسة أشخاص في قصف مدفعي على المدينة أمس.")
    assert [p for p, _ in _places(text)] == [None]


def test_a_town_the_gazetteer_lacks_named_before_leaves_the_city_unresolved() -> None:
    text = ("زار الوزير مدينة بعقوبة وبلدة كفرزيتونة أمس. وتحدث عن الوضع الأمني. "
            "وقتل خمسة أشخاص في قصف مدفعي على المدينة أمس.")
    assert [p for p, _ in _places(text)] == [None]


def test_a_raid_on_the_only_town_named_at_the_start_of_the_report() -> None:
    text = ("سيطرت فصائل المعارضة على مدينة أريحا في ريف إدلب الشهر الماضي. "
            "وقال ناشطون إن الأهالي بدأوا العودة إلى منازلهم. "
            "وكانت طائرة حربية تنفذ غارة على المدينة حين سقطت.")
    assert [(e.event_type, e.place, e.date) for e in extract_article(article(text, dt.date(2015, 8, 3)))][-1] == (
        "airstrike", "Ariha (Idlib)", None)
