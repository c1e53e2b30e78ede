"""An operation launched by a list of sides that strike from the air (شنت الولايات المتحدة وبريطانيا وفرنسا فجر
السبت عملية عسكرية) is their air strike, the launching verb counted from the list's first side. A later
telling by one of them with the others joined after إلى جانب (مشاركة بريطانيا في الضربات إلى جانب الولايات
المتحدة وفرنسا) is the same joint strike: one event."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

LEAD = "شنت الولايات المتحدة وبريطانيا وفرنسا فجر السبت عملية عسكرية على سوريا."


def _events(*sentences: str) -> list[tuple]:
    text = "\n".join(sentences)
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, dt.date(2018, 4, 14)))]


def test_an_operation_launched_by_three_air_sides_is_an_air_strike() -> None:
    assert _events(LEAD) == [("airstrike", "2018-04-14", "Syria")]


def test_one_side_told_alongside_the_others_is_the_same_strike() -> None:
    assert _events(
        LEAD,
        "وأيدت الحكومة البريطانية السبت مشاركة بريطانيا في الضربات العسكرية على سوريا"
        " إلى جانب الولايات المتحدة وفرنسا.",
    ) == [("airstrike", "2018-04-14", "Syria")]


def test_sides_not_told_alongside_stay_another_sides_strike() -> None:
    assert len(_events(
        LEAD,
        "وأيدت الحكومة البريطانية السبت مشاركة بريطانيا في الضربات العسكرية على سوريا بعد الولايات المتحدة وفرنسا.",
    )) == 2

