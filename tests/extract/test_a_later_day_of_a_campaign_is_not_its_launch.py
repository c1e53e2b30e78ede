"""A campaign told on a later day of its own (في اليوم الثالث للعملية العسكرية التي أطلقتها تركيا) is no event
though its clause names a day: that day is not the one it began on; so is a campaign told as under way, a word of its
course right before it (للاطلاع على سير العمليات العسكرية، على مدى تقدم العمليات), on the day of a visit or a call.
Launched on a named day it stays one."""

from __future__ import annotations

import pytest

from tests.articles import typed_events


@pytest.mark.parametrize(
    "text",
    [
        "وبدا يوم 10 آب 2016، في اليوم الثالث للعملية العسكرية التي أطلقتها تركيا في مدينة منبج، أن الحملة تتحول "
        "إلى حرب.",
        "وتقدمت القوات يوم 10 آب 2016 في اليوم الرابع للعملية العسكرية التي أطلقتها في مدينة منبج.",
        "ومع دخول يوم 10 آب 2016 اليوم الرابع للعمليات العسكرية في مدينة منبج نزح آلاف السكان.",
        "ووصل الوزير الخميس إلى بغداد للاطلاع على سير العمليات العسكرية ضد تنظيم داعش في مدينة الرمادي.",
        "وأطلع الرئيس نظيره يوم الأحد على مدى تقدم العمليات العسكرية في مدينة الرمادي.",
    ],
    ids=["the-third-day-of-an-operation", "the-fourth-day-of-an-operation", "the-fourth-day-of-operations",
         "the-course-of-operations-on-a-visit-s-day", "the-progress-of-operations-on-a-call-s-day"],
)
def test_no_attack_event(text: str) -> None:
    assert typed_events(text) == []


def test_an_operation_launched_on_its_day_stays() -> None:
    text = "وأطلقت القوات التركية يوم 10 آب 2016 عملية عسكرية في مدينة منبج."
    assert typed_events(text) == [("ground_attack", "2016-08-10", "Manbij")]


def test_operations_launched_on_their_day_stay() -> None:
    text = "وأطلقت القوات العراقية يوم الأحد العمليات العسكرية في مدينة الرمادي."
    assert typed_events(text) == [("ground_attack", "2016-08-07", "Ramadi")]
