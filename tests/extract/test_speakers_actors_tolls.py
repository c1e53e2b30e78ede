"""What is an event, who did it and how many died, on sentences like those of real news (written for the tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from gazetteer.normalize import normalize
from tests.articles import article
from timeline.extract.actors import find_actors
from timeline.extract.toll import Toll, find_toll
from timeline.models import Article
from timeline.pipeline import extract_article

DAY = "يوم 10 آب 2016."


def _article(text: str) -> Article:
    return article(text, dt.date(2016, 8, 12), "a3")


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed, e.injured) for e in extract_article(_article(text))]


@pytest.mark.parametrize(
    "text",
    [
        f"وتوقع الخبير شن غارات على مدينة منبج {DAY}",
        f"وضبطت الشرطة الأسلحة المستخدمة في التفجيرات في مدينة منبج {DAY}",
        f"وأجهضت الأجهزة الأمنية مخططات لتفجيرات في مدينة منبج {DAY}",
        "وارتفع العدد الإجمالي للقتلى إلى 300 جراء غارات التحالف على مدينة منبج منذ 10 آب 2016.",
        f"وأعلن الجيش السوري وقف إطلاق النار في مدينة منبج {DAY}",
    ],
    ids=["prediction", "instrument", "foiled-plots", "running-total", "ceasefire"],
)
def test_forecasts_seizures_running_totals_and_ceasefires_are_no_events(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"وأوضح الجيش الروسي أن الضربات الجوية استهدفت مدينة منبج {DAY}",
         ("airstrike", "2016-08-10", "Manbij", None, None, None)),
        (f"وأعلن متحدث باسم القوات الأمريكية أن جنديين أصيبا في هجوم مسلح في مدينة منبج {DAY}",
         ("ground_attack", "2016-08-10", "Manbij", None, None, 2)),
        (f"وأعلن التحالف الدولي أنه شن غارات على مدينة منبج {DAY}",
         ("airstrike", "2016-08-10", "Manbij", "International coalition", None, None)),
        (f"وأعلن الجيش الإسرائيلي أن طائراته قصفت مدينة منبج {DAY}",
         ("airstrike", "2016-08-10", "Manbij", "Israel", None, None)),
        (f"عسكريا أدت ضربات التحالف الدولي إلى تراجع التنظيم في مدينة منبج {DAY}",
         ("airstrike", "2016-08-10", "Manbij", "International coalition", None, None)),
        (f"وقتل 5 أشخاص في الهجوم الذي استهدف القوات التركية في مدينة منبج {DAY}",
         ("ground_attack", "2016-08-10", "Manbij", None, 5, None)),
        (f"وتبنت جماعة مدعومة من إيران تفجير سيارة مفخخة في مدينة منبج {DAY}",
         ("bombing", "2016-08-10", "Manbij", None, None, None)),
        (f"وتقدمت القوات مدعومة بالطائرات الروسية التي شنت غارات على مدينة منبج {DAY}",
         ("airstrike", "2016-08-10", "Manbij", "Russia", None, None)),
        (f"وقال المرصد ومقره بريطانيا إن غارات استهدفت مدينة منبج {DAY}",
         ("airstrike", "2016-08-10", "Manbij", None, None, None)),
        (f"وقال لقناة \"روسيا اليوم\" إن غارات استهدفت مدينة منبج {DAY}",
         ("airstrike", "2016-08-10", "Manbij", None, None, None)),
        (f"وشنت قوات المعارضة هجوما على مدينة منبج {DAY}",
         ("ground_attack", "2016-08-10", "Manbij", "Syrian opposition", None, None)),
        ("وشن الطيران الروسي غارات على مدينة منبج، ولم يعلن سوى عن ثلاث غارات في 10 آب 2016.",
         ("airstrike", "2016-08-10", "Manbij", "Russia", None, None)),
    ],
    ids=["speaker-then-another-subject", "spokesman-of-victims", "speaker-who-struck", "speaker-whose-aircraft-struck",
         "militarily-is-not-a-soldier", "relative-clause-object",
         "backer", "backing-aircraft", "seat-of-observatory", "tv-channel", "opposition-forces",
         "merge-in-one-sentence-keeps-actor"],
)
def test_the_actor_is_who_struck_not_the_speaker_or_the_source(text: str, expected: tuple) -> None:
    assert _events(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"وفتحوا النار على حاجز للشرطة في مدينة منبج {DAY}",
         ("ground_attack", "2016-08-10", "Manbij", None, None, None)),
        (f"واشتبكوا مع القوات التركية في مدينة منبج {DAY}",
         ("ground_attack", "2016-08-10", "Manbij", None, None, None)),
        (f"وأصيب 3 أشخاص في إطلاق نار على حاجز في مدينة منبج {DAY}",
         ("ground_attack", "2016-08-10", "Manbij", None, None, 3)),
    ],
    ids=["opened-fire", "clashed-plural", "shooting"],
)
def test_shooting_and_clashes_are_ground_attacks(text: str, expected: tuple) -> None:
    assert _events(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"وتبنى تنظيم داعش المتهم بالوقوف خلف الهجمات التفجير الانتحاري في مدينة منبج {DAY}", ("ISIS", True)),
        ("واتهمت إسرائيل إيران بقصف الجولان، فجاء رد إسرائيل بغارات على مدينة منبج يوم 10 آب 2016.",
         ("Israel", False)),
        (f"وشن العدو الإسرائيلي غارات على مدينة منبج {DAY}", ("Israel", False)),
    ],
    ids=["accused", "accusation-tells-another-event", "enemy-name"],
)
def test_the_actor_and_whether_the_text_hedges_it(text: str, expected: tuple) -> None:
    assert [(e.actor, e.actor_hedged) for e in extract_article(_article(text))] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل انفجار جنديين للتحالف", [("International coalition", True)]),
        ("أعلن الجيش أنه سيكشف منظومة الطيران الإيرانية", []),
        ("وقصف الطيران الإيراني المدينة", [("Iran", False)]),
        ("القتال بين القوات الحكومية ومسلحي المعارضة", []),
        ("دمرت الغارة مبنى تابعا لتنظيم داعش", [("ISIS", True)]),
        ("أصاب الصاروخ مستودعا يعتقد تبعيته لإيران", [("Iran", True)]),
        ("قتل عناصر من الفصائل التابعين لتنظيم داعش", [("ISIS", True)]),
    ],
    ids=["soldiers-of", "feminine-adjective-of-another-noun", "masculine-adjective", "fighters-of-opposition",
         "belonging-to-masculine", "belonging-noun", "belonging-plural"],
)
def test_actor_phrases_and_whether_the_actor_is_the_target(text: str, expected: list) -> None:
    assert [(a.name, a.target) for a in find_actors(normalize(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مقتل عسكريين تركيين اثنين وجرح أربعة آخرين", Toll(2, 4)),
        ("وقتلت الغارات الروسية 80 شخصا", Toll(80)),
        ("قتل القصف التركي 12 مدنيا", Toll(12, None, False, "civilians")),
        ("أصابت القذائف 4 أشخاص", Toll(None, 4)),
        ("قتل الجيش خلال 3 أيام", Toll()),
        ("قتلت الغارات 3 أيام متتالية", Toll()),
        ("وقتل شرطي أو اثنين", Toll()),
        ("استشهد خمسة مدنيين وأصيب عشرة آخرون", Toll(5, 10, False, "civilians")),
        ("واستشهدت 3 نساء في القصف", Toll(3, None, False, "civilians")),
        ("استشهد الكاتب بقول شاعر", Toll()),
        ("سقوط 40 قذيفة على البلدة ما أدى إلى مقتل شخص", Toll(1)),
        ("سقوط 4 براميل متفجرة", Toll()),
        ("سقوط 12مدنيا", Toll()),
        ("أسفر التفجير عن مقتل وجرح 45 جنديا", Toll(combined=45)),
        ("قتل وأصيب 30 شخصا في القصف", Toll(combined=30)),
        ("وقالت إن طفلا قتل وأصيب 15 مدنيا", Toll(1, 15, False, "civilians")),
        ("سقط أكثر من 100 قتيل وجريح", Toll(combined=100)),
        ("سقط عشرات القتلى والجرحى", Toll()),
    ],
    ids=["postposed-two", "verb-subject-count", "verb-subject-civilians", "verb-subject-injured", "no-person",
         "days-are-not-people", "one-or-two", "martyred-verb-count", "martyred-feminine-verb", "quoted-is-no-toll",
         "shells-fall-a-person-is-killed", "barrels-are-no-people", "glued-digits-are-not-read-in-part",
         "killed-and-wounded-nouns", "killed-and-wounded-verbs", "a-child-killed-and-others-wounded",
         "dead-and-wounded-after", "tens-dead-and-wounded"],
)
def test_the_toll_of_a_sentence(text: str, expected: Toll) -> None:
    assert find_toll(normalize(text)) == expected


@pytest.mark.parametrize(("toll", "told"),
                         [(Toll(), False), (Toll(0), True), (Toll(None, 2), True), (Toll(combined=20), True)],
                         ids=["nothing", "none-killed", "only-wounded", "dead-and-wounded-together"])
def test_a_toll_is_told_when_either_count_is_given(toll: Toll, told: bool) -> None:
    assert toll.told is told


def test_the_dead_and_wounded_counted_together_make_an_undated_attack_reportable() -> None:
    assert _events("وأفادت مصادر عسكرية بمقتل وإصابة 20 مسلحا في هجوم على بلدة منبج") == [
        ("ground_attack", None, "Manbij", None, None, None)]
