"""A date read out of a cause word (بعيد الفطر: ب and the Eid al-Fitr, or بعيد "shortly after" the breaking of the
fast) may tell no time of the attack: a date written plainly in its clause (أمس) dates the attack. Alone, or beside
the Eid written plainly (خلال عيد الفطر), the Eid's days stay."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_end, e.date_precision, e.place, e.killed)
            for e in extract_article(article(text, dt.date(2015, 7, 20)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل خمسة مدنيين في انفجار سيارة مفخخة بعيد الفطر في سوق ببغداد أمس.",
         [("bombing", "2015-07-19", "2015-07-19", "day", "Baghdad", 5)]),
        ("قتل خمسة مدنيين في انفجار سيارة مفخخة في سوق ببغداد بعيد الفطر.",
         [("bombing", "2015-07-17", "2015-07-19", "range", "Baghdad", 5)]),
        ("قتل خمسة مدنيين في انفجار سيارة مفخخة خلال عيد الفطر في سوق ببغداد أمس.",
         [("bombing", "2015-07-17", "2015-07-19", "range", "Baghdad", 5)]),
    ],
    ids=["yesterday-beside-it", "alone", "the-eid-written-plainly"],
)
def test_a_date_read_out_of_a_cause_word_yields_to_a_plain_one(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
