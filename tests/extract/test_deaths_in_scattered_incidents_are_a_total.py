"""Deaths told in several incidents together (مقتل 13 في حوادث متفرقة في بعقوبة، في أعمال عنف متفرقة) are a
total of attacks the article may tell one by one, not one attack; so are the attacks of a past week or month named
by it (هجمات الأسبوع الماضي، تفجيرات الشهر الماضي). One incident told with its toll is one, of last week too
(sentences written for the tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import typed_events


@pytest.mark.parametrize(
    "text",
    [
        "وأعلنت السلطات الأمنية يوم 10 آب 2016 مقتل 13 عراقيا في حوادث متفرقة في مدينة بعقوبة.",
        "وقتل 28 مسلحا باشتباكات وتفجيرات يوم 10 آب 2016 في حوادث أمنية متفرقة في مدينة الرمادي.",
        "وقتل 7 أشخاص بانفجار عبوات ناسفة يوم 10 آب 2016 في أعمال عنف متفرقة شهدتها مدينة بعقوبة.",
    ],
    ids=["scattered-incidents", "scattered-security-incidents", "scattered-violence"],
)
def test_deaths_in_scattered_incidents_are_no_event(text: str) -> None:
    assert typed_events(text) == []


def test_one_incident_with_its_toll_is_an_event() -> None:
    text = "وقتل 7 أشخاص يوم 10 آب 2016 في انفجار عبوة ناسفة في مدينة بعقوبة."
    assert typed_events(text) == [("bombing", "2016-08-10", "Baqubah")]


@pytest.mark.parametrize(
    "text",
    [
        "وأعلنت السلطات حالة التأهب في كابل على أثر هجمات الأسبوع الماضي التي أسفرت عن مقتل 40 شخصا في المدينة.",
        "وأعلن الجيش حالة التأهب في مدينة الموصل بعد تفجيرات الشهر الماضي التي أودت بحياة 25 شخصا.",
    ],
    ids=["attacks-of-last-week", "bombings-of-last-month"],
)
def test_the_attacks_of_a_past_week_or_month_are_no_event(text: str) -> None:
    assert typed_events(text, dt.date(2015, 8, 11)) == []


def test_the_one_attack_of_last_week_is_an_event() -> None:
    text = "وأعلنت السلطات حالة التأهب في كابل على أثر هجوم الأسبوع الماضي الذي أسفر عن مقتل 40 شخصا في المدينة."
    assert typed_events(text, dt.date(2015, 8, 11)) == [("ground_attack", "2015-08-03", "Kabul")]
