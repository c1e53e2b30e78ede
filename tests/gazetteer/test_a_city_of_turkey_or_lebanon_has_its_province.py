"""A GeoNames city of Turkey or Lebanon carries its province (admin1, by the GeoNames admin1 code, named as
the countrystatecity package names it), so it agrees with the towns of that province: the attack told in
أضنة's area and the town of that province named in the next sentence are in one governorate.

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
