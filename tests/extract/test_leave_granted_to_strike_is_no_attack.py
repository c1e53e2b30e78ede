"""Leave granted to strike (حرية شن الغارات، السماح للطائرات بمهاجمة المواقع، لن نسمح بعمليات عسكرية) is
irrealis: a permission or a refusal, no attack told. An attack told beside it stays."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

SATURDAY = dt.date(2015, 7, 25)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed) for e in extract_article(article(text, SATURDAY))]


def test_bases_lent_with_leave_to_launch_raids_is_no_attack() -> None:
    assert _events("ومنحت أنقرة قوات التحالف الأسبوع الماضي حرية استخدام قواعدها الجوية وشن غارات جوية "
                   "على مواقع التنظيم في العراق.") == []


def test_a_refusal_to_allow_operations_is_no_attack() -> None:
    assert _events('وقال الوزير أثناء لقائه نائب وزير الخارجية الإيراني في بغداد، الأربعاء: "لن نسمح بوجود أي قوات '
                   'على أراضينا لتقوم بعمليات عسكرية في أي دولة من دول الجوار".') == []


def test_a_raid_told_beside_a_permission_stays() -> None:
    assert _events("وافقت تركيا على السماح لطائرات التحالف باستخدام قاعدة إنجرليك. وشنت طائرات التحالف أمس "
                   "غارة جوية على مدينة الرقة.") == [
        ("airstrike", "2015-07-24", "Ar Raqqah", "International coalition", None)]
