"""What is prepared, aimed at, called for, heard or arrested is no attack: an assault prepared
(تمهيدا لاقتحامها), a strike aimed at (بهدف ضرب، تهدف إلى إطلاق عملية), a political process launched
(إطلاق عملية تشكيل الحكومة), a call to strike (دعوته إلى ضرب فرنسا), the sound of raids (دوي الغارات: the
blast that made it is told by its own words) and an arrest campaign (أوقفت الشرطة ... في إطار حملة
استهدفت)."""

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
        "ودعت الحكومة أهالي مدينة الرمادي إلى الخروج منها تمهيدا لاقتحامها وتطهيرها من مسلحي داعش.",
        "وعقد الرؤساء الأربعاء قمة في أنقرة تهدف إلى إطلاق عملية عسكرية في إدلب.",
        "ويأتي الاتفاق عشية انعقاد البرلمان للمرة الأولى يوم الاثنين لانتخاب رئيس جديد له وإطلاق عملية تشكيل "
        "الحكومة.",
        "وسمع في مدينة دوما الأربعاء دوي الغارات من البلدات المجاورة.",
        "وأعلنت الحكومة أن الشرطة أوقفت 251 شخصا في إطار حملة استهدفت أفرادا يشتبه في انتمائهم إلى داعش أطلقت "
        "الجمعة في أنحاء البلاد.",
        "وشكل الرجل خطرا على أوروبا من خلال دعوته في فيديو مصور الأحد إلى ضرب فرنسا.",
    ],
    ids=["prepared", "aimed-at", "a-political-process", "the-sound-of-raids", "an-arrest-campaign", "a-call"],
)
def test_no_attack_is_told(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأفاد المرصد الخميس بسماع دوي انفجار عنيف في بلدة الورديانة بريف درعا، ناجم عن انفجار عربة مفخخة قرب مقر "
         "للواء.", [("bombing", "2016-08-11", "Rural Daraa")]),
        ("وأعلن وزير الداخلية اعتقال المتورطين بالتفجير الذي استهدف سوقا في ناحية بني غسان الجمعة.",
         [("bombing", "2016-08-12", None)]),
    ],
    ids=["a-blast-heard-and-told", "the-arrest-of-those-behind-a-bombing"],
)
def test_the_attack_is_still_told(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
