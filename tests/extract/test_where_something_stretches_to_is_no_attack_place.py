"""A place written right after a word of extent (شبكة أنفاق تمتد إلى حي جوبر، الطريق الممتد إلى بلدة س) is where
something stretches to, not where the attack was: it does not locate the clause's event. An area told from one
place to another (المنطقة الممتدة من بلدة س إلى بلدة ص، القرى الممتدة بين بلدة س وبلدة ص) holds both ends: the first
locates the event, as a list's first place does."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, dt.date(2018, 4, 2)))]


def test_a_place_something_stretches_to_does_not_place_a_capture() -> None:
    text = ("كشفت السلطات بعد سيطرتها على الغوطة الشرقية، شبكة أنفاق كانت تستخدمها فصائل المعارضة "
            "تمتد إلى حي جوبر.")
    assert _events(text) == []


def test_the_attack_keeps_its_own_place_before_the_extent() -> None:
    text = "قصفت الطائرات الحربية أمس بلدة كفر بطنا وشبكة أنفاق تمتد إلى حي جوبر."
    assert _events(text) == [("airstrike", "2018-04-01", "Kafr Batna")]


def test_an_area_told_from_one_town_to_another_is_placed_at_the_first() -> None:
    text = "قصفت الطائرات الحربية أمس المنطقة الممتدة من بلدة كفر نبل إلى بلدة معرة النعمان."
    assert _events(text) == [("airstrike", "2018-04-01", "Kafranbel")]


def test_an_area_told_between_two_towns_is_placed_at_the_first() -> None:
    text = "قصفت الطائرات الحربية أمس القرى الممتدة بين بلدة كفر نبل وبلدة خان شيخون."
    assert _events(text) == [("airstrike", "2018-04-01", "Kafranbel")]
