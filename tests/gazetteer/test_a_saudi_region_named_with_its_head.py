"""A Saudi administrative region is named with its head (منطقة عسير، بمنطقة جازان) and read as the region,
at the centre the countrystatecity package gives it; the bare name, or the name after مدينة, stays the city.

Every sentence here was written for these tests.
"""

import pytest

import gazetteer

pytestmark = pytest.mark.usefixtures("fresh_gazetteer_home")

PLACES = [
    ("انفجرت عبوة قرب مسجد في منطقة عسير", "Asir Region", "governorate", (19.1667, 43.1667)),
    ("سقطت قذائف بمنطقة جازان", "Jazan Region", "governorate", (17.3333, 42.6667)),
    ("سقطت قذائف على منطقة نجران الحدودية", "Najran Region", "governorate", (18.0, 45.6667)),
    ("سقطت قذائف على مدينة جازان", "Jizan", "city", (16.88917, 42.55111)),
    ("سقطت قذائف على نجران", "Najrān", "city", (17.49326, 44.12766)),
]


@pytest.mark.parametrize(("text", "name", "precision", "point"), PLACES, ids=[p[1] for p in PLACES])
def test_the_head_chooses_the_region_and_the_bare_name_the_city(text, name, precision, point):
    m = gazetteer.find_places(text)[0]
    assert (m.chosen.name, m.chosen.country, m.chosen.precision) == (name, "SA", precision)
    assert (m.chosen.lat, m.chosen.lon) == point
