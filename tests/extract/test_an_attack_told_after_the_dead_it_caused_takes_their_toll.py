"""An attack told in a clause opening with بعد أن or بعدما right after a clause that tells dead or wounded
and no attack of its own (قال مسؤولون إن ستة شرطيين قتلوا وأصيب اثنان آخران بعد أن فجر مسلحون عبوة ناسفة) caused
them: telling no toll of its own, it takes theirs, with their day or without one. A toll the attack's clause tells
stays its own, and dead told with an attack of their own lend nothing to what they came after."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

OPENING = "أعلنت الشرطة اعتقال عشرين شخصا في حملة على الخلايا النائمة."
BOMB = "فجر مسلحون عبوة ناسفة على طريق قرب مدينة ماردين"


def _tolls(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(e.event_type, e.killed, e.injured)
            for e in extract_article(article(f"{OPENING} {text}", dt.date(2016, 3, 12))) if e.event_type != "other"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"وقال مسؤولون أمنيون إن ستة شرطيين قتلوا وأصيب اثنان آخران، الخميس، بعد أن {BOMB}.",
         [("bombing", 6, 2)]),
        (f"وقال مسؤولون أمنيون إن ستة شرطيين قتلوا وأصيب اثنان آخران بعد أن {BOMB} يوم الخميس.",
         [("bombing", 6, 2)]),
        ("وقال مسؤولون أمنيون إن أربعة جنود قتلوا إثر عبوة ناسفة انفجرت على طريق قرب مدينة ماردين يوم الخميس.",
         [("bombing", 4, None)]),
        (f"وقال مسؤولون أمنيون إن ستة شرطيين قتلوا، الخميس، بعد أن {BOMB} ما أسفر أيضا عن إصابة ثلاثة مدنيين.",
         [("bombing", None, 3)]),
    ],
    ids=["dead-and-wounded-with-their-day", "without-their-day", "ithr", "its-own-toll-kept"],
)
def test_an_attack_told_after_its_dead_takes_their_toll(text: str, expected: list) -> None:
    assert _tolls(text) == expected
