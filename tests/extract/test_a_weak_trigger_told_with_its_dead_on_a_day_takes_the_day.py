"""A weak trigger (انفجار، اشتباكات) that an announcement dated to a day tells with the deaths it caused (قالت الوزارة
الأحد إن انفجارا في مدينة الرمادي أسفر عن مقتل 12 شخصا) is an attack told that day: it takes the announcement's day,
basis ``report``, like a strong trigger. Without the deaths (قال الجيش الأحد إن انفجارا وقع في مدينة الرمادي) it
is still no event dated that day: an explosion alone may be no attack.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import dated_events

#: A Monday: the Sunday before is 14 August.
PUBLISHED = dt.date(2016, 8, 15)


def dated(text: str) -> list[tuple]:
    """(type, date, basis, place, killed) of each event of an article of `text` published on `PUBLISHED`."""
    return dated_events(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قالت وزارة الداخلية في بيان الأحد إن انفجارا في مدينة الرمادي أسفر عن مقتل 12 شخصا وإصابة 30.",
         ("bombing", "2016-08-14", "report", "Ramadi", 12)),
        ("قال الجيش العراقي الأحد إن اشتباكات في مدينة الرمادي أسفرت عن مقتل سبعة مسلحين.",
         ("ground_attack", "2016-08-14", "report", "Ramadi", 7)),
    ],
    ids=["explosion-with-its-dead", "clashes-with-their-dead"],
)
def test_the_announcement_day_dates_a_weak_trigger_with_its_dead(text: str, expected: tuple) -> None:
    assert dated(text) == [expected]


def test_an_explosion_told_without_deaths_is_no_event_of_that_day() -> None:
    assert dated("قال الجيش العراقي الأحد إن انفجارا وقع في مدينة الرمادي.") == []
