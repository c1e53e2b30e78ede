"""Fighting or strikes told as lasting weeks, months or years (لمدة شهرين، لمدة أسابيع) are a campaign's total,
counts of strikes cited from statistics (بحسب إحصاءات، تبين الإحصاءات) a statistic, and what a treaty bans (اتفاق
يحظر استخدام قذائف) no attack at all: none is one event. One day's strike stays."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import typed_events

PUBLISHED = dt.date(2018, 8, 12)


@pytest.mark.parametrize(
    "text",
    [
        "وخاضت فصائل المعارضة معارك مع مسلحي التنظيم لمدة شهرين في بلدة الباب عام 2017.",
        "وفي أوائل عام 2017 خاضت فصائل المعارضة معارك لمدة شهرين ضد التنظيم في المناطق الواقعة بين إدلب وحلب.",
        "وقصفت الطائرات الروسية بلدة الباب لمدة شهرين في عام 2017.",
        "وقتل عشرات المدنيين في غارات على بلدة الباب لمدة أسابيع في عام 2017.",
        "وتبين إحصاءات الجيش الأمريكي أن طائرات التحالف شنت غارات على مواقع التنظيم في الموصل يوم الأربعاء.",
        "وفي عام 1925 وقعت الدول في جنيف اتفاقا يحظر استخدام قذائف تحمل غازات سامة.",
    ],
    ids=["battles-for-two-months", "battles-early-in-a-year", "raids-for-two-months", "dead-over-weeks",
         "strikes-in-statistics", "a-treaty-banning-shells"],
)
def test_a_lasting_fight_a_statistic_or_a_ban_is_no_event(text: str) -> None:
    assert typed_events(text, PUBLISHED) == []


def test_one_days_strike_stays() -> None:
    text = "وشنت طائرات التحالف غارات على مواقع التنظيم في الموصل يوم الأربعاء."
    assert typed_events(text, PUBLISHED) == [("airstrike", "2018-08-08", "Mosul")]
