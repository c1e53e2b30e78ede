"""A follow-up of the lead's report (وأضاف المرصد أن ...) at a town of the governorate the lead's place lies in
takes the lead's date (basis ``lead``): the report goes on with the details of its area. One at a town of
another governorate tells another attack and takes none, unless the lead's sentence names the country both lie in
(قرب دير الزور في سوريا) and no other date is written between them: the report goes on over that country."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

LEAD = "قصفت طائرات حربية روسية مدينة إدلب يوم الأربعاء، ما أدى إلى مقتل خمسة مدنيين. "


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_basis, e.place, e.killed)
            for e in extract_article(article(text, dt.date(2016, 8, 12)))]


def test_a_follow_up_in_the_lead_governorate_takes_its_date() -> None:
    text = LEAD + "وأضاف المرصد أن غارة أخرى استهدفت بلدة سراقب وقتلت طفلين."
    assert _events(text) == [
        ("airstrike", "2016-08-10", "publication", "Idlib", 5),
        ("airstrike", "2016-08-10", "lead", "Saraqib", 2),
    ]


def test_a_follow_up_in_another_governorate_takes_no_date() -> None:
    text = LEAD + "وأضاف المرصد أن غارة أخرى استهدفت مدينة حماة وقتلت طفلين."
    assert _events(text) == [
        ("airstrike", "2016-08-10", "publication", "Idlib", 5),
        ("airstrike", None, None, "Ḩamāh", 2),
    ]


COUNTRY_LEAD = ("قصفت طائرات التحالف يوم الأربعاء مواقع لتنظيم داعش قرب مدينة دير الزور في سوريا، ما أدى إلى مقتل "
                "عشرة مسلحين. ")


def test_a_follow_up_in_the_country_the_lead_names_takes_its_date() -> None:
    text = COUNTRY_LEAD + "وأضاف البيان أن غارة أخرى استهدفت مواقع قرب مدينة الحسكة وقتلت خمسة مسلحين."
    assert _events(text) == [
        ("airstrike", "2016-08-10", "publication", "Deir ez-Zor", 10),
        ("airstrike", "2016-08-10", "lead", "Al Ḩasakah", 5),
    ]


def test_a_follow_up_in_another_country_takes_no_date() -> None:
    text = COUNTRY_LEAD + "وأضاف البيان أن غارة أخرى استهدفت مواقع قرب مدينة الموصل وقتلت خمسة مسلحين."
    assert _events(text) == [
        ("airstrike", "2016-08-10", "publication", "Deir ez-Zor", 10),
        ("airstrike", None, None, "Mosul", 5),
    ]


def test_a_follow_up_in_the_country_after_another_date_takes_none() -> None:
    text = (COUNTRY_LEAD + "وكانت الطائرات قد قصفت يوم الاثنين مواقع قرب مدينة الرقة. "
            "وأضاف البيان أن غارة أخرى استهدفت مواقع قرب مدينة الحسكة وقتلت خمسة مسلحين.")
    assert _events(text) == [
        ("airstrike", "2016-08-10", "publication", "Deir ez-Zor", 10),
        ("airstrike", "2016-08-08", "publication", "Ar Raqqah", None),
        ("airstrike", None, None, "Al Ḩasakah", 5),
    ]
