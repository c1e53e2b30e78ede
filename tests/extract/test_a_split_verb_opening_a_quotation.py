"""A verb told apart from its object by its subject (فجر انتحاري نفسه، أطلق مسلحون النار، تمكنت القوات من السيطرة
على) is read when it opens a quotation too (sentences written for the tests)."""

from __future__ import annotations

import pytest

from tests.articles import typed_events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال شاهد: «فجر أحد المسلحين نفسه يوم الأربعاء وسط سوق مدينة منبج».",
         [("bombing", "2016-08-10", "Manbij")]),
        ('وقال المرصد: "أطلق عناصر من التنظيم النار يوم الأربعاء على حاجز في مدينة منبج".',
         [("ground_attack", "2016-08-10", "Manbij")]),
        ('وقال المرصد: "تمكنت قوات النظام يوم الأربعاء من السيطرة على مدينة منبج".',
         [("ground_attack", "2016-08-10", "Manbij")]),
    ],
    ids=["blew-himself-up", "opened-fire", "took-control"],
)
def test_a_split_verb_opening_a_quotation_tells_its_attack(text: str, expected: list[tuple]) -> None:
    assert typed_events(text) == expected


def test_a_name_opening_a_quotation_is_no_split_verb() -> None:
    assert typed_events('وقالت قوات "فجر ليبيا" يوم الأربعاء إنها تسيطر على مدينة سرت.') == []
