"""A court's death sentence carried out (أعدم شنقا بعد إدانته، أعدمت السلطات مدانين، حكم القتل قصاصا) is no act of
war, nor the crime it punishes: no event, while an armed group's execution of captives, even told as a sentence
carried out, stays an event (other)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    "text",
    [
        "أعدم الجاسوس شنقا في دمشق يوم 10 آب 2016 بعد إدانته بالتجسس.",
        "أعدمت السلطات يوم 10 آب 2016 في بغداد ثلاثة مدانين بالإرهاب.",
        "أعدم رجل في مدينة الكويت يوم 10 آب 2016 بحكم من محكمة الجنايات.",
        "أعدمت امرأة في مدينة الرياض يوم 10 آب 2016 تنفيذا لحكم صدر بحقها بالإعدام.",
        "نفذت الوزارة يوم 10 آب 2016 حكم القتل قصاصا في رجل بمدينة الرياض، أقدم على قتل جاره بإطلاق النار عليه.",
        "نفذت الوزارة يوم 10 آب 2016 حكم القتل تعزيرا في رجلين بمدينة الرياض، هاجما دورية للشرطة بالسكاكين.",
    ],
    ids=["hanged-after-conviction", "convicts", "sentenced-by-a-court", "sentenced-to-death",
         "retribution-for-a-shooting", "discretionary-sentence-for-an-assault"],
)
def test_a_judicial_execution_tells_no_event(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "أعدم تنظيم داعش خمسة مدنيين نحرا في مدينة البوكمال يوم 10 آب 2016.",
        "أعدم تنظيم داعش يوم 10 آب 2016 أربعة سائقين رميا بالرصاص في مدينة البوكمال تنفيذا لحكم الإعدام.",
    ],
    ids=["beheaded", "told-as-a-sentence"],
)
def test_an_armed_groups_execution_stays_an_event(text: str) -> None:
    assert _events(text) == [("other", "2016-08-10", "Abu Kamal", "ISIS")]
