"""A day written right before a phrase of what is done for an attack (للتحقيق في، لإدانة) is the day of that
inquiry or condemnation, not the attack's: without a day of its own the attack stays undated; a day told
of the attack itself still dates it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _dates(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2018, 4, 14)))]


@pytest.mark.parametrize("text", [
    "وتبدأ البعثة عملها اليوم السبت للتحقيق في هجوم كيميائي على دوما أسفر عن مقتل أربعين شخصا.",
    "ووصل الفريق إلى دمشق أمس لتقصي حقائق هجوم كيميائي على دوما أسفر عن مقتل أربعين شخصا.",
], ids=["inquiry", "fact-finding"])
def test_the_inquirys_day_leaves_the_attack_undated(text: str) -> None:
    assert _dates(text) == [("other", None, "Dūmā", 40)]


def test_the_attacks_own_day_still_dates_it() -> None:
    assert _dates("وتبدأ البعثة عملها اليوم للتحقيق في الهجوم الكيميائي الذي وقع على دوما يوم السبت الماضي.") == [
        ("other", "2018-04-07", "Dūmā", None)]


def test_a_day_before_the_attack_with_no_purpose_between_dates_it() -> None:
    assert _dates("وشنت الطائرات اليوم السبت هجوما كيميائيا على دوما.") == [("other", "2018-04-14", "Dūmā", None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("واتخذت الحكومة، الجمعة، إجراء جديدا يتعلق بالغارة التي استهدفت حافلة في مدينة دوما.",
     [("airstrike", None, "Dūmā", None)]),
    ("وبدأت السلطات الجمعة التحقيق في الهجوم الذي استهدف حافلة في مدينة دوما وأسفر عن مقتل أربعة.",
     [("ground_attack", None, "Dūmā", 4)]),
], ids=["concerning-after-a-comma", "the-inquiry"])
def test_the_day_of_what_concerns_the_attack_leaves_it_undated(text: str, expected: list[tuple]) -> None:
    assert _dates(text) == expected


def test_the_day_of_what_is_said_of_the_attack_leaves_it_undated() -> None:
    assert _dates("ووصفت الحكومة الاثنين التقارير التي تحدثت عن هجوم كيميائي على دوما أسفر عن مقتل عشرة "
                  "أشخاص بأنها كاذبة.") == [("other", None, "Dūmā", 10)]


def test_the_day_of_a_session_about_the_attack_leaves_it_undated() -> None:
    assert _dates("وعقد مجلس الأمن الجمعة جلسة طارئة بشأن الهجوم الذي استهدف حافلة في مدينة دوما وأسفر عن مقتل "
                  "أربعة.") == [("ground_attack", None, "Dūmā", 4)]
