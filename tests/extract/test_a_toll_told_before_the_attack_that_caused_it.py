"""A clause telling only a toll (قتل خمسة جنود وأصيب اثنان، الثلاثاء) right before a clause opened as its cause (بعد أن
فجر مسلحون عبوة ناسفة) gives that attack its dead, and its day and place where the attack's own clause tells none; a
clause joined otherwise (فيما) keeps its own, and protesters' wounded are a protest's toll."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

LEAD = "أعلنت وزارة الداخلية، الجمعة، اعتقال 40 شخصا في عدة ولايات.\n"


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed, e.injured)
            for e in extract_article(article(LEAD + text, dt.date(2018, 10, 5))) if e.event_type != "statement"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقالت مصادر أمنية إن خمسة جنود قتلوا وأصيب اثنان آخران، الثلاثاء، بعد أن فجر مسلحون عبوة ناسفة بدورية في "
         "ولاية ماردين.", [("bombing", "2018-10-02", "Mardin Province", 5, 2)]),
        ("وقال الجيش إن ستة جنود جرحوا في مدينة ماردين، الثلاثاء، بعد أن هاجم مسلحون نقطة تفتيش.",
         [("ground_attack", "2018-10-02", "Mardin", None, 6)]),
        ("وقالت مصادر أمنية إن خمسة جنود قتلوا وأصيب اثنان آخران، الثلاثاء، فيما فجر مسلحون عبوة ناسفة بدورية في "
         "ولاية ماردين.", [("bombing", None, "Mardin Province", None, None)]),
        ("وقالت الشرطة، الثلاثاء، إن ستة محتجين جرحوا في مدينة ماردين بعد أن اشتبكوا مع حراس مسلحين.", []),
    ],
    ids=["dead-and-day", "wounded-day-and-place", "another-clause", "protesters"],
)
def test_the_toll_before_its_cause_is_the_attacks(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
