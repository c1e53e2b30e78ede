"""An attempt to advance or to infiltrate (محاولة تسلل، عملية تسلل) repelled is a ground attack by the side that
attempted it; weak, it needs that side (or a toll or a strike verb): migrants' attempts to cross are none."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor)
            for e in extract_article(article(text, dt.date(2018, 3, 10)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصدت القوات الحكومية، السبت، عملية تسلل لمسلحي داعش إلى بلدة بيجي.",
         [("ground_attack", "2018-03-10", "Bayjī", "ISIS")]),
        ("وصدت القوات الحكومية، السبت، محاولة تسلل لمسلحي داعش إلى بلدة بيجي.",
         [("ground_attack", "2018-03-10", "Bayjī", "ISIS")]),
        ("وصدت القوات الحكومية، السبت، محاولة تقدم لمسلحي داعش نحو بلدة بيجي.",
         [("ground_attack", "2018-03-10", "Bayjī", "ISIS")]),
    ],
    ids=["an-infiltration", "an-attempt-to-infiltrate", "an-attempt-to-advance"],
)
def test_an_infiltration_repelled_is_a_ground_attack(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def test_migrants_attempts_to_cross_are_no_attack() -> None:
    assert _events("وسجلت الشرطة ليل الأحد 1700 محاولة تسلل قام بها مهاجرون في النفق.") == []
