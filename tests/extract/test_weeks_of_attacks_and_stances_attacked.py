"""A toll over weeks of strikes (أسفرت الغارات خلال أسبوعين عن مقتل 260، بعد أسبوع من القصف، طوال أيام) is a
total, not one attack, unlike an attack on a town that joined a deal during the last week; a side attacked in
words for its stance (هاجم الكاتب الداعية وموقفه) is no assault, unlike gunmen storming buildings on the day
of a speech. A share of an area retaken (استعاد الجيش السيطرة على 80 في المئة) is a campaign's result even
after a clause dated by a visit: ولقد opens a clause of its own after a comma, as وقد does."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    "text",
    [
        "ونقلت الوكالة السبت أن الغارات التركية أسفرت خلال أسبوعين عن مقتل حوالى 260 عنصرا من الحزب في مدينة منبج.",
        "وجاء القرار بعد أسبوع من القصف الجوي المكثف لمدينة منبج، قتل خلاله أكثر من 500 مدني.",
        "وشهدت مدينة منبج في الأسبوع الثاني من شهر شباط وطوال أيام تصعيدا عنيفا تمثل بعشرات الغارات التي أودت "
        "بحياة نحو 250 مدنيا.",
        "وهاجم الكاتب الكويتي يوم الأربعاء الداعية المعروف وموقفه من الضربات على مدينة منبج.",
        "وهاجمت الحكومة يوم الأربعاء تبني مجلس مدينة منبج موقفا خاطئا من الأزمة.",
        "وزار الرئيس يوم الأحد القوات في مدينة منبج، ولقد استعاد الجيش السيطرة على أكثر من 80 في المئة من ريفها.",
    ],
    ids=[
        "a-weeks-toll", "after-a-week-of-shelling", "for-days-on-end", "a-stance-attacked", "a-stance-attacked-2",
        "a-share-retaken-after-a-dated-visit",
    ],
)
def test_no_attack_is_told(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وأفاد المرصد الأربعاء عن مقتل 11 مدنيا جراء انفجار ألغام لدى عودتهم إلى بلدة منبج، التي انضمت خلال "
            "الأسبوع الأخير إلى اتفاق التسوية.",
            [("bombing", "2016-08-10", "Manbij")],
        ),
        (
            "واقتحم مسلحون يوم الأربعاء مباني في مدينة منبج في اليوم الذي يلقي فيه الرئيس خطابه السنوي.",
            [("ground_attack", "2016-08-10", "Manbij")],
        ),
    ],
    ids=["a-town-that-joined-a-deal-last-week", "an-assault-on-the-day-of-a-speech"],
)
def test_the_attack_is_still_told(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
