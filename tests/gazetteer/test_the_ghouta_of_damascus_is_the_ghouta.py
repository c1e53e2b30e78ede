""""The Ghouta of Damascus" (غوطة دمشق) names the farmland around the city, the Ghouta region, not the city: an
attack told there is placed at the Ghouta with its radius, and the eastern or western Ghouta written the same way
(غوطة دمشق الشرقية) stays the longer name's.

Every sentence here was written for these tests.
"""

import datetime as dt

import pytest

import gazetteer
from tests.articles import article
from timeline.pipeline import extract_article

pytestmark = pytest.mark.usefixtures("fresh_gazetteer_home")


@pytest.mark.parametrize(("text", "name", "precision"), [
    ("تعرضت غوطة دمشق لهجمات بالغاز", "Ghouta", "region"),
    ("قصفت الطائرات بلدات غوطة دمشق الشرقية", "Eastern Ghouta", "region"),
    ("قصفت المدفعية مزارع غوطة دمشق الغربية", "Western Ghouta", "region"),
])
def test_the_ghouta_of_damascus_resolves_to_the_region(text, name, precision):
    m = gazetteer.find_places(text)[0]
    assert (m.chosen.name, m.chosen.precision) == (name, precision)


def test_an_attack_told_in_the_ghouta_of_damascus_is_placed_there():
    text = "قتل 20 مدنيا في غارات جوية على غوطة دمشق يوم الخميس."
    events = extract_article(article(text, dt.date(2018, 3, 9)))
    assert [(e.event_type, e.date, e.place, e.place_precision, e.place_radius_km, e.killed) for e in events] == [
        ("airstrike", "2018-03-08", "Ghouta", "region", 30.0, 20)]
