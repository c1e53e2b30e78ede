"""Yemen calls its districts مديرية (cues.csv office_head with its countries): before the name of a Yemeni place
the word names the district, as a head or locative does, not an office (مديرية باقم is Baqim district); elsewhere
it stays an office (مديرية صحة إدلب، مديرية إدلب).

Every sentence here was written for these tests.
"""

import pytest

import gazetteer

pytestmark = pytest.mark.usefixtures("fresh_gazetteer_home")


def _chosen(text: str) -> list[tuple[str, str, str]]:
    return [(m.chosen.name, m.chosen.country, m.chosen.precision) for m in gazetteer.find_places(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("دارت معارك عنيفة في مديرية باقم بمحافظة صعدة", [("Baqim", "YE", "town"), ("Saada", "YE", "governorate")]),
    ("شنت طائرات التحالف غارات على مديرية باقم", [("Baqim", "YE", "town")]),
    ("قصفت المقاتلات مواقع في جبهة حام بمديرية المتون", [("Al Matun", "YE", "town")]),
    ("تقدمت القوات الحكومية في مديرية باجل", [("Bājil", "YE", "town")]),
    ("سقطت قذيفة على منزل في مديرية الدريهمي", [("Ad Durayhimī", "YE", "village")]),
])
def test_mudiriya_before_a_yemeni_place_names_its_district(text, expected):
    assert _chosen(text) == expected


@pytest.mark.parametrize("text", [
    "أعلنت مديرية صحة إدلب حصيلة الجرحى",
    "أعلنت مديرية إدلب إغلاق المدارس",
])
def test_mudiriya_before_a_syrian_place_stays_an_office(text):
    assert _chosen(text) == []


def test_an_uncounted_yemeni_village_without_mudiriya_still_needs_support():
    assert _chosen("سقطت قذيفة على الدريهمي") == []

