"""Opposition factions named indefinitely (فصائل معارضة، فصائل من المعارضة) or by their names (فيلق الرحمن، جيش
الإسلام، جيش الفتح), the PKK spelled from Turkish letters (بي كا كا), a side standing "behind" an attack told with خلف
(يقف خلف), and positions a side holds (تمركزات لـ) name or keep the side as the text tells it (sentences written for
the tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str, published: dt.date) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed)
            for e in extract_article(article(text, published, "held"))]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("أطلقت فصائل معارضة قذيفة صاروخية الثلاثاء على سوق شعبية في جرمانا، أدت لمقتل 12 شخصا.",
         dt.date(2018, 3, 20), [("shelling", "2018-03-20", "Jaramānā", "Syrian opposition", 12)]),
        ("وأكد المرصد أن فصائل المعارضة قصفت بالصواريخ تمركزات لقوات النظام في مطار الثعلة أمس.",
         dt.date(2015, 7, 21), [("shelling", "2015-07-20", "Al-Thaala", "Syrian opposition", None)]),
        ("سيطر فيلق الرحمن على إدارة المركبات في حرستا الأحد بعد اشتباكات مع قوات النظام.",
         dt.date(2018, 3, 11), [("ground_attack", "2018-03-11", "Ḩarastā", "Syrian opposition", None)]),
        ("قتل أربعة من الشرطة الاثنين في هجوم بعبوة ناسفة نفذته منظمة بي كا كا في ولاية شرناق.",
         dt.date(2015, 8, 11), [("bombing", "2015-08-10", "Şırnak Province", "PKK", 4)]),
        ("قتل ثلاثة أشخاص في انفجار سيارة مفخخة في بلدة رميلان أمس، وقال مسؤول إن داعش يقف خلف التفجير.",
         dt.date(2015, 7, 22), [("bombing", "2015-07-21", "Rumeilan oil fields", "ISIS", 3)]),
    ],
    ids=["indefinite-factions", "positions-held", "named-faction", "pkk-turkish-letters", "standing-behind"],
)
def test_the_side_is_named_as_the_text_tells_it(text: str, published: dt.date, expected: list) -> None:
    assert _events(text, published) == expected


def test_a_faction_named_as_holding_a_town_is_not_who_entered_it() -> None:
    text = ("دخلت قوات النظام السوري ليل الأربعاء إلى بلدة حمورية، أبرز البلدات الواقعة تحت سيطرة فصيل فيلق الرحمن،"
            " في هجوم تزامن مع قصف كثيف.")
    assert [e.actor for e in extract_article(article(text, dt.date(2018, 3, 15), "held"))
            if e.event_type == "ground_attack"] == ["Syrian army"]
