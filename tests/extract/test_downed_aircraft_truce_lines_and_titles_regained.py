"""An aircraft shot down is no strike, whether the verb comes before it (أسقطت الدفاعات طائرة; in the present
too: تسقط فيها الدفاعات طائرة), after it with it as its pronoun (طائرة مسيرة أسقطتها الدفاعات) or after the
aircraft that shot it down (أسقطت مروحية حربية طائرة مسيرة); a line of disengagement (خط فض الاشتباك) is no
clash; and a capture verb that takes a rank, a form or a right (استعادت اللاعبة صدارة التصنيف) or a medal (سيطر
الفريق على ذهب البطولة) is no capture. Aircraft that drop bombs and a town retaken still tell their attacks."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    "text",
    [
        "وقال الجيش إن طائرة مسيرة إيرانية أسقطتها الدفاعات الجوية يوم الأربعاء قرب مدينة منبج كانت مسلحة.",
        "وقال الجيش إن مروحية حربية تابعة له أسقطت يوم الأربعاء طائرة مسيرة قرب مدينة منبج.",
        "وأعلن الجيش يوم الأربعاء أن مسلحين تسللوا عبر خط فض الاشتباك قرب مدينة منبج.",
        "واستعادت اللاعبة الألمانية أنجيليك كيربر صدارة التصنيف العالمي للاعبات التنس يوم الأربعاء في مدينة منبج.",
        "واستعاد فريق المدينة نغمة الانتصارات يوم الأربعاء بعد فوزه في مدينة منبج.",
        "واستعاد فريق مدينة منبج نغمة الانتصار يوم الأربعاء بفوزه على ضيفه.",
        "واستعاد التنظيم نشاطه في مدينة منبج يوم الأربعاء بحسب المصادر.",
        "وسيطر المنتخب على ذهب البطولة يوم الأربعاء في مدينة منبج.",
        "وقال الجيش إن الدفاعات الجوية تسقط يوم الأربعاء طائرة حربية قرب مدينة منبج.",
        "وقال الجيش إن المرة الأولى التي تسقط فيها الدفاعات الجوية طائرة حربية قرب مدينة منبج كانت يوم الأربعاء.",
    ],
    ids=[
        "shot-down-told-before-its-verb", "the-aircraft-that-shot-another-down", "a-line-of-disengagement",
        "a-rank-regained", "a-form-regained", "a-form-regained-before-on", "strength-regained", "a-medal-won",
        "shot-down-in-the-present", "shot-down-in-the-present-after-its-relative",
    ],
)
def test_no_attack_is_told(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وقال المرصد إن مروحيات حربية أسقطت يوم الأربعاء براميل متفجرة على مدينة منبج.",
            [("airstrike", "2016-08-10", "Manbij")],
        ),
        (
            "وقتل مدنيان في مدينة منبج يوم الأربعاء بنيران طائرات حربية، وأسقطت الدفاعات طائرة منها.",
            [("airstrike", "2016-08-10", "Manbij")],
        ),
        (
            "واستعاد الجيش يوم الأربعاء مدينة منبج بعد معارك مع التنظيم.",
            [("ground_attack", "2016-08-10", "Manbij")],
        ),
    ],
    ids=["aircraft-dropping-barrels", "a-downing-in-another-stretch", "a-town-retaken"],
)
def test_the_attack_is_still_told(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
