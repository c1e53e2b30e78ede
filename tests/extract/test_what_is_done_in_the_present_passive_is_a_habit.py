"""What is done in the present, told in the passive (العجلات التي يتم تفجيرها: `campaign.untolled_before` يتم),
is a side's way of fighting in a clause that tells no toll, not one attack; what was done (تم تفجير) stays one."""

from __future__ import annotations

import pytest

from tests.articles import typed_events


@pytest.mark.parametrize(
    "text",
    [
        "وقال إن المعمل يضم ورشا لتفخيخ العجلات التي يتم تفجيرها ضد المدنيين في مدينة الفلوجة.",
        "وقال إن التنظيم يفخخ العجلات التي يتم تفجيرها في أسواق مدينة الفلوجة.",
    ],
    ids=["a-workshop-for-car-bombs", "car-bombs-set-off-in-markets"],
)
def test_a_present_passive_attack_is_no_event(text: str) -> None:
    assert typed_events(text) == []


def test_a_past_passive_attack_stays() -> None:
    text = "وتم تفجير سيارة مفخخة في سوق مدينة الفلوجة يوم الأربعاء."
    assert typed_events(text) == [("bombing", "2016-08-10", "Al Fallūjah")]
