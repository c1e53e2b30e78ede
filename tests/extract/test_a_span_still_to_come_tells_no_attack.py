"""A range counted from the publication day that begins on it and ends later (الشهرين المقبلين) is a time still to
come: an attack named in a clause it dates is a prospect, no event. A night that ends on the publication day
(ليل الثلاثاء - الأربعاء in a report of Wednesday) began before it and stays an attack's date."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 10)  # a Wednesday


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_end, e.place) for e in extract_article(article(text, PUBLISHED))]


def test_bombings_foreseen_for_the_coming_months_are_no_event() -> None:
    assert _events("وقال المحلل إن الشهرين المقبلين مرشحان لتفجيرات في مدينة بعقوبة.") == []


def test_a_night_ending_on_the_publication_day_stays_the_attack_date() -> None:
    assert _events("قصفت الطائرات مدينة الرقة ليل الثلاثاء - الأربعاء.") == [
        ("airstrike", "2016-08-09", "2016-08-10", "Ar Raqqah")]
