"""A place whose point the supplement derives from named places (``derived: ...; radius N km;``) carries that
radius: a name there is within it of the point (the Eastern Ghouta, a quarter at its city's point), and a distance
the text tells adds to it (near a village placed at its town's point); a point a source gives, and a place with no
coordinates of its own, carry none. The radius the text tells stays the match's own (`PlaceMatch.radius_km`).

Every sentence here was written for these tests.
"""

import pytest

import gazetteer
from gazetteer.sources import derived_radius

pytestmark = pytest.mark.usefixtures("fresh_gazetteer_home")


@pytest.mark.parametrize(("text", "name", "relation", "told", "extent"), [
    ("قصفت الطائرات بلدات الغوطة الشرقية", "Eastern Ghouta", None, None, 15.0),
    ("تقدمت القوات في شمال الغوطة الشرقية", "Eastern Ghouta", "north part", None, 15.0),
    ("دارت اشتباكات في حي الراشدين", "Al-Rashidin (Aleppo)", None, None, 10.0),
    ("سقطت قذائف قرب طوخان الكبرى", "Tukhan al-Kubra", "near", 10.0, 35.0),
    ("سقطت قذائف قرب مدينة الرقة", "Ar Raqqah", "near", 10.0, 10.0),
    ("شنت الطائرات غارات على مدينة الرقة", "Ar Raqqah", None, None, None),
    ("عبر المقاتلون نهر الفرات", "Euphrates", None, None, None),
], ids=["region", "part of a region", "quarter", "near a derived village", "near a sourced city", "sourced city",
        "no point of its own"])
def test_the_event_may_lie_as_far_as_the_told_and_the_derived_radius(text, name, relation, told, extent):
    m = gazetteer.find_places(text)[0]
    assert (m.chosen.name, m.relation, m.radius_km, m.extent_km) == (name, relation, told, extent)


@pytest.mark.parametrize(("note", "radius"), [
    ("derived: the point of GeoNames 170063 (Aleppo, the city the quarter is in); radius 10 km; quarter", 10.0),
    ("quarter of Damascus; radius 10 km; coordinates: OCHA COD C1000", None),
    ("derived: the mean of GeoNames 1, 2 (two towns)", None),
], ids=["derived", "not derived", "no radius"])
def test_only_a_derived_note_gives_a_radius(note, radius):
    assert derived_radius(note) == radius


def test_husaybah_al_sharqiyah_lies_at_ramadi_the_news_places_it_from() -> None:
    m = gazetteer.find_places("تسلل مسلحون إلى حصيبة الشرقية شرق الرمادي.")[0]
    assert (m.text, m.chosen.name, m.chosen.lat, m.chosen.lon, m.chosen.precision, m.chosen.approximate,
            m.chosen.radius_km, m.chosen.anchor_id) == (
        "حصيبة الشرقية", "Husaybah al-Sharqiyah", 33.421, 43.308, "town", True, 25.0, "")
