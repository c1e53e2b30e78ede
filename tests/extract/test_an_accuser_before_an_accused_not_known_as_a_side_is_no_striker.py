"""A side after a verb of accusing, then one to three words naming whom it accuses (a group not known as an actor),
then the accusation glued to ب (تتهم إسرائيل كتائب الفجر بإطلاق صواريخ، اتهمت تركيا أمس مسلحين أكرادا بتفجير
سيارة) is the accuser: never who struck; a known side accused so is who struck (تتهم إسرائيل فيلق القدس: Iran's).
With the accusation right after it (اتهمت إسرائيل بشن غارات), or only a
day between (اتهمت إسرائيل أمس بشن غارات), it is the accused."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _actors(text: str) -> list[str | None]:
    return [e.actor for e in extract_article(article(text, dt.date(2018, 5, 10)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وتتهم إسرائيل كتائب الفجر بإطلاق 20 صاروخا على مواقع في هضبة الجولان فجر الخميس.", [None]),
        ("وتتهم إسرائيل فيلق القدس بإطلاق 20 صاروخا على مواقع في هضبة الجولان فجر الخميس.", ["Iran"]),
        ("واتهمت تركيا أمس مسلحين أكرادا بتفجير سيارة مفخخة في مدينة ديار بكر.", [None]),
        ("واتهمت إسرائيل بشن غارات على مطار دمشق أمس.", ["Israel"]),
        ("واتهمت دمشق إسرائيل بشن غارات على مطار دمشق أمس.", ["Israel"]),
        ("واتهمت إسرائيل أمس بشن غارات على مطار دمشق الدولي.", ["Israel"]),
        ("واتهم التحالف الدولي يوم الأحد بقصف مدرسة في مدينة الرقة.", ["International coalition"]),
    ],
    ids=["unknown-group-accused", "irans-corps-accused", "a-day-and-gunmen-accused", "the-accused-itself",
         "a-known-side-accused", "the-accused-itself-a-day-between", "the-accused-itself-a-weekday-between"],
)
def test_the_accuser_is_no_striker(text: str, expected: list[str | None]) -> None:
    assert _actors(text) == expected
