"""An attack told by an indefinite singular trigger with its own dead, dated and placed nowhere (قتل أربعة مدنيين في
قصف أمس الأحد), is an attack of its own: an undated telling at a place in another sentence that tells no dead or
other dead (رجل قتل جراء قصف في وسط مدينة حمص) is another attack, and its place is not the new telling's. With the same
dead, the two are one attack told twice."""

from __future__ import annotations

import datetime as dt

from tests.articles import dated_events

PUBLISHED = dt.date(2016, 7, 20)


def test_other_dead_elsewhere_are_another_attack() -> None:
    text = ("قتل أربعة مدنيين في قصف على مناطق سكنية أمس الأحد. "
            "وقال ناشطون إن رجلا قتل جراء قصف القوات الحكومية في وسط مدينة حمص.")
    assert dated_events(text, PUBLISHED) == [
        ("shelling", "2016-07-17", "publication", None, 4),
        ("shelling", None, None, "Homs", 1),
    ]


def test_the_same_dead_elsewhere_are_its_place() -> None:
    text = ("قتل أربعة مدنيين في قصف على مناطق سكنية أمس الأحد. "
            "وقال ناشطون إن أربعة مدنيين قتلوا جراء قصف في وسط مدينة حمص.")
    assert dated_events(text, PUBLISHED) == [("shelling", "2016-07-17", "publication", "Homs", 4)]
