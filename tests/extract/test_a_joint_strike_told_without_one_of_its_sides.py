"""A joint strike of several sides told once with its full list (الولايات المتحدة وبريطانيا وفرنسا) and once with a
list that leaves its first side out (the first read as a target: الضربات للولايات المتحدة وبريطانيا وفرنسا) is one
strike: a list of two or more sides that the other telling's list holds. A single side told apart stays apart."""

from __future__ import annotations

from tests.articles import typed_events

FULL = "ولم تحصل روسيا السبت على دعم المجلس لإدانة الضربات التي شنتها الولايات المتحدة وبريطانيا وفرنسا على دمشق."


def test_a_list_held_by_the_others_list_is_the_same_strike() -> None:
    text = f"أخفقت موسكو السبت في تمرير قرار يدين الضربات العسكرية للولايات المتحدة وبريطانيا وفرنسا على سوريا.\n{FULL}"
    assert typed_events(text) == [("airstrike", "2016-08-06", "Damascus")]


def test_one_side_alone_is_not_a_list() -> None:
    text = f"وشنت بريطانيا السبت غارات على أهداف في سوريا.\n{FULL}"
    assert typed_events(text) == [("airstrike", "2016-08-06", "Syria"), ("airstrike", "2016-08-06", "Damascus")]
