"""A bombardment told again by a word that does not say how it struck (واستهدف القصف الإسرائيلي، القصف),
typed only by its side's way of striking, is the artillery shelling or air strike the same side was told
to carry out at the same named place, when it tells no date expression and no other number of dead; told
on another day, it stays apart. With the same dead, the kind told types the event."""

from __future__ import annotations

from tests.articles import typed_events

SHELLING = "قتل فلسطينيان الأحد في قصف مدفعي للجيش الإسرائيلي شرقي رفح."


def test_the_sides_bombardment_told_again_is_its_shelling() -> None:
    text = f"{SHELLING}\nواستهدف القصف الإسرائيلي نقطة مراقبة تابعة لحركة الجهاد الإسلامي شرقي رفح."
    assert typed_events(text) == [("shelling", "2016-08-07", "Rafaḩ")]


def test_a_bombardment_told_on_another_day_stays_apart() -> None:
    text = f"{SHELLING}\nواستهدف القصف الإسرائيلي الاثنين نقطة مراقبة شرقي رفح."
    assert typed_events(text) == [("shelling", "2016-08-07", "Rafaḩ"), ("airstrike", "2016-08-08", "Rafaḩ")]


def test_the_kind_told_types_the_dated_bombardment_with_the_same_dead() -> None:
    text = ("قتل 3 فلسطينيين الأحد في القصف الإسرائيلي على بلدة بيت حانون.\n"
            "وأسفر قصف مدفعي إسرائيلي على بيت حانون عن مقتل 3 فلسطينيين.")
    assert typed_events(text) == [("shelling", "2016-08-07", "Bayt Ḩānūn")]
