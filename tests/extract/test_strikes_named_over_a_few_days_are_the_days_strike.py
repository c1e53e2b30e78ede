"""A definite attack noun dated by a span of a few days (الضربات الجوية مطلع الأسبوع: Saturday to Monday) and an
attack of its type told after it on a day of that span, at an agreeing place, are one attack dated by its day.
Other dead, a span told after the day's attack (الغارات الأولى) or another place keep two."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

NEWS = "تراجعت أسعار النفط الاثنين إثر الضربات الجوية على مواقع عسكرية في سوريا مطلع الأسبوع.\n"
DAY = "وكانت الولايات المتحدة وفرنسا أطلقت 100 صاروخ على مواقع عسكرية في سوريا السبت الماضي"


def _events(text: str, published: dt.date = dt.date(2018, 4, 16)) -> list[tuple]:
    return [(e.event_type, e.date, e.date_end, e.place, e.actor, e.killed)
            for e in extract_article(article(text, published))]


def test_the_strikes_of_the_week_start_are_saturdays() -> None:
    assert _events(NEWS + DAY + ".") == [("airstrike", "2018-04-14", "2018-04-14", "Syria", "France", None)]


def test_the_span_told_after_the_days_strikes_stays_apart() -> None:
    text = ("شنت المقاتلات التركية مساء الأحد غارات جديدة على مواقع الحزب في شمال العراق.\n"
            "وأدت الغارات الأولى التي شنها الطيران التركي ليل الجمعة الأحد إلى إنهاء الهدنة.")
    assert _events(text, dt.date(2018, 7, 23)) == [
        ("airstrike", "2018-07-22", "2018-07-22", "Northern Iraq", "Turkey", None),
        ("airstrike", "2018-07-20", "2018-07-22", None, "Turkey", None)]


def test_other_dead_keep_two() -> None:
    text = ("قتل 3 جنود في الضربات الجوية على مواقع عسكرية في سوريا مطلع الأسبوع.\n" + DAY
            + "، ما أدى إلى مقتل 5 جنود.")
    assert _events(text) == [("airstrike", "2018-04-14", "2018-04-16", "Syria", None, 3),
                             ("airstrike", "2018-04-14", "2018-04-14", "Syria", "France", 5)]
