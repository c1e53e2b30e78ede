"""An attack dated only by the day a report of it was given (وفق ما أفاد المرصد الأحد) and named at a governorate's seat
written bare (على حمص), and the attack of its type told on its own day a few days before at a town of that governorate
with the very same dead (قرب مدينة تدمر، ما أدى إلى مقتل 12 جنديا), are one attack: its own day, its town, and the side
the report names; so is a report placed only at the region it lies in (في شرق سوريا) or nowhere. Other dead, the city
named as a city (على مدينة حمص), or a town of another governorate keep two."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

REPORT = "قتل 12 جنديا على الأقل في هجوم شنه تنظيم داعش على {place} في وسط سوريا، وفق ما أفاد المرصد السوري الأحد.\n"
OWN_DAY = "وأوضح المرصد أن عناصر التنظيم هاجموا الخميس حاجزا للقوات قرب مدينة {town}، ما أدى إلى مقتل {dead}."
REPORTED = ("ground_attack", "2018-05-27", "Homs", "ISIS", 12)


def _events(place: str, town: str, dead: str) -> list[tuple]:
    text = REPORT.format(place=place) + OWN_DAY.format(town=town, dead=dead)
    return [(e.event_type, e.date, e.place, e.actor, e.killed)
            for e in extract_article(article(text, dt.date(2018, 5, 27)))]


def test_the_report_with_the_same_dead_is_the_attack_of_thursday() -> None:
    assert _events("حمص", "تدمر", "12 جنديا") == [("ground_attack", "2018-05-24", "Tadmur", "ISIS", 12)]


@pytest.mark.parametrize("place", ["في شرق سوريا", ""], ids=["at-its-region", "placed-nowhere"])
def test_a_report_at_the_region_or_nowhere_is_the_attack_of_thursday(place: str) -> None:
    text = REPORT.replace("على {place} في وسط سوريا", place).replace(" ،", "،") + OWN_DAY.format(
        town="تدمر", dead="12 جنديا")
    events = extract_article(article(text, dt.date(2018, 5, 27)))
    assert [(e.event_type, e.date, e.place, e.actor, e.killed) for e in events] == [
        ("ground_attack", "2018-05-24", "Tadmur", "ISIS", 12)]


def test_other_dead_keep_two() -> None:
    assert _events("حمص", "تدمر", "سبعة جنود") == [REPORTED, ("ground_attack", "2018-05-24", "Tadmur", "ISIS", 7)]


def test_the_city_named_as_a_city_keeps_two() -> None:
    assert _events("مدينة حمص", "تدمر", "12 جنديا") == [
        REPORTED, ("ground_attack", "2018-05-24", "Tadmur", "ISIS", 12)]


def test_a_town_of_another_governorate_keeps_two() -> None:
    assert _events("حمص", "السلمية", "12 جنديا") == [
        REPORTED, ("ground_attack", "2018-05-24", "Salamiyah", "ISIS", 12)]
