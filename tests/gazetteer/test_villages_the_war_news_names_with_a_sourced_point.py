"""Villages and towns the war news names that the packages lack, added to the supplement with a named source
for their point (a public page, an OCHA community, a GeoNames place): Karamlesh on the Nineveh plain, al-Mujaydil
in the Lajat of Daraa, al-Mintar south of Aleppo, Rasm al-Abboud east of Aleppo, and the Turkish
district towns Lice and Bismil (Diyarbakir) and Sarikamis (Kars).

Every sentence here was written for these tests.
"""

import pytest

import gazetteer

pytestmark = pytest.mark.usefixtures("fresh_gazetteer_home")


def _chosen(text: str) -> list[tuple[str, str, str]]:
    return [(m.chosen.name, m.chosen.country, m.chosen.precision) for m in gazetteer.find_places(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("فجر مسلحون منازل في بلدة كرمليس", [("Karamlesh", "IQ", "town")]),
    ("استهدفت الغارات بلدة المجيدل في ريف درعا", [("Al-Mujaydil (Daraa)", "SY", "village"),
                                                ("Rural Daraa", "SY", "region")]),
    ("سقطت براميل على قرية المنطار", [("Al-Mintar (Aleppo)", "SY", "village")]),
    ("ألقت المروحيات براميل على قرية رسم العبود", [("Rasm al-Abboud (Aleppo)", "SY", "village")]),
    ("احترقت ثلاث آليات للدرك على طريق في منطقة ليجي في تركيا", [("Lice", "TR", "town"), ("Turkey", "TR", "country")]),
    ("قتل عامل في هجوم في بلدة ساريكاميس في تركيا", [("Sarıkamış", "TR", "town"), ("Turkey", "TR", "country")]),
    ("انفجرت قنبلة أمام مخفر في بلدة بيسميل في تركيا", [("Bismil", "TR", "town"), ("Turkey", "TR", "country")]),
])
def test_a_village_of_the_war_news_resolves_to_its_sourced_point(text, expected):
    assert _chosen(text) == expected


def test_a_sourced_village_point_is_the_one_its_source_states():
    place = gazetteer.lookup("كرمليس")
    assert (place.lat, place.lon, place.approximate) == (36.304, 43.413, False)
