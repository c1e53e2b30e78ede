"""An attack whose doer is named right after its trigger by a verb telling who did it (الصواريخ التي أطلقتها حماس،
تفجير نفذه مسلحون) takes no side from the attack told before it, even when no canonical side fits that doer: the
rockets after an Israeli air strike are not Israel's, a bombing by unknown gunmen after an ISIS bombing is not ISIS's.
A side the actors know, named there, is the attack's own."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

WEDNESDAY = dt.date(2018, 5, 30)
STRIKE = "شنت طائرات إسرائيلية غارات على مواقع في قطاع غزة يوم الثلاثاء. "


def _events(text: str, published: dt.date = WEDNESDAY) -> list[tuple]:
    return [(e.event_type, e.date, e.actor) for e in extract_article(article(text, published))]


def test_rockets_fired_by_a_side_of_no_canonical_name_are_not_the_strike_befores() -> None:
    assert _events(STRIKE + "وسقطت عشرات الصواريخ التي أطلقتها حماس على بلدات إسرائيلية يوم الثلاثاء.") == [
        ("airstrike", "2018-05-29", "Israel"),
        ("shelling", "2018-05-29", None),
    ]


def test_rockets_fired_by_gunmen_are_not_the_strike_befores() -> None:
    assert _events(STRIKE + "وسقطت عشرات الصواريخ التي أطلقها مسلحون فلسطينيون على بلدات إسرائيلية يوم الثلاثاء.") == [
        ("airstrike", "2018-05-29", "Israel"),
        ("shelling", "2018-05-29", None),
    ]


def test_rockets_told_again_without_who_fired_them_stay_the_strike_befores() -> None:
    assert _events(STRIKE + "وسقطت عشرات الصواريخ على مواقع في القطاع يوم الثلاثاء.")[1][2] == "Israel"


def test_a_bombing_carried_out_by_unknown_gunmen_is_not_the_bombing_befores() -> None:
    text = ("فجر تنظيم داعش سيارة مفخخة في بغداد الاثنين. "
            "وقتل ثلاثة أشخاص في تفجير نفذه مسلحون مجهولون في كركوك الاثنين.")
    assert _events(text, dt.date(2016, 7, 20)) == [("bombing", "2016-07-18", "ISIS"), ("bombing", "2016-07-18", None)]


def test_a_bombing_told_next_without_a_doer_is_the_one_sides() -> None:
    text = "فجر تنظيم داعش سيارة مفخخة في بغداد الاثنين. وقتل ثلاثة أشخاص في تفجير في كركوك الاثنين."
    assert _events(text, dt.date(2016, 7, 20)) == [("bombing", "2016-07-18", "ISIS"), ("bombing", "2016-07-18", "ISIS")]


def test_rockets_fired_by_a_known_side_are_that_sides() -> None:
    assert _events(STRIKE + "وسقطت صواريخ أطلقها حزب الله على بلدات إسرائيلية يوم الثلاثاء.")[1][2] == "Hezbollah"
