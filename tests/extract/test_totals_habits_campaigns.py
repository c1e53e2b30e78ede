"""Totals over a period, scattered attacks, habits and campaigns are not attack events; a dated
attack told beside them still is."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import typed_events


@pytest.mark.parametrize(
    "text",
    [
        "وقتل 32 مدنيا خلال 24 ساعة في غارات على مدينة منبج.",
        "وقتل العشرات على مدار الأسبوع في قصف على مدينة منبج.",
        "وارتفع عدد القتلى منذ بدء التصعيد إلى 93 في غارات على مدينة منبج.",
        "وقتل 12 مدنيا في هجمات متفرقة في مدينة منبج يوم 10 آب 2016.",
        "ويقصف النظام مدينة منبج بانتظام بالبراميل المتفجرة.",
        "وتتعرض مدينة منبج لغارات يومية منذ أشهر.",
        "وأطلقت القوات التركية عملية عسكرية في مدينة منبج في كانون الثاني الماضي.",
        "ووسع الجيش عمليته العسكرية في ريف منبج خلال الصيف.",
        "ويواصل الطيران التركي قصف مواقع الحزب في مدينة منبج.",
        "ودأبت إسرائيل خلال الأسابيع الأخيرة على شن غارات على مواقع قرب مدينة منبج.",
        "ووصف النشطاء الوضع في مدينة منبج بأن الغارات الجوية مستمرة منذ أيام.",
        "وضاعف التنظيم من هجماته على القوات في مدينة منبج الشهر الماضي.",
        "وكان يجلب مواد متفجرة للتخطيط لتفجير كنيسة في مدينة منبج.",
        "وأبطل خبراء متفجرات، أمس، مفعول عبوة ناسفة قرب مبنى في مدينة منبج.",
        "وكان يدعو في فيديوهات إلى ضرب مدينة منبج يوم 10 آب 2016.",
        "وقال المتحدث إن العمليات العسكرية في مدينة منبج أدت إلى مقتل 40 شخصا على الأقل.",
        "وترفض الحكومة قيام الجيش التركي بشن عمليات عسكرية قرب مدينة منبج.",
        "واستقبلت مدينة منبج آلاف النازحين بعد هجوم بدأ في تموز الماضي.",
        "وقتل المئات في هجوم بدأته القوات على مدينة منبج الشهر الماضي.",
        "وقالت مصادر إن 45 مسلحا قتلوا في غارات على مدينة منبج خلال اليومين الماضيين.",
        "وقتل 17 مدنيا خلال الأيام الأخيرة في قصف على مدينة منبج.",
        "فخلال العام الماضي شهدت مدينة منبج 210 هجمات أودت بحياة 500 شخص.",
        "وناقش الوزيران الغارات التي تشنها أنقرة على مواقع الحزب قرب مدينة منبج.",
        "وأكد وزير الدفاع التركي في مؤتمر صحافي عقده اليوم، أن العمليات العسكرية التركية ضد الحزب في مدينة منبج "
        "حققت أهدافها.",
        "وقتل أكثر من 150 شخصا في مدينة منبج بعد ساعات طويلة من الاشتباكات العنيفة.",
        "وشن التنظيم عملية عسكرية جديدة ضد الفصائل شمال مدينة منبج.",
        "ونفذ التحالف 14 غارة على الموصل وتكريت وبيجي والرمادي يوم 10 آب 2016.",
        "ونفذ التحالف 9 غارات على الرقة والجعيفري ودير الزور والبوكمال يوم 10 آب 2016.",
        "وناقش الوزيران يوم 10 آب 2016 الغارات الأخيرة على مدينة منبج التي أسفرت عن مقتل مدنيين.",
        "وارتفع عدد القتلى المدنيين إلى 300 منذ بدء عملية التحالف في مدينة منبج.",
        "وتشن القوات التركية منذ 20 تموز 2016 هجوما واسعا على مدينة منبج.",
        "وتعرضت مدينة منبج طوال سنوات لقصف أودى بحياة المئات.",
        "ومنذ اندلاع جولة العنف في 20 تموز، قتل 30 جنديا في هجمات على مدينة منبج.",
        "وكما دأبوا عند تعرضهم لضربات قاصمة، حول المسلحون بيوت المدنيين في مدينة منبج إلى ثكنات.",
        "وضاعف تنظيم داعش من هجماته على مدينة منبج منذ خروجه منها الشهر الماضي.",
        "وشن الجيش عشرات الغارات على مدينة منبج خلال السنوات الخمس الماضية.",
        "وقتل 45 مسلحا في غارات على مدينة منبج خلال الأيام الثلاثة الماضية.",
        "ووثقت الشبكة مقتل 212 مدنيا في غارات على مدينة منبج خلال شهر تموز الماضي.",
        "وقتل أربعة جنود في هجمات منفصلة للتنظيم على مدينة منبج مطلع الأسبوع.",
        "ويتبنى التنظيم في بعض الأحيان تفجيرات في مدينة منبج.",
        "وينشط التنظيم في مدينة منبج على شكل خلايا تتبنى عمليات اغتيال وتفجيرات.",
        "وقتل 60 مدنيا في مدينة منبج جراء القصف منذ مطلع السنة.",
        "وقتل العشرات في مدينة منبج بقذائف الفصائل منذ شهور.",
    ],
    ids=["toll-over-24-hours", "over-a-week", "since-escalation", "scattered", "habit-regularly",
         "habit-daily", "campaign-launched-in-a-month", "campaign-widened", "campaign-continues",
         "habit-recent-weeks", "continuing", "attacks-stepped-up", "planning",
         "bomb-defused", "call-to-strike", "operations-toll", "operations-undated", "attack-began-in-a-month",
         "attack-begun-by-a-side", "toll-over-the-last-two-days", "toll-over-the-last-days",
         "count-over-last-year-after-a-conjunction", "strikes-a-side-wages",
         "operations-on-the-day-of-a-saying", "toll-after-hours-of-fighting", "an-operation-without-toll-or-day",
         "count-over-far-apart-towns", "count-over-towns-and-an-unknown-item", "the-recent-raids",
         "toll-since-an-operation-began", "wide-offensive-since-a-day", "shelled-for-years", "habit-in-the-plural",
         "toll-since-a-round-of-violence", "stepped-up-by-a-named-side", "over-the-last-five-years",
         "toll-over-the-last-three-days", "toll-over-a-named-month", "separate-attacks-summed",
         "habit-sometimes", "claims-in-the-present", "toll-since-the-start-of-the-year", "toll-since-months"],
)
def test_not_an_attack_event(text: str) -> None:
    assert typed_events(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأطلقت القوات التركية عملية عسكرية في مدينة منبج يوم 10 آب 2016.",
         [("ground_attack", "2016-08-10", "Manbij")]),
        ("وقتل 5 مدنيين في غارة على مدينة منبج يوم 10 آب 2016. وقتل 32 مدنيا خلال 24 ساعة في غارات على مدينة "
         "الباب.", [("airstrike", "2016-08-10", "Manbij")]),
        ("وشنت القوات التركية عمليات عسكرية على مدينة منبج يوم 10 آب 2016.",
         [("ground_attack", "2016-08-10", "Manbij")]),
        ("وشن الجيش هجوما بدأ فجر يوم 10 آب 2016 على مدينة منبج.", [("ground_attack", "2016-08-10", "Manbij")]),
        ("وسيطر الجيش خلال اليومين الماضيين على حي الصناعة في مدينة منبج يوم 10 آب 2016.",
         [("ground_attack", "2016-08-10", "Manbij")]),
        ("وقتل 5 مدنيين في غارات لتحالف تقوده الولايات المتحدة على مدينة منبج.", [("airstrike", None, "Manbij")]),
        ("وقتل 6 مسلحين في عملية عسكرية نفذتها القوات الخاصة في مدينة منبج.", [("ground_attack", None, "Manbij")]),
        ("وشن الطيران 12 غارة على بلدات كفرنبل وحاس والبارة يوم 10 آب 2016.",
         [("airstrike", "2016-08-10", "Kafranbel")]),
    ],
    ids=["offensive-launched-on-a-day", "attack-beside-a-total", "operations-on-a-day", "attack-began-on-a-day",
         "capture-over-the-last-two-days-without-toll", "strikes-of-a-coalition-a-state-leads",
         "an-operation-with-a-toll", "count-over-neighbouring-towns-is-a-wave"],
)
def test_attack_beside_a_total_or_campaign(text: str, expected: list[tuple]) -> None:
    assert typed_events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأدى القصف، الذي بدأ في 10 آب 2016، إلى مقتل 300 مدني في مدينة منبج.", []),
        ("شنت القوات هجوما بدأته في 10 آب 2016 على مدينة منبج.", [("ground_attack", "2016-08-10", "Manbij")]),
        ("قتل 32 شخصا في هجوم دام في مدينة منبج يوم 10 آب 2016.", [("ground_attack", "2016-08-10", "Manbij")]),
    ],
    ids=["began-with-its-total", "launched-on-a-day", "a-bloody-attack"],
)
def test_an_attack_that_began_on_a_day_with_a_toll_is_a_campaign_total(text: str, expected: list[tuple]) -> None:
    assert typed_events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "وشن الطيران غارات مكثفة لخمسة أيام متواصلة على مدينة منبج ما أدى إلى مقتل 250 مدنيا في آب 2016.",
        "وسيطرت فرق الدفاع المدني يوم 10 آب 2016 على حريق شب في مستودع في مدينة منبج.",
        "وسيطر لاعبو الفريق يوم 10 آب 2016 على مجريات المباراة في ملعب مدينة منبج.",
        "واعتبرت موسكو يوم 10 آب 2016 أن الصواريخ الأمريكية التي يعتزم الرئيس قصف مدينة منبج بها يجب ألا تطلق.",
    ],
    ids=["days-on-end", "a-fire-brought-under-control", "a-game-dominated", "missiles-meant-to-be-fired"],
)
def test_days_on_end_fires_games_and_intentions_are_no_attack(text: str) -> None:
    assert typed_events(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وكانت إسرائيل التي لم تشارك في ضربات السبت قد شنت سابقا غارات جوية ضد أهداف في سوريا.", []),
        ("وكان التنظيم قد نفذ سابقا هجمات على مواقع الجيش في سيناء.", []),
        ("وشهدت البلاد سابقا هجمات في مدينة مراكش (17 قتيلا في 2011).", [("ground_attack", "2011", "Marrakesh")]),
        ("شنت الطائرات الإسرائيلية سابقا غارة جوية على مطار التيفور.",
         [("airstrike", None, "Tiyas (T4) airbase")]),
        ("شنت جبهة فتح الشام (النصرة سابقا) هجمات على مواقع القوات في ريف حلب السبت.",
         [("ground_attack", "2018-04-14", "Rural Aleppo")]),
    ],
    ids=["strikes-launched-before", "attacks-carried-out-before", "attacks-a-country-witnessed-listed",
         "one-strike-recalled-stays", "formerly-in-a-name"],
)
def test_attacks_in_the_plural_told_as_done_before_are_a_practice(text: str, expected: list[tuple]) -> None:
    assert typed_events(text, dt.date(2018, 4, 14)) == expected


def test_separate_strikes_counted_at_one_place_are_one_attack() -> None:
    text = "قتل 53 مسلحا في ثلاث غارات منفصلة غرب مدينة الرمادي السبت."
    assert typed_events(text, dt.date(2018, 4, 14)) == [("airstrike", "2018-04-14", "Ramadi")]
