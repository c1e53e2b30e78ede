"""A strike of several sides written as one list (الولايات المتحدة وفرنسا وبريطانيا) is read as the first side's;
a later telling that lists the same sides in another order reads another of them first. Each telling naming
the other's side in its own list, the two are one strike; sides named apart (one striking, the other struck)
stay two."""

from __future__ import annotations

from tests.articles import typed_events

FIRST = "لم تلق الضربات الجوية التي شنتها الولايات المتحدة وفرنسا وبريطانيا السبت على سوريا إجماعا عربيا."


def test_the_same_sides_listed_in_another_order_are_one_strike() -> None:
    text = f"{FIRST}\nوأيدت السعودية السبت الضربات التي نفذتها بريطانيا وفرنسا والولايات المتحدة في سوريا."
    assert typed_events(text) == [("airstrike", "2016-08-06", "Syria")]


def test_a_side_named_apart_from_the_list_is_another_strike() -> None:
    text = f"{FIRST}\nوشنت بريطانيا السبت غارات على أهداف في سوريا بعد أن هاجمت الولايات المتحدة مواقع فيها."
    assert len(typed_events(text)) == 2
