"""A lead that tells a death on a day (أعلنت أنقرة، الثلاثاء، مقتل جندي ...) dates the attack a follow-up of its
report tells without a date of its own (وأضاف البيان أن الجيش شن غارات جوية; basis ``lead``), as a lead's attack
does. Not an attack told again by a definite noun at a place (كما دانت قصف الغوطة الشرقية: that needs the lead's
attack), nor after a lead that tells no death."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

LEAD = "أعلنت أنقرة، الثلاثاء، مقتل جندي خلال عمليات للجيش ضد مقاتلي حزب العمال الكردستاني شمالي العراق."
FOLLOW_UP = "وأضاف البيان أن الجيش التركي شن غارات جوية دمرت مواقع للحزب."


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_basis, e.place, e.actor, e.killed)
            for e in extract_article(article(text, dt.date(2016, 8, 12)))]


def test_the_follow_up_takes_the_day_of_the_death() -> None:
    assert _events(f"{LEAD} {FOLLOW_UP}") == [
        ("other", "2016-08-09", "publication", "Northern Iraq", None, 1),
        ("airstrike", "2016-08-09", "lead", None, "Turkey", None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قالت المستشارة الألمانية، الأربعاء، إن سقوط آلاف الضحايا في عفرين غير مقبول، كما دانت بشدة قصف الغوطة "
         "الشرقية.", [("other", "2016-08-10", "publication", "‘Afrīn", None, None)]),
        (f"أعلنت أنقرة، الثلاثاء، أن الأوضاع في شمال العراق مستقرة. {FOLLOW_UP}", []),
    ],
    ids=["a-definite-retelling", "a-lead-without-a-death"],
)
def test_no_date_from_the_lead(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
