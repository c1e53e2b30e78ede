"""An attack told on a day of the month named by its qualifier alone (في 15 الجاري، يوم 28 الماضي) is dated that day
of the publication's month or of the month before (basis ``publication``); it was undated."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

SATURDAY = dt.date(2018, 4, 21)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_precision, e.date_basis, e.place, e.killed)
            for e in extract_article(article(text, SATURDAY))]


def test_a_day_of_this_month() -> None:
    text = "قتل خمسة مدنيين في غارة جوية على مدينة سراقب في ريف إدلب في 15 الجاري."
    assert _events(text) == [("airstrike", "2018-04-15", "day", "publication", "Saraqib", 5)]


def test_a_day_of_last_month() -> None:
    text = "انفجرت سيارة مفخخة في مدينة الرمادي يوم 28 الماضي ما أدى إلى مقتل ثلاثة أشخاص."
    assert _events(text) == [("bombing", "2018-03-28", "day", "publication", "Ramadi", 3)]
