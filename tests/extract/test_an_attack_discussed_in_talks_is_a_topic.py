"""An attack named by a definite noun after a verb of talks in its clause (بحث، ناقش، تناول) is a topic of the
talks, not an attack of their day; a visit or talks told with a future verb (سيقوم، سيبحث) tell no event; a search
(بحث عن) and an attack described as done with its toll stay."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import dated_events

PUBLISHED = dt.date(2016, 8, 12)


@pytest.mark.parametrize(
    "text",
    [
        "وبحثت الوزيرة مع نظيرها العراقي أمس في بغداد الهجمات الإرهابية للتنظيم.",
        "وناقش مجلس الأمن أمس الهجوم الكيماوي على مدينة منبج.",
        "أجرى الوزير أمس في بغداد مباحثات تناولت مختلف جوانب العمليات العسكرية.",
        "وسيقوم الوزير بزيارة إلى بغداد يوم الاثنين، وسيبحث مع المسؤولين التطورات والهجمات الإرهابية للتنظيم.",
        "وستتناول المحادثات اليوم الهجوم التركي على مدينة منبج.",
    ],
    ids=["talks-of-attacks", "a-council-discussing-an-attack", "talks-about-operations", "a-visit-to-come",
         "talks-to-come"],
)
def test_an_attack_discussed_in_talks_tells_no_event(text):
    assert dated_events(text, PUBLISHED) == []


def test_a_search_after_a_strike_keeps_the_strike():
    text = "ويبحث رجال الدفاع المدني عن ناجين تحت أنقاض المبنى بعد الغارة على مدينة منبج أمس."
    assert dated_events(text, PUBLISHED) == [("airstrike", "2016-08-11", "publication", "Manbij", None)]


def test_an_attack_discussed_with_its_toll_stays():
    text = "ناقش المجلس أمس الهجوم على مدينة منبج الذي أودى بحياة 20 شخصا."
    assert dated_events(text, PUBLISHED) == [("ground_attack", "2016-08-11", "publication", "Manbij", 20)]
