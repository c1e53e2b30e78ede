"""Precision rules of event extraction: non-events, dates, actors, types, tolls, merging, undated events."""

from __future__ import annotations

import datetime as dt

import pytest

from gazetteer.normalize import normalize
from tests.articles import article
from timeline.dates import find_dates
from timeline.extract.published import infer
from timeline.extract.toll import Toll, find_toll
from timeline.models import Article
from timeline.pipeline import extract_article


def _article(text: str, published_on: dt.date | None = dt.date(2016, 8, 12)) -> Article:
    return article(text, published_on, "p")


def _events(text: str, **kw) -> list[tuple]:
    return [
        (e.event_type, e.date, e.date_basis, e.place, e.actor, e.killed, e.injured)
        for e in extract_article(_article(text, **kw))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "وتستعد القوات لبدء الهجوم الواسع المرتقب على مدينة منبج يوم 10 آب 2016.",
        "وأكدت المصادر اعتزامهم شن هجوم على مدينة منبج يوم 10 آب 2016.",
        "وطالب المحتجون الولايات المتحدة بتوجيه ضربات إلى مدينة منبج يوم 10 آب 2016.",
        "وقال إن على موسكو عوض أن توجه ضده الولايات المتحدة ضربات في منبج أن تتحرك.",
        "ونقلت الصحيفة خشية السكان من هجوم بري على مدينة منبج يوم 10 آب 2016.",
        "وأكد المتحدث عدم وقوع أي هجوم كيماوي في مدينة منبج يوم 10 آب 2016.",
        "وتمكنت الشرطة من تفكيك عبوة ناسفة في مدينة منبج يوم 10 آب 2016.",
        "وأعلن الجيش تدمير سيارة مفخخة قبل وصولها إلى مدينة منبج يوم 10 آب 2016.",
        "وسجل المركز 44 هجوما خلال العام الماضي في مدينة منبج.",
        "وأطلق الرئيس هجوم سلام على المعارضة في مدينة منبج يوم 10 آب 2016.",
        "وسجل المركز في عام 2015 حتى الآن 44 هجوما شنه أفراد مؤيدون لداعش في مدينة منبج.",
        "وقالت الحكومة إن شن هجوم أمر \"مرجح بقوة\" في مدينة منبج يوم 10 آب 2016.",
        "وقال إن إيران تطور الآن صواريخها في مدينة منبج يوم 10 آب 2016.",
        "وهددت واشنطن وباريس خلال الفترة الماضية بشن ضربات على مدينة منبج يوم 10 آب 2016.",
        "وكشفت الوزارة عن محاولة تفجير كنيسة في مدينة منبج في أيلول 2016.",
        "واتهمت إسرائيل إيران بمحاولة الهجوم على أراضيها يوم 10 آب 2016.",
        "وصل الوزير إلى المدينة صباح اليوم في زيارة تستمر يومين لبحث الأوضاع الأمنية فيها. "
        "وقال القائد في بيان \"عثرنا خلال عملية عسكرية على 8 جثث\" في مدينة منبج.",
    ],
    ids=["expected", "intent", "demand", "counterfactual", "fear", "denial", "defused", "destroyed",
         "statistic", "peace-offensive", "statistic-period-before", "likely", "weapons-development",
         "threat-far-before", "attempt", "accused-of-an-attempt", "quoted-bodies-found"],
)
def test_not_an_event(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("شن التحالف الدولي الضربات الجوية على مدينة منبج يوم 10 آب 2016.",
         ("airstrike", "2016-08-10", "explicit", "Manbij", "International coalition", None, None)),
        ("قتل 5 أشخاص في الهجوم الانتحاري في مدينة منبج يوم 10 آب 2016.",
         ("bombing", "2016-08-10", "explicit", "Manbij", None, 5, None)),
    ],
    ids=["definite-airstrikes", "definite-suicide-attack"],
)
def test_definite_triggers(text: str, expected: tuple) -> None:
    assert _events(text) == [expected]


