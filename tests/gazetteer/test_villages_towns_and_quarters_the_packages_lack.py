"""Villages, towns and quarters the war news names and the packages lack or leave unfound resolve to themselves:
Umm Walad and al-Karak al-Sharqi in rural Daraa and Tall Hamki by Jisr al-Shughur at their OCHA points (al-Karak
al-Sharqi is not Karak of Jordan, which bare الكرك still names), Makhmur a town at its GeoNames point even without a
head, Khobar at its GeoNames point after a head, the quarters al-Shaab and al-Shurta al-Rabia (Baghdad) and
al-Maghayir (Aleppo) and the district Sultanbeyli (Istanbul) at the point of their city (derived, approximate), and
the spellings بيت سوى and صقبا the Ghouta's Bayt Sawa and Saqba. A name that is also a common word (the news, the
people, different) is a place only after a head.

Every sentence here was written for these tests.
"""

import pytest

import gazetteer

pytestmark = pytest.mark.usefixtures("fresh_gazetteer_home")

PLACES = [
    ("ألقت المروحيات برميلين على قرية أم ولد", "Umm Walad", "village", 32.669, 36.442, False),
    ("قصفت قوات النظام بلدة الكرك الشرقي بريف درعا", "Al-Karak al-Sharqi", "village", 32.686, 36.349, False),
    ("قتل مقاتلان في اشتباكات في تل حمكي بريف جسر الشغور", "Tall Hamki", "village", 35.749, 36.389, False),
    ("قصفت المدفعية مواقع في مخمور", "Makhmur", "town", 35.7762, 43.5797, False),
    ("أطلق مسلح النار على دورية في مدينة الخبر", "Khobar", "city", 26.2794, 50.2083, False),
    ("انفجرت عبوة ناسفة في حي الشعب", "Al-Shaab (Baghdad)", "city", 33.341, 44.401, True),
    ("استهدفت سيارة مفخخة حي الشرطة الرابعة", "Al-Shurta al-Rabia (Baghdad)", "city", 33.341, 44.401, True),
    ("سقطت قذائف على حي المغاير", "Al-Maghayir (Aleppo)", "city", 36.201, 37.161, True),
    ("استهدفت سيارة مفخخة مركز شرطة في منطقة سلطان بيلي", "Sultanbeyli (Istanbul)", "city", 41.014, 28.95, True),
    ("فجر انتحاري سيارة قرب مخفر سلطان بايلي", "Sultanbeyli (Istanbul)", "city", 41.014, 28.95, True),
    ("قصف الطيران بلدة بيت سوى", "Bayt Sawa", "village", 33.539, 36.4, False),
    ("سقطت صواريخ على صقبا", "Saqba", "town", 33.518, 36.38, False),
]


@pytest.mark.parametrize(("text", "name", "precision", "lat", "lon", "approximate"), PLACES,
                         ids=[f"{p[1]} {i}" for i, p in enumerate(PLACES)])
def test_a_place_the_packages_lack_resolves_to_itself(text, name, precision, lat, lon, approximate):
    m = gazetteer.find_places(text)[0]
    assert (m.chosen.name, m.chosen.precision, m.chosen.lat, m.chosen.lon, m.chosen.approximate) == (
        name, precision, lat, lon, approximate)


def test_a_district_of_istanbul_carries_the_radius_of_its_city():
    assert gazetteer.find_places("وقع الهجوم في سلطان بيلي")[0].chosen.radius_km == 30.0


def test_bare_karak_stays_the_jordanian_city():
    m = gazetteer.find_places("وصل الوفد إلى الكرك")[0]
    assert (m.chosen.country, m.chosen.name) == ("JO", "Qīr Moāv")


@pytest.mark.parametrize(("text", "name"), [
    ("نقلت الوكالة الخبر عن مصدر أمني في دمشق", "Khobar"),
    ("قال الرئيس إن الشعب العراقي يرفض الإرهاب", "Al-Shaab (Baghdad)"),
    ("قدم الوزير الرأي المغاير في بغداد", "Al-Maghayir (Aleppo)"),
], ids=["the news", "the people", "different"])
def test_a_name_that_is_also_a_word_alone_is_the_word(text, name):
    assert name not in [m.chosen.name for m in gazetteer.find_places(text) if m.chosen]
