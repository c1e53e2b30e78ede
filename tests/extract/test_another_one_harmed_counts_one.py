"""Another one harmed, right after a word of the dead or the wounded glued to و, counts one of them (قتل شرطي وأصيب
آخر: injured 1; مقتل أحدهما وإصابة الآخر); "last" after a word of a fall is no one (سقوط آخر معاقل التنظيم)."""

from __future__ import annotations

import pytest

from gazetteer.normalize import normalize
from timeline.extract.toll import Toll, find_toll


@pytest.mark.parametrize(("text", "toll"), [
    ("قتل شرطي وأصيب آخر بالرصاص في الهجوم", Toll(killed=1, injured=1)),
    ("قتل ثلاثة جنود وأصيب آخر بانفجار العبوة", Toll(killed=3, injured=1, victims="fighters")),
    ("وأسفر الهجوم عن مقتل أحدهما وإصابة الآخر بجروح", Toll(killed=1, injured=1)),
    ("أصيب شرطي وقتل آخر في الهجوم على الحاجز", Toll(killed=1, injured=1)),
    ("وقتل جندي في الاشتباك، وأعلن الجيش سقوط آخر معاقل التنظيم", Toll(killed=1)),
], ids=["another-wounded", "after-a-count", "the-other-wounded", "another-killed", "the-last-stronghold"])
def test_another_one(text: str, toll: Toll) -> None:
    assert find_toll(normalize(text)) == toll