def test_killing_in_lead_is_not_a_statement() -> None:
    text = "أعلن حاكم المحافظة أنه تم العثور صباح أمس على شرطيين قتلا برصاصة في مدينة منبج السورية الواقعة قرب الحدود."
    assert _events(text) == [("ground_attack", "2016-08-11", "publication", "Manbij", None, 2, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وفي 7 آب 2016 زار الوزير مدينة منبج. وقتل 5 مدنيين في غارة للطيران الروسي على مدينة الأتارب.",
         ("airstrike", None, None, "Al-Atarib", "Russia", 5, None)),
        ("وفي 7 آب 2016 توجهت قوة نحو مدينة منبج. وأثناء ذلك تعرضت القوة لغارة من الطيران الروسي.",
         ("airstrike", "2016-08-07", "explicit", "Manbij", "Russia", None, None)),
        ("أفاد المرصد الخميس أن غارة للطيران الروسي قتلت 5 مدنيين في مدينة الأتارب صباح الأربعاء.",
         ("airstrike", "2016-08-10", "publication", "Al-Atarib", "Russia", 5, None)),
        ("وأكدت وحدات حماية الشعب الاثنين مصرع المقاتلة البالغة 27 عاما في 5 آب في قصف تركي على مدينة منبج.",
         ("shelling", "2016-08-05", "publication", "Manbij", "Turkey", None, None)),
        ("شيعت مدينة منبج الخميس العشرات من ضحايا الهجمات التي تبناها تنظيم داعش في المدينة الأربعاء.",
         ("ground_attack", "2016-08-10", "publication", "Manbij", "ISIS", None, None)),
        ("ودانت الجامعة العربية الثلاثاء القصف التركي على مدينة منبج.",
         ("shelling", None, None, "Manbij", "Turkey", None, None)),
        ("شن الطيران الروسي أعنف غارات على مدينة الأتارب منذ بدء الحرب عام 2011.",
         ("airstrike", None, None, "Al-Atarib", "Russia", None, None)),
        ("شن الطيران الروسي أول غارة على مدينة الأتارب منذ عام 2013.",
         ("airstrike", None, None, "Al-Atarib", "Russia", None, None)),
        ("وأسفر التفجير عن 3 جرحى في أول تفجير يستهدف مدينة منبج منذ انطلاق الحملة الانتخابية في منتصف تموز الماضي.",
         ("bombing", None, None, "Manbij", None, None, 3)),
        ("وقصفت الطائرات الروسية مدينة الأتارب غداة تفجير يوم 3 آب 2016.",
         ("airstrike", "2016-08-04", "event_relative", "Al-Atarib", "Russia", None, None)),
        ("ويأتي ذلك بعد يومين على هجوم انتحاري أوقع 32 قتيلا في مدينة منبج.",
         ("bombing", None, None, "Manbij", None, 32, None)),
        ("قصف الطيران الروسي مدينة الأتارب اليوم الاثنين.",
         ("airstrike", None, None, "Al-Atarib", "Russia", None, None)),
        ("قصف الطيران الروسي مدينة الأتارب اليوم الجمعة.",
         ("airstrike", "2016-08-12", "publication", "Al-Atarib", "Russia", None, None)),
        ("قتل 6 مدنيين في قصف مدفعي على مدينة منبج الخاضعة لسيطرة التنظيم منذ أيار 2014.",
         ("shelling", None, None, "Manbij", None, 6, None)),
        ("وقتل 9 مدنيين في غارات روسية على مدينة الأتارب منذ أن بدأت الحملة في 3 آب.",
         ("airstrike", None, None, "Al-Atarib", "Russia", 9, None)),
        ("قتل 6 مدنيين في قصف مدفعي على مدينة منبج الخاضعة لسيطرة التنظيم منذ أيار 2014 يوم 10 آب 2016.",
         ("shelling", "2016-08-10", "explicit", "Manbij", None, 6, None)),
    ],
    ids=["no-borrow-without-anaphora", "borrow-with-continuation", "event-date-over-report-date",
         "statement-date-is-not-the-event-date", "funeral-date", "condemnation-date",
         "since-onset-baseline", "first-since-baseline", "since-onset-far", "after-dated-anchor",
         "anchor-itself-undated", "weekday-contradicts-publication", "weekday-agrees", "since-state-not-strike",
         "since-clause-count", "own-date-beside-since"],
)
def test_dates(text: str, expected: tuple) -> None:
    assert _events(text) == [expected]


def test_anchor_event_of_the_day_after_is_not_the_event() -> None:
    text = "وقصفت الطائرات الروسية مدينة الأتارب ما أدى إلى مقتل 4 مدنيين غداة مقتل 21 مدنيا."
    assert _events(text) == [("airstrike", None, None, "Al-Atarib", "Russia", 4, None)]


def test_duration_is_not_a_date_nor_an_undated_event() -> None:
    assert _events("وعانى أطفال مدينة منبج من القذائف منذ 7 سنوات.") == []


