"""A count of others (آخرين، آخرون) killed with one told before it counts that one too: after a word of together
(قتل مع ثلاثة عناصر آخرين: 4), glued to و before its own verb (إن قياديا وخمسة مسلحين آخرين قتلوا: 6), or
joined by و to a singular person right after a toll word (قتل جندي وثلاثة آخرون: 4). Others told after another
toll word (قتل مدني وأصيب ثلاثة آخرون) or after a count already read (قتل 24 شخصا الأحد وأربعة آخرون الاثنين) are
not the same dead."""

from __future__ import annotations

import pytest

from gazetteer.normalize import normalize
from timeline.extract.toll import find_toll


def _toll(text: str) -> tuple[int | None, int | None]:
    toll = find_toll(normalize(text))
    return toll.killed, toll.injured


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قال المرصد إن العقيد قتل مع ثلاثة عناصر آخرين من قوات النظام في قصف على حي جوبر", (4, None)),
        ("أعلنت الوزارة أن قياديا في التنظيم قتل مع مسلحين اثنين آخرين في غارة جوية", (3, None)),
        ("قال المرصد إن قياديا في التنظيم وخمسة مسلحين أجانب آخرين قتلوا في غارة جوية", (6, None)),
        ("قال المرصد إن قياديا في التنظيم وخمسة مسلحين أجانب آخرين أصيبوا في غارة جوية", (None, 6)),
        ("قتل جندي وثلاثة آخرون في هجوم على حاجز للجيش", (4, None)),
        ("قتل مدني وأصيب ثلاثة آخرون في قصف على المدينة", (1, 3)),
        ("قتل 24 شخصا الأحد وأربعة آخرون الاثنين في غارات على المدينة", (24, None)),
        ("قال المرصد إن خمسة مسلحين قتلوا في غارة جوية", (5, None)),
    ],
    ids=["together", "together-postposed", "glued-before-its-verb", "wounded-alike", "joined-to-a-person",
         "others-of-another-toll-word", "others-after-a-count-read", "no-others"],
)
def test_a_count_of_others_counts_the_one_told_with_them(text: str, expected: tuple) -> None:
    assert _toll(text) == expected
