"""A clause tied to the very time of the sentence before (وقتل حينها، وقيل آنذاك: [anaphora] at_that_time) takes the
date of that sentence's last clause even when that clause's trigger told no attack of its own (الذي قاد هجوما على
الموصل في حزيران 2014: a relative clause's verb); a tie to a later time (وبعد ذلك بعام) takes none."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2015, 8, 2)
BEFORE = "وذكر البيان أن أحد القتلى هو القيادي الذي قاد هجوما على مدينة الموصل في حزيران 2014. "


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_end, e.date_precision, e.date_basis, e.place, e.killed)
            for e in extract_article(article(text, PUBLISHED))]


def test_an_attack_told_then_takes_the_month_told_before() -> None:
    text = BEFORE + "وقتل حينها 30 جنديا حين اقتحم مسلحون مقر الشرطة في المدينة."
    assert _events(text) == [("ground_attack", "2014-06", "2014-06-30", "month", "explicit", "Mosul", 30)]


def test_an_attack_told_a_year_after_takes_no_date() -> None:
    text = BEFORE + "وبعد ذلك بعام قتل 30 جنديا حين اقتحم مسلحون مقر الشرطة في المدينة."
    assert _events(text) == [("ground_attack", None, None, None, None, "Mosul", 30)]
