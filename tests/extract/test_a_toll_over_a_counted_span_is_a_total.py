"""A toll told over a span of days, weeks, months or years counted by a number, or over a week (قتل مئات الأشخاص
خلال 12 يوما من القصف، أسفرت الغارات خلال أسبوع عن مقتل 200), sums up that span: no attack, and no toll lent to the
attack told before it; an attack the clause dates to a day of its own stays (سيطرت القوات السبت على القرى). A span
after a superlative is a comparison's baseline, two days may be one attack's (الثالث من نوعه خلال يومين), and a span
after a word of rising is the total's the attack raised, not the attack's."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2018, 3, 3)  # a Saturday


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل مئات الأشخاص خلال 12 يوما من قصف الغوطة الشرقية.", []),
        ("وقال المرصد إن 300 مدني قتلوا في الغارات على مدينة دوما خلال ثلاثة أسابيع.", []),
        ("شنت الطائرات الجمعة غارات على مواقع الحزب في شمال العراق.\n"
         "ونقلت الوكالة السبت أن الغارات أسفرت خلال أسبوع عن مقتل 200 عنصر من الحزب.",
         [("airstrike", "2018-03-02", "Northern Iraq", None)]),
        ("سيطرت القوات السبت على قرى تابعة لبلدة الشيفونية في معركة الغوطة الشرقية التي أدت إلى مقتل أكثر من 600 مدني"
         " خلال ثلاثة أسابيع.",
         [("ground_attack", "2018-03-03", "Al-Shifuniyah", 600)]),
        ("قتل 40 شخصا في أعنف هجوم على مدينة الرقة خلال عشرة أعوام.", [("ground_attack", None, "Ar Raqqah", 40)]),
        ("قتل 36 جنديا جراء غارات تركية على موقع في منطقة عفرين، في حادث هو الثالث من نوعه خلال يومين.",
         [("airstrike", None, "‘Afrīn", 36)]),
        ("قتل شرطيان في هجوم على مركز للشرطة في مدينة أضنة، ليرتفع مجموع القتلى إلى 16 خلال 10 أيام.",
         [("ground_attack", None, "Adana", 2)]),
    ],
    ids=["twelve-days-of-shelling", "three-weeks-of-raids", "a-weeks-toll-lends-nothing", "a-capture-on-its-own-day",
         "a-superlatives-baseline", "two-days-may-be-one-attacks", "a-total-the-attack-raised"],
)
def test_a_toll_over_a_counted_span_is_a_total(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
