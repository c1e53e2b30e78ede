"""A weak attack word (هجوم، الهجوم) counts when a side is named as who did it (من قبل، على يد) among the few words
after it, before any punctuation, however long the words describing the attack between (هجوم مزعوم بسلاح كيماوي
محرم من قبل القوات التركية); not a side named so after a comma (an accusation's author) nor far after the word (a
plan drawn up by a side)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تلقى ستة مدنيين العلاج بعد هجوم مزعوم بسلاح كيماوي محرم من قبل القوات التركية على قرية كفرنبل يوم"
         " الأربعاء.", [("other", "2016-08-10", "Kafranbel", "Turkey")]),
        ("تلقى ستة مدنيين العلاج من آثار الهجوم الأخير بغاز الكلور السام من قبل القوات التركية على قرية كفرنبل يوم"
         " الأربعاء.", [("other", "2016-08-10", "Kafranbel", "Turkey")]),
        ("تلقى ستة مدنيين العلاج بعد هجوم مزعوم بسلاح كيماوي محرم على قرية كفرنبل يوم الأربعاء، وفق اتهام صدر من"
         " قبل الحكومة التركية.", []),
        ("وتسير الاستعدادات للهجوم على قرية كفرنبل يوم الأربعاء وفق خطة مرسومة بعناية من قبل القوات التركية.", []),
    ],
    ids=["indefinite-described-at-length", "definite-described-at-length", "side-after-a-comma", "side-far-after"],
)
def test_a_weak_attack_with_its_doer_named_after_it(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
