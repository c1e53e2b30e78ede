"""An attack told in a clause opened as the cause of a toll (`[clauses] after_its_toll`: بعد أن، بعدما) right after a
clause that tells dead or wounded with their day and no attack of its own (قال مسؤولون إن ستة شرطيين قتلوا،
الخميس، بعد أن فجر مسلحون عبوة ناسفة) is what killed them, at their time: without a day of its own it takes theirs
(told in one clause after إثر, the attack is dated by that clause's day). A day written before the report's word
(قال مسؤولون الخميس إن ...) is the report's, and dates nothing; a day the attack's clause writes is its own. One who
died of his wounds (توفي متأثرا بجروحه) on a day died after the attack: that day is not the attack's."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

OPENING = "أعلنت الشرطة اعتقال عشرين شخصا في حملة على الخلايا النائمة."
BOMB = "فجر مسلحون عبوة ناسفة على طريق قرب مدينة ماردين"


def _bombings(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [(e.date, e.date_end, e.date_precision, e.date_basis)
            for e in extract_article(article(f"{OPENING} {text}", dt.date(2016, 3, 12))) if e.event_type == "bombing"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"وقال مسؤولون أمنيون إن ستة شرطيين قتلوا وأصيب اثنان آخران، الخميس، بعد أن {BOMB}.",
         [("2016-03-10", "2016-03-10", "day", "publication")]),
        ("وقال مسؤولون أمنيون إن ستة شرطيين قتلوا يوم الخميس إثر عبوة ناسفة انفجرت على طريق قرب مدينة ماردين.",
         [("2016-03-10", "2016-03-10", "day", "publication")]),
        (f"وقال مسؤولون أمنيون الخميس إن ستة شرطيين قتلوا بعد أن {BOMB}.",
         [(None, None, None, None)]),
        (f"وقال مسؤولون أمنيون إن ستة شرطيين قتلوا، الخميس، بعد أن {BOMB} مساء الثلاثاء.",
         [("2016-03-08", "2016-03-08", "day", "publication")]),
        ("وقالت مصادر طبية إن جنديا توفي متأثرا بجروحه، الخميس، بعد أن أصيب بانفجار عبوة ناسفة استهدفت دوريته "
         "قرب مدينة ماردين.",
         [(None, None, None, None)]),
    ],
    ids=["dead-then-cause", "dead-then-ithr", "report-day-dates-nothing", "its-own-day-kept", "died-of-wounds-later"],
)
def test_an_attack_told_after_its_dead_takes_their_day(text: str, expected: list) -> None:
    assert _bombings(text) == expected
