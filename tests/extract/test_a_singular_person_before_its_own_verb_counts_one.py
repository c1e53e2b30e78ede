"""A singular person in the accusative before its own verb counts one killed or injured (إن شخصا واحدا على
الأقل قتل), and a dual joined to a singular person adds two (مقتل ضابط وجنديين: 3). A number before the
person, or a count after the verb (its object), leaves the one uncounted; a person killed and others wounded in
one breath (إن شابا قتل وأصيب ثمانية) counts one dead and the wounded."""

from __future__ import annotations

import pytest

from gazetteer.normalize import normalize
from timeline.extract.toll import Toll, find_toll


@pytest.mark.parametrize(("text", "toll"), [
    ("وقال الدفاع المدني إن شخصا قتل، وأصيب أربعة آخرون في القصف", Toll(killed=1, injured=4)),
    ("وقال المسعفون إن رجلا واحدا على الأقل قتل وأصيب 9 مدنيين", Toll(1, 9, True, "civilians")),
    ("وأفادت الشرطة أن سائقا لقي حتفه في انفجار العبوة", Toll(killed=1)),
    ("وذكرت الوكالة أن شرطيا أصيب بجروح في الهجوم", Toll(injured=1)),
    ("وقالت مصادر أمنية إن شابا واحدا قتل، وأصيب ثلاثة آخرون", Toll(killed=1, injured=3)),
    ("وأعلن الجيش مقتل ضابط وجنديين في الكمين", Toll(killed=3)),
    ("وقتل مقاتل وشرطيان في الاشتباك وأصيب خمسة", Toll(killed=3, injured=5)),
    ("وقالت الوكالة إن شابا قتل وأصيب ثمانية في القصف", Toll(killed=1, injured=8)),
], ids=["person-killed", "one-at-least", "met-his-death", "injured", "one-then-others", "officer-and-two",
        "fighter-and-two-policemen", "killed-and-wounded-in-one-breath"])
def test_the_one_is_counted(text: str, toll: Toll) -> None:
    assert find_toll(normalize(text)) == toll


@pytest.mark.parametrize(("text", "killed"), [
    ("وقالت الحكومة إن 340 شخصا قتل خلال الهجوم على البلدة", None),
    ("وقالت الشرطة إن جنديا قتل ثلاثة مدنيين بعد ذلك", 3),
], ids=["a-number-counts-them", "the-verb-has-its-object"])
def test_the_one_is_not_counted(text: str, killed: int | None) -> None:
    assert find_toll(normalize(text)).killed == killed
