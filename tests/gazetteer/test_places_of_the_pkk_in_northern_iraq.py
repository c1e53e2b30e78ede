"""The mountain areas of northern Iraq where the PKK has its bases (Metina, Zap, Avashin, Haftanin, Hakurk) are
places of their own: Metina, Zap and Avashin at the point of Amadiya (GeoNames 99611), the district town they
overlook, with a 30 km ring; Haftanin and Hakurk, which no source places, located by their governorate.

Every sentence here was written for these tests.
"""

import pytest

import gazetteer

pytestmark = pytest.mark.usefixtures("fresh_gazetteer_home")

AMADIYA = (37.092, 43.488)
PLACES = [
    ("قصفت مقاتلات تركية مواقع للحزب في منطقة متينا", "Metina", "Dohuk", AMADIYA),
    ("أغارت الطائرات على معاقل المسلحين في زاب شمالي العراق", "Zap", "Dohuk", AMADIYA),
    ("استهدفت غارة كهفا في منطقة آفاشين الحدودية", "Avashin", "Dohuk", AMADIYA),
    ("قصفت المدفعية التركية مواقع في هفتانين شمال دهوك", "Haftanin", "Dohuk", (36.8543, 42.9925)),
    ("شنت مقاتلات غارات على مواقع في هاكورك بمحافظة أربيل", "Hakurk", "Erbil", (36.5479, 44.4788)),
]


@pytest.mark.parametrize(("text", "name", "admin1", "point"), PLACES, ids=[p[1] for p in PLACES])
def test_the_area_resolves_with_its_sourced_point(text, name, admin1, point):
    m = next(m for m in gazetteer.find_places(text) if m.chosen.name == name)
    assert (m.chosen.country, m.chosen.admin1, (m.chosen.lat, m.chosen.lon)) == ("IQ", admin1, point)


def test_the_areas_at_amadiya_carry_a_30_km_ring():
    m = gazetteer.find_places("قصفت مقاتلات تركية مواقع في منطقة متينا")[0]
    assert (m.chosen.approximate, m.chosen.radius_km) == (True, 30.0)
