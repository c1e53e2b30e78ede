"""A side's ground assault and its kidnapping told at the same spot on one day (or a day of the other's
two) are one happening; told at two places, or by two sides, they stay two."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_end, e.place, e.actor) for e in extract_article(article(text, PUBLISHED))]


def test_a_kidnapping_and_the_raid_of_its_side_at_one_village_are_one_event() -> None:
    text = ("وقال المرصد إن جبهة النصرة خطفت بين يوم الأربعاء واليوم الخميس ستة مقاتلين في قرية قاح. "
            "وأضاف أن جبهة النصرة قامت باقتحام مخيم في قرية قاح يوم الأربعاء.")
    assert _events(text) == [("other", "2016-08-10", "2016-08-11", "Qah", "Hayat Tahrir al-Sham")]


def test_a_kidnapping_and_a_raid_at_another_town_are_two_events() -> None:
    text = ("وقال المرصد إن جبهة النصرة خطفت يوم الأربعاء ستة مقاتلين في قرية قاح. "
            "وأضاف أن جبهة النصرة قامت باقتحام مخيم في مدينة اعزاز يوم الأربعاء.")
    assert [e[0] for e in _events(text)] == ["other", "ground_attack"]
