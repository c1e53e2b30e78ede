"""The organisation named again by its head with the article (وسيطر التنظيم على المدينة: actors.toml [anaphor]) is the
one named last before it: ISIS after تنظيم داعش; none after an organisation of no side of ours (تنظيم القاعدة،
«القاعدة»); never with the proclitic ل, what it owns (نقطة تجمع للتنظيم) (sentences written for the tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)
TAKEN = "وسيطر التنظيم على مدينة القريتين بعد قتال عنيف مع قوات الجيش السوري الليلة الماضية."


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, PUBLISHED))]


def test_the_organisation_taking_a_town_after_isis_was_named_is_isis() -> None:
    text = "سيطر تنظيم داعش على بلدات في ريف حمص الشهر الماضي. " + TAKEN
    assert _events(text)[-1] == ("ground_attack", "2016-08-11", "Al Qaryatayn", "ISIS")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تبنى تنظيم القاعدة هجمات سابقة. " + TAKEN, ("ground_attack", "2016-08-11", "Al Qaryatayn", None)),
        ("قاتل عناصر داعش طويلا في اليمن، ثم سيطرت «القاعدة» على مدينة المكلا. "
         "وسيطر التنظيم أمس على مدينة زنجبار بعد قتال عنيف مع القوات الحكومية.",
         ("ground_attack", "2016-08-11", "Zinjibār", None)),
    ],
    ids=["after-another-organisations-head", "after-al-qaeda-named-bare"],
)
def test_the_organisation_named_after_another_organisation_is_no_side(text: str, expected: tuple) -> None:
    assert _events(text)[-1] == expected


def test_what_the_organisation_owns_is_struck_by_the_side_that_struck() -> None:
    text = "يواصل تنظيم داعش هجماته في الشمال. وقصفت طائرات حربية تركية أمس نقطة تجمع للتنظيم قرب مدينة جرابلس."
    assert _events(text) == [("airstrike", "2016-08-11", "Jarābulus", "Turkey")]
