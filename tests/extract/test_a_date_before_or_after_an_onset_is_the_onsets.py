"""A date written after "before" or "after" an onset (قبل اندلاع الحركة الاحتجاجية منتصف مارس 2011، بعد بدء
الهدنة يوم السبت) is the onset's, a bound of the time told like one after "since": it dates no attack in its
clause; a date of the attack itself still does."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_precision, e.place, e.killed)
            for e in extract_article(article(text, dt.date(2015, 8, 7)))]


def test_a_date_before_an_onset_dates_no_attack() -> None:
    assert _events("وقتل عشرة أشخاص في هجوم لتنظيم داعش على مدينة القريتين قبل اندلاع الحركة الاحتجاجية "
                   "منتصف مارس 2011.") == [("ground_attack", None, None, "Al Qaryatayn", 10)]


def test_a_date_after_the_start_of_a_truce_dates_no_strike() -> None:
    assert _events("وقتل خمسة مدنيين في قصف جوي على مدينة دوما بعد بدء الهدنة يوم السبت.") == [
        ("airstrike", None, None, "Dūmā", 5)]


def test_the_attacks_own_date_still_dates_it() -> None:
    assert _events("وقتل خمسة مدنيين في قصف جوي على مدينة دوما يوم الخميس بعد بدء الهدنة.") == [
        ("airstrike", "2015-08-06", "day", "Dūmā", 5)]
