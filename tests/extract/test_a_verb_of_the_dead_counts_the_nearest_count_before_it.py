"""A verb of the dead or the wounded a few words after a count counts that count only when no other count stands
between (أعلن المرصد الاثنين أن ثمانية مدنيين قتلوا: eight, not the two that Monday's name also writes); a dual noun
of people after a number is what it counts, no count between (ستة شرطيين قتلوا: six)."""

from __future__ import annotations

import pytest

from gazetteer.normalize import normalize
from timeline.extract.toll import Toll, find_toll


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أعلن المرصد مساء الاثنين أن ثمانية مدنيين قتلوا في غارات على البلدة", Toll(killed=8, victims="civilians")),
        ("قال مصدر يوم الاثنين إن خمسة جنود أصيبوا في الهجوم", Toll(injured=5, victims="fighters")),
        ("ذكرت الوكالة الاثنين أن عشرات المسلحين قتلوا في القصف",
         Toll(killed=10, victims="fighters", vague=frozenset({"killed"}))),
        ("قال الجيش إن ثلاثة أشخاص قتلوا في الانفجار", Toll(killed=3)),
        ("قال مسؤولون الاثنين إن ستة شرطيين قتلوا في الهجوم", Toll(killed=6)),
    ],
    ids=["eight-after-monday-evening", "five-wounded-after-monday", "dozens-after-monday",
         "three-with-no-count-before", "six-with-a-dual-noun-between"],
)
def test_the_count_nearest_the_verb_is_its_subject(text: str, expected: Toll) -> None:
    assert find_toll(normalize(text)) == expected
