"""A country or capital a verb of accusing names right before the attack's verbal noun with ب (اتهمت أفغانستان
باكستان بتنفيذ ضربات، اتهمت الدول الغربية دمشق بتنفيذ هجوم) is the side accused of the attack, not where it was.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _placed(text: str, published: dt.date) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.country) for e in extract_article(article(text, published))]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("اتهمت الدول الغربية دمشق بتنفيذ هجوم كيميائي على مدينة دوما السبت.", dt.date(2018, 4, 10),
         [("other", "2018-04-07", "Dūmā", "SY")]),
        ("اتهمت أفغانستان، الخميس، باكستان بتنفيذ ضربات جوية تسببت في أضرار جسيمة في إقليم كونار الواقع على "
         "حدودها مع باكستان.", dt.date(2018, 4, 6), [("airstrike", "2018-04-05", None, None)]),
        ("اتهمت أفغانستان، الخميس، باكستان بتنفيذ غارات جوية على إقليم كونار قتلت ثلاثة مدنيين.",
         dt.date(2018, 4, 6), [("airstrike", "2018-04-05", "Kunar", "AF")]),
    ],
    ids=["accused-capital-then-the-town", "accused-country-then-its-border-only", "accused-country-then-a-province"],
)
def test_the_accused_side_does_not_place_the_attack(text: str, published: dt.date, expected: list) -> None:
    assert _placed(text, published) == expected
