"""The organisation named again by its head with the article (وسيطر التنظيم على المدينة: actors.toml [anaphor]) is the
one named last before it: ISIS after تنظيم داعش; none after an organisation of no side of ours (تنظيم القاعدة،
«القاعدة»); never with the proclitic ل, what it owns (نقطة تجمع للتنظيم). The side it names only fills the actor of
an event told anyway, in its trigger's clause: it never makes one, nor parts a telling from its retelling (sentences
written for the tests)."""

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


def test_a_record_of_operations_by_the_organisation_named_again_is_no_event() -> None:
    text = ("يرتبط أعضاء الشبكة بتنظيم داعش، وقد نفذ هذا التنظيم عددا من العمليات منها: "
            "1- استهداف حراس بقرية الزهيرة بمحافظة الأحساء.")
    assert _events(text) == []


def test_a_telling_and_its_retelling_stay_one_event_beside_the_organisation_named_again() -> None:
    text = ("يثبت الحادث الإرهابي الذي استهدف أمس الخميس مسجدا للشرطة في مدينة أبها أن الحرب على تنظيم داعش ستطول، "
            "وأن التنظيم سيفشل. أما تفجير مسجد الشرطة في أبها فهو دليل على ضعفه.")
    assert _events(text) == [("bombing", "2016-08-11", "Abha", None)]


ISIS_NAMED = "يواصل تنظيم داعش هجماته في ريف حمص. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وبدأ التنظيم هجومه صباح أمس بتفجير أربعة انتحاريين أحزمتهم الناسفة في مدينة تدمر.",
         [("bombing", "2016-08-11", "Tadmur", "ISIS")]),
        ("وقتل خمسة جنود أمس في تفجير سيارة مفخخة في مدينة تدمر نسب إلى التنظيم.",
         [("bombing", "2016-08-11", "Tadmur", "ISIS")]),
        ("وهاجم التنظيم أمس مدينة تدمر. وقتل أمس خمسة مدنيين في قصف على مدينة القريتين.",
         [("ground_attack", "2016-08-11", "Tadmur", "ISIS"), ("shelling", "2016-08-11", "Al Qaryatayn", None)]),
        ("وقصفت طائرات روسية أمس مواقع التنظيم في مدينة تدمر.", [("airstrike", "2016-08-11", "Tadmur", "Russia")]),
    ],
    ids=["subject-before-its-trigger", "blamed-after-its-trigger", "not-in-the-next-sentence", "its-positions-struck"],
)
def test_the_side_named_again_fills_the_actor_of_its_own_clause_only(text: str, expected: list[tuple]) -> None:
    assert _events(ISIS_NAMED + text) == expected


def test_the_fighters_of_the_organisation_named_again_after_nusra_are_its_side() -> None:
    text = "تواصل جبهة النصرة هجماتها في ريف إدلب. واقتحم مسلحو التنظيم أمس بلدة الفوعة."
    assert _events(text) == [("ground_attack", "2016-08-11", "Al-Fuah", "Hayat Tahrir al-Sham")]
