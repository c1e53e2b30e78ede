"""A side an attack is attributed to (نسبت أيضا إلى حزب العمال، ونسب لتنظيم داعش) is its actor."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _actors(text: str) -> list[str | None]:
    return [e.actor for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل جندي تركي أمس عندما انفجر لغم أرضي بقافلة عسكرية في مدينة مديات في حادثة نسبت أيضا إلى حزب "
         "العمال الكردستاني.", ["PKK"]),
        ("وقالت الحكومة التركية إن التفجير الذي قتل 32 شخصا في مدينة سروج أمس ونسب لتنظيم داعش لن يمر دون عقاب.",
         ["ISIS"]),
    ],
    ids=["attributed-also-to", "attributed-with-lam"],
)
def test_the_side_an_attack_is_attributed_to(text: str, expected: list[str | None]) -> None:
    assert _actors(text) == expected
