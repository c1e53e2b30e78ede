"""A trigger phrase ending with an indefinite word (إطلاق نار، غارة جوية) is indefinite whatever word follows it:
a day with the article after it (لإطلاق نار الثلاثاء) is its time, not a noun making it definite, so the attack is
told as new, not named again after another attack at its town."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, dt.date(2018, 4, 18)))]


def test_shots_fired_on_a_day_are_not_the_capture_of_their_town_days_before() -> None:
    text = ("وتعرض فريق أمني تابع للأمم المتحدة لإطلاق نار الثلاثاء خلال قيامه بمهمة استطلاعية في دوما.\n"
            "وسيطرت قوات النظام على مدينة دوما بالكامل السبت.")
    assert _events(text) == [("ground_attack", "2018-04-17", "Dūmā"), ("ground_attack", "2018-04-14", "Dūmā")]
