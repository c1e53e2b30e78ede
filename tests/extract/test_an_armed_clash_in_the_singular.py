"""An armed clash or confrontation told in the singular (صدام مسلح، مواجهة مسلحة) or the plural with its adjective
(مواجهات مسلحة) is a ground attack by itself; one a side fears (تخشى الحكومة أن ...) is none (sentences written for
the tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)  # a Friday


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقتل ثلاثة جنود يوم الأربعاء في صدام مسلح مع مسلحين قرب مدينة كيليس.",
         [("ground_attack", "2016-08-10", "Kilis", 3)]),
        ("وقتل عشرون مسلحا يوم الأربعاء في مواجهة مسلحة مع الجيش قرب مدينة تدمر.",
         [("ground_attack", "2016-08-10", "Tadmur", 20)]),
        ("وسجلت الأربعاء مواجهات مسلحة بين المتمردين وقوات الأمن في مدينة كيليس.",
         [("ground_attack", "2016-08-10", "Kilis", None)]),
    ],
    ids=["clash", "confrontation", "confrontations-without-toll"],
)
def test_an_armed_clash_is_a_ground_attack(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "وتخشى الحكومة أن تؤدي الأزمة إلى صدام مسلح في مدينة كيليس يوم الأربعاء.",
        "ويخشى السكان أن تشن الطائرات غارة جديدة يوم الأربعاء على مدينة كيليس.",
        "ولم تقع أي مواجهة مسلحة يوم الأربعاء في مدينة كيليس.",
        "وأعلن الجيش يوم الأربعاء أنه سيواصل عملياته في مواجهة المسلحين في مدينة كيليس.",
    ],
    ids=["feared-clash", "feared-raid", "none-happened", "facing-the-gunmen"],
)
def test_a_feared_or_denied_clash_and_facing_a_side_are_no_attack(text: str) -> None:
    assert _events(text) == []
