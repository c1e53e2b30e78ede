"""The base or town aircraft took off from or flew back to is no place of their strike."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _places(text: str) -> list[str | None]:
    return [e.place for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقصفت الطائرات التركية مواقع للتنظيم يوم 10 آب 2016 قبل أن تعود إلى قاعدة ديار بكر.", [None]),
        ("وقصفت مقاتلات أقلعت من مدينة ديار بكر مواقع للتنظيم يوم 10 آب 2016.", [None]),
        ("وقصفت مقاتلات أقلعت من مدينة ديار بكر مواقع للتنظيم في مدينة منبج يوم 10 آب 2016.", ["Manbij"]),
        ("وقصفت الطائرات التركية مواقع للتنظيم في مدينة ديار بكر يوم 10 آب 2016.", ["Diyarbakır"]),
    ],
    ids=["flew-back-to", "took-off-from", "took-off-and-struck-a-town", "struck-the-town"],
)
def test_departure_places(text: str, expected: list[str | None]) -> None:
    assert _places(text) == expected
