"""One strike told as done in a later clause of its sentence, by pronoun (وأعلن المرصد أنهما استهدفا مستودعات), after
clauses that told no attack but named one side striking from the air (سقط صاروخان إسرائيليان قرب المطار) is that
side's air strike: the sentence tells one happening, its side told first; with no side told first it has none
(sentences written for the tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2018, 6, 26)
BEFORE = "تقدمت قوات النظام أمس في ريف درعا. بالتزامن مع هذا التقدم سقط "
AFTER = (' قرب مطار دمشق الدولي، بحسب الإعلام الرسمي، وأعلن المرصد السوري لحقوق الإنسان أنهما "استهدفا مستودعات أسلحة '
         'لحزب الله".')


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("missiles", "expected"),
    [
        ("صاروخان إسرائيليان", [("airstrike", None, "Damascus International Airport", "Israel")]),
        ("صاروخان", [("shelling", None, "Damascus International Airport", None)]),
    ],
    ids=["israeli-missiles", "no-side"],
)
def test_the_strike_told_by_pronoun_is_the_side_told_first(missiles: str, expected: list) -> None:
    assert _events(BEFORE + missiles + AFTER) == expected
