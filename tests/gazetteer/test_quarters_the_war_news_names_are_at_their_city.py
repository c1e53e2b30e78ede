"""Quarters of Ramadi, Fallujah, Baghdad, Aleppo, Deir ez-Zor, Hasakah, Daraa, Istanbul and Kuwait City and
the village of Handarat, which the war news names and no source places (or places apart from its city, splitting
one attack told at both), resolve to themselves at the point of their city (a point derived by the rule their
note writes, approximate); the Bani Saad subdistrict is its seat Khan Bani Saad,
Ceylanpinar a Turkish town at its GeoNames point, سوروس and بيرسوس (its Kurdish name) Suruc. A name that is also a
common word (nationalisation, a fight, the seller, the rightly guided caliphs, gambling, a pit, elation), a tribe
(بني سعد) or a surname (سوروس) is a place only after a head.

Every sentence here was written for these tests.
"""

import pytest

import gazetteer

pytestmark = pytest.mark.usefixtures("fresh_gazetteer_home")

PLACES = [
    ("سيطرت القوات على حي التأميم في الرمادي", "Al-Tamim (Ramadi)", "city", 33.421, 43.308),
    ("سقطت قذائف على حي نزال", "Nazzal (Fallujah)", "city", 33.349, 43.786),
    ("انفجرت عبوة في سوق حي البياع", "Al-Bayaa (Baghdad)", "city", 33.341, 44.401),
    ("دارت اشتباكات عنيفة في حي الراشدين", "Al-Rashidin (Aleppo)", "city", 36.201, 37.161),
    ("ألقت المروحيات برميلا على حي الميسر", "Al-Maysar (Aleppo)", "city", 36.201, 37.161),
    ("قصف المسلحون حي الجورة بالهاون", "Al-Jura (Deir ez-Zor)", "city", 35.336, 40.141),
    ("تقدمت القوات في حي غويران", "Ghuwayran (Hasakah)", "city", 36.502, 40.748),
    ("سيطرت الوحدات الكردية على حي النشوة الغربية", "Al-Nashwa (Hasakah)", "city", 36.502, 40.748),
    ("استعاد الجيش بلدة حندرات", "Handarat", "village", 36.201, 37.161),
    ("فجر انتحاري نفسه في مسجد بمنطقة الصوابر", "Al-Sawabir (Kuwait City)", "city", 29.367, 47.974),
    ("قصفت الفصائل المربع الأمني في درعا المحطة", "Daraa al-Mahatta (Daraa)", "city", 32.619, 36.102),
    ("أطلق مسلح النار على حراس قنصلية في حي ايستينيه", "İstinye (Istanbul)", "city", 41.014, 28.95),
]


@pytest.mark.parametrize(("text", "name", "precision", "lat", "lon"), PLACES, ids=[p[1] for p in PLACES])
def test_a_quarter_is_at_its_city_s_point(text, name, precision, lat, lon):
    m = gazetteer.find_places(text)[0]
    assert (m.chosen.name, m.chosen.precision, m.chosen.lat, m.chosen.lon, m.chosen.approximate) == (
        name, precision, lat, lon, True)


@pytest.mark.parametrize(("text", "name", "country", "precision"), [
    ("انفجرت سيارة مفخخة في سوق ناحية بني سعد", "Khan Bani Saad", "IQ", "town"),
    ("قتل شرطيان في بلدة جيلان بينار على الحدود", "Ceylanpınar", "TR", "town"),
    ("انفجرت قنبلة في مدينة سوروس الحدودية", "Suruç", "TR", "town"),
    ("تظاهر الأكراد في بيرسوس بعد التفجير", "Suruç", "TR", "town"),
], ids=["Bani Saad", "Ceylanpinar", "Suruc misspelt", "Suruc in Kurdish"])
def test_a_town_the_news_names_by_another_spelling(text, name, country, precision):
    m = gazetteer.find_places(text)[0]
    assert (m.chosen.name, m.chosen.country, m.chosen.precision) == (name, country, precision)


@pytest.mark.parametrize(("text", "name"), [
    ("أعلنت الحكومة السورية التأميم الكامل لشركات النفط", "Al-Tamim (Ramadi)"),
    ("دعا الشيخ إلى نزال في ساحة الفلوجة", "Nazzal (Fallujah)"),
    ("اشترى البياع الخضار من سوق بغداد", "Al-Bayaa (Baghdad)"),
    ("تحدث الخطيب عن الخلفاء الراشدين في حلب", "Al-Rashidin (Aleppo)"),
    ("حرم القانون الميسر في سوريا", "Al-Maysar (Aleppo)"),
    ("سقط الطفل في الجورة قرب دير الزور", "Al-Jura (Deir ez-Zor)"),
    ("عاش المقاتلون النشوة بعد النصر في الحسكة", "Al-Nashwa (Hasakah)"),
    ("قال شيخ من بني سعد إن القصف طال ديالى", "Khan Bani Saad"),
    ("قال الملياردير جورج سوروس إن الحرب في سوريا طويلة", "Suruç"),
], ids=["Tamim", "Nazzal", "Bayaa", "Rashidin", "Maysar", "Jura", "Nashwa", "Bani Saad", "Soros"])
def test_a_quarter_s_name_alone_is_a_word(text, name):
    assert name not in [m.chosen.name for m in gazetteer.find_places(text) if m.chosen]
