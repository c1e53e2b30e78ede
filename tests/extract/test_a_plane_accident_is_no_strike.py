"""A plane accident (حادث طائرة، حوادث الطائرات: [exclude]) is no air strike, whatever its toll; an aircraft's
strike told with its toll stays one."""

from __future__ import annotations

from tests.articles import typed_events


def test_a_plane_accident_is_no_event() -> None:
    text = "وفي عام 2009 لقي 49 شخصا حتفهم في حادث طائرة بمدينة بافالو في نيويورك."
    assert typed_events(text) == []


def test_a_warplanes_strike_stays() -> None:
    text = "وقتل 49 شخصا في غارة طائرة حربية على بلدة كفرنبل يوم الأربعاء."
    assert typed_events(text) == [("airstrike", "2016-08-10", "Kafranbel")]
