"""Villages, towns and quarters where the war news places attacks, which the packages lack (Syrian
communities placed by their OCHA p-code, Turkish and Lebanese towns by GeoNames, Khan Bani Saad by a
public page), resolve to themselves, and spellings the news uses for places the gazetteer has resolve to
those places; their homonyms (two bridges, the clouds, a given name, basil, a scorpion) stay no place.

Every sentence here was written for these tests.
"""

import pytest

import gazetteer

pytestmark = pytest.mark.usefixtures("fresh_gazetteer_home")

PLACES = [
    ("قصفت الطائرات بلدة جسرين في الغوطة الشرقية", "Jisrin", "SY", "town"),
    ("قتل مدنيان في قصف على بلدة الشيفونية قرب دوما", "Al-Shifuniyah", "SY", "town"),
    ("قصفت قوات النظام بلدة بسقلا بالمدفعية", "Basqala", "SY", "village"),
    ("دارت اشتباكات في محيط قرية البحصة", "Al-Bahsa", "SY", "village"),
    ("سيطرت الفصائل على قرية القرقور بعد معارك", "Qarqur", "SY", "village"),
    ("قصفت المدفعية قرية جورين بعشرات القذائف", "Jurin", "SY", "village"),
    ("استهدفت الطائرات قرية العنكاوي في الغاب", "Al-Ankawi", "SY", "village"),
    ("سقطت قذائف على قرية الدقماق", "Duqmaq", "SY", "village"),
    ("قصفت قوات النظام قرية غمام بالصواريخ", "Ghamam", "SY", "village"),
    ("شنت الطائرات غارات على أحياء درعا البلد", "Daraa al-Balad", "SY", "village"),
    ("قتل مدنيون في غارات على بلدة أورم الكبرى", "Urum al-Kubra", "SY", "town"),
    ("سقط صاروخ قرب مدرسة في قرية كفر بطيخ", "Kafr Battikh", "SY", "village"),
    ("انتزع المقاتلون السيطرة على بلدة صرين", "Sarrin", "SY", "town"),
    ("انفجرت سيارة مفخخة في بلدة ناحتة", "Nahta", "SY", "town"),
    ("تقدمت القوات نحو بلدة مليحة العطش", "Mliha al-Atash", "SY", "town"),
    ("استهدفت غارات بلدة بصر الحرير في اللجاة", "Busr al-Harir", "SY", "town"),
    ("سقطت صواريخ على مطار الثعلة العسكري", "Al-Thaala", "SY", "village"),
    ("قتلت امرأة في قصف على قرية جوزف", "Jawzaf", "SY", "village"),
    ("نفذ الطيران غارات على بلدة اليادودة", "Al-Yadudah", "SY", "village"),
    ("أطلق صاروخ على بلدة زبدين", "Zabdin", "SY", "village"),
    ("قصفت القوات قرية عبطين بالقذائف", "Abtin", "SY", "village"),
    ("سقطت قذائف هاون على قرية المكرمية", "Al-Mukarramiyah", "SY", "village"),
    ("دارت اشتباكات على أطراف بلدة الريحان", "Al-Rayhan", "SY", "village"),
    ("قصفت طائرات تركية موقعا في قرية كفرجنة", "Kafr Jannah", "SY", "village"),
    ("سقطت قذيفة على قرية السويعية", "Al-Suwaiyah", "SY", "village"),
    ("هاجم مسلحون قرية حضر الدرزية", "Hader", "SY", "town"),
    ("تعرضت أطراف بلدة حاس للقصف", "Has", "SY", "village"),
    ("قصفت قوات النظام مناطق في ريف بلدة عرى", "Ara", "SY", "town"),
    ("دارت اشتباكات في محيط بلدة عقرب", "Aqrab", "SY", "town"),
    ("تعرضت قرية خربة الناقوس لقصف مكثف", "Khirbat al-Naqus", "SY", "village"),
    ("سيطرت الفصائل على قرية نافعة في حوض اليرموك", "Nafiah", "SY", "village"),
    ("قتل ثلاثة في غارة على قرية الموزرة", "Al-Muzarah", "SY", "village"),
    ("قتل خمسة في غارة على قرية أرنبة", "Arnabah", "SY", "village"),
    ("قصفت المدفعية مواقع في مدينة خان أرنبة", "Khan Arnabah", "SY", "town"),
    ("وقعت اشتباكات في بلدة حيط", "Hayt", "SY", "village"),
    ("سقطت قذائف على قرية جباتا الخشب", "Jubata al-Khashab", "SY", "town"),
    ("طال القصف منزلا في بلدة كفرسجنة", "Kafr Sajnah", "SY", "village"),
    ("دخلت القوات بلدة النعيمة بعد انسحاب المعارضة", "Al-Naimah", "SY", "town"),
    ("فتحت القوات معبرا في بلدة الصبحة", "Al-Subhah", "SY", "village"),
    ("سيطرت قوات النظام على بلدة الطيحة", "Al-Tayhah", "SY", "village"),
    ("تمركز رتل عسكري قرب قرية كفرحوم", "Kafr Hum", "SY", "village"),
    ("سيطرت المعارضة على قرية قرقور", "Qarqur", "SY", "village"),
    ("أصابت غارة حافلة في سوق مدينة ضحيان", "Dahyan", "YE", "town"),
    ("استمرت الاشتباكات في بلدة جيزرا", "Cizre", "TR", "town"),
    ("أطلق مسلحون النار في مدينة شيرناق", "Şırnak", "TR", "city"),
    ("انفجرت قنبلة في بلدة شامدينلي", "Şemdinli", "TR", "town"),
    ("قصف الطيران بلدة الغارية الشرقية", "Al-Ghariyah al-Sharqiyah", "SY", "town"),
    ("سلمت الفصائل قرية حور كلس قرب الحدود", "Hiwar Kilis", "SY", "village"),
    ("قصفت الطائرات قرية حوار النهر", "Hiwar al-Nahr", "SY", "village"),
    ("سيطرت القوات على قرية حوش الضواهرة", "Hawsh al-Dawahirah", "SY", "village"),
    ("تواصلت الاشتباكات في قرية بيت عوان", "Bayt Awan", "SY", "village"),
    ("قتل مسلحون عشرين من سكان قرية قلب لوزة", "Qalb Lawzah", "SY", "village"),
    ("سقطت قذائف على بلدة بيت سحم", "Bayt Sahm", "SY", "town"),
    ("قصفت الطائرات قرية رام حمدان", "Ram Hamdan", "SY", "village"),
    ("دارت معارك في بلدة سحم الجولان", "Saham al-Jawlan", "SY", "town"),
    ("دارت اشتباكات عند قرية أم شرشوح", "Umm Sharshuh", "SY", "village"),
    ("أصابت غارة معبدا قرب قرية عين دارة", "Ain Dara", "SY", "village"),
    ("انفجرت سيارة مفخخة في بلدة تل براك", "Tell Brak", "SY", "town"),
    ("تقع البلدة بين نافعة وقرية عين ذكر", "Ain Dhakar", "SY", "village"),
    ("قصفت القوات قرية تل واسط في الغاب", "Tell Wasit", "SY", "village"),
    ("سقطت قذيفة على قرية قبتان الجبل", "Qabtan al-Jabal", "SY", "village"),
    ("استهدف قناص قرية سوق وادي بردى", "Suq Wadi Barada", "SY", "village"),
    ("دارت اشتباكات في بلدة معارة الأرتيق", "Ma'arat al-Artiq", "SY", "village"),
    ("فجر انتحاري نفسه في قضاء بعاج غرب الموصل", "Al Ba‘āj", "IQ", "village"),
    ("هاجم مسلحون مركزا للشرطة في مدينة بوزانتي", "Pozantı", "TR", "town"),
    ("أطلق مسلحون النار على شرطي في بلدة تشينار", "Çınar", "TR", "town"),
    ("زار الوزير موقعا حدوديا في بلدة ايلبيلي", "Elbeyli", "TR", "village"),
    ("انفجر جرار مفخخ قرب مدينة دوجوبيازيت", "Doğubeyazıt", "TR", "town"),
    ("وقع انفجار في بلدة ريحانلي الحدودية", "Reyhanlı", "TR", "town"),
    ("أصيب شرطيان في اشتباك قرب بلدة شيلوبي", "Silopi", "TR", "town"),
    ("اشتبك الجيش مع مسلحين في بلدة بريتال", "Brital", "LB", "village"),
    ("انفجرت سيارة مفخخة في سوق خان بني سعد", "Khan Bani Saad", "IQ", "town"),
    ("أطلق مسلح النار على مصلين في محافظة الأحساء", "Al-Ahsa", "SA", "governorate"),
    ("سقطت صواريخ على قاعدة تيفور الجوية", "Tiyas (T4) airbase", "SY", "point"),
    ("سيطرت القوات على بلدة مسرابة", "Misraba", "SY", "town"),
    ("خطف المسلحون نساء من قرية الشبكي شرق السويداء", "Al-Shabki", "SY", "village"),
    ("صد الأهالي هجوما على قرية المتونة", "Al-Matunah", "SY", "village"),
    ("ألقت المروحيات براميل على بلدة الحراك", "Al-Hirak", "SY", "town"),
    ("سقطت قذائف على مدينة البعث قرب خط الفصل", "Madinat al-Baath", "SY", "town"),
    ("قصفت مقاتلات مواقع قرب بلدة قلعة جندل", "Qalaat Jandal", "SY", "village"),
    ("سمع دوي انفجار في بلدة الشجرة بريف درعا الغربي", "Ash-Shajarah", "SY", "town"),
    ("قتل مدنيون في غارات على بلدة أم المياذن", "Umm al-Mayadhin", "SY", "town"),
    ("سقطت قذائف على بلدة الغارية الغربية", "Al-Ghariyah al-Gharbiyah", "SY", "town"),
    ("سقطت قذائف هاون على أحياء في العاصمة السورية", "Damascus", "SY", "city"),
    ("انفجرت سيارة مفخخة بالعاصمة الأفغانية", "Kabul", "AF", "city"),
    ("هاجم مسلحون فندقا في العاصمة الليبية", "Tripoli", "LY", "city"),
    ("قصفت الطائرات أطراف مدينة التل شمال دمشق", "Al-Tall", "SY", "town"),
    ("أعطبت الفصائل آلية في بلدة الزيارة", "Al-Ziyarah", "SY", "village"),
    ("اشتبك التنظيم مع الجيش على أطراف قرية مهين", "Mahin", "SY", "town"),
    ("انسحب المقاتلون من قرية تل أعور بعد الغارات", "Tell Awar", "SY", "village"),
    ("وقعت مواجهات مسلحة في محافظة كوموش خانة", "Gümüşhane Province", "TR", "governorate"),
    ("طهرت القوات بلدة باغوز على الفرات", "Baghuz", "SY", "village"),
    ("انفجرت قنبلة في سيارة للشرطة في بلدة سيمدينلي", "Şemdinli", "TR", "town"),
    ("دار قتال قرب بلدة أوشنافية الكردية", "Oshnavīyeh", "IR", "town"),
]


