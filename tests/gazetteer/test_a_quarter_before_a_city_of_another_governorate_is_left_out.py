"""A quarter the gazetteer places in its city (حي التأميم of Ramadi, حي الزهور of Mosul) written right before, or
after a locative before, a city of another governorate (في كركوك، بدمشق) is a namesake of a quarter of that city:
left out, and the city locates the event; before its own city, or a direction from it, it stays.

Every sentence here was written for these tests.
"""

import pytest

from tests.gazetteer.place_names import names

pytestmark = pytest.mark.usefixtures("fresh_gazetteer_home")


@pytest.mark.parametrize(("text", "places"), [
    ("انفجرت سيارة مفخخة في حي التأميم في كركوك", ["Kirkuk"]),
    ("دارت اشتباكات في حي الراشدين بالموصل", ["Mosul"]),
    ("سقطت قذائف على حي الزهور في دمشق", ["Damascus"]),
], ids=["Tamim in Kirkuk", "Rashidin in Mosul", "Zuhur in Damascus"])
def test_a_namesake_quarter_gives_way_to_its_city(text, places):
    assert names(text) == places


@pytest.mark.parametrize(("text", "places"), [
    ("انفجرت سيارة مفخخة في حي التأميم في الرمادي", ["Al-Tamim (Ramadi)", "Ramadi"]),
    ("انفجرت سيارة مفخخة في حي البياع جنوب غربي بغداد", ["Al-Bayaa (Baghdad)", "Baghdad"]),
    ("سقطت قذائف على حي الصالحية بدمشق", ["Al-Salihiyah (Damascus)", "Damascus"]),
], ids=["Tamim in Ramadi", "Bayaa south-west of Baghdad", "Salihiyah in Damascus"])
def test_a_quarter_before_its_own_city_stays(text, places):
    assert names(text) == places
