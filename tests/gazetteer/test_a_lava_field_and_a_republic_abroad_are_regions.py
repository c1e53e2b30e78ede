"""Areas the news names by themselves, with no town beside them: the Lajat, the lava field north-east of Daraa
(اللجاة, at the mean of the towns at its corners and edge), and Chechnya, a republic of Russia (الشيشان, at the
countrystatecity centre of RU-CE). The adjective of a person's name (أبو عمر الشيشاني) names no place.

Every sentence here was written for these tests.
"""

import pytest

import gazetteer

pytestmark = pytest.mark.usefixtures("fresh_gazetteer_home")


def _chosen(text: str) -> list[tuple[str, str, str | None, str]]:
    return [(m.chosen.name, m.chosen.precision, m.chosen.admin1, m.chosen.country)
            for m in gazetteer.find_places(text)]


@pytest.mark.parametrize("text", [
    "قصفت قوات النظام بلدات في منطقة اللجاة",
    "تقدمت القوات في اللجاة",
])
def test_the_lajat_is_a_region_of_daraa(text):
    assert _chosen(text) == [("Lajat", "region", "Daraa", "SY")]


def test_chechnya_is_a_region_of_russia():
    assert _chosen("اشتبكت القوات الخاصة مع مسلحين في منطقة جبلية قرب الشيشان") == [
        ("Chechnya", "region", None, "RU")]


def test_a_chechen_by_his_name_is_no_place():
    assert _chosen("قتل القائد أبو عمر الشيشاني في غارة جوية") == []
