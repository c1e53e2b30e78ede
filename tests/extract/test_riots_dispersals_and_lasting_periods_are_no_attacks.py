"""Riots (مثيرو الشغب), fire to disperse a crowd (لتفريق) and a storming told with a protest anywhere in its
clause (اقتحم مئات العراقيين المطار موسعين نطاق احتجاجات), or in a clause before it when the storming names no side
nor toll (وأقدم عشرات المحتجين على اقتحام المبنى، بعد أن كانوا قد اقتحموا مبنى آخر) are no acts of war;
clashes from time to time (من حين لآخر) are a habit, and attacks over the last two months, years or decades
(خلال الشهرين الماضيين، في العامين الأخيرين، خلال العقود الثلاثة الماضية) a total, and the recent bombings
(التفجيرات الأخيرة) several told together: none of them is one attack. A clash with its own day stays, and so does
the last bombing (التفجير الأخير)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    "text",
    [
        "وأحرق مثيرو أعمال الشغب محلات وهاجموا مسجدا في مدينة كاندي يوم الأحد.",
        "وهاجم عدد من مثيري الشغب مسجدا في مدينة كاندي يوم الأحد.",
        "وقتل متظاهر في البصرة بإطلاق نار خلال تفريق التظاهرة يوم 8 تموز.",
        "وأطلقت الشرطة النار لتفريق حشد في مدينة البصرة يوم الأحد.",
        "واقتحم مئات العراقيين مطار مدينة النجف يوم الجمعة موسعين نطاق احتجاجات على ضعف الخدمات.",
        "وهاجم مئات الشبان مقر المحافظة في مدينة البصرة يوم الجمعة خلال تظاهرة ضد الفساد.",
        "وأقدم مئات المتظاهرين اليوم على اقتحام مقر المحافظة في مدينة البصرة، بعد أن كانوا قد اقتحموا يوم الخميس مقر "
        "مجلس مدينة النجف.",
        "وتخوض الحركة اشتباكات مسلحة من حين لآخر مع عناصر التنظيم في مدينة رفح.",
        "وشن الجيش التركي عمليتين عسكريتين في شمال سوريا في العامين الأخيرين.",
        "وقتل المئات في غارات على مدينة منبج خلال الشهرين الماضيين.",
        "وشهد العالم خلال العقود الثلاثة الماضية تفجيرات استهدفت سفارات في مدينة بيروت.",
        "وقتل 30 شخصا في التفجيرات الأخيرة في مدينة كابل.",
    ],
    ids=["rioters-before", "rioters-after", "protester-dispersed", "crowd-dispersed", "protest-storming",
         "protest-attack", "protesters-in-the-clause-before", "time-to-time",
         "last-two-years", "last-two-months", "last-decades", "recent-bombings"],
)
def test_no_attack_is_told(text: str) -> None:
    assert _events(text) == []


def test_a_storming_by_forces_stays() -> None:
    assert _events("واقتحمت القوات يوم الجمعة مدينة النجف.") == [("ground_attack", "2016-08-12", "Najaf", None)]


def test_gunmen_storming_beside_a_protest_stay() -> None:
    text = "وتواصلت الاحتجاجات في مدينة البصرة، فيما اقتحم مسلحون مقرا للشرطة في مدينة النجف يوم الجمعة."
    assert _events(text) == [("ground_attack", "2016-08-12", "Najaf", None)]


def test_a_clash_with_its_own_day_stays() -> None:
    text = "وقتل ثلاثة مسلحين في اشتباكات مع قوات الأمن في مدينة رفح يوم الأحد."
    assert _events(text) == [("ground_attack", "2016-08-07", "Rafaḩ", 3)]


def test_the_last_bombing_is_one_attack() -> None:
    assert _events("وقتل 30 شخصا في التفجير الأخير في مدينة كابل.") == [("bombing", None, "Kabul", 30)]
