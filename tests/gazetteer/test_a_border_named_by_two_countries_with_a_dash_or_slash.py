"""A border named by the adjectives of its two countries is found in either order, with or without a dash or a
slash between them, spaced or not (الحدود التركية - السورية، الحدود السورية/التركية)."""

import pytest

import gazetteer

pytestmark = pytest.mark.usefixtures("fresh_gazetteer_home")


@pytest.mark.parametrize("border", [
    "الحدود التركية السورية", "الحدود السورية التركية", "الحدود التركية - السورية", "الحدود السورية-التركية",
    "الحدود السورية / التركية", "الحدود التركية– السورية", "الحدود السورية —التركية",
])
def test_the_syrian_turkish_border_is_read_whatever_joins_its_countries(border: str) -> None:
    text = f"قتل جندي في اشتباك على {border} مساء أمس"
    found = [(text[m.start:m.end], m.chosen.name) for m in gazetteer.find_places(text)]
    assert found == [(border, "Syria–Turkey border")]


def test_the_iraqi_syrian_border_with_a_spaced_dash_keeps_the_place_after_it() -> None:
    text = "قصفت الطائرات مواقع على الحدود العراقية - السورية قرب البوكمال"
    found = [(text[m.start:m.end], m.chosen.name) for m in gazetteer.find_places(text)]
    assert found == [("الحدود العراقية - السورية", "Syria–Iraq border"), ("البوكمال", "Abu Kamal")]


def test_two_places_apart_across_a_spaced_dash_stay_two() -> None:
    text = "حلب - قصفت الطائرات مدينة منبج"
    assert [m.chosen.name for m in gazetteer.find_places(text)] == ["Aleppo", "Manbij"]
