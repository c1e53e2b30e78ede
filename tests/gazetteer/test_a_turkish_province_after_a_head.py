"""A Turkish province's name after a head (محافظة، ولاية، إقليم) is the province, at the centre the
countrystatecity package gives it; the bare name, or the name after مدينة, stays the city. The head إقليم
before كردستان العراق still reads the autonomous region.

Every sentence here was written for these tests.
"""

import pytest

import gazetteer

pytestmark = pytest.mark.usefixtures("fresh_gazetteer_home")

PLACES = [
    ("سقط قتيلان في اشتباك داخل ولاية ديار بكر", "Diyarbakır Province", "governorate", (38.0815, 40.4298)),
    ("فرضت السلطات حظر التجول في محافظة تونجلي", "Tunceli Province", "governorate", (39.2198, 39.414)),
    ("أصيب ثلاثة جنود بلغم في إقليم هكاري", "Hakkâri Province", "governorate", (37.5767, 43.7378)),
    ("سقط قتيلان في اشتباك داخل مدينة ديار بكر", "Diyarbakır", "city", (37.91363, 40.21721)),
    ("فرضت السلطات حظر التجول في تونجلي", "Tunceli", "city", (39.0992, 39.5435)),
    ("أصيب جنديان بانفجار عبوة في شرناق", "Şırnak", "city", (37.5139, 42.4543)),
]


@pytest.mark.parametrize(("text", "name", "precision", "point"), PLACES, ids=[p[1] for p in PLACES])
def test_the_head_chooses_the_province_and_the_bare_name_the_city(text, name, precision, point):
    m = gazetteer.find_places(text)[0]
    assert (m.chosen.name, m.chosen.country, m.chosen.precision) == (name, "TR", precision)
    assert (m.chosen.lat, m.chosen.lon) == point


@pytest.mark.parametrize("head", ["إقليم", "اقليم"])
def test_the_head_iqlim_before_iraqi_kurdistan_reads_the_region(head):
    m = gazetteer.find_places(f"قصفت طائرات مواقع جبلية في {head} كردستان العراق")[0]
    assert (m.chosen.name, m.chosen.country, m.chosen.precision) == ("Iraqi Kurdistan", "IQ", "region")
