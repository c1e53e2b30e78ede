"""Places and dates of events: capitals standing for governments, countries leading an alliance, reference
points, names of ships and seas, spellings of the supplement, and yearless dates told right after a full
date."""

from __future__ import annotations

import datetime as dt

import pytest

import gazetteer
from tests.articles import article
from timeline.dates import find_dates
from timeline.models import Article
from timeline.pipeline import extract_article


def _places(text: str) -> list[tuple]:
    return [(m.text, m.chosen.name, m.is_actor, m.relation) for m in gazetteer.find_places(text)]


def _article(text: str, published_on: dt.date | None = dt.date(2018, 6, 13)) -> Article:
    return article(text, published_on, "a3", "AFP")


def _events(text: str, **kw) -> list[tuple]:
    return [
        (e.event_type, e.date, e.date_end, e.date_precision, e.date_basis, e.place, e.place_relation)
        for e in extract_article(_article(text, **kw))
    ]


# -- a capital after a government cue stands for its government ------------------------------------


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("وقال قائد في القوات الموالية لدمشق إن الهجوم فشل.", "لدمشق"),
        ("تسعى موسكو صاحبة الكلمة المسموعة لدى دمشق إلى تهدئة.", "دمشق"),
        ("وكانت روسيا حليفة دمشق قد رفضت القرار.", "دمشق"),
        ("وفي أيار أعلنت بغداد أنها ضربت أوكارا للمتطرفين.", "بغداد"),
        ("ونفت دمشق أي علاقة لها بالحادث.", "دمشق"),
        ("واعتبرت بغداد أن القرار تدخل في شؤونها.", "بغداد"),
        ("وتتهم الرياض جماعة مسلحة بتهريب السلاح.", "الرياض"),
        ("وجاء القرار على خلفية اتهام دمشق بخرق الهدنة.", "دمشق"),
        ("واستعادت دمشق السيطرة على المعبر الشهر الماضي.", "دمشق"),
        ("وقتل ثلاثة جنود بحسب بغداد.", "بغداد"),
        ("وقتل عشرة مدنيين في الغارات التي شنتها دمشق أمس.", "دمشق"),
        ("وتتواصل العملية التي تشنها بغداد منذ أسابيع.", "بغداد"),
        ("وجاء ذلك بعد اتهامات بقصف المستشفى، الأمر الذي نفته دمشق.", "دمشق"),
        ("وهو اتهام رفضته طهران بشكل قاطع.", "طهران"),
        ("وهي رواية تنفيها أنقرة منذ أيام.", "أنقرة"),
    ],
    ids=["loyal-to", "influence-with", "ally-of", "announced", "denied", "judged", "accuses", "accusation-of",
         "retook", "according-to", "waged-it", "wages-it", "denied-it", "rejected-it", "denies-it"],
)
def test_a_capital_after_a_government_cue_is_an_actor(text, written):
    found = {t: actor for t, _, actor, _ in _places(text)}
    assert found[written] is True


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("وتتهم واشنطن ولندن الحكومة بشن هجمات بالغاز.", "ولندن"),
        ("وقصفت واشنطن مع باريس مواقع عسكرية في سوريا.", "باريس"),
        ("وتتهم لندن وباريس وواشنطن الحكومة بشن هجمات بالغاز.", "لندن"),
    ],
    ids=["listed-after", "joined-by-with", "listed-before"],
)
def test_a_capital_listed_with_a_government_is_one(text, written):
    found = {t: actor for t, _, actor, _ in _places(text)}
    assert found[written] is True


@pytest.mark.parametrize(
    ("text", "written", "name"),
    [
        ("قصفت الطائرات دمشق وبغداد في يوم واحد.", "وبغداد", "Baghdad"),
        ("شهدت بغداد تفجيرين في سوق شعبي.", "بغداد", "Baghdad"),
        ("سقطت قذائف على دمشق مساء أمس.", "دمشق", "Damascus"),
        ("قتل ثلاثة في انفجار ببغداد.", "ببغداد", "Baghdad"),
    ],
    ids=["listed-with-a-place", "witnessed", "shells-on", "in-baghdad"],
)
def test_a_capital_is_still_a_place_elsewhere(text, written, name):
    assert (written, name, False, None) in _places(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقصفت طائرات التحالف الذي تقوده السعودية، يوم 12 حزيران 2018، مخازن أسلحة داخل القاعدة الجوية.",
         [(None, "Saudi-led coalition")]),
        ("وفي 12 حزيران 2018 شنت قوات التحالف بقيادة السعودية هجوما على الميناء.", [(None, "Saudi-led coalition")]),
        ("وفي 12 حزيران 2018 سقط صاروخ أطلقه الحوثيون على السعودية.", [("Saudi Arabia", "Houthis")]),
    ],
    ids=["aircraft-of-the-alliance-it-leads", "forces-under-its-lead", "a-missile-on-the-country"],
)
def test_a_strike_by_the_alliance_a_country_leads_is_not_placed_in_that_country(text, expected):
    assert [(e.place, e.actor) for e in extract_article(_article(text))] == expected


