"""A count of days after since (منذ أربعة أيام) gives an attack no day: it is the baseline of a
comparison (للمرة الأولى منذ 4 أيام) or the start of what goes on (تتعرض المدينة منذ ثلاثة أيام لقصف:
a campaign, no event). Two consecutive weekdays (الجمعة والسبت) date an attack to both days."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

FRIDAY = dt.date(2016, 8, 12)
SUNDAY = dt.date(2016, 8, 14)


def _events(text: str, published: dt.date = FRIDAY) -> list[tuple]:
    return [(e.event_type, e.date, e.date_end, e.date_precision, e.place)
            for e in extract_article(article(text, published))]


def test_the_first_strikes_for_some_days_are_not_dated_that_many_days_ago() -> None:
    text = "قال المرصد إن طائرات حربية روسية قصفت مدينة طفس في ريف درعا، للمرة الأولى منذ 4 أيام."
    assert _events(text) == [("airstrike", None, None, None, "Ţafas")]


def test_a_town_under_fire_for_some_days_is_a_campaign() -> None:
    assert _events("تتعرض مدينة المقدادية منذ ثلاثة أيام لقصف بقذائف الهاون.") == []


def test_strikes_on_two_consecutive_days_are_dated_to_both() -> None:
    text = "شنت طائرات حربية غارات على مدينة الرقة الجمعة والسبت."
    assert _events(text, SUNDAY) == [("airstrike", "2016-08-12", "2016-08-13", "range", "Ar Raqqah")]
