"""A toll that a lead's statement tells of an aircraft that fell (a word of [negation] falling right before one of
[negation] aircraft: حينما سقطت مقاتلة على سوق) is a crash's: no attack event; the same toll of an explosion or of an
air strike stays its attack."""

from __future__ import annotations

from tests.articles import typed_events


def test_a_warplane_fallen_on_a_market() -> None:
    text = "قال المرصد السوري اليوم الأربعاء إن 31 شخصا قتلوا حينما سقطت مقاتلة سورية على سوق مزدحم في مدينة منبج."
    assert typed_events(text) == []


def test_a_helicopter_fallen_on_houses() -> None:
    text = "قال المرصد السوري اليوم الأربعاء إن خمسة أشخاص قتلوا بعد سقوط مروحية على منازل في مدينة منبج."
    assert typed_events(text) == []


def test_an_explosion_stays() -> None:
    text = "قال المرصد السوري اليوم الأربعاء إن 31 شخصا قتلوا في انفجار في سوق مزدحم في مدينة منبج."
    assert typed_events(text) == [("bombing", "2016-08-10", "Manbij")]


def test_a_toll_without_its_kind_stays() -> None:
    text = "قال المرصد السوري اليوم الأربعاء إن 31 شخصا قتلوا في سوق مزدحم في مدينة منبج."
    assert typed_events(text) == [("other", "2016-08-10", "Manbij")]
