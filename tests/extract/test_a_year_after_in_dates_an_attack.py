"""A bare year in digits after في (وفي 2014، انفجرت سيارة مفخخة) dates an attack to that year; a year written in a
since-clause after the attack (تصاعدت الهجمات منذ أن عزل الرئيس في 2013) is the start of what is counted since, not
the attacks' date, while an attack told inside the since-clause (منذ أن سيطروا على القصر في 2015) keeps it."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 3, 10)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_end, e.date_precision, e.date_basis, e.place)
            for e in extract_article(article(text, PUBLISHED))]


def test_a_bombing_in_a_year_written_alone_is_dated_to_it() -> None:
    text = "وفي 2014، انفجرت سيارة مفخخة في مدينة كركوك وقتل فيها 12 شخصا."
    assert _events(text) == [("bombing", "2014", "2014-12-31", "year", "explicit", "Kirkuk")]


def test_attacks_counted_since_a_year_are_not_dated_to_it() -> None:
    text = "وتصاعدت الهجمات على الجيش في سيناء منذ أن عزل الرئيس في 2013 وأدت إلى مقتل مئات الجنود."
    assert _events(text) == []


def test_a_capture_told_in_the_since_clause_keeps_its_year() -> None:
    text = "وينتقد الحوثيين خصوصا منذ أن سيطروا على القصر الرئاسي في صنعاء في 2015."
    assert _events(text) == [("ground_attack", "2015", "2015-12-31", "year", "explicit", "Sanaa")]
