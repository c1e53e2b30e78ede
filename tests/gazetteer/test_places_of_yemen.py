"""Yemen, whose war the news reports district by district, keeps every GeoNames place; a town of the
region beats a larger namesake far away once its country is named; a name written with a naming head
(مدينة X) keeps the namesakes of X; the city of Ibb, whose name folds to the month آب, is known after its head
only.

Every sentence here was written for these tests.
"""

import pytest

import gazetteer

pytestmark = pytest.mark.usefixtures("fresh_gazetteer_home")


def _chosen(text: str) -> list[tuple[str, str]]:
    return [(m.chosen.name, m.chosen.country) for m in gazetteer.find_places(text)]


def test_a_yemeni_village_under_ten_thousand_people_is_known():
    assert _chosen("اندلعت معارك في منطقة الرضمة بمحافظة إب اليمنية") == [("Ar Raḑmah", "YE")]


def test_the_regional_town_beats_a_far_namesake_when_its_country_is_named_in_the_text():
    text = "استعادت القوات الحكومية اليمنية مواقع جديدة. وقتل خمسة أشخاص بانفجار لغم أرضي في زنجبار وضواحيها."
    assert _chosen(text) == [("Zinjibār", "YE")]


def test_a_naming_head_keeps_the_namesakes_of_the_name():
    assert _chosen("قصفت طائرات التحالف مواقع في مدينة زنجبار اليمنية") == [("Zinjibār", "YE")]


def test_the_far_namesake_stays_where_its_country_is_named():
    assert _chosen("زار الرئيس مدينة زنجبار في تنزانيا") == [("Zanzibar", "TZ"), ("Tanzania", "TZ")]


def _chosen_precision(text: str) -> list[tuple[str, str]]:
    return [(m.chosen.name, m.chosen.precision) for m in gazetteer.find_places(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("قصفت طائرات التحالف مواقع في محافظة صعدة اليمنية", [("Saada", "governorate")]),
    ("تقدمت القوات الحكومية في ولاية صعدة شمال اليمن", [("Saada", "governorate"), ("Yemen", "country")]),
    ("انفجرت عبوة ناسفة في محافظة عدن جنوب البلاد", [("Adan", "governorate")]),
])
def test_a_yemeni_governorate_after_its_head_is_the_governorate(text, expected):
    assert _chosen_precision(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("قصفت طائرات التحالف مواقع في مدينة صعدة اليمنية", [("Sa'dah", "town")]),
    ("قصفت طائرات التحالف مواقع في صعدة اليمنية", [("Sa'dah", "town")]),
    ("انفجرت عبوة ناسفة في عدن جنوب البلاد", [("Aden", "city")]),
])
def test_a_bare_or_city_name_stays_the_yemeni_town(text, expected):
    assert _chosen_precision(text) == expected


def test_a_city_head_does_not_take_a_yemeni_governorate():
    assert _chosen_precision("خطف مسلحون الوزير من مكتبه في مدينة البيضاء قبل يومين") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("قصفت طائرات التحالف مواقع في مدينة إب اليمنية", [("Ibb", "city")]),
    ("قصفت طائرات التحالف مواقع في إب", []),
    ("قصفت طائرات التحالف مواقع في الأول من آب", []),
])
def test_the_city_of_ibb_whose_name_folds_to_a_month_is_known_after_its_head_only(text, expected):
    assert _chosen_precision(text) == expected
