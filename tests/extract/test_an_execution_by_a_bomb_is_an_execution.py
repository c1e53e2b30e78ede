"""A bomb told after an execution word of its clause ([negation] executions: أعدم، إعدام), or of its sentence when a
connective continues it (ثم تفجيرها), is the execution's means: the event is an execution (`other`), not a bombing. A
bomb told after a strike verb (قتل ثلاثة في تفجير) is an attack of its own."""

from __future__ import annotations

import pytest

from tests.articles import typed_events


@pytest.mark.parametrize(
    "text",
    [
        "وأعدم التنظيم يوم 10 آب 2016 خمسة أسرى بتفجير عبوات ناسفة في مدينة منبج.",
        "وأقدم عناصر التنظيم يوم 10 آب 2016 على إعدام ثلاثة متهمين بتفجير عبوات ناسفة في مدينة منبج.",
        "وأقدم عناصر التنظيم في مدينة منبج يوم 10 آب 2016 على إعدام ثلاثة متهمين عن طريق وضع أسلاك متفجرة حول "
        "رقابهم ثم تفجيرها.",
    ],
    ids=["the-verb", "the-noun", "the-noun-then-the-bomb"],
)
def test_an_execution_by_a_bomb(text: str) -> None:
    assert typed_events(text) == [("other", "2016-08-10", "Manbij")]


@pytest.mark.parametrize(
    "text",
    [
        "وقتل ثلاثة جنود يوم 10 آب 2016 في تفجير عبوة ناسفة في مدينة منبج.",
        "وبعد إعدام خمسة أسرى قتل ثلاثة جنود يوم 10 آب 2016 في تفجير عبوة ناسفة في مدينة منبج.",
    ],
    ids=["a-bombing", "killed-by-a-bomb-after-an-execution"],
)
def test_a_bombing_stays(text: str) -> None:
    assert typed_events(text) == [("bombing", "2016-08-10", "Manbij")]
