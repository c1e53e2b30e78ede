"""Baqim (Saada) and Al Matun (Al Jawf), district seats the Yemeni war news names, are towns of the supplement at
their GeoNames points: found alone, after a locative or after بمديرية (the district word with its clitic).

Every sentence here was written for these tests.
"""

import pytest

import gazetteer

pytestmark = pytest.mark.usefixtures("fresh_gazetteer_home")


def _chosen(text: str) -> list[tuple[str, str, str]]:
    return [(m.chosen.name, m.chosen.country, m.chosen.precision) for m in gazetteer.find_places(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("استهدفت غارات جوية مواقع في باقم", [("Baqim", "YE", "town")]),
    ("تقدمت القوات على جبهتي باقم وكتاف", [("Baqim", "YE", "town")]),
    ("قصفت المقاتلات مواقع في جبهة حام بمديرية المتون", [("Al Matun", "YE", "town")]),
])
def test_a_yemeni_district_seat_resolves_to_its_town(text, expected):
    assert _chosen(text) == expected
