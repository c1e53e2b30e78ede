"""Warplanes deployed to a base, sent to a front or shown in pictures are no air strike: a deploying verb among the
five words before the aircraft (نشرت الولايات المتحدة الأحد مقاتلات) tells no attack. Aircraft that strike stay a
strike, and so do those a report relays (نقلت الوكالة أن طائرات قصفت)."""

from __future__ import annotations

import datetime as dt

from tests.articles import typed_events

PUBLISHED = dt.date(2015, 8, 10)


def test_warplanes_deployed_to_a_base_are_no_strike() -> None:
    text = "ونشرت الولايات المتحدة الأحد ست مقاتلات في قاعدة إنجرليك بجنوب تركيا للمشاركة في الحرب على التنظيم."
    assert typed_events(text, PUBLISHED) == []


def test_warplanes_sent_to_a_base_are_no_strike() -> None:
    assert typed_events("وأرسلت روسيا أمس ست طائرات حربية إلى قاعدة حميميم في اللاذقية.", PUBLISHED) == []


def test_pictures_of_warplanes_flying_are_no_strike() -> None:
    assert typed_events("ونشر الجيش صورا لمقاتلات وهي تحلق فوق العاصمة بيروت.", PUBLISHED) == []


def test_warplanes_a_report_relays_still_strike() -> None:
    text = "ونقلت الوكالة عن مصادر أن طائرات حربية قصفت أمس مواقع في مدينة الرقة."
    assert typed_events(text, PUBLISHED) == [("airstrike", "2015-08-09", "Ar Raqqah")]
