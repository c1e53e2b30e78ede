"""A plan, a plot, an intention, a decision or a threat (خططوا، أحبطت مخططا، عمدت الخطة، اتخذت قرارا، توعد)
reaches a trigger noun anywhere after it in its clause, past a list of aims (خططوا ... لنشر الفوضى وإثارة الذعر وتفجير
ثلاث كنائس): what was planned or threatened is no attack, and so is an intention told after ب (معلومات تفيد باعتزام
مجموعة شن هجوم). An attack the plan word describes as done (التفجير الذي خطط له ... أودى بحياة 20), one a threat
refers to (في إشارة إلى تفجير استهدف) and one launched after a decision stay."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    "text",
    [
        "أعلنت الشرطة يوم 10 آب 2016 القبض على 12 شخصا خططوا من خارج البلاد لنشر الفوضى وإثارة الذعر وتفجير ثلاث"
        " كنائس في مدينة حلب.",
        "قالت الوزارة إن أجهزة الأمن أحبطت يوم 10 آب 2016 مخططا للتنظيم كان يهدف إلى زعزعة الاستقرار واستهداف"
        " مقرات أمنية في مدينة حمص.",
        "توعد الرئيس يوم 10 آب 2016 في مقابلة تلفزيونية مطولة المسلحين في ريف حلب بشن عمليات عسكرية ضد مقراتهم.",
        "وقال مصدر معارض إن الفصائل اتخذت قرارا يوم 10 آب 2016 بتخفيف الضغط عن مدينة الزبداني عبر فتح معارك أخرى"
        " ضد قوات النظام.",
        "وتوصلت الاستخبارات يوم 10 آب 2016 إلى معلومات تفيد باعتزام مجموعة من عناصر التنظيم شن هجوم مسلح على"
        " مديرية الأمن في مدينة حلب.",
        "وأفاد مصدر باعتزامهم شن هجوم على مدينة حلب يوم 10 آب 2016.",
        "وقال المتحدث إن تنظيم داعش يصدر أوامر لخلاياه، حيث عمدت الخطة الأولى لاستهداف مقر الشرطة واستهداف المسجد"
        " المجاور له في مدينة حمص يوم الجمعة، لكن الأمن أفشل الخطط قبل تنفيذها.",
    ],
    ids=["planned-past-a-list-of-aims", "a-foiled-plot", "a-threat", "a-decision-to-open-battles",
         "an-intention-told-after-bi", "their-intention-told-after-bi", "the-aim-of-the-plan"],
)
def test_no_attack(text: str) -> None:
    assert _events(text) == []


def test_an_attack_planned_and_done_stays() -> None:
    text = "قالت الوزارة إن التفجير الذي خطط له التنظيم في مدينة حمص يوم 10 آب 2016 أودى بحياة 20 شخصا."
    assert _events(text) == [("bombing", "2016-08-10", "Homs", 20)]


def test_an_attack_a_threat_refers_to_stays() -> None:
    text = "هدد الوزير المسلحين يوم 10 آب 2016 بعقوبة حاسمة، في إشارة إلى تفجير استهدف مدينة حلب يوم 9 آب 2016."
    assert _events(text) == [("bombing", "2016-08-09", "Aleppo", None)]


def test_an_attack_launched_after_a_decision_stays() -> None:
    text = "شنت الفصائل يوم 10 آب 2016 هجوما على مدينة درعا بعد أن اتخذت قرارا بتخفيف الضغط عن الزبداني."
    assert _events(text) == [("ground_attack", "2016-08-10", "Dar‘ā", None)]


def test_an_attack_told_after_an_intention_with_its_dead_stays() -> None:
    text = "وأفاد مصدر باعتزام الفصائل الرد بعد أن قتل 5 مدنيين في غارة على مدينة حلب يوم 10 آب 2016."
    assert _events(text) == [("airstrike", "2016-08-10", "Aleppo", 5)]
