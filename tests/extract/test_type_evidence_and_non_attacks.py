"""An event's type comes from the strongest evidence of its clause (a trigger naming its kind, then
what a generic trigger was done with, then its actor's mode, then the lemma's lean); accidents,
interceptions, protests, permissions and denied attacks are no events, while a denial of a side's
part in an attack leaves the attack."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.place) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقتل رجلان في هجوم نفذه شخص مسلح بسكين في مدينة منبج يوم 10 آب 2016.", "other"),
        ("وقتل 4 مدنيين في هجوم بغاز الكلور على مدينة منبج يوم 10 آب 2016.", "other"),
        ("وأصيب 7 أشخاص في هجوم بسيارة مفخخة في مدينة منبج يوم 10 آب 2016.", "bombing"),
        ("وقتل 3 مدنيين في هجوم بقذائف الهاون على مدينة منبج يوم 10 آب 2016.", "shelling"),
        ("وقتل 5 مدنيين بقصف من طائرات مسيرة على مدينة منبج يوم 10 آب 2016.", "airstrike"),
        ("وقتل 3 مدنيين في ضربة استهدفت سيارة في مدينة منبج يوم 10 آب 2016.", "airstrike"),
        ("وسيطرت القوات على مدينة منبج بعد معارك وإسناد من مقاتلات التحالف يوم 10 آب 2016.", "ground_attack"),
        ("وقتل 6 مدنيين في قصف على مدينة منبج يوم 10 آب 2016.", "shelling"),
        ("وقتل 6 مدنيين في غارة بالبراميل على مدينة منبج يوم 10 آب 2016.", "airstrike"),
        ("وقتل 20 مدنيا في هجوم بالأسلحة الكيمياوية على مدينة منبج يوم 10 آب 2016.", "other"),
    ],
    ids=["knife", "chlorine-gas", "car-bomb", "mortar-shells", "drones", "strike-leans-air",
         "capture-with-air-support", "bare-shelling-stays-default", "named-kind-kept",
         "chemical-spelt-with-alif"],
)
def test_type_from_the_strongest_evidence(text: str, expected: str) -> None:
    assert _events(text) == [(expected, "Manbij")]


@pytest.mark.parametrize(
    "text",
    [
        "وقتل 12 عسكريا حين تحطمت طائرة نقل عسكرية عند هبوطها في مطار منبج يوم 10 آب 2016.",
        "واعترضت الدفاعات الجوية صاروخا أطلق باتجاه مدينة منبج يوم 10 آب 2016.",
        "وقال الجيش إن صاروخا أطلق على مدينة منبج تم اعتراضه يوم 10 آب 2016.",
        "وخرجت احتجاجات ضد العملية العسكرية في مدينة منبج يوم 10 آب 2016.",
        "ووافقت الحكومة على استخدام الطائرات الحربية قواعدها قرب مدينة منبج يوم 10 آب 2016.",
        "ونفت الولايات المتحدة شن غارات على مدينة منبج يوم 10 آب 2016.",
        "ونفت وزارة الدفاع في بيان أن تكون طائراتها قصفت مدينة منبج يوم 10 آب 2016.",
        "وقتل رجلان في صاعقة ضربت حقلا قرب مدينة منبج يوم 10 آب 2016.",
        "وارتفع عدد ضحايا الإعصار الذي ضرب مدينة منبج يوم 10 آب 2016 إلى خمسة قتلى.",
        "وقتل 9 أشخاص حين ضرب زلزال مدينة منبج يوم 10 آب 2016.",
        "وقتل اثنان من المحتجين وأصيب 40 آخرون في اشتباكات مع الشرطة في مدينة منبج يوم 10 آب 2016.",
        "واقتحم مئات المتظاهرين مبنى المحافظة في مدينة منبج يوم 10 آب 2016.",
        "وأعلن الجيش يوم 10 آب 2016 عن تصديه لصواريخ أطلقت على مدينة منبج.",
        "ووصلت الحافلات يوم 10 آب 2016 إلى مدينة منبج تمهيدا لبدء عملية الإجلاء.",
        "وقالت القوات يوم 10 آب 2016 إن مسلحين تسللوا إلى مدينة منبج ويخططون لحملة تفجيرات.",
        'وشهد اجتماع المجلس في مدينة منبج يوم 10 آب 2016 "اشتباكا" بين المندوبين.',
        'وتحركت سفينة يوم 10 آب 2016 نحو مدينة منبج وهي تحمل صواريخ من طراز "توماهوك".',
        "وضربت إسرائيل بعرض الحائط قرارات المجلس في مدينة منبج يوم 10 آب 2016.",
        "وقتل اثنان من المحتجين خلال اشتباكات مع الشرطة في مدينة منبج يوم 10 آب 2016.",
    ],
    ids=["plane-crash", "interception", "intercepted-after", "protest", "permission", "denial-three-words",
         "denial-with-complement", "lightning", "hurricane", "earthquake",
         "protesters-clash-with-police", "protesters-storm", "interception-by-its-noun", "evacuation-operation",
         "bombings-planned", "quoted-clash-is-a-figure", "quoted-missile-name", "struck-against-the-wall",
         "protesters-killed-during-clashes"],
)
def test_no_attack_told(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "ونفى التنظيم مسؤوليته عن التفجير الذي قتل 9 أشخاص في مدينة منبج يوم 10 آب 2016.",
        "ونفت إسرائيل سقوط أي من طائراتها خلال غارات شنتها على مدينة منبج يوم 10 آب 2016.",
    ],
    ids=["denied-responsibility", "denied-loss-during-raids"],
)
def test_a_denial_of_something_else_leaves_the_attack(text: str) -> None:
    assert len(_events(text)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وتحطمت طائرة حربية نتيجة خلل فني أثناء قصفها حيا في مدينة منبج يوم 10 آب 2016، ما أدى إلى مقتل 12 مدنيا.",
         [("airstrike", "2016-08-10", "Manbij", 12)]),
        ("وقالت الوزارة إن الدفاعات اعترضت صاروخين خلال هجوم على مطار منبج يوم 10 آب 2016.",
         [("ground_attack", "2016-08-10", "Manbij", None)]),
    ],
    ids=["crash-during-a-strike", "interception-during-an-attack"],
)
def test_a_crash_or_interception_during_an_attack_leaves_the_attack(text: str, expected: list[tuple]) -> None:
    assert _places(text) == expected


def _places(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


def test_counted_attacks_over_a_list_of_places_are_one_event_each() -> None:
    text = "وشنت طائرات التحالف ثلاث ضربات أخرى في الرقة ودير الزور يوم 10 آب 2016."
    assert _places(text) == [
        ("airstrike", "2016-08-10", "Ar Raqqah", None),
        ("airstrike", "2016-08-10", "Deir ez-Zor", None),
    ]


def test_a_list_of_countries_after_a_count_locates_each_attack() -> None:
    text = "وقتل 60 شخصا في ثلاث هجمات إرهابية في كل من الكويت وتونس وفرنسا يوم 26 حزيران 2015."
    assert _places(text) == [
        ("ground_attack", "2015-06-26", "Kuwait", None),
        ("ground_attack", "2015-06-26", "Tunisia", None),
        ("ground_attack", "2015-06-26", "France", None),
    ]


@pytest.mark.parametrize(
    "text",
    ["ونفذت طائرات التحالف 22 غارة في سوريا والعراق يوم 10 آب 2016.",
     "وشن التحالف الدولي أمس 14 ضربة جوية على مواقع التنظيم في العراق وسوريا."],
    ids=["counted-over-two-countries", "strikes-on-positions-in-two-countries"],
)
def test_more_attacks_than_the_countries_they_are_counted_over_are_a_total(text: str) -> None:
    assert _places(text) == []


def test_uncounted_attacks_over_a_list_stay_one_event_told_of_both() -> None:
    events = extract_article(article("وشنت طائرات التحالف غارات في الرقة ودير الزور يوم 10 آب 2016.",
                                     dt.date(2016, 8, 12)))
    assert [(e.place, e.place_text) for e in events] == [("Ar Raqqah", "الرقة ودير الزور")]


def test_more_places_than_attacks_stay_one_event() -> None:
    text = "وشنت طائرات التحالف غارتين على الرقة ودير الزور والحسكة يوم 10 آب 2016."
    assert [e.place for e in extract_article(article(text, dt.date(2016, 8, 12)))] == ["Ar Raqqah"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأسفر هجومان مسلحان على الشرطة في الرقة ودير الزور يوم 10 آب 2016 عن إصابة 9 عناصر.", "ground_attack"),
        ("وقتل 10 مدنيين جراء انفجار عبوتين ناسفتين في الرقة ودير الزور يوم 10 آب 2016.", "bombing"),
    ],
    ids=["dual-armed-attacks", "dual-bombs"],
)
def test_a_dual_over_two_places_is_two_events(text: str, expected: str) -> None:
    assert _places(text) == [
        (expected, "2016-08-10", "Ar Raqqah", None),
        (expected, "2016-08-10", "Deir ez-Zor", None),
    ]


def test_a_title_named_after_operations_is_no_attack() -> None:
    assert _events("وقال مدير العمليات العسكرية في مدينة منبج يوم 10 آب 2016 إن الوضع هادئ.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأطلقت إسرائيل صواريخ على موقع عسكري في مدينة منبج يوم 10 آب 2016.", "airstrike"),
        ("وأطلق الحوثيون صواريخ على موقع عسكري في مدينة منبج يوم 10 آب 2016.", "shelling"),
    ],
    ids=["missiles-of-an-air-side", "rockets-of-a-ground-side"],
)
def test_missiles_take_the_mode_of_who_fired_them(text: str, expected: str) -> None:
    assert _events(text) == [(expected, "Manbij")]


def test_shots_fired_to_disperse_a_protest_are_no_attack() -> None:
    assert _events("وقتل متظاهر إثر إطلاق نار خلال تفريق مظاهرة في مدينة منبج يوم 10 آب 2016.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وشنت الولايات المتحدة ضربات على مدينة منبج يوم 10 آب 2016 ردا على هجوم كيميائي.", "airstrike"),
        ("وقتل 40 شخصا في هجوم بسيارة ملغومة في مدينة منبج يوم 10 آب 2016.", "bombing"),
    ],
    ids=["weapon-of-the-answered-attack", "car-bomb-synonym"],
)
def test_the_weapon_of_another_attack_does_not_type_the_event(text: str, expected: str) -> None:
    assert _events(text)[0] == (expected, "Manbij")


@pytest.mark.parametrize(
    "text",
    [
        "وغادر المدنيون مدينة منبج بعد أسابيع من القصف المكثف الذي قتل 500 شخص.",
        "وتكثف القوات التركية منذ أسبوع قصفها على مدينة منبج.",
        "وجددت القوات التركية هجومها على مدينة منبج في آب 2016.",
    ],
    ids=["weeks-of-shelling", "stepped-up-for-a-week", "offensive-renewed"],
)
def test_days_of_attacks_and_renewed_offensives_are_no_one_attack(text: str) -> None:
    assert _events(text) == []


def test_commandos_are_not_lightning() -> None:
    text = "وقال الجيش إن ضابطا في قوات الصاعقة قتل في هجوم مسلح على حاجز في مدينة منبج يوم 10 آب 2016."
    assert _events(text) == [("ground_attack", "Manbij")]


def test_a_quoted_phrase_is_a_source_wording() -> None:
    text = 'وقالت وكالة رسمية إن الحرس الثوري شن "هجوما صاروخيا" على مقر للمسلحين في مدينة منبج يوم 10 آب 2016.'
    assert [place for _, place in _events(text)] == ["Manbij"]
