"""The dead counted after the killers' verb (هاجموا الحاجز وقتلوا 5 من عناصره، وقتلوا مدنيين اثنين) or told as fallen
dead (44 شخصا على الأقل سقطوا قتلى) are the toll; a verb of the dead after its subject joined to one of the wounded
(سبعة جنود قتلوا وأصيب اثنان) still gives both counts."""

from __future__ import annotations

import pytest

from gazetteer.normalize import normalize
from timeline.extract.toll import find_toll


@pytest.mark.parametrize(
    ("text", "killed", "injured", "minimum"),
    [
        ("هاجم مسلحون حاجزا للجيش وقتلوا 5 من عناصره.", 5, None, False),
        ("قصف المسلحون البلدة وقتلوا مدنيين اثنين.", 2, None, False),
        ("قال المرصد إن 44 شخصا على الأقل سقطوا قتلى في الغارات.", 44, None, True),
        ("قال مصدر إن 12 مدنيا سقطوا جرحى في القصف.", None, 12, False),
        ("قال مصدر إن سبعة جنود قتلوا وأصيب اثنان في التفجير.", 7, 2, False),
    ],
    ids=["killers-verb", "killers-verb-postposed", "fell-dead", "fell-wounded", "dead-verb-and-wounded"],
)
def test_the_toll_by_the_killers_verb_or_fallen(text: str, killed: int | None, injured: int | None,
                                                minimum: bool) -> None:
    toll = find_toll(normalize(text))
    assert (toll.killed, toll.injured, toll.minimum) == (killed, injured, minimum)
