"""The dead or the wounded counted by a dual of their own word (أسفر الهجوم عن قتيلين وجريحين) are two of them; not
the dual told with the article (جثتي الشهيدين: the two dead of a telling before)."""

from __future__ import annotations

import pytest

from gazetteer.normalize import normalize
from timeline.extract.toll import find_toll


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("شنت طائرات روسية غارات على البلدة مما أسفر عن قتيلين على الأقل.", 2, None),
        ("أسفر الهجوم عن قتيلين وجريحين.", 2, 2),
        ("قتل 5 أشخاص وسقط جريحان في القصف.", 5, 2),
        ("سقط شهيدان في القصف على الحي.", 2, None),
    ],
    ids=["two-dead", "two-dead-two-wounded", "a-number-and-a-dual", "two-martyrs"],
)
def test_a_dual_counts_two(text: str, killed: int, injured: int | None) -> None:
    toll = find_toll(normalize(text))
    assert (toll.killed, toll.injured) == (killed, injured)


def test_the_two_dead_told_before_are_no_count() -> None:
    toll = find_toll(normalize("نقلت طائرة عسكرية أمس جثتي الشهيدين إلى مدينة أبها."))
    assert (toll.killed, toll.injured) == (None, None)
