"""A GeoNames city of Turkey, Lebanon or Saudi Arabia carries its province (admin1, by the GeoNames admin1 code,
named as the countrystatecity package names it, or as the supplement names a Saudi region, the Eastern Province
as GeoNames names it), so it agrees with the towns of that province: the attack told in أضنة's area and the town
of that province named in the next sentence are in one governorate. A Saudi region the news writes without its
head (عسير: no town has that name) is the region; ظهران الجنوب is a town of Asir, not Dhahran.

Every sentence here was written for these tests.
"""

import datetime as dt

import pytest

import gazetteer
from tests.articles import article
from timeline.pipeline import extract_article

pytestmark = pytest.mark.usefixtures("fresh_gazetteer_home")

CITIES = [
    ("أضنة", "Adana", "TR", "Adana"),
    ("كيليس", "Kilis", "TR", "Kilis"),
    ("ديار بكر", "Diyarbakır", "TR", "Diyarbakır"),
    ("مدينة مديات", "Midyat", "TR", "Mardin"),
    ("صيدا", "Sidon", "LB", "South"),
    ("بيروت", "Beirut", "LB", "Beirut"),
    ("أبها", "Abha", "SA", "Asir Region"),
    ("خميس مشيط", "Khamis Mushait", "SA", "Asir Region"),
    ("جيزان", "Jizan", "SA", "Jazan Region"),
    ("الدمام", "Dammam", "SA", "Eastern Province"),
    ("القطيف", "Al Qaţīf", "SA", "Eastern Province"),
    ("الظهران", "Dhahran", "SA", "Eastern Province"),
    ("ظهران الجنوب", "Dhahran al-Janub", "SA", "Asir Region"),
    ("عسير", "Asir Region", "SA", "Asir Region"),
    ("منطقة عسير", "Asir Region", "SA", "Asir Region"),
]


@pytest.mark.parametrize(("text", "name", "country", "admin1"), CITIES, ids=[c[1] for c in CITIES])
def test_the_city_has_its_province(text: str, name: str, country: str, admin1: str) -> None:
    place = gazetteer.resolve(text).chosen
    assert (place.name, place.country, place.admin1) == (name, country, admin1)


def test_a_town_of_the_province_is_the_lead_told_in_the_province() -> None:
    """The area of Adana (منطقة أضنة) is the province, so its town told next is the lead's attack told in detail."""
    text = ("قتل شرطيان بالرصاص صباح اليوم (الجمعة)، في منطقة أضنة (جنوب)، في هجوم جديد. "
            "وأضافت الوكالة أن مسلحين هاجموا مركز شرطة مدينة بوزانتي.")
    events = extract_article(article(text, dt.date(2016, 3, 4)))
    assert [(e.place, e.admin1, e.date, e.date_basis) for e in events] == [
        ("Pozantı", "Adana", "2016-03-04", "publication"),
    ]


def test_the_region_told_beside_a_condemning_state_places_the_attack() -> None:
    """The region the attack struck, not the state condemning it, is its place."""
    text = "أدانت مملكة البحرين التفجير الذي استهدف مسجدا في عسير اليوم وأودى بحياة عشرة من رجال الأمن."
    events = extract_article(article(text, dt.date(2015, 8, 6)))
    assert [(e.place, e.admin1, e.country, e.place_precision) for e in events] == [
        ("Asir Region", "Asir Region", "SA", "governorate")]


def test_a_missile_on_a_region_and_its_target_in_the_regions_city_are_one_attack() -> None:
    """A missile told at a Saudi region and its target claimed at the region's city next are one attack."""
    text = ("أعلنت السعودية اعتراض صاروخ بالستي أطلق من اليمن باتجاه منطقة جازان. "
            "وكان الحوثيون أعلنوا أنهم استهدفوا بصاروخ بالستي خزانات للوقود في مدينة جيزان.")
    events = extract_article(article(text, dt.date(2018, 4, 5)))
    assert [(e.place, e.admin1) for e in events] == [("Jizan", "Jazan Region")]
