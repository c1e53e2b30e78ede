"""A coalition's generic attack told by a strike verb right after it or after a relative pronoun (الهجوم الذي
استهدف حافلة) is an airstrike; a coalition's bare attack (شن التحالف هجوما) and a strike verb by gunmen leave
the attack a ground attack."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2018, 8, 12)


def _types(text: str) -> list[str]:
    return [e.event_type for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وفتح التحالف تحقيقا في الهجوم الذي استهدف حافلة مدرسية في مدينة صعدة يوم 9 آب 2018.", ["airstrike"]),
        ("وشن التحالف الدولي هجوما على مواقع التنظيم في بلدة هجين يوم 9 آب 2018.", ["ground_attack"]),
        ("وقال شهود إن الهجوم الذي استهدف حافلة في مدينة صعدة يوم 9 آب 2018 نفذه مسلحون.", ["ground_attack"]),
    ],
    ids=["coalition-attack-that-struck", "coalition-bare-attack", "gunmen-attack-that-struck"],
)
def test_a_coalition_attack_that_struck(text: str, expected: list[str]) -> None:
    assert _types(text) == expected
