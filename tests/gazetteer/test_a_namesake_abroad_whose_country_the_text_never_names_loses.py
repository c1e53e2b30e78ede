"""A town or village abroad loses to its namesake when no other word of the text names its country and the
text names the namesake's (بلدة دوما in news of the Syrian government is Douma of Rif Dimashq, though بلدة fits
the West Bank village better); where the text names its country, it wins (قرية دوما south of Nablus).
The name's own mentions never count as naming a country for it.

Every sentence here was written for these tests.
"""

import pytest

import gazetteer

pytestmark = pytest.mark.usefixtures("fresh_gazetteer_home")

DOUMA = ("Dūmā", "SY", "Rif Dimashq", 33.57175, 36.4027)
DUMA_WEST_BANK = ("Duma (West Bank)", "PS", "West Bank", 32.0563, 35.3671)


def douma_readings(text: str) -> set[tuple]:
    return {(m.chosen.name, m.chosen.country, m.chosen.admin1, m.chosen.lat, m.chosen.lon)
            for m in gazetteer.find_places(text) if m.text == "دوما"}


@pytest.mark.parametrize(("text", "place"), [
    ("اتهمت واشنطن الحكومة السورية بشن هجوم كيميائي على بلدة دوما. وطالبت بالتحقيق في الهجوم على بلدة دوما.",
     DOUMA),
    ("أحرق مستوطنون منزل عائلة في قرية دوما جنوب نابلس فجر الجمعة، وتوفي الطفل متأثرا بحروقه في دوما.",
     DUMA_WEST_BANK),
])
def test_the_namesake_of_the_country_the_text_names(text: str, place: tuple) -> None:
    assert douma_readings(text) == {place}


def test_a_texas_town_named_with_its_state_is_not_the_argentine_city():
    m = next(m for m in gazetteer.find_places("قتل عشرة في إطلاق نار في مدرسة ثانوية في سانتا في بولاية تكساس")
             if m.text == "سانتا في")
    assert (m.chosen.name, m.chosen.country, m.chosen.lat, m.chosen.lon) == ("Santa Fe, Texas", "US", 29.378, -95.1058)


def test_the_coastal_town_of_abyan_is_not_the_saudi_shaqra():
    text = "سيطرت القوات على زنجبار عاصمة محافظة أبين، ثم دخلت مدينة شقراء الساحلية"
    m = next(m for m in gazetteer.find_places(text) if m.text == "شقراء")
    assert (m.chosen.name, m.chosen.country, m.chosen.admin1, m.chosen.lat, m.chosen.lon) == (
        "Shuqrah", "YE", "Abyan", 13.356, 45.7)
