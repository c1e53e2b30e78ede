"""A supplement row for which no named source gives coordinates (an oil field, a river) keeps its name and
what it is, so the place is still recognised and written, but has no coordinates of its own: it carries the
point of its governorate, or of its country where the row names none (the Euphrates), both countrystatecity
centres, and `located` gives that governorate or country, which locates an event there as it locates a
village the gazetteer lacks written beside its governorate.

Every sentence here was written for these tests.
"""

import pytest

import gazetteer

pytestmark = pytest.mark.usefixtures("fresh_gazetteer_home")

DEIR_EZ_ZOR = ("Deir ez-Zor", "دير الزور", "governorate", "Deir ez-Zor", "SY", 35.2693236, 40.2401172, "SY-DY")
SYRIA = ("Syria", "سوريا", "country", None, "SY", 35.0, 38.0, "SY")


def described(place: gazetteer.Place) -> tuple:
    return (place.name, place.name_ar, place.precision, place.admin1, place.country, place.lat, place.lon,
            place.place_id)


def test_an_oil_field_no_source_places_is_named_and_located_by_its_governorate() -> None:
    match = gazetteer.find_places("شنت الطائرات غارات على حقل التيم النفطي")[0]
    field = match.chosen
    assert (match.text, field.name, field.precision, field.lat, field.lon, field.approximate, field.anchor_id) == (
        "التيم", "Al-Taym oil field", "point", 35.2693, 40.2401, True, "SY-DY")
    assert described(gazetteer.located(field)) == DEIR_EZ_ZOR


def test_a_river_without_a_governorate_is_located_by_its_country() -> None:
    river = gazetteer.lookup("الفرات")
    assert (river.name, river.anchor_id, described(gazetteer.located(river))) == ("Euphrates", "SY", SYRIA)


def test_a_sourced_place_locates_itself() -> None:
    place = gazetteer.find_places("قصف مدفعي على الغوطة الشرقية")[0].chosen
    assert gazetteer.located(place) is place
    assert (place.name, place.precision, place.lat, place.lon, place.approximate, place.anchor_id) == (
        "Eastern Ghouta", "region", 33.529, 36.395, True, "")


ALEPPO = ("Aleppo", "حلب", "governorate", "Aleppo", "SY", 36.1517479, 37.3935, "SY-HL")
IRAQ = ("Iraq", "العراق", "country", None, "IQ", 33.0, 44.0, "IQ")


@pytest.mark.parametrize(("text", "name", "anchor"), [
    ("ألقت المروحيات برميلين على بلدة كفر داعل", "Kafr Dael", ALEPPO),
    ("قتل عشرة مدنيين في قصف للطيران التركي على قرية زركال", "Zergele", IRAQ),
    ("قتل خمسة أشخاص في هجوم لمسلحين على قرية أسديرة", "Asdira", IRAQ),
], ids=["Kafr Dael", "Zergele", "Asdira"])
def test_a_village_no_source_places_is_named_and_located_by_its_anchor(text, name, anchor) -> None:
    village = next(m.chosen for m in gazetteer.find_places(text) if m.chosen and m.chosen.name == name)
    assert (village.precision, village.approximate) == ("village", True)
    assert described(gazetteer.located(village)) == anchor


def test_an_area_no_source_places_is_located_by_the_governorate_the_news_puts_it_in() -> None:
    area = gazetteer.find_places("قصف الطيران مواقع في منطقة كوبرات")[0].chosen
    assert (area.name, area.precision, area.approximate) == ("Kubrat", "region", True)
    assert described(gazetteer.located(area)) == (
        "Diyala", "ديالى", "governorate", "Diyala", "IQ", 34.0228719, 45.1046224, "IQ-DI")
