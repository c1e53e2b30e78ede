"""A place right after a verb of asking, or after it and its definite subject (طالب الأكراد دمشق بالتدخل، ناشدت بغداد
المجتمع الدولي), is a government asked or asking, never where the attack happened; a place the attack is told at
stays."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2018, 3, 18)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("شنت القوات التركية يوم 15 آذار 2018 هجوما على الوحدات الكردية، وطالب الأكراد دمشق بالتدخل.",
         [("ground_attack", "2018-03-15", None, None)]),
        ("قتل خمسة أشخاص في هجوم يوم 15 آذار 2018، وناشدت بغداد المجتمع الدولي التدخل.",
         [("ground_attack", "2018-03-15", None, 5)]),
    ],
    ids=["asked-after-its-subject", "asking-right-after-the-verb"],
)
def test_a_government_asked_or_asking_places_no_attack(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def test_the_place_of_the_attack_stays() -> None:
    text = "قتل خمسة أشخاص في غارة على دمشق يوم 15 آذار 2018، وطالب الأهالي بالتحقيق."
    assert _events(text) == [("airstrike", "2018-03-15", "Damascus", 5)]
