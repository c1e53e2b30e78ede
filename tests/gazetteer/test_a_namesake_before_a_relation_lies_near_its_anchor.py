"""A name written just before a relation to another place (حصيبة شرقي الرمادي) lies where the relation says: among
its namesakes, the one within twice the relation's distance of that place, when the one its prior chose lies
beyond it (al-Qaim's Husaybah, 250 km from Ramadi)."""

from __future__ import annotations

import datetime as dt

from gazetteer.resolver import find_places
from tests.articles import article
from timeline.pipeline import extract_article


def _chosen(text: str) -> list[tuple[str, str, float, float, str | None]]:
    return [(m.text, m.chosen.name, m.chosen.lat, m.chosen.lon, m.relation) for m in find_places(text)]


def test_husaybah_east_of_ramadi_is_not_al_qaim() -> None:
    assert _chosen("صدت القوات هجوما في حصيبة شرقي الرمادي.") == [
        ("حصيبة", "Husaybah al-Sharqiyah", 33.421, 43.308, None),
        ("الرمادي", "Ramadi", 33.42056, 43.30778, "east")]


def test_husaybah_near_al_qaim_stays_al_qaim() -> None:
    assert _chosen("قصفت الطائرات حصيبة قرب القائم.") == [
        ("حصيبة", "Al Qā’im", 34.39251, 40.98945, None),
        ("القائم", "Al Qā’im", 34.39251, 40.98945, "near")]


def test_a_bare_husaybah_keeps_the_larger_namesake() -> None:
    assert _chosen("دارت معارك في حصيبة.") == [("حصيبة", "Al Qā’im", 34.39251, 40.98945, None)]


def test_the_attack_repelled_east_of_ramadi_is_placed_at_husaybah() -> None:
    text = "صدت الشرطة الاتحادية العراقية اليوم هجوما شنه تنظيم داعش في حصيبة شرقي الرمادي وقتلت 12 من عناصره."
    events = extract_article(article(text, dt.date(2015, 7, 31)))
    assert [(e.event_type, e.date, e.place, e.admin1, e.lat, e.lon, e.killed) for e in events] == [
        ("ground_attack", "2015-07-31", "Husaybah al-Sharqiyah", "Al Anbar", 33.421, 43.308, 12)]
