"""What is prepared, aimed at, called for, heard or arrested is no attack: an assault prepared
(تمهيدا لاقتحامها), a strike aimed at (بهدف ضرب، تهدف إلى إطلاق عملية), a political process launched
(إطلاق عملية تشكيل الحكومة), a call to strike (دعوته إلى ضرب فرنسا), the sound of raids (دوي الغارات: the
blast that made it is told by its own words) and an arrest campaign (أوقفت الشرطة ... في إطار حملة
استهدفت), its arrests told anywhere in its clause with no toll; a campaign of shelling, or one that killed, is
still told (a campaign that killed gunmen, with no weapon named, a ground attack)."""

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
        "وكانت الحكومة أعلنت أن الشرطة أوقفت 120 شخصا في حصيلة أولية في إطار حملة استهدفت أفرادا يشتبه في "
        "انتمائهم إلى تنظيم داعش وحزب العمال الكردستاني أطلقت الجمعة في أنحاء البلاد.",
        "ونفذت القوات الأمنية الجمعة حملة أمنية استهدفت منازل عناصر تنظيم داعش في بلدة الضلوعية واعتقلت عشرة "
        "أشخاص.",
    ],
    ids=["prepared", "aimed-at", "a-political-process", "the-sound-of-raids", "an-arrest-campaign", "a-call",
         "an-arrest-campaign-far-from-its-arrests", "a-campaign-with-its-arrests-after"],
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
        ("وشنت قوات النظام الجمعة حملة استهدفت بلدات ريف حمص بالقذائف المدفعية.",
         [("shelling", "2016-08-12", "Rural Homs")]),
        ("ونفذت القوات الأمنية الجمعة حملة استهدفت منازل في بلدة الضلوعية وقتلت خمسة مسلحين واعتقلت عشرة آخرين.",
         [("ground_attack", "2016-08-12", "Dhuluiya")]),
    ],
    ids=["a-blast-heard-and-told", "the-arrest-of-those-behind-a-bombing", "a-campaign-of-shelling",
         "a-campaign-that-killed-and-arrested"],
)
def test_the_attack_is_still_told(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
