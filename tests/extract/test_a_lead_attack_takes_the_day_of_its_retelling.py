"""The lead sentence's attack told without any date takes the day of the first dated attack told after it, within
two sentences, at the same named town (basis ``lead``), even when the retelling names it otherwise (a bombardment
told again as air strikes); an attack at another town, or one told later, lends it nothing."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)  # a Friday

LEAD = "قتل خمسة مدنيين في قصف لقوات النظام على مدينة سراقب في ريف إدلب. "


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_precision, e.date_basis, e.place, e.killed)
            for e in extract_article(article(text, PUBLISHED))]


def test_the_lead_attack_takes_the_day_of_its_retelling() -> None:
    text = LEAD + "وقالت مصادر محلية إن غارات جوية استهدفت مدينة سراقب يوم الأربعاء."
    assert _events(text) == [
        ("shelling", "2016-08-10", "day", "lead", "Saraqib", 5),
        ("airstrike", "2016-08-10", "day", "publication", "Saraqib", None),
    ]


def test_an_attack_at_another_town_lends_the_lead_no_day() -> None:
    text = LEAD + "وقالت مصادر محلية إن غارات جوية استهدفت مدينة معرة النعمان يوم الأربعاء."
    assert _events(text) == [
        ("shelling", None, None, None, "Saraqib", 5),
        ("airstrike", "2016-08-10", "day", "publication", "Maarat al-Numan", None),
    ]


def test_a_retelling_three_sentences_on_lends_no_day() -> None:
    text = (LEAD + "وأصيب عشرات من السكان بجروح. ونقل المصابون إلى مستشفيات المنطقة. وقالت مصادر محلية إن "
            "غارات جوية استهدفت مدينة سراقب يوم الأربعاء.")
    assert _events(text) == [
        ("shelling", None, None, None, "Saraqib", 5),
        ("airstrike", "2016-08-10", "day", "publication", "Saraqib", None),
    ]
