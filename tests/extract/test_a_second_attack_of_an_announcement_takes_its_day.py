"""A second attack told in the same announcement, joined to the first by a word that adds another (قال بيان للجيش
الأحد إن ثلاث غارات قرب الرمادي قصفت مواقع للتنظيم، فضلا عن قصف غارتين قرب مدينة الفلوجة), is told on the same
day: like the first, it takes the announcement's day (basis ``report``), the only date the text gives it; one told
with a day of its own keeps it."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

#: A Monday: the Sunday before is 14 August.
PUBLISHED = dt.date(2016, 8, 15)


def dated(text: str) -> list[tuple]:
    """(type, date, basis, place) of each event of an article of `text`."""
    return [(e.event_type, e.date, e.date_basis, e.place) for e in extract_article(article(text, PUBLISHED))]


def test_the_attack_added_to_an_announced_one_takes_the_announcements_day() -> None:
    assert dated("قال بيان للجيش الأحد إن ثلاث غارات قرب الرمادي قصفت مواقع للتنظيم، فضلا عن قصف غارتين "
                 "لمقرات التنظيم قرب مدينة الفلوجة.") == [
        ("airstrike", "2016-08-14", "report", "Ramadi"), ("airstrike", "2016-08-14", "report", "Al Fallūjah")]


def test_the_added_attack_with_a_day_of_its_own_keeps_it() -> None:
    assert dated("قال بيان للجيش الأحد إن ثلاث غارات قرب الرمادي قصفت مواقع للتنظيم، فضلا عن قصف غارتين "
                 "لمقرات التنظيم قرب مدينة الفلوجة السبت.") == [
        ("airstrike", "2016-08-14", "report", "Ramadi"), ("airstrike", "2016-08-13", "publication", "Al Fallūjah")]
