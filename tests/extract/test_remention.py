"""A re-mention (a definite trigger noun with no date, toll or strike verb of its own) names an event
told elsewhere: it completes that event and never makes a new one."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصفت طائرات روسية مدينة منبج يوم 10 آب 2016 وقتل 5 مدنيين. ودانت المعارضة القصف الروسي على مدينة "
         "الباب.", [("airstrike", "2016-08-10", "Manbij", 5)]),
        ("وأعربت الوزارة عن استنكارها للقصف التركي على مدينة منبج.", []),
        ("وجاء الرد بعد الهجمات الكيماوية في مدينة منبج.", []),
        ("ووقعت التفجيرات الانتحارية في مدينة منبج.", [("bombing", None, "Manbij", None)]),
    ],
    ids=["condemnation-of-the-strike-told-before", "condemnation-alone", "cause-named-in-passing",
         "occurrence-verb-tells-the-event"],
)
def test_remention(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def test_lead_summary_and_detail_with_one_toll_are_one_event() -> None:
    text = ("أفاد المرصد السوري بمقتل 38 مقاتلا في ضربة جوية في شرق سوريا يوم 10 آب 2016. "
            "واستهدفت الضربة الجوية مواقع قرب مدينة البوكمال وأدت إلى مقتل 38 مقاتلا.")
    assert _events(text) == [("airstrike", "2016-08-10", "Abu Kamal", 38)]


def test_region_and_a_place_in_it_with_other_tolls_stay_two() -> None:
    text = ("قتل 5 مدنيين في غارة جوية في شرق سوريا يوم 10 آب 2016. "
            "وقتل 3 مدنيين في غارة جوية على مدينة البوكمال يوم 10 آب 2016.")
    assert _events(text) == [("airstrike", "2016-08-10", "Eastern Syria", 5),
                             ("airstrike", "2016-08-10", "Abu Kamal", 3)]
