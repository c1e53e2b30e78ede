"""A clause that counts the dead of two days apart (قتل 24 شخصا الخميس وأربعة آخرون الجمعة في قصف على المدينة)
tells an attack on each day, each with its own dead: the count told with a day after و and "others" is that
day's. Dead and wounded told on two days, or one day's dead, stay one attack.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

#: a Saturday
PUBLISHED = dt.date(2018, 3, 10)


def events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


TWO_DAYS = [
    ("قتل 24 شخصا الخميس وأربعة آخرون الجمعة في قصف على مدينة دوما.", "shelling"),
    ("24 قتيلا الخميس وأربعة آخرون الجمعة في قصف على مدينة دوما.", "shelling"),
    ("قتلت الغارات 24 مدنيا يوم الخميس في مدينة دوما، و4 آخرين يوم الجمعة.", "airstrike"),
]


@pytest.mark.parametrize(("text", "kind"), TWO_DAYS, ids=["verb-first", "toll-first", "digits-after-a-comma"])
def test_each_day_is_an_attack_with_its_own_dead(text: str, kind: str) -> None:
    assert events(text) == [(kind, "2018-03-08", "Dūmā", 24), (kind, "2018-03-09", "Dūmā", 4)]


def test_the_wounded_of_the_next_day_make_no_second_attack() -> None:
    text = "قتل 24 شخصا الخميس في قصف على مدينة دوما، وأصيب أربعة آخرون الجمعة."
    assert [e[:3] for e in events(text)] == [("shelling", "2018-03-08", "Dūmā")]


def test_others_of_the_same_day_stay_one_attack() -> None:
    text = "قتل 24 شخصا وأربعة آخرون الخميس في قصف على مدينة دوما."
    assert [e[:3] for e in events(text)] == [("shelling", "2018-03-08", "Dūmā")]


def test_the_dead_of_the_next_day_at_another_town_are_an_attack_there() -> None:
    text = "قتل 24 شخصا الخميس في قصف على مدينة دوما، وأربعة آخرون الجمعة في مدينة حرستا."
    assert events(text) == [("shelling", "2018-03-08", "Dūmā", 24), ("shelling", "2018-03-09", "Ḩarastā", 4)]


def test_the_dead_of_the_next_day_in_the_same_town_stay_there() -> None:
    text = "قتل 24 شخصا الخميس في قصف على مدينة دوما، وأربعة آخرون الجمعة في المدينة."
    assert events(text) == [("shelling", "2018-03-08", "Dūmā", 24), ("shelling", "2018-03-09", "Dūmā", 4)]
