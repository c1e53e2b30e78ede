"""Attacks in the plural told over the last two weeks (في الأسبوعين الأخيرين، الأسبوعين الماضيين: [aggregate] lately)
are several over that time, not one; one attack of late, or strikes dated to their own day, stay."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2015, 8, 6)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_precision, e.place) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وألقيت مسؤولية الهجوم على الحزب الذي كثف هجماته ضد قوات الأمن في الأسبوعين الأخيرين في ظل شن الطائرات "
         "الحربية التركية غارات على مواقعه في شمال العراق.", []),
        ("وشنت الطائرات التركية في الأسبوعين الماضيين غارات على مواقع الحزب في قضاء زاخو.", []),
        ("وشن التنظيم في الأسبوعين الأخيرين هجوما جديدا على بلدة القريتين.",
         [("ground_attack", "2015-07-23", "range", "Al Qaryatayn")]),
        ("وشنت الطائرات التركية الخميس غارات على مواقع الحزب في قضاء زاخو، بعد تصعيد في الأسبوعين الماضيين.",
         [("airstrike", "2015-08-06", "day", "Zaxo")]),
    ],
    ids=["amid-strikes-of-two-weeks", "strikes-of-two-weeks", "one-attack-of-late", "strikes-of-their-day"],
)
def test_strikes_over_the_last_two_weeks_are_a_total(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