def test_vague_period_keeps_its_range() -> None:
    text = "قتل 5 مدنيين في غارة للطيران الروسي على مدينة الأتارب الأسبوع الماضي."
    [event] = extract_article(_article(text))
    assert (event.date, event.date_end, event.date_text) == ("2016-08-01", "2016-08-07", "الأسبوع الماضي")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("استهدفت ضربة جوية إسرائيلية موقعا للجيش السوري قرب مدينة منبج يوم 10 آب 2016.",
         ("airstrike", "2016-08-10", "explicit", "Manbij", "Israel", None, None)),
        ("قتل 49 مسلحا من تنظيم داعش بقصف جوي على مدينة منبج يوم 10 آب 2016.",
         ("airstrike", "2016-08-10", "explicit", "Manbij", None, 49, None)),
        ("واستهدف القصف التركي مدينة منبج يوم 10 آب 2016.",
         ("shelling", "2016-08-10", "explicit", "Manbij", "Turkey", None, None)),
        ("وقصفت طائرات عمودية سورية مدينة منبج يوم 10 آب 2016.",
         ("airstrike", "2016-08-10", "explicit", "Manbij", "Syrian army", None, None)),
        ("ونددت الولايات المتحدة بالهجوم على مدينة منبج يوم 10 آب 2016 الذي أوقع 5 قتلى.",
         ("ground_attack", "2016-08-10", "explicit", "Manbij", None, 5, None)),
        ("وقتل 3 من أفراد الشرطة التركية في تفجير في مدينة منبج يوم 10 آب 2016.",
         ("bombing", "2016-08-10", "explicit", "Manbij", None, 3, None)),
        ("وأعلنت واشنطن أنها شنت غارة على مدينة منبج يوم 10 آب 2016.",
         ("airstrike", "2016-08-10", "explicit", "Manbij", "US", None, None)),
        ("وقال إن منفذ هجمات باريس قتل 5 أشخاص في هجوم على مدينة منبج يوم 10 آب 2016.",
         ("ground_attack", "2016-08-10", "explicit", "Manbij", None, 5, None)),
        ("وأكدت وحدات حماية الشعب مصرع المقاتلة في قصف تركي على مدينة منبج يوم 10 آب 2016.",
         ("shelling", "2016-08-10", "explicit", "Manbij", "Turkey", None, None)),
    ],
    ids=["target-site", "victims-of-group", "adjective-on-shelling", "adjective-on-helicopters", "condemner",
         "members-of-police", "capital-as-subject", "capital-in-idafa", "speaker-is-not-the-actor"],
)
def test_actors(text: str, expected: tuple) -> None:
    assert _events(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("سقوط أكثر من 100 قتيل وجريح", Toll(combined=100)),
        ("سقوط 20 بين قتيل وجريح", Toll(combined=20)),
        ("24 شخصا على الأقل قتلوا في الهجوم", Toll(24, minimum=True)),
        ("مقتل 5 مدنيين على الأقل", Toll(5, minimum=True, victims="civilians")),
        ("مقتل 12 على الأقل وإصابة 30", Toll(12, 30, minimum=True)),
        ("مقتل 7 مدنيين في قصف على الأقل", Toll(7, victims="civilians")),
        ("31 شخصًا قتلوا", Toll(31)),
        ("العثور على شرطيين قتلا برصاصة", Toll(2)),
        ("مقتل جنديين وإصابة 3", Toll(2, 3)),
        ("مقتل 3 وإصابة 7 آخرين", Toll(3, 7)),
    ],
    ids=["combined", "between-combined", "persons-then-verb", "at-least-after-noun", "at-least-after-number",
         "at-least-too-far", "persons-verb", "dual-verb", "dual-noun", "conjoined-injured"],
)
def test_toll_forms(text: str, expected: Toll) -> None:
    assert find_toll(normalize(text)) == expected


def test_same_incident_of_two_types_is_merged() -> None:
    text = ("قتل 5 مدنيين في غارة للطيران الروسي على مدينة الأتارب يوم 10 آب 2016. "
            "وأدى القصف المدفعي على مدينة الأتارب يوم 10 آب 2016 إلى مقتل 5 مدنيين.")
    assert _events(text) == [("airstrike", "2016-08-10", "explicit", "Al-Atarib", "Russia", 5, None)]


def test_different_tolls_are_different_incidents() -> None:
    text = ("قتل 5 مدنيين في غارة للطيران الروسي على مدينة الأتارب يوم 10 آب 2016. "
            "وأدى القصف المدفعي على مدينة الأتارب يوم 10 آب 2016 إلى مقتل 3 مدنيين.")
    assert [e[0] for e in _events(text)] == ["airstrike", "shelling"]


