"""An attack dated only by the day it was announced (أكدت الوزارة الاثنين أن الولايات المتحدة نفذت غارة) takes
the earlier day a sentence soon after it tells it on, naming it again by a demonstrative (وقال المتحدث إن هذه
الغارة نفذت الجمعة): the attack's own day; not one more than a week before it (another attack)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

LEAD = "أكدت وزارة الدفاع الأمريكية الاثنين أن الولايات المتحدة نفذت غارة جوية في الأراضي السورية. "


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_precision, e.date_basis)
            for e in extract_article(article(text, dt.date(2015, 8, 4)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LEAD + "وقال المتحدث إن هذه الغارة نفذت الجمعة لمساندة مجموعة من المقاتلين.",
         [("airstrike", "2015-07-31", "day", "publication")]),
        (LEAD + "وكانت الطائرات قد أقلعت من قاعدة إنجرليك. وقال المتحدث إن هذه الغارة نفذت الجمعة.",
         [("airstrike", "2015-07-31", "day", "publication")]),
        (LEAD + "وقال المتحدث إن هذه الغارة نفذت في الخامس والعشرين من تموز.",
         [("airstrike", "2015-08-03", "day", "report")]),
    ],
    ids=["the-next-sentence", "two-sentences-on", "more-than-a-week-before"],
)
def test_an_announced_attack_takes_its_own_day_told_again_by_a_pointer(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
