"""A ground attack repelled (تصدت المقاومة لهجوم شنه الحوثيون) happened: the repelling verb does not negate it as
an interception does, and the side that repelled it is not its actor. Air defence repelling an attack (تصدت
الدفاعات الجوية لهجوم) or an attack told by missiles or aircraft (لهجوم صاروخي، لهجوم بطائرات مسيرة) stays an
interception, no event."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2018, 7, 26)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تصدت المقاومة الشعبية في مدينة مأرب أمس لهجوم عنيف شنه مقاتلو جماعة الحوثي على مواقعها.",
         [("ground_attack", "2018-07-25", "Ma'rib", "Houthis")]),
        ("وقال مصدر عسكري إن وحدات الجيش السوري تصدت الأربعاء لهجوم شنه تنظيم داعش على قرية المتونة في ريف "
         "السويداء.",
         [("ground_attack", "2018-07-25", "Al-Matunah", "ISIS")]),
        ("وقال مصدر عسكري إن وحدات الجيش السوري تصدت الأربعاء لهجوم على قرية المتونة في ريف السويداء.",
         [("ground_attack", "2018-07-25", "Al-Matunah", None)]),
    ],
    ids=["attacker-after", "attacker-named-later", "attacker-unnamed-not-the-defender"],
)
def test_a_ground_attack_repelled_is_an_event_of_the_attacker(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "وتصدت الدفاعات الجوية السورية الأربعاء لهجوم صاروخي إسرائيلي على مواقع للجيش في ريف القنيطرة.",
        "وتصدت الدفاعات الجوية السورية الأربعاء لهجوم على مطار التيفور في ريف حمص.",
        "وتصدت القوات الروسية الأربعاء لهجوم بطائرات مسيرة على قاعدة حميميم في ريف اللاذقية.",
    ],
    ids=["missiles", "air-defence", "drones"],
)
def test_an_attack_repelled_by_air_defence_is_no_event(text: str) -> None:
    assert _events(text) == []
