"""A definite trigger naming no side and telling a night of two days (الضربات الجوية على سوريا ليل الجمعة السبت) names
again the attack of its type told before it at the same place on a day of that night: one event, dated by that day.
A strike named by another night, or telling other dead, stays apart."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

FIRST = "شنت الولايات المتحدة وفرنسا وبريطانيا غارات على مواقع في سوريا السبت 14 أبريل."


def _events(*sentences: str) -> list[tuple]:
    text = "\n".join(sentences)
    return [(e.event_type, e.date, e.date_end, e.place, e.killed)
            for e in extract_article(article(text, dt.date(2018, 4, 16)))]


def test_the_strikes_named_again_by_their_night_are_the_strikes_of_its_day() -> None:
    assert _events(FIRST, "وقال ماكرون إن الضربات الجوية على سوريا ليل الجمعة السبت كانت ضرورية.") == [
        ("airstrike", "2018-04-14", "2018-04-14", "Syria", None)]


def test_strikes_named_by_another_night_stay_apart() -> None:
    assert len(_events(FIRST, "وقال ماكرون إن الضربات الجوية على سوريا ليل الثلاثاء الأربعاء كانت ضرورية.")) == 2


def test_strikes_of_its_night_telling_other_dead_stay_apart() -> None:
    events = _events("شنت الولايات المتحدة غارات على مواقع في سوريا السبت 14 أبريل أسفرت عن مقتل ثلاثة.",
                     "وأسفرت الضربات الجوية على سوريا ليل الجمعة السبت عن مقتل 12 شخصا.")
    assert len(events) == 2