def test_the_place_of_a_strike_a_capital_reports_the_toll_of_is_not_that_capital():
    text = "وفي 3 آذار 2017 قصفت طائرات مواقع في الجولان وقتل خمسة مدنيين بحسب دمشق."
    assert [e[5] for e in _events(text)] == ["Golan Heights"]


def test_an_attack_a_capital_denied_is_not_placed_at_that_capital():
    text = "واتهم مسعفون القوات الحكومية بشن هجوم بالغازات السامة يوم 7 نيسان 2018، الأمر الذي نفته دمشق."
    assert [e[5] for e in _events(text)] == [None]
    text = "واتهم مسعفون القوات الحكومية بهجوم بالغازات السامة على مدينة دوما يوم 7 نيسان 2018، الأمر الذي نفته دمشق."
    assert [e[5] for e in _events(text)] == ["Dūmā"]
    text = "وقتل خمسة مدنيين يوم 7 نيسان 2018 في تفجير سيارة مفخخة في دمشق، وهو ما أكدته الشرطة."
    assert [e[5] for e in _events(text)] == ["Damascus"]


def test_the_place_of_a_strike_announced_by_a_capital_is_not_that_capital():
    text = "وفي 3 آذار 2017 أعلنت بغداد أن طائراتها قصفت مواقع للمتشددين في مدينة البوكمال."
    assert _events(text) == [("airstrike", "2017-03-03", "2017-03-03", "day", "explicit", "Abu Kamal", None)]


# -- reference points: bordering on, lying some distance from ---------------------------------------


def test_a_governorate_bordering_the_event_area_is_a_reference_point():
    assert _places("قصفت الطائرات مواقع في منطقة نائية الحدودية مع محافظة كركوك.") == [
        ("كركوك", "Kirkuk", False, "near"),
    ]


def test_a_place_the_site_lies_some_distance_from_is_a_reference_point():
    assert _places("انفجرت مستودعات في المطار الذي يبعد عن العاصمة دمشق بضعة كيلومترات.") == [
        ("دمشق", "Damascus", False, "near"),
    ]
    assert _places("دوت انفجارات في القاعدة التي تبعد عن مدينة حمص مسافة قصيرة.")[0][1:] == (
        "Homs", False, "near")


def test_an_event_in_an_unknown_area_bordering_a_governorate_is_near_it():
    text = "قصفت طائرات التحالف يوم 5 أيار 2017 مواقع في منطقة نائية الحدودية مع محافظة كركوك."
    assert _events(text) == [("airstrike", "2017-05-05", "2017-05-05", "day", "explicit", "Kirkuk", "near")]


def test_the_place_before_a_bordering_reference_is_the_event_place():
    found = gazetteer.find_places("قصفت الطائرات قرية الصالحية الحدودية مع محافظة الرقة.")
    assert [(m.text, m.relation, m.anchor) for m in found] == [("الصالحية", None, False), ("الرقة", "near", True)]


# -- names of something else: ships named after people, seas named after places --------------------


def test_a_ship_named_after_an_admiral_is_not_a_place():
    assert _places("أبحرت الفرقاطة الأميرال إيسين نحو المتوسط.") == []


def test_a_sea_named_after_a_city_is_not_that_city():
    assert [p[1] for p in _places("أطلقت السفن صواريخ مجنحة من بحر قزوين.")] == []


# -- spellings the packages lack --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written", "name", "country"),
    [
        ("اقتحمت القوات غوطة دمشق الشرقية من ثلاثة محاور.", "غوطة دمشق الشرقية", "Eastern Ghouta", "SY"),
        ("تقدمت الفصائل في غوطة دمشق الغربية.", "غوطة دمشق الغربية", "Western Ghouta", "SY"),
        ("قتل القيادي في غارة على الأراضي السورية.", "الأراضي السورية", "Syria", "SY"),
        ("توغلت الدبابات في الأراضي العراقية.", "الأراضي العراقية", "Iraq", "IQ"),
        ("هاجم انتحاري مخفرا في مدينة دوغوبيازيد شرق تركيا.", "دوغوبيازيد", "Doğubeyazıt", "TR"),
        ("قتل أربعة في تفجيرات هزت العاصمة جاكرتا في إندونيسيا.", "جاكرتا", "Jakarta", "ID"),
    ],
    ids=["eastern-ghouta", "western-ghouta", "syrian-territory", "iraqi-territory", "dogubeyazit", "jakarta"],
)
def test_spellings_added_to_the_supplement(text, written, name, country):
    match = next(m for m in gazetteer.find_places(text) if m.text == written)
    assert (match.chosen.name, match.chosen.country, match.relation) == (name, country, None)