def test_undated_strong_trigger_is_kept_with_a_null_date() -> None:
    text = "شنت طائرات حربية غارات على مدينة الأتارب في ريف حلب."
    assert _events(text) == [("airstrike", None, None, "Al-Atarib", None, None, None)]


def test_event_whose_date_needs_the_publication_date_waits_undated(caplog) -> None:
    text = "شنت طائرات حربية غارات على مدينة الأتارب في ريف حلب أمس."
    with caplog.at_level("INFO", logger="timeline.extract.events"):
        assert _events(text, published_on=None) == [("airstrike", None, None, "Al-Atarib", None, None, None)]
    assert "kept undated: their relative date needs a publication date" in caplog.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال الرئيس اليوم في خطاب بمناسبة حرب 6 أكتوبر عام 1973 إن السلام قادم.", (None, None)),
        ("وأحيا الأكراد الجمعة الذكرى الثلاثين لمجزرة حلبجة يوم 16 آذار 1988.", (None, None)),
        ("وقصف الطيران يوم الجمعة 16 آذار 2012 المدينة. وفي عام 2018 عاد السكان.", (None, None)),
        ("قصف الطيران الروسي يوم الاثنين 18 تموز 2016 مدينة منبج.", (dt.date(2016, 7, 18), "inferred")),
    ],
    ids=["war-anniversary", "commemoration", "older-than-latest-year", "recent-weekday"],
)
def test_inferred_reference(text: str, expected: tuple) -> None:
    assert infer(text, find_dates) == expected


@pytest.mark.parametrize(
    "text",
    [
        "وقال إن هذه الخطوة سيكون لها أثر الضربات الجوية على مدينة منبج يوم 10 آب 2016.",
        "وأجرت القوات تمرينا تضمن إطلاق النار من مروحيات هجومية قرب مدينة منبج يوم 10 آب 2016.",
        "وعرضت القناة في برنامج وثائقي مشاهد غارات جوية على مدينة منبج يوم 10 آب 2016.",
        "ونشر الكاتب كتابه بعنوان الغارات الجوية على مدينة منبج يوم 10 آب 2016.",
        "وأكد مصدر وصول ست طائرات أمريكية إلى مدينة منبج يوم 10 آب 2016.",
        "ودعا المبعوث يوم 10 آب 2016 إلى وقف القصف على مدينة منبج.",
        "وأعلن الجيش أنه منعت القوات الهجوم على مدينة منبج يوم 10 آب 2016.",
        "وأعلن البيان أن التحالف شن 29 ألفا و358 ضربة بين آب 2014 ونهاية نيسان 2018 في مدينة منبج.",
        "وشن التحالف 1200 غارة جوية على مدينة منبج بين آب 2014 وآب 2016.",
    ],
    ids=["future", "exercise", "tv-programme", "book-title", "deployment", "call-to-stop", "prevented",
         "statistic-thousands", "statistic-four-digits"],
)
def test_not_an_event_second_round(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وشنت الطائرات الأمريكية ضربات على مدينة منبج إثر هجوم بالغاز على مدينة دوما في 7 آب 2016.",
         ("airstrike", None, None, "Manbij", "US", None, None)),
        ("وشنت الطائرات الروسية غارات على مدينة منبج بعد هجوم شنه مسلحون في 7 آب 2016 أسفر عن مقتل 5 جنود.",
         ("airstrike", None, None, "Manbij", "Russia", None, None)),
        ("واندلعت اشتباكات في مدينة منبج ليل السبت إثر هجوم شنه مسلحون على حاجز للجيش.",
         ("ground_attack", "2016-08-06", "publication", "Manbij", None, None, None)),
        ("وتسبب الهجوم التركي على مدينة منبج في دمار واسع، فقد أعلنت الإدارة المحلية، الاثنين الماضي، "
         "عزمها فتح مخيمات.",
         ("ground_attack", None, None, "Manbij", "Turkey", None, None)),
    ],
    ids=["cause-date-after-ithr", "cause-date-and-toll-after-baad", "cause-without-date-keeps-own",
         "later-statement-date"],
)
def test_dates_of_another_event(text: str, expected: tuple) -> None:
    assert _events(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقتل 3 جنود في هجوم بسيارة مفخخة في مدينة منبج جنوب شرق تركيا يوم 10 آب 2016.",
         ("bombing", "2016-08-10", "explicit", "Manbij", None, 3, None)),
        ("وقتل 5 مدنيين في تفجير انتحاري في مدينة منبج (جنوب تركيا) يوم 10 آب 2016.",
         ("bombing", "2016-08-10", "explicit", "Manbij", None, 5, None)),
        ("وقتل 5 مدنيين في غارة جوية على مدينة الموصل في العراق يوم 10 آب 2016.",
         ("airstrike", "2016-08-10", "explicit", "Mosul", None, 5, None)),
        ("وكثفت قوات النظام قصفها على أحياء تحت سيطرة تنظيم الدولة الإسلامية في مدينة منبج يوم 10 آب 2016.",
         ("shelling", "2016-08-10", "explicit", "Manbij", "Syrian army", None, None)),
    ],
    ids=["country-after-direction", "country-in-brackets", "country-after-in", "under-control-of"],
)
def test_places_are_not_actors(text: str, expected: tuple) -> None:
    assert _events(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقتل القائد في إحدى الهجمات الجوية الأميركية على مدينة منبج عام 2006.",
         ("airstrike", "2006", "explicit", "Manbij", "US", None, None)),
        ("وبعد الهجوم بساعات شن الطيران الروسي غارات على مدينة منبج يوم 10 آب 2016.",
         ("airstrike", "2016-08-10", "explicit", "Manbij", "Russia", None, None)),
    ],
    ids=["air-attacks", "weak-attack-then-airstrikes"],
)
def test_types_second_round(text: str, expected: tuple) -> None:
    assert _events(text) == [expected]


