"""A capture told as control wrested (انتزعت الوحدات السيطرة على البلدة), as a place fallen into a side's hands
(سقطت المدينة بيد التنظيم), as a place liberated by a side (حررت القوات البلدة) or as what a side was able to do
(استطاعت القوات تحرير المدينة) is a ground attack, with the subject or the day between the verb and its object
too; "however" after a fallen shell (بيد أن), a counterfactual fall (لولا ... لسقطت) and a report or a ticket
written (حرر محضرا، حررت مخالفة) are none."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وانتزعت وحدات حماية الشعب السيطرة على مدينة منبج يوم 10 آب 2016.",
         [("ground_attack", "2016-08-10", "Manbij", "YPG")]),
        ("وقال المرصد إن وحدات حماية الشعب الكردية انتزعت اليوم الجمعة السيطرة على مدينة منبج من يد مقاتلي التنظيم.",
         [("ground_attack", "2016-08-12", "Manbij", "YPG")]),
        ("وسقطت مدينة منبج يوم 10 آب 2016 بيد تنظيم داعش بعد معارك عنيفة.",
         [("ground_attack", "2016-08-10", "Manbij", "ISIS")]),
        ("وقال المسؤول إن مدينة منبج التي سقطت بيد تنظيم داعش يوم 10 آب 2016 ستعود قريبا.",
         [("ground_attack", "2016-08-10", "Manbij", "ISIS")]),
        ("وحررت وحدات حماية الشعب الكردية بلدة صرين في ريف حلب يوم 10 آب 2016 من تنظيم داعش.",
         [("ground_attack", "2016-08-10", "Sarrin", "YPG")]),
        ("وقال المتحدث إن قوات الجيش السوري حررت يوم 10 آب 2016 مدينة منبج.",
         [("ground_attack", "2016-08-10", "Manbij", "Syrian army")]),
        ("وقال المسؤول إن القوات العراقية استطاعت تحرير مدينة منبج يوم 10 آب 2016.",
         [("ground_attack", "2016-08-10", "Manbij", "Iraqi forces")]),
        ("واستطاع المقاتلون الأكراد يوم 10 آب 2016 السيطرة على مدينة منبج.",
         [("ground_attack", "2016-08-10", "Manbij", "YPG")]),
    ],
    ids=["wrested", "wrested-day-between", "fallen-place-between", "fallen-relative", "liberated",
         "liberated-day-between", "able-to-liberate", "able-day-between"],
)
def test_a_capture_wrested_fallen_liberated_or_achieved_is_a_ground_attack(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "وانتزع اللاعب الكرة من زميله في مدينة منبج يوم 10 آب 2016.",
        "وقال المسؤول إنه لولا الدعم لسقطت منبج بيد داعش يوم 10 آب 2016.",
        "وحرر الشرطي محضرا بالواقعة في منبج يوم 10 آب 2016.",
        "وحررت البلدية مخالفة بحق صاحب المتجر في منبج يوم 10 آب 2016.",
        "وحررت إدارة المستشفى في منبج يوم 10 آب 2016 خمس شهادات وفاة.",
    ],
    ids=["a-ball-wrested", "counterfactual-fall", "a-report-written", "a-ticket-written", "certificates-written"],
)
def test_a_wresting_a_fall_or_a_writing_of_no_capture_is_no_attack(text: str) -> None:
    assert _events(text) == []


def test_a_shell_fallen_however_is_no_capture() -> None:
    """بيد أن after a fallen shell is "however": the shelling is told, not a capture."""
    assert _events("وسقطت قذيفة على منبج يوم 10 آب 2016 بيد أن أحدا لم يصب.") == [
        ("shelling", "2016-08-10", "Manbij", None)]
