"""An attack told only by a generic word (شنت قوات النظام هجوما على بلدة س) and an attack of a named kind told by the
same side with the same dead (at least three) are one attack, whatever date only one of them gives; another side's
attack, or one telling other dead, stays apart."""

from __future__ import annotations

from tests.articles import typed_events

SHELLED = "قصفت قوات النظام السوري بالمدفعية الأحد بلدة دوما في الغوطة الشرقية ما أدى إلى مقتل 14 شخصا."


def test_the_same_sides_attack_with_the_same_dead_is_the_shelling() -> None:
    text = f"{SHELLED}\nوشنت قوات النظام السوري هجوما على بلدة دوما أدى إلى مقتل 14 شخصا على الأقل."
    assert typed_events(text) == [("shelling", "2016-08-07", "Dūmā")]


def test_another_sides_attack_stays_apart() -> None:
    text = f"{SHELLED}\nوشن تنظيم داعش هجوما على بلدة دوما أدى إلى مقتل 14 شخصا على الأقل."
    assert typed_events(text) == [("shelling", "2016-08-07", "Dūmā"), ("ground_attack", None, "Dūmā")]


def test_an_attack_with_other_dead_stays_apart() -> None:
    text = f"{SHELLED}\nوشنت قوات النظام السوري هجوما على بلدة دوما أدى إلى مقتل 5 أشخاص."
    assert typed_events(text) == [("shelling", "2016-08-07", "Dūmā"), ("ground_attack", None, "Dūmā")]