@pytest.mark.parametrize(("text", "name", "country", "precision"), PLACES, ids=[p[1] for p in PLACES])
def test_the_place_resolves(text, name, country, precision):
    m = gazetteer.find_places(text)[0]
    assert (m.chosen.name, m.chosen.country, m.chosen.precision) == (name, country, precision)


HOMONYMS = [
    ("شنت الطائرات غارات على جسرين فوق النهر في شرق سوريا", "Jisrin"),
    ("ظهرت الشمس من وراء الغمام فوق سوريا", "Ghamam"),
    ("قال جوزف عون إن الجيش السوري انسحب", "Jawzaf"),
    ("أضاف الطاهي أوراق الريحان إلى الطبق السوري", "Al-Rayhan"),
    ("حضر الاجتماع وزير الدفاع السوري", "Hader"),
    ("دعا الوزير إلى حوار وطني في سوريا", "Hiwar Kilis"),
    ("انفصمت عرى النسيج الاجتماعي في سوريا", "Ara"),
    ("لدغت عقرب راعيا في ريف حماة", "Aqrab"),
    ("اهتم بالعلوم النافعة في درعا", "Nafiah"),
    ("عولج من الانفصال الشبكي في مستشفى بالسويداء", "Al-Shabki"),
    ("انطلق الحراك الشعبي في درعا قبل سنوات", "Al-Hirak"),
    ("قال رامي عبد الرحمن إن القصف طال ريف السويداء", "Rami"),
    ("أصدر حزب البعث بيانا في القنيطرة", "Madinat al-Baath"),
    ("صعد الجنود إلى التل المطل على درعا", "Al-Tall"),
    ("قتل جملة من المسلحين في ريف درعا", "Jamlah"),
    ("جمعت الجمعية أموال الزكاة في حماة", "Al-Zakat"),
    ("أجلت الزيارة المقررة إلى حماة", "Al-Ziyarah"),
    ("وصف الوزير القرار بأنه مهين لسوريا", "Mahin"),
]


@pytest.mark.parametrize(("text", "name"), HOMONYMS, ids=[h[1] for h in HOMONYMS])
def test_homonyms_stay_no_place(text, name):
    """The word is read as a place only after a head (قرية، بلدة ...): a bare homonym is no place."""
    assert name not in [m.chosen.name for m in gazetteer.find_places(text) if m.chosen]
