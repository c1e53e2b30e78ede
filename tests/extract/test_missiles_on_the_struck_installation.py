"""Missiles told without a side (صواريخ استهدفت المطار), typed shelling only by default, and an air strike
on the same installation (a place of point precision: an airbase, an airport) on the same day, without
another toll, are one air strike, as they are when one of them is told without any date expression (ما تردد عن
ضربات صاروخية على مطار التيفور). At a town, at another airbase, or with another toll, they stay two."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(*sentences: str) -> list[tuple]:
    text = "\n".join(sentences)
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


def test_missiles_on_the_struck_airbase_are_the_air_strike() -> None:
    assert _events(
        "قتل 14 مقاتلا في ضربة جوية استهدفت فجر الاثنين مطار التيفور العسكري في محافظة حمص.",
        "وذكرت الوكالة الرسمية أن صواريخ استهدفت فجر الاثنين مطار التيفور العسكري وأوقعت قتلى وجرحى.",
    ) == [("airstrike", "2016-08-08", "Tiyas (T4) airbase", 14)]


def test_an_undated_air_strike_on_the_airbase_is_the_dated_missiles() -> None:
    assert _events(
        "دان الرئيسان الهجوم الكيماوي على المدينة واتفقا على رد مشترك.",
        "وجاء البيان بعد تصريحات للمتحدث بشأن ما تردد عن ضربات صاروخية على مطار التيفور العسكري في حمص قتلت عددا "
        "من الأشخاص.",
        "وكانت الوكالة الرسمية ذكرت أن صواريخ استهدفت فجر الاثنين مطار التيفور العسكري وأوقعت قتلى.",
    ) == [("airstrike", "2016-08-08", "Tiyas (T4) airbase", None)]


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (("قتل 14 مقاتلا في ضربة جوية استهدفت فجر الاثنين مطار التيفور العسكري في محافظة حمص.",
          "وذكرت الوكالة الرسمية أن صواريخ استهدفت مساء الاثنين مطار التيفور العسكري وقتلت جنديين."),
         [("airstrike", "2016-08-08", "Tiyas (T4) airbase", 14), ("shelling", "2016-08-08", "Tiyas (T4) airbase", 2)]),
        (("قتل أربعة مدنيين في غارة جوية استهدفت الاثنين مدينة سراقب.",
          "وذكرت الوكالة أن صواريخ استهدفت الاثنين مدينة سراقب وأوقعت أضرارا."),
         [("airstrike", "2016-08-08", "Saraqib", 4), ("shelling", "2016-08-08", "Saraqib", None)]),
        (("دان الرئيسان الهجوم الكيماوي على المدينة واتفقا على رد مشترك.",
          "وجاء البيان بعد تصريحات للمتحدث بشأن ما تردد عن ضربات صاروخية على مطار التيفور العسكري في حمص قتلت 14 "
          "شخصا.",
          "وكانت الوكالة الرسمية ذكرت أن صواريخ استهدفت فجر الاثنين مطار التيفور العسكري وقتلت جنديين."),
         [("airstrike", None, "Tiyas (T4) airbase", 14), ("shelling", "2016-08-08", "Tiyas (T4) airbase", 2)]),
        (("دان الرئيسان الهجوم الكيماوي على المدينة واتفقا على رد مشترك.",
          "وجاء البيان بعد تصريحات للمتحدث بشأن ما تردد عن ضربات صاروخية على مطار التيفور العسكري في حمص قتلت عددا "
          "من الأشخاص.",
          "وكانت الوكالة الرسمية ذكرت أن صواريخ استهدفت فجر الاثنين مطار الشعيرات العسكري وأوقعت قتلى."),
         [("airstrike", None, "Tiyas (T4) airbase", None), ("shelling", "2016-08-08", "Shayrat airbase", None)]),
    ],
    ids=["another-toll", "at-a-town", "undated-with-another-toll", "undated-at-another-airbase"],
)
def test_missiles_elsewhere_or_with_another_toll_stay_apart(sentences: tuple[str, ...], expected: list[tuple]) -> None:
    assert _events(*sentences) == expected
