"""What goes on, is stepped up, keeps befalling a place or spans a period is a campaign, a habit or a
total, not one attack: raids stepped up (تكثيف الغارات), raids that go on (تتواصل الغارات), a town
subjected to raids (تتعرض لغارات), where shelling concentrates (يتركز القصف على الجيب), an invasion
(الغزو), attacks a side carries out in the present (يقوم بها), attacks from one day to another or over
past years (في الفترة من، خلال الأعوام الثلاثة الماضية), many battles (معارك عديدة), a sweeping
offensive (هجوم كاسح), an operation begun days before (بعد أيام من بدء عملية), a repeated target (هدفا
متكررا), an attack a man is on the verge of (على وشك), and a strike verb in the present tense without a
date (وتقصف الطائرات المدينة منذ تدخلها), unless it is a headline's, which tells a past event in the
present."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    "text",
    [
        "ووقع الاتفاق بعد أيام من تكثيف النظام السوري غاراته على مدينة منبج.",
        "وتقدم الجيش الخميس في ريف منبج، بينما تتواصل الغارات الجوية على المنطقة متسببة في مقتل العشرات.",
        "ويحاول الجيش دخول بلدة منبج التي تتعرض لغارات روسية.",
        "ويتركز القصف العنيف والقتال المحتدم على الجيب منذ استعادة الجيش السوري لريف منبج هذا الشهر.",
        "وأكد الرجل أنه لم يره إلا في عام 2003 وتحديدا وقت الغزو الأميركي للعراق واقتحام القوات الأميركية "
        "لمدينة الموصل.",
        "وأوقعت الهجمات التي يقوم بها المسلحون في مدينة منبج 20 قتيلا في صفوف الجيش.",
        "وقتل 30 جنديا نتيجة الهجمات التي استهدفت مدينة منبج في الفترة من 3 تموز حتى 5 آب.",
        "ومدينة منبج باتت هدفا متكررا لفلول تنظيم داعش، وأدت المشكلات الأمنية ممثلة باستهداف مقار الأحزاب إلى "
        "التشكيك في الانتخابات.",
        "وكان الشاب على وشك تنفيذ هجوم انتحاري في مدينة منبج.",
        "وتقصف المقاتلات الروسية مواقع المعارضة في منبج منذ تدخل موسكو في سبتمبر 2015.",
        "وتستهدف الولايات المتحدة وإسرائيل محور المقاومة، وحشدت إيران طاقاتها لتصوير ما جرى في الدول التي عاشت "
        "خلال الأعوام الثلاثة الماضية ما يسمى الربيع العربي.",
        "وكان اللواء قد خاض معارك عديدة ضد جبهة النصرة في وادي اليرموك أواخر 2014.",
        "كما تأتي هذه الزيارة بعد أيام من بدء عملية تحرير الأنبار من سيطرة داعش وتوقف القوات العراقية عن التقدم "
        "باتجاه مدينة الرمادي.",
        "وشن التنظيم هجوما كاسحا على مدينة الموصل في حزيران 2014.",
    ],
    ids=["stepped-up", "going-on", "subjected-to", "concentrates", "invasion", "carried-out-in-the-present",
         "period-from", "repeated-target", "on-the-verge", "present-since-an-intervention", "past-years",
         "many-battles", "an-operation-begun-days-before", "a-sweeping-offensive"],
)
def test_no_attack_is_told(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وشنت المقاتلات الروسية الخميس غارات على مدينة منبج.", [("airstrike", "2016-08-11", "Manbij")]),
        ("وتقصف المقاتلات الروسية اليوم مدينة منبج.", [("airstrike", "2016-08-12", "Manbij")]),
        ("وقصفت المقاتلات الروسية مدينة منبج.", [("airstrike", None, "Manbij")]),
        ("وتعرضت مدينة منبج الخميس لغارات روسية.", [("airstrike", "2016-08-11", "Manbij")]),
        ("وتركز القصف الخميس على مدينة منبج مما أدى إلى مقتل خمسة مدنيين.", [("shelling", "2016-08-11", "Manbij")]),
    ],
    ids=["a-day-s-raids", "present-today", "past-undated", "past-subjected-to", "past-concentrated"],
)
def test_what_is_told_as_done_is_still_an_attack(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def test_a_headline_tells_a_past_execution_in_the_present() -> None:
    assert _events("داعش يعدم عشرة جنود في مسرح تدمر\nوبث التنظيم مقطعا مصورا.") == [("other", None, "Tadmur")]
