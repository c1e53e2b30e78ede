"""Aircraft or arms received (تسلم العراق طائرات إف 16), weapons found hidden (قذائف هاون مخبأة في شاحنات) and
bombings called staged (تفجيرات مفتعلة) tell no attack. An aircraft's strike told beside a delivery stays."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

TUESDAY = dt.date(2015, 7, 21)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, TUESDAY))]


@pytest.mark.parametrize("text", [
    "وكان العراق قد تسلم الأسبوع الماضي أربع طائرات من طراز إف 16 من الولايات المتحدة كأول دفعة من أصل 36 طائرة.",
    "ونشرت الصحيفة صور قذائف هاون مخبأة تحت أدوية في شاحنات اعترضتها قوة من الدرك قرب الحدود في يناير 2014.",
    'وكتب القيادي على تويتر الثلاثاء: "تفجيرات مفتعلة وشهود زور في مدينة دوما".',
], ids=["aircraft-received", "shells-hidden", "bombings-staged"])
def test_no_attack_is_told(text: str) -> None:
    assert _events(text) == []


def test_a_strike_told_after_a_delivery_stays() -> None:
    assert _events("تسلم العراق طائرات جديدة الشهر الماضي. وقصفت الطائرات العراقية مواقع التنظيم في مدينة الرمادي "
                   "يوم الاثنين.") == [("airstrike", "2015-07-20", "Ramadi", "Iraqi forces")]
