"""Two tellings of one kind at one place with the same number of wounded (and no dead told) a day apart are
one attack whose day the article tells two ways, as with the same dead; other wounded keep them two."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2018, 7, 1)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, PUBLISHED))]


def test_the_same_wounded_on_two_days_at_one_city_are_one_bombing() -> None:
    text = ("أصيب 12 شخصا في تفجير عبوة ناسفة استهدف دورية للشرطة في مدينة كركوك أمس. "
            "وقال مصدر أمني إن 12 شخصا أصيبوا الجمعة في تفجير عبوة ناسفة استهدف دورية في كركوك.")
    assert _events(text) == [("bombing", "2018-06-30", "Kirkuk")]


def test_other_wounded_on_two_days_are_two_bombings() -> None:
    text = ("أصيب 12 شخصا في تفجير عبوة ناسفة استهدف دورية للشرطة في مدينة كركوك أمس. "
            "وقال مصدر أمني إن 7 أشخاص أصيبوا الجمعة في تفجير عبوة ناسفة استهدف دورية في كركوك.")
    assert _events(text) == [("bombing", "2018-06-30", "Kirkuk"), ("bombing", "2018-06-29", "Kirkuk")]