def test_the_eastern_ghouta_of_damascus_is_not_the_east_of_damascus():
    text = "شنت قوات النظام يوم 18 شباط 2018 هجوما على غوطة دمشق الشرقية."
    assert _events(text) == [
        ("ground_attack", "2018-02-18", "2018-02-18", "day", "explicit", "Eastern Ghouta", None),
    ]


# -- a yearless day and month right after a full date takes its year -------------------------------


def _dates(text: str, reference: dt.date | None = dt.date(2018, 6, 13)) -> list[tuple]:
    return [(m.text, m.value, m.end_value, m.precision, m.needs_reference) for m in find_dates(text, reference)]


def test_a_yearless_night_after_a_full_date_takes_its_year():
    text = "تعرضت البلدة لغارة في الرابع من نيسان 2017. وليل 6-7 نيسان قصفت البوارج القاعدة."
    assert _dates(text)[1] == ("ليل 6-7 نيسان", dt.date(2017, 4, 6), dt.date(2017, 4, 7), "range", False)


def test_a_chronology_keeps_the_year_of_its_last_full_date():
    text = "12 شباط 2015: غارة على الجولان. وفي 3 أيار قصف قرب دمشق. 9 أيلول: صواريخ على القنيطرة."
    assert [(d[0], d[1]) for d in _dates(text)] == [
        ("12 شباط 2015", dt.date(2015, 2, 12)),
        ("3 أيار", dt.date(2015, 5, 3)),
        ("9 أيلول", dt.date(2015, 9, 9)),
    ]


def test_a_yearless_date_after_a_full_date_needs_no_reference():
    text = "بدأت الحملة في 20 آذار 2003، وسقطت المدينة في التاسع من نيسان."
    assert _dates(text, None)[1] == ("التاسع من نيسان", dt.date(2003, 4, 9), dt.date(2003, 4, 9), "day", False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a qualifier ties the date to the article's date
        ("قتل في 19 أيار 2016 جندي. وفي 19 أيار الماضي أعلن الجيش الهدنة.", dt.date(2018, 5, 19)),
        # too far from the full date: the reference decides
        ("قتل في 19 أيار 2016 جندي. " + "وتواصلت المعارك في أنحاء المحافظة طوال الأسابيع التالية " * 5
         + "وفي 2 حزيران قصفت الطائرات البلدة.", dt.date(2018, 6, 2)),
        # a month and year is not a full date
        ("قتل في أيار 2016 جندي. وفي 2 حزيران قصفت الطائرات البلدة.", dt.date(2018, 6, 2)),
    ],
    ids=["qualifier", "too-far", "month-only"],
)
def test_the_reference_still_decides_otherwise(text, expected):
    assert _dates(text)[-1][1] == expected


def test_the_event_of_a_yearless_date_after_a_full_date():
    text = ("قتل 5 جنود في غارة على بلدة منبج في الرابع من نيسان 2017. "
            "وليل 6-7 نيسان قصفت بارجتان أمريكيتان بالصواريخ قاعدة الشعيرات الجوية في وسط سوريا.")
    assert [e[1:] for e in _events(text)] == [
        ("2017-04-04", "2017-04-04", "day", "explicit", "Manbij", None),
        ("2017-04-06", "2017-04-07", "range", "explicit", "Shayrat airbase", None),
    ]


# -- common words and surnames that are also names of towns -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "وتوقع الباحث خورشيد دلي أن تنتهي العمليتان معا.",
        "ويجب أن يكون نقده هادفا يبني ولا يهدم.",
        "قدمت المخرجة فيلما رنانا وفيلما رنان الصدى.",
        "نشأ الشاب داخل أسرة من الطبقة المتوسطة في العاصمة.",
        "وانتقدت الطبقة السياسية في البلاد الحكومة.",
        "وأشار صلاح الدين دميرطاش رئيس الحزب إلى ذلك.",
    ],
    ids=["surname-dali", "his-criticism", "resonant", "middle-class", "political-class", "demirtas"],
)
def test_common_words_and_surnames_are_not_places(text):
    assert [m.chosen.name for m in gazetteer.find_places(text)] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("سيطرت القوات على مدينة الطبقة قرب السد.", "Al-Tabqa"),
        ("قتل ثلاثة في قصف على الطبقة بريف الرقة.", "Al-Tabqa"),
        ("وصل الوزير إلى دلهي في زيارة للهند.", "Delhi"),
    ],
    ids=["tabqa-head", "tabqa-governorate", "delhi-spelling"],
)
def test_the_towns_still_resolve(text, name):
    assert name in [m.chosen.name for m in gazetteer.find_places(text)]
