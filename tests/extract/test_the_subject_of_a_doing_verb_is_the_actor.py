"""The subject of a verb of doing whose pronoun is the attack (قصف نفذته القوات التركية، هجوم شنه تنظيم داعش)
is who did it, not a target of the verbal noun before it; a side the attack was on stays a target."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _actors(text: str) -> list[str | None]:
    return [e.actor for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل 6 مدنيين في قصف نفذته القوات التركية أمس على قرية في ريف حلب.", ["Turkey"]),
        ("قتل 5 مدنيين في قصف مدفعي نفذته قوات النظام أمس على بلدة كفرنبل.", ["Syrian army"]),
        ("قتل 7 أشخاص في غارات شنتها الطائرات الروسية أمس على بلدة كفرنبل.", ["Russia"]),
        ("قتل 4 جنود في هجوم نفذه مسلحون أمس على القوات التركية في ماردين.", [None]),
    ],
    ids=["forces-after-shelling", "regime-after-shelling", "aircraft-after-raids", "side-attacked"],
)
def test_the_subject_of_a_doing_verb(text: str, expected: list[str | None]) -> None:
    assert _actors(text) == expected
