"""A generic attack word or a military operation launched by a side that fights from the air (إسرائيل هي التي
شنت الهجوم، شنت الولايات المتحدة وفرنسا فجر السبت عملية عسكرية، قصفت واشنطن مواقع في عملية عسكرية), or that it
took part in (شاركت إسرائيل في هجمات), is its airstrike, and so is such a side's verb of attacking right after or
before it (إسرائيل هاجمت أهدافا، وهاجمت روسيا مواقع). Not when the verb is another's (لم تتأكد واشنطن من الجهة
التي نفذت هجوما), the side names its ground forces (القوات الأمريكية الخاصة), or it backs another side's operation
(بإسناد من التحالف)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.actor, e.killed) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال مسؤولون إن إسرائيل هي التي شنت الهجوم الذي وقع فجر الأربعاء وأدى إلى مقتل 9 عسكريين.",
         [("airstrike", "2016-08-10", "Israel", 9)]),
        ("وشنت الولايات المتحدة وفرنسا فجر الأربعاء عملية عسكرية على مواقع للنظام في ريف حمص.",
         [("airstrike", "2016-08-10", "US", None)]),
        ("وكانت روسيا قصفت أربعة مواقع للمعارضة في عملية عسكرية فجر الأربعاء.",
         [("airstrike", "2016-08-10", "Russia", None)]),
        ("وكانت إسرائيل شاركت في هجمات على مطار التيفور في سوريا يوم 10 آب 2016.",
         [("airstrike", "2016-08-10", "Israel", None)]),
        ("وأعلن الجيش الإسرائيلي أن إسرائيل هاجمت عشرات الأهداف في سوريا يوم 10 آب 2016.",
         [("airstrike", "2016-08-10", "Israel", None)]),
        ("وهاجمت روسيا مواقع للمعارضة في ريف حلب يوم 10 آب 2016.",
         [("airstrike", "2016-08-10", "Russia", None)]),
    ],
    ids=["israel-launched-the-attack", "states-launched-an-operation", "strikes-in-an-operation",
         "took-part-in-the-attacks", "attacked-after-its-subject", "attacked-before-its-subject"],
)
def test_an_attack_launched_by_an_air_side_is_its_airstrike(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال الوزير إن الولايات المتحدة لم تتأكد بعد من الجهة التي نفذت هجوما يوم الأربعاء على قواتها.",
         [("ground_attack", "2016-08-10", "US", None)]),
        ("وشنت القوات الأمريكية الخاصة هجوما على قرية في ريف دير الزور يوم الأربعاء.",
         [("ground_attack", "2016-08-10", "US", None)]),
        ("وبدأ الجيش اليمني، بإسناد من التحالف العربي، الأربعاء، عملية عسكرية في محافظة صعدة.",
         [("ground_attack", "2016-08-10", None, None)]),  # the backer is not who attacked on the ground
        ("وهاجمت القوات الأمريكية قرية في ريف دير الزور يوم 10 آب 2016.",
         [("ground_attack", "2016-08-10", "US", None)]),
        ("وشاركت القوات الأمريكية الخاصة في هجوم على قرية في ريف دير الزور يوم 10 آب 2016.",
         [("ground_attack", "2016-08-10", "US", None)]),
    ],
    ids=["another-sides-verb", "ground-forces", "backed-operation", "ground-forces-attacked",
         "ground-forces-took-part"],
)
def test_an_attack_launched_on_the_ground_keeps_its_type(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