def test_future_clause_tells_no_event() -> None:
    text = ("وللمرة الأولى منذ بدأت عمليات التحالف الذي يقصف التنظيم في مدينة منبج قبل عام، "
            "ستتمكن الولايات المتحدة من إرسال مقاتلات من القاعدة بموجب اتفاق في آب 2016.")
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وجدد الطيران الإسرائيلي غاراته على مدينة منبج بعد ظهر الأربعاء غداة اشتباكات عنيفة على أطرافها.",
         ("airstrike", "2016-08-10", "publication", "Manbij", "Israel", None, None)),
        ("وسقط عشرات القتلى والجرحى بسبب غارات على مدينة منبج يوم 10 آب 2016.",
         ("airstrike", "2016-08-10", "explicit", "Manbij", None, None, None)),
        ("ويأتي ذلك بعد ضربات صاروخية لعدد من قواعد النظام السوري في مدينة منبج قتلت 18 عنصرا يوم 10 آب 2016.",
         ("airstrike", "2016-08-10", "explicit", "Manbij", None, 18, None)),
    ],
    ids=["after-noon-is-a-date", "killed-and-injured-together", "bases-of-a-target"],
)
def test_third_round(text: str, expected: tuple) -> None:
    assert _events(text) == [expected]


def test_expected_strike_is_not_an_event() -> None:
    assert _events("وتتوقع أوساط قيام الولايات المتحدة بشن ضربات على مدينة منبج يوم 10 آب 2016.") == []


def test_speaker_of_a_killing_is_not_its_actor() -> None:
    text = "أعلن الجيش التركي مقتل ثلاثة جنود أتراك أمس حين فتح مسلحون النار على قافلة عسكرية في مدينة منبج."
    assert _events(text) == [("ground_attack", "2016-08-11", "publication", "Manbij", None, 3, None)]


def test_day_described_by_a_relative_clause_is_not_today() -> None:
    text = "وقتل 14 شرطيا حين اقتحم مسلحون مباني في مدينة منبج في اليوم الذي يلقي فيه الرئيس خطابه."
    assert [e[1] for e in _events(text)] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "وأضاف \"سيكون لهذه الضربات تأثير عميق في مدينة منبج\".",
        "وحذر المفوض من كارثة ستقع على المدنيين في مدينة منبج جراء القصف الجوي يوم 10 آب 2016.",
    ],
    ids=["quoted-future", "future-catastrophe"],
)
def test_future_in_quotes_and_after_clitics(text: str) -> None:
    assert _events(text) == []


def test_attack_word_typed_by_aircraft() -> None:
    text = "وقال الوزير إن الهجمات التي تنفذها أربع طائرات بريطانية استهدفت موقعا قرب مدينة منبج يوم 10 آب 2016."
    assert [e[0] for e in _events(text)] == ["airstrike"]


def test_the_event_place_wins_over_its_reference_point() -> None:
    article = Article(
        article_id="anchor", path="anchor.txt", published=dt.date(2018, 2, 25), published_basis="metadata",
        text="قتل 12 مدنيا في غارات شنتها طائرات حربية روسية على الغوطة الشرقية قرب دمشق يوم السبت.",
    )
    (event,) = extract_article(article)
    assert (event.event_type, event.place_text, event.actor, event.killed) == (
        "airstrike", "الغوطة الشرقية", "Russia", 12)
    assert event.date == "2018-02-24"
