"""A killing or a kidnapping claimed by its side, the side or the claim's day between the verb and its object
(تبنت الحركة الأربعاء قتل شرطيين، تبنت الجبهة خطف مقاتلين) is an attack told done: a killing a ground attack, a
kidnapping `other`; the claim's day dates it when the text gives no other."""

from __future__ import annotations

import pytest

from tests.articles import typed_events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وتبنى التنظيم أمس قتل جنديين في مدينة منبج.", [("ground_attack", "2016-08-11", "Manbij")]),
        ("وتبنت الحركة المسلحة الأربعاء مقتل شرطيين في مدينة منبج.", [("ground_attack", "2016-08-10", "Manbij")]),
        ("وتبنت الجبهة يوم الخميس خطف ثلاثة مقاتلين قرب مدينة منبج.", [("other", "2016-08-11", "Manbij")]),
    ],
    ids=["killing", "death", "kidnapping"],
)
def test_a_claimed_killing_or_kidnapping(text: str, expected: list[tuple]) -> None:
    assert typed_events(text) == expected


def test_a_claim_of_nothing_violent_is_no_attack() -> None:
    assert typed_events("وتبنى المجلس أمس قرارا بدعم المزارعين في مدينة منبج.") == []
