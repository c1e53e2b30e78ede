"""A bombardment told at a governorate's seat written bare (سلسلة من الغارات الجوية والقصف المدفعي ضربت إدلب
الخميس), which may name the governorate, and one told again the same day at a village of that governorate (قذائف
المدفعية سقطت على مركز طبي في قرية كفرنبل في جنوب إدلب) are one bombardment, placed at the village. The city named as a
city (ضربت مدينة إدلب) or other dead told at the village keep two."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

LEAD = "قال مسعفون إن مدنيا قتل وأصيب خمسة آخرون في سلسلة من الغارات الجوية والقصف المدفعي ضربت {place} الخميس.\n"
VILLAGE = "وأضاف المسعفون أن قذائف المدفعية سقطت على مركز طبي في قرية كفرنبل في جنوب إدلب{toll}."


def _events(place: str, toll: str = "") -> list[tuple]:
    text = LEAD.format(place=place) + VILLAGE.format(toll=toll)
    return [(e.event_type, e.date, e.place, e.killed, e.injured)
            for e in extract_article(article(text, dt.date(2018, 9, 6)))]


def test_the_village_shelled_that_day_places_the_bombardment_of_the_governorate() -> None:
    assert _events("إدلب") == [("airstrike", "2018-09-06", "Kafranbel", 1, 5)]


def test_the_city_named_as_a_city_keeps_two() -> None:
    assert _events("مدينة إدلب") == [("airstrike", "2018-09-06", "Idlib", 1, 5),
                                      ("shelling", "2018-09-06", "Kafranbel", None, None)]


def test_other_dead_at_the_village_keep_two() -> None:
    assert _events("إدلب", "، ما أدى إلى مقتل ثلاثة أشخاص") == [("airstrike", "2018-09-06", "Idlib", 1, 5),
                                                               ("shelling", "2018-09-06", "Kafranbel", 3, None)]
