"""Towns of south-eastern Turkey and the Qandil mountains, where the news of the Turkish army and the
PKK is told, resolve to themselves (a province's name after the head إقليم to the province); their
homonyms (a family name, a vegetable) stay no place.

Every sentence here was written for these tests.
"""

import pytest

import gazetteer

pytestmark = pytest.mark.usefixtures("fresh_gazetteer_home")

PLACES = [
    ("قتل شرطيان في هجوم على دورية في إقليم سيلوبي", "Silopi", "TR", "town"),
    ("اندلعت اشتباكات في مدينة سيلبوبي الكردية", "Silopi", "TR", "town"),
    ("أعلنت السلطات حظر التجول في مدينة شيرناك", "Şırnak", "TR", "city"),
    ("انفجرت عبوة ناسفة بآلية عسكرية في إقليم شرناخ", "Şırnak Province", "TR", "governorate"),
    ("قتل جنديان بانفجار لغم في إقليم شرناق", "Şırnak Province", "TR", "governorate"),
    ("أصيب جنود في كمين قرب بلدة بيت الشباب", "Beytüşşebap", "TR", "town"),
    ("استهدفت طوافة عسكرية في منطقة بيت شباب", "Beytüşşebap", "TR", "town"),
    ("اشتباكات عنيفة في بلدة جيزرة الحدودية", "Cizre", "TR", "town"),
    ("سقط قتلى في هجوم على مخفر في شمدينلي", "Şemdinli", "TR", "town"),
    ("هاجم مسلحون قاعدة عسكرية قرب يوكسكوفا", "Yüksekova", "TR", "town"),
    ("انفجرت عبوة ناسفة في بلدة ليجه", "Lice", "TR", "town"),
    ("قصفت مقاتلات تركية مواقع في جبال قنديل", "Qandil Mountains", "IQ", "region"),
    ("دخلت قافلة المساعدات من معبر الوافدين", "Al-Wafideen crossing", "SY", "point"),
]


@pytest.mark.parametrize(("text", "name", "country", "precision"), PLACES, ids=[p[0][-12:] for p in PLACES])
def test_the_town_resolves(text, name, country, precision):
    m = gazetteer.find_places(text)[0]
    assert (m.chosen.name, m.chosen.country, m.chosen.precision) == (name, country, precision)


@pytest.mark.parametrize(
    "text",
    ["صدرت رواية جديدة للكاتب محمد قنديل هذا الشهر", "أضاف الطاهي جزرة مقطعة إلى الحساء"],
    ids=["family-name", "vegetable"],
)
def test_homonyms_stay_no_place(text):
    assert [m.chosen.name for m in gazetteer.find_places(text) if m.chosen] == []
