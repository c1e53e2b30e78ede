"""After the area head منطقة, a name shared by a governorate and its seat is the governorate (منطقة إدلب،
منطقة أضنه جنوب تركيا), unless a definite word that is no country or direction adjective goes on with the name
(منطقة بغداد الجديدة: a quarter of the city). Every sentence here was written for these tests."""

import pytest

import gazetteer

pytestmark = pytest.mark.usefixtures("fresh_gazetteer_home")


def first(text: str) -> tuple[str, str]:
    m = next(m for m in gazetteer.find_places(text) if m.chosen)
    return m.chosen.name, m.chosen.precision


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل شرطيان في منطقة أضنه (جنوب) صباح الجمعة", ("Adana Province", "governorate")),
        ("نزح آلاف المدنيين إلى منطقة إدلب التي تسيطر عليها المعارضة", ("Idlib", "governorate")),
        ("فجر مسلح نفسه في منطقة الرقة السورية", ("Al-Raqqah", "governorate")),
        ("قتل شرطيان في مدينة أضنه صباح الجمعة", ("Adana", "city")),
        ("انفجرت عبوة قرب سوق في منطقة بغداد الجديدة", ("Baghdad", "city")),
    ],
    ids=["area-of-a-turkish-province", "area-before-a-relative", "area-before-a-country-adjective", "city-head",
         "a-longer-name-of-a-quarter"],
)
def test_an_area_head_before_a_seat(text: str, expected: tuple[str, str]) -> None:
    assert first(text) == expected
