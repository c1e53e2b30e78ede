"""A place told after the attack behind a word of planning and the attack planned (استهدفت الغارة عناصر كانوا
يخططون لهجمات داخل العراق) is where what was planned was to happen, not where the attack was: it does not locate
the attack, and the place the attack is told at does; alone it stays (it may be both: مقرا لمسلحين كانوا يخططون
لعمليات انتحارية في مدينة منبج). A plan with no attack noun after it (تفجير خطط له التنظيم
ونفذه في بلدة س) or joined by و to its carrying out (خططوا ونفذوا الهجوم على بلدة س) was done: its place stays."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _places(text: str) -> list[str | None]:
    return [e.place for e in extract_article(article(text, dt.date(2018, 8, 17)))]


def test_the_country_a_plan_aimed_at_does_not_unplace_the_strike() -> None:
    text = ("قصفت طائرات عراقية أمس مقرا لتنظيم داعش داخل الأراضي السورية كان عناصره يخططون لتفجيرات انتحارية "
            "داخل العراق.")
    assert _places(text) == ["Syria"]


def test_the_town_a_plan_aimed_at_does_not_place_the_strike() -> None:
    text = "قصفت الطائرات الحربية أمس مدينة إدلب مستهدفة مسلحين يخططون لهجمات على بلدة سرمدا."
    assert _places(text) == ["Idlib"]


def test_the_place_of_an_attack_planned_and_carried_out_stays() -> None:
    text = "قتل خمسة مدنيين أمس في تفجير انتحاري خطط له التنظيم ونفذه في بلدة سرمدا."
    assert _places(text) == ["Sarmada"]
