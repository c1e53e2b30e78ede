"""A condition after a trigger anywhere in its clause (ما دامت، ما دام: "as long as") makes the attack what a side
will do while the condition holds, even beyond the three words `irrealis_after` reaches: no event. The same
shelling told without the condition is an attack."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

MONDAY = dt.date(2015, 7, 27)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, MONDAY))]


@pytest.mark.parametrize("text", [
    "ونقل ناشط عن الفصائل قولها إن «الحصار مستمر»، و«إعلان الفصائل في محافظة إدلب قصف قريتي الفوعة وكفريا ما"
    " دامت مدينة الزبداني تتعرض للقصف».",
    "وأعلن الفصيل شن هجمات على مواقع الجيش في ريف حماة أمس الأحد ما دام الحصار قائما على البلدة.",
], ids=["as long as, four words after", "as long as, in the masculine"])
def test_an_attack_as_long_as_a_condition_holds_is_no_attack(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(("text", "event"), [
    ("وقصفت الفصائل في محافظة إدلب بقذائف الهاون قريتي الفوعة وكفريا أمس الأحد.",
     ("shelling", "2015-07-26", "Al-Fuah")),
    ("وأعلن الفصيل شن هجمات على مواقع الجيش في ريف حماة أمس الأحد.", ("ground_attack", "2015-07-26", "Rural Hama")),
], ids=["the shelling", "the attacks"])
def test_the_attack_told_without_a_condition_is_an_attack(text: str, event: tuple) -> None:
    assert _events(text) == [event]
