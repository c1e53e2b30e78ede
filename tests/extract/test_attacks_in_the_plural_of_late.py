"""Attacks in the plural told as of late (نفذ التنظيم في الآونة الأخيرة سلسلة من التفجيرات، تسببت الغارات
مؤخرا في مقتل العشرات) are several, not one attack; one attack of late stays (تفجير استهدف مؤخرا سوقا), and so
do raids dated to their own day (غارات يوم الأحد، هي الأعنف في الأيام الأخيرة), though a day told of a meeting
keeps the attacks of the last days several. Raids of this year stay: the year also dates a saying (أقرت
واشنطن مطلع العام الجاري بمقتل مدنيين جراء غارات)."""

from __future__ import annotations

import pytest

from tests.articles import typed_events


@pytest.mark.parametrize(
    "text",
    [
        "ونفذ مسلحو التنظيم في الآونة الأخيرة سلسلة من التفجيرات في مدينة بيجي.",
        "وكانت غارات جوية مكثفة على مدينة بيجي قد تسببت مؤخرا في مقتل عشرات الأشخاص.",
        "وترأس رئيس الوزراء يوم الخميس اجتماعا أمنيا، وأكد بيان صادر عقب الاجتماع أنه تناول الهجمات التي تعرضت "
        "لها مدينة بيجي في الأيام الأخيرة.",
    ],
    ids=["bombings-of-late", "raids-lately", "meeting-day-of-the-last-days"],
)
def test_attacks_of_late_are_no_attack(text: str) -> None:
    assert typed_events(text) == []


def test_one_bombing_of_late_stays() -> None:
    text = "وقتل 12 شخصا في تفجير استهدف مؤخرا سوقا في مدينة بيجي."
    assert typed_events(text) == [("bombing", None, "Bayjī")]


def test_raids_of_their_own_day_stay() -> None:
    text = "وقتل 12 مدنيا في غارات على مدينة بيجي يوم الأحد، هي الأعنف في الأيام الأخيرة."
    assert typed_events(text) == [("airstrike", "2016-08-07", "Bayjī")]
