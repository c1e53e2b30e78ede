"""A trial, an indictment or the prosecution of an attack's suspects (بدأت محاكمة المتهمين في تفجير المسجد، وجه
الادعاء لائحة اتهام إلى رجل بالهجوم على الشرطة) tells the legal case, not an attack of that day: no event; the
attack itself told in its own words stays."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    "text",
    [
        "بدأت محكمة الجنايات في مدينة الكويت يوم 10 آب 2016 جلسة محاكمة المتهمين في تفجير مسجد الحي.",
        "وجه المدعون في مدينة الكويت يوم 10 آب 2016 لائحة اتهام إلى رجل تشمل بندين بالهجوم على رجال الشرطة.",
        "أحالت النيابة العامة ستة رجال متهمين بتفجير السوق إلى القضاء في مدينة الكويت يوم 10 آب 2016.",
    ],
    ids=["a-trial", "an-indictment", "the-prosecution"],
)
def test_a_legal_case_tells_no_attack(text: str) -> None:
    assert _events(text) == []


def test_the_attack_told_before_its_trial_stays() -> None:
    text = ("قتل 20 شخصا في تفجير انتحاري استهدف مسجدا في مدينة الكويت يوم 10 آب 2016، وبدأت لاحقا محاكمة "
            "المتهمين.")
    assert _events(text) == [("bombing", "2016-08-10", "Kuwait City", 20)]
