"""No attack: aircraft breaching or entering an airspace (اخترقت طائرات إسرائيلية المجال الجوي، طائرة بدون طيار بعد
دخولها المجال الجوي), as aircraft flying over or falling; bombs
and car bombs seized (وضبط عشرات العبوات والسيارات المفخخة), as bombs found, and a material highly explosive
(مواد شديدة الانفجار); attacks told by what happens in the
present (التفجيرات التي تحصل في بلداننا), as what a side carries out. The strike that answers a breach stays."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import typed_events

PUBLISHED = dt.date(2018, 4, 24)


@pytest.mark.parametrize(
    "text",
    [
        "اخترقت طائرات إسرائيلية المجال الجوي الإيراني في نيسان 2018.",
        "وعرض نتنياهو قطعة من طائرة إيرانية بدون طيار بعد دخولها المجال الجوي الإسرائيلي في شباط 2018.",
        "وأعلنت الشرطة اعتقال عشرة عناصر وضبط عشرات العبوات والسيارات المفخخة في بغداد يوم 23 نيسان 2018.",
        "وكتب يوم 20 نيسان 2018 أن التفجيرات التي تحصل في الكويت تدبرها إيران.",
        "وكان الأمن البحريني قد وجد قبل أسبوع مواد شديدة الانفجار قام بتهريبها عملاء إيران.",
    ],
    ids=["airspace-breached", "a-drone-entering-an-airspace", "car-bombs-seized", "bombings-that-happen",
         "a-highly-explosive-material"],
)
def test_no_attack_event(text: str) -> None:
    assert typed_events(text, PUBLISHED) == []


def test_a_strike_answering_a_breach_stays() -> None:
    text = "وشنت إسرائيل يوم 10 شباط 2018 غارات جوية في سوريا ردا على اختراق طائرة إيرانية مجالها الجوي."
    assert typed_events(text, PUBLISHED) == [("airstrike", "2018-02-10", "Syria")]
