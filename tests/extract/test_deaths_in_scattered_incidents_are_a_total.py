"""Deaths told in several incidents together (مقتل 13 في حوادث متفرقة في بعقوبة، في أعمال عنف متفرقة) are a
total of attacks the article may tell one by one, not one attack; one incident told with its toll is."""

from __future__ import annotations

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
