"""A daily named after a city (الرياض, القدس العربي), quoted or after صحيفة, is a cited outlet, not
the place of the attack its source tells; the same name in quotes after في or ب is the city."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.extract.outlets import cited_sources
from timeline.pipeline import extract_article


def _places(text: str) -> list[str | None]:
    return [e.place for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("علمت «الرياض» أن مسلحين هاجموا حاجزا للجيش وقتلوا ثلاثة جنود أمس.", [None]),
        ('وقال ضابط لـ"الرياض" إن غارة جوية قتلت أربعة مسلحين أمس.', [None]),
        ("قال مصدر لـ«القدس العربي» إن غارة جوية قتلت خمسة مدنيين أمس.", [None]),
        ('قتل خمسة في تفجير سيارة مفخخة في "الرياض" أمس.', ["Riyadh"]),
        ("قتل خمسة في تفجير سيارة مفخخة بـ«الرياض» أمس.", ["Riyadh"]),
        ("قتل خمسة في تفجير سيارة مفخخة في الرياض أمس.", ["Riyadh"]),
    ],
    ids=["learnt-by-the-daily", "told-to-the-daily", "told-to-a-daily-of-two-words",
         "quoted-after-in", "quoted-after-bi", "the-city"],
)
def test_a_quoted_daily_places_no_attack(text: str, expected: list[str | None]) -> None:
    assert _places(text) == expected


def test_the_daily_is_cited() -> None:
    assert cited_sources('وقال مصدر عسكري لـ"الرياض" إن الاشتباكات استمرت.') == ("Al Riyadh",)
