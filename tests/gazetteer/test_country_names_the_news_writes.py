"""Country names the news writes that the countries package lacks or mistranslates resolve to the
package's country; the feminine adjective spelt like a country (السعودية) is a place only where a
place is written; a dual countryside head (ريفي) names the governorates after it.

Every sentence here was written for these tests.
"""

import pytest

import gazetteer

pytestmark = pytest.mark.usefixtures("fresh_gazetteer_home")


@pytest.mark.parametrize(
    ("name", "country", "shown"),
    [
        ("تركيا", "TR", "تركيا"),
        ("بتركيا", "TR", "تركيا"),
        ("الأراضي التركية", "TR", "تركيا"),
        ("السعودية", "SA", "المملكة العربية السعودية"),
        ("الإمارات", "AE", "الإمارات العربية المتحدة"),
        ("بريطانيا", "GB", "المملكة المتحدة"),
        ("الفلبين", "PH", "الفلبين"),
    ],
)
def test_the_name_is_the_country(name, country, shown):
    place = gazetteer.lookup(name)
    assert (place.country, place.precision, place.name_ar, place.source) == (
        country, "country", shown, "countrystatecity")


def test_the_country_keeps_the_package_centre():
    place = gazetteer.lookup("تركيا")
    assert (place.lat, place.lon) == (39.0, 35.0)


def test_a_mistranslated_name_is_no_place():
    assert gazetteer.lookup("ديك رومى") is None


@pytest.mark.parametrize(
    "text",
    ["ردت المدفعية السعودية على مصادر النيران", "أعلنت الداخلية السعودية توقيف خلية",
     "انتشرت القوات على الحدود اليمنية السعودية"],
    ids=["artillery", "ministry", "border-adjective"],
)
def test_the_saudi_adjective_is_no_place(text):
    assert gazetteer.find_places(text) == []


@pytest.mark.parametrize(
    "text",
    ["سقط صاروخ في السعودية مساء أمس", "أطلقت الجماعة صاروخا باتجاه السعودية", "وقع انفجار بالسعودية"],
    ids=["in", "towards", "with-locative-clitic"],
)
def test_saudi_arabia_written_as_a_place(text):
    (match,) = gazetteer.find_places(text)
    assert (match.chosen.country, match.chosen.precision) == ("SA", "country")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصفت الطائرات قرى في ريفي حماة وإدلب", [("Hama", "governorate"), ("Idlib", "governorate")]),
        ("دارت اشتباكات في ريفي درعا الشرقي والغربي", [("Daraa", "governorate")]),
    ],
    ids=["two-governorates", "two-parts-of-one"],
)
def test_a_dual_countryside_names_governorates(text, expected):
    assert [(m.chosen.admin1, m.chosen.precision) for m in gazetteer.find_places(text)] == expected
