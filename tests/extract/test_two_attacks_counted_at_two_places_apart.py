"""Two attacks counted by a dual (غارتين، هجومان) and told at two places not written as one list, the second
opened by و and a preposition, a place head or a word repeated from before the first place (وعلى مطار س،
وولاية ص، وكنيسة في مدينة ص), are two events, one at each place, without the toll they share; a dual told at
one place and its area stays one event."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article, typed_events
from timeline.pipeline import extract_article

CHURCHES = "وقتل عشرة في هجومين متزامنين على كنيسة في مدينة الإسكندرية وكنيسة في مدينة طنطا يوم الأحد."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأسفر هجومان مسلحان على دوريات الشرطة في كل من ولاية هكاري، وولاية ديار بكر عن إصابة 9 عناصر يوم الأحد.",
         [("ground_attack", "2016-08-07", "Hakkâri Province"), ("ground_attack", "2016-08-07", "Diyarbakır Province")]),
        ("واتهمت دمشق إسرائيل بشن غارتين على منطقة الديماس شمال غرب دمشق وعلى مطار دمشق الدولي يوم الأحد.",
         [("airstrike", "2016-08-07", "Ad Dīmās"), ("airstrike", "2016-08-07", "Damascus International Airport")]),
        (CHURCHES, [("ground_attack", "2016-08-07", "Alexandria"), ("ground_attack", "2016-08-07", "Tanta")]),
    ],
    ids=["repeated-head", "repeated-preposition", "repeated-target"],
)
def test_two_attacks_at_two_places_are_two_events(text: str, expected: list[tuple]) -> None:
    assert typed_events(text) == expected


def test_the_toll_of_both_is_given_to_neither() -> None:
    assert [e.killed for e in extract_article(article(CHURCHES, dt.date(2016, 8, 12)))] == [None, None]


def test_two_attacks_at_one_place_and_its_area_are_one_event() -> None:
    text = "وشنت الطائرات غارتين على بلدة كفرنبل في ريف إدلب يوم الأحد."
    assert typed_events(text) == [("airstrike", "2016-08-07", "Kafranbel")]
