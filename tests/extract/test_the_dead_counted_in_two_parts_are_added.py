"""The dead counted in two parts joined by و (قتل 15 طفلا وامرأتان، مقتل 25 مسلحا من التنظيم وسبعة من المدافعين) or by
a word of "in addition to" (مقتل 20 من القوات الحكومية بالإضافة إلى سبعة مقاتلين أجانب) are added up, the first
part kept (`Toll.first_part`); not a count naming who the first counts (شخصين هما رجل وامرأة), the wounded, things, a
vague count or a count not told to be people (و3 في إدلب)."""

from __future__ import annotations

import pytest

from gazetteer.normalize import normalize
from timeline.extract.toll import find_toll


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("قتل 15 طفلا وامرأتان في غارة جوية على مدرسة البلدة.", 17, None),
        ("قتل 16 طفلا وأربع نساء في غارة على المدرسة.", 20, None),
        ("هاجم التنظيم مقرا للجيش ما تسبب بمقتل 25 مسلحا من التنظيم وسبعة من المدافعين.", 32, None),
        ("قتل ثلاثة مدنيين وجندي في القصف على المدينة.", 4, None),
        ("قتل 12 مسلحا وخمسة مدنيين قتلوا في الاشتباكات.", 17, None),
        ("هاجم مسلحون رتلا ما تسبب بمقتل 20 من القوات الحكومية بالإضافة إلى سبعة مقاتلين أجانب.", 27, None),
        ("قتل خلاله على الأقل 20 مقاتلا من القوات الحكومية في المدينة إضافة إلى سبعة مقاتلين أجانب.", 27, None),
    ],
    ids=["children-and-two-women", "children-and-four-women", "attackers-and-defenders", "civilians-and-a-soldier",
         "fighters-and-civilians", "in-addition-to", "in-addition-to-six-words-after"],
)
def test_two_counts_of_the_dead_are_added(text: str, killed: int, injured: int | None) -> None:
    toll = find_toll(normalize(text))
    assert (toll.killed, toll.injured) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("أدى القصف إلى مقتل شخصين هما رجل وامرأة وإصابة 55 شخصا.", 2, 55),
        ("قتل 5 جنود و3 جرحى في القصف على البلدة.", 5, 3),
        ("قتل 5 جنود في حلب و3 في إدلب في القصف.", 5, None),
        ("قتل 5 جنود وعشرات المدنيين في القصف على البلدة.", 5, None),
        ("قتل 5 جنود بالإضافة إلى 3 جرحى في القصف على البلدة.", 5, 3),
        ("قتل 5 جنود بالإضافة إلى إصابة 3 آخرين في القصف على البلدة.", 5, 3),
    ],
    ids=["who-the-two-were", "the-wounded", "not-people", "vague", "in-addition-to-the-wounded",
         "in-addition-to-wounding"],
)
def test_a_second_count_that_is_not_more_dead_is_not_added(text: str, killed: int, injured: int | None) -> None:
    toll = find_toll(normalize(text))
    assert (toll.killed, toll.injured) == (killed, injured)


def test_the_first_part_of_the_dead_added_up_is_kept() -> None:
    toll = find_toll(normalize("استهدفت طائرة سيارة ما تسبب بمقتل عنصرين من الجماعة وثلاثة من اللجان الشعبية."))
    assert (toll.killed, toll.first_part) == (5, 2)
