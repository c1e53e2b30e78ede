"""Attacks in the plural told as of late (نفذ التنظيم في الآونة الأخيرة سلسلة من التفجيرات، تسببت الغارات
مؤخرا في مقتل العشرات) are several, not one attack; one attack of late stays (تفجير استهدف مؤخرا سوقا), and so
do raids dated to their own day (غارات يوم الأحد، هي الأعنف في الأيام الأخيرة), though a day told of a meeting
keeps the attacks of the last days several. Raids told over this year as a whole are several too (أسفرت الغارات
على المدينة هذا العام عن مقتل المئات); raids of a part of the year stay, as it also dates a saying (أقرت واشنطن
مطلع العام الجاري بمقتل مدنيين جراء غارات، في وقت سابق من هذا العام), and so does one bombing of this year."""

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


@pytest.mark.parametrize(
    "text",
    [
        "وأسفرت الغارات الجوية على مدينة دوما هذا العام عن مقتل مئات المدنيين.",
        "وقتل 30 مدنيا في الغارات التي شنتها الطائرات على مدينة بيجي خلال العام الجاري.",
    ],
    ids=["raids-this-year", "raids-during-the-current-year"],
)
def test_attacks_of_this_year_are_no_attack(text: str) -> None:
    assert typed_events(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأقرت واشنطن مطلع العام الجاري بمقتل مدنيين جراء غارات التحالف على مدينة بيجي.",
         [("airstrike", None, "Bayjī")]),
        ("وقصفت الطائرات مدينة بيجي في وقت سابق من هذا العام بغارات عدة.", [("airstrike", "2016", "Bayjī")]),
        ("وقتل 12 شخصا في تفجير سيارة مفخخة في مدينة بيجي هذا العام.", [("bombing", "2016", "Bayjī")]),
        ("وقتل 12 مدنيا في غارات على مدينة بيجي يوم الأحد، هي الأعنف هذا العام.",
         [("airstrike", "2016-08-07", "Bayjī")]),
    ],
    ids=["early-this-year-dates-a-saying", "earlier-this-year", "one-bombing-this-year", "raids-of-their-own-day"],
)
def test_a_part_of_this_year_or_one_attack_stays(text: str, expected: list[tuple]) -> None:
    assert typed_events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأعلن القائد أن الطائرات الأربع التي استلمها العراق مؤخرا نفذت غارات على مواقع التنظيم في بلدة الكرمة.",
         [("airstrike", None, "Al-Karmah")]),
        ("دمرت طائرات التحالف مواقع للتنظيم في بلدة الكرمة، وأسفرت الغارات عن تدمير مخازن، وإن القصف على البلدة "
         "الذي تواصل خلال الأيام الماضية ألحق أضرارا بالتنظيم.", [("airstrike", None, "Al-Karmah")]),
    ],
    ids=["aircraft-received-lately", "bombardment-that-went-on-of-late"],
)
def test_the_last_days_of_another_relative_clause_leave_the_attack_one(text: str, expected: list) -> None:
    assert typed_events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ونفذت الطائرات التي وصلت الشهر الماضي غارات على بلدة الكرمة في الأيام الأخيرة.",
        "وقتل 30 شخصا في الهجمات الإرهابية التي وقعت مؤخرا في بلدة الكرمة.",
    ],
    ids=["raids-of-the-last-days-outside-the-relative", "attacks-the-relative-tells-of-late"],
)
def test_attacks_a_relative_clause_tells_of_late_stay_several(text: str) -> None:
    assert typed_events(text) == []
