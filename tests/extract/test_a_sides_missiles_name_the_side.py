"""Missiles named with a side's adjective (صواريخ إسرائيلية، الصاروخ الأمريكي) name the side that fired
them; an adjective followed by a word of where weapons were made (صواريخ روسية الصنع، دبابات أمريكية
الصنع) names their maker, never who used them."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _typed(text: str) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.actor) for e in extract_article(article(text, dt.date(2018, 4, 14)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("استهدفت صواريخ إسرائيلية مستودعا للأسلحة قرب جمرايا الأربعاء.", [("airstrike", "Israel")]),
        ("سقط صاروخ إسرائيلي على موقع عسكري قرب جمرايا الأربعاء.", [("airstrike", "Israel")]),
        ("أطلقت الفصائل صواريخ روسية الصنع على حي في حلب الأربعاء.", [("shelling", None)]),
        ("قصفت الدبابات التركية قرية في ريف عفرين الأربعاء.", [("shelling", "Turkey")]),
    ],
    ids=["missiles-of-a-side", "a-missile-of-a-side", "missiles-made-by-a-side", "tanks-of-a-side"],
)
def test_the_side_of_missiles(text: str, expected: list) -> None:
    assert _typed(text) == expected


def test_tanks_made_by_a_side_are_not_its_own() -> None:
    text = "قصفت قوات النظام بدبابات أمريكية الصنع حيا في حلب الأربعاء."
    assert [actor for _, actor in _typed(text)] == ["Syrian army"]
