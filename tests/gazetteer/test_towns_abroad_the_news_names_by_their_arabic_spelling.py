"""Towns and provinces abroad that the news names where attacks happen, spelt as the news spells them, resolve
to their GeoNames or countrystatecity point when the text names their country: Carcassonne, Gamboru on the
Nigerian-Cameroonian border, Lashkar Gah, Quetta (GeoNames writes كويته), Johannesburg (GeoNames writes
جوهانسبرغ), Dangam on the Afghan-Pakistani border, and the Afghan province of Nangarhar in its several
spellings.

Every sentence here was written for these tests.
"""

import pytest

import gazetteer

pytestmark = pytest.mark.usefixtures("fresh_gazetteer_home")


@pytest.mark.parametrize(("text", "name", "country", "precision"), [
    ("خطف المهاجم سيارة في بلدة كاركاسون جنوب فرنسا", "Carcassonne", "FR", "city"),
    ("أطلق مسلحون النار على عمال قرب بلدة غامبورو في نيجيريا", "Gamboru", "NG", "town"),
    ("انفجرت سيارة مفخخة في مدينة لشكر كاه في أفغانستان", "Lashkar Gah", "AF", "city"),
    ("اندلعت معارك بين أنصار القائد ومعارضيه في مدينة كويتا الباكستانية", "Quetta", "PK", "city"),
    ("أطلق مجهول النار على رجل أعمال في مدينة جوهانسبورغ بجنوب أفريقيا", "Johannesburg", "ZA", "city"),
    ("قصفت طائرة مسيرة موقعا في إقليم ننكرهار في أفغانستان", "Nangarhar", "AF", "region"),
    ("قتل قائد في غارة في محافظة نانغارهار في أفغانستان", "Nangarhar", "AF", "region"),
    ("ألقت مقاتلات قنابل على منطقة دانجام في أفغانستان", "Dangam", "AF", "village"),
], ids=["Carcassonne", "Gamboru", "Lashkar Gah", "Quetta", "Johannesburg", "Nangarhar", "Nangarhar spelt long",
        "Dangam"])
def test_a_town_abroad_the_news_names_resolves(text, name, country, precision):
    m = gazetteer.find_places(text)[0]
    assert (m.chosen.name, m.chosen.country, m.chosen.precision) == (name, country, precision)
