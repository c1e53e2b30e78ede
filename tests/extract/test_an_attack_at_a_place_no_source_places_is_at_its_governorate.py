"""An attack at a place the gazetteer knows by name but no source places (an oil field, a river) keeps the
name as written (`place_text`) and is located by the governorate or country of that place, with that
anchor's precision and no relation or radius of its own (where the text puts the attack from the place says
nothing about the anchor), as an attack in an unknown village written beside its governorate is.

Every sentence here was written for these tests.
"""

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def placed(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place_text, e.place, e.place_precision, e.admin1, e.country, e.lat, e.lon,
             e.place_relation, e.place_radius_km, e.place_approximate)
            for e in extract_article(article(text, dt.date(2017, 3, 9)))]


def test_an_air_strike_on_an_oil_field_is_in_its_governorate() -> None:
    assert placed("قتل أربعة عناصر من التنظيم في غارة جوية على حقل التيم النفطي يوم الثلاثاء.") == [
        ("airstrike", "2017-03-07", "التيم", "Deir ez-Zor", "governorate", "Deir ez-Zor", "SY",
         35.2693236, 40.2401172, None, None, False)]


def test_shelling_near_a_river_is_in_its_country_without_a_radius() -> None:
    assert placed("قتل ثلاثة مدنيين في قصف مدفعي على قارب قرب نهر الفرات يوم الأربعاء.") == [
        ("shelling", "2017-03-08", "الفرات", "Syria", "country", None, "SY", 35.0, 38.0, None, None, False)]
