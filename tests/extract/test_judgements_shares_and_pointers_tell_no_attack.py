"""What a clause's main predicate says decides whether it tells an attack: a judgement of an attack told
elsewhere, the capture of a share of an area, an attack pointed back to, a statement's toll of an accident
or the weather, a verbal attack, aircraft flying over, attacks told as happening many times or daily, a
running or weekly total, a campaign about to begin, arms moved, a story, a threat, an intent and what is
yet to be signed and a weapons test tell none; a suicide operation is a bombing,
and a count glued to its preposition counts."""

from __future__ import annotations

import pytest

from tests.articles import typed_events


@pytest.mark.parametrize(
    "text",
    [
        "واعتبرت الحكومة يوم 10 آب 2016 أن الغارات على مدينة منبج مبررة.",
        "وتعد حصيلة يوم 10 آب 2016 الأعلى في مدينة منبج جراء قذائف المسلحين.",
        "ووصف الوزير يوم 10 آب 2016 الهجوم الكيميائي على مدينة منبج بالمروع.",
        "وسيطرت القوات الكردية على معظم أحياء مدينة منبج.",
        "واستعاد الجيش السيطرة على أكثر من 80 في المئة من ريف مدينة منبج.",
        "واستعاد الجيش السوري بالفعل نحو 95 في المئة من ريف مدينة منبج.",
        "وسيطر التنظيم في صيف عام 2014 على مجمل محافظة حلب.",
        "وسيطرت القوات الكردية في شهر تموز على نصف مدينة منبج.",
        "وأكد القاضي أن حادثة التفجير تلك في مدينة منبج يوم 10 آب 2016 نابعة من الحقد.",
        "قالت الشرطة إن 20 شخصا قتلوا في حادث تصادم سيارتين قرب مدينة منبج يوم 10 آب 2016.",
        "أعلنت السلطات يوم 10 آب 2016 وفاة 12 شخصا بسبب الأمطار والفيضانات في مدينة منبج.",
        "وقال الجيش إن التحالف استهدف المسلحين بتسع ضربات جوية على حلب والحسكة والرقة يوم 10 آب 2016.",
        "هاجم النائب الوزير يوم 10 آب 2016 في مدينة منبج، قائلا إنه فاشل.",
        "وأكد مراسل الوكالة في مدينة منبج يوم 10 آب 2016 تحليق طائرات حربية سورية.",
        "وتعرضت مدينة منبج يوم 10 آب 2016 عدة مرات لغارات شنتها الطائرات الروسية.",
        "وقالت المصادر يوم 10 آب 2016 إن الغارات الروسية على مدينة منبج باتت يومية.",
        "وأوقعت الغارات التركية على مدينة منبج حتى الآن أكثر من 400 قتيل.",
        "واستهدف التنظيم الجنود في مدينة منبج خلال الأسبوع المنصرم، ما أودى بحياة 26 جنديا.",
        "ولم يكن مفاجئا أن تبدأ المقاتلات الروسية قصف مدينة منبج، ما أدى إلى مقتل 3 مدنيين.",
        "وأبدى الوزير يوم 10 آب 2016 قلقه من قيام إيران بنقل صواريخ إلى مدينة منبج.",
        "وفي منتصف الحكاية تقصف طائرات حربية مدينة منبج.",
        "وجاء تهديد الحكومة يوم 10 آب 2016 بشن غارات على مدينة منبج.",
        "وأعلنت الحكومة يوم 10 آب 2016 عزمها شن غارات على مدينة منبج.",
        "وسيوقع الحزبان يوم 10 آب 2016 اتفاقا لتشكيل تحالف في مدينة منبج.",
        "وأجرى الجيش التركي يوم 10 آب 2016 اختبارا لصواريخ غراد قرب مدينة منبج.",
        "وتقوم طائرات النظام بإلقاء حصص غذائية للسكان في مدينة منبج يوم 10 آب 2016.",
        "وألقت الطائرات منشورات على مدينة منبج يوم 10 آب 2016 تدعو السكان إلى المغادرة.",
    ],
    ids=["a-strike-judged", "a-toll-ranked", "an-attack-described", "most-of-a-city-taken", "a-percentage-retaken",
         "a-percentage-retaken-as-a-direct-object",
         "the-whole-of-a-province-taken", "half-of-a-city-taken", "a-bombing-pointed-back-to",
         "a-road-accident-in-a-statement", "the-weather-in-a-statement", "a-count-after-a-preposition",
         "a-verbal-attack", "aircraft-flying-over", "many-times", "daily", "a-running-total", "a-week-s-total",
         "a-campaign-about-to-begin", "arms-moved", "a-story",
         "a-threat", "an-intent", "an-alliance-to-be-signed",
         "a-weapons-test",
         "food-dropped-from-the-air", "leaflets-dropped"],
)
def test_no_attack_event(text: str) -> None:
    assert typed_events(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("واعتبرت الحكومة يوم 10 آب 2016 أن الضربات التي نفذتها الطائرات الروسية على مدينة منبج تنتهك القانون.",
         [("airstrike", "2016-08-10", "Manbij")]),
        ("وقتل 5 مدنيين في غارة على مدينة منبج يوم 10 آب 2016، وتعد الغارة الأعنف هذا الشهر.",
         [("airstrike", "2016-08-10", "Manbij")]),
        ("وسيطرت القوات الكردية على حي الصناعة في مدينة منبج.", [("ground_attack", None, "Manbij")]),
        ("وسيطرت القوات الكردية على معظم أحياء مدينة منبج يوم 10 آب 2016.",
         [("ground_attack", "2016-08-10", "Manbij")]),
        ("وسيطرت القوات الكردية يوم 10 آب 2016 على نصف مدينة منبج.", [("ground_attack", "2016-08-10", "Manbij")]),
        ("وقتل 3 مدنيين في التفجير هذا الصباح في مدينة منبج.", [("bombing", None, "Manbij")]),
        ("وقتل 11 شخصا في ثلاث عمليات استشهادية ضد كنائس في مدينة منبج يوم 10 آب 2016.",
         [("bombing", "2016-08-10", "Manbij")]),
        ("وهاجم مسلحون حاجزا للجيش في مدينة منبج يوم 10 آب 2016.", [("ground_attack", "2016-08-10", "Manbij")]),
        ("وقتل 5 مدنيين في قصف مدفعي للقوات التركية على مدينة منبج يوم 10 آب 2016.",
         [("shelling", "2016-08-10", "Manbij")]),
        ("وقتل 5 مدنيين بينهم طفلان في تفجير انتحاري في مدينة منبج يوم 10 آب 2016.",
         [("bombing", "2016-08-10", "Manbij")]),
        ("وقتل 3 مدنيين في غارة لطائرات حربية حلقت فوق مدينة منبج يوم 10 آب 2016.",
         [("airstrike", "2016-08-10", "Manbij")]),
    ],
    ids=["a-judged-strike-described-by-its-doers", "a-strike-then-its-ranking", "a-quarter-taken",
         "a-share-taken-on-its-day", "half-taken-on-its-day",
         "a-bombing-this-morning", "suicide-operations",
         "gunmen-attack-a-checkpoint", "a-day-s-shelling", "a-bombing-whose-dead-are-named",
         "a-strike-by-aircraft-that-flew-over"],
)
def test_attack_event(text: str, expected: list[tuple]) -> None:
    assert typed_events(text) == expected
