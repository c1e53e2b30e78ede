"""An indefinite attack noun joined by و to the attack its clause told before and followed by a word of
another (وعبوة ناسفة أخرى، وسيارة مفخخة ثانية) is another attack, at the first one's time, even at the same
town; without و (مبينا أن الطيران وجه ضربة أخرى في مدينة ب) it is another only at a place that is not the last one
told before it, and with the verb that governs it (يعتزم توجيه ضربة أخرى: a plan, no attack). Two attack nouns
after one verb without such a word, or a definite noun (والتفجير الآخر: a re-mention), stay one attack."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل 7 أشخاص أمس في انفجار سيارة مفخخة في مدينة الرمادي وعبوة ناسفة أخرى في مدينة الرمادي.",
         [("bombing", "2016-08-11", "Ramadi", 7), ("bombing", "2016-08-11", "Ramadi", None)]),
        ("انفجرت سيارة مفخخة أمس في حي الكرادة ببغداد، وسيارة مفخخة ثانية في حي الكرادة.",
         [("bombing", "2016-08-11", "Baghdad", None), ("bombing", "2016-08-11", "Baghdad", None)]),
    ],
    ids=["another-bomb-in-the-same-town", "a-second-car-bomb-in-the-same-quarter"],
)
def test_an_attack_told_as_another_is_its_own(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


def test_an_attack_told_as_another_without_and_at_another_town_is_its_own() -> None:
    text = ("وجه طيران التحالف أمس ضربة جوية على تجمع للمسلحين قرب مصفى بيجي، مبينا أن الطيران وجه ضربة أخرى في "
            "مدينة الرمادي.")
    assert _events(text) == [("airstrike", "2016-08-11", "Bayjī", None), ("airstrike", "2016-08-11", "Ramadi", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل 7 أشخاص أمس في انفجار سيارة مفخخة وعبوة ناسفة في مدينة الرمادي.",
         [("bombing", "2016-08-11", "Ramadi", 7)]),
        ("قتل 7 أشخاص أمس في انفجار سيارة مفخخة في مدينة الرمادي والتفجير الآخر في مدينة الرمادي.",
         [("bombing", "2016-08-11", "Ramadi", 7)]),
        ("وجه طيران التحالف أمس ضربة جوية على تجمع للمسلحين في مدينة الرمادي، مبينا أن الطيران وجه ضربة أخرى في "
         "مدينة الرمادي.",
         [("airstrike", "2016-08-11", "Ramadi", None)]),
        ("وجه طيران التحالف أمس ضربة جوية على تجمع للمسلحين قرب مصفى بيجي، مبينا أن الطيران يعتزم توجيه ضربة أخرى "
         "في مدينة الرمادي.",
         [("airstrike", "2016-08-11", "Bayjī", None)]),
    ],
    ids=["two-weapons-of-one-blast", "a-definite-noun-after-and", "another-without-and-at-the-same-town",
         "another-only-planned-after-a-comma"],
)
def test_one_attack_stays_one(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
