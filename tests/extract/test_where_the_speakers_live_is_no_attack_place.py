"""Where those who report an attack live or come from (وذكر لاجئون يتحدرون من البلدة ويسكنون في دمشق أن ...)
is no place of the attack; a place where people live told after the trigger (قصفت منازل مدنيين يسكنون في
بلدة س) is where it struck."""

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
        ("وذكر لاجئون يتحدرون من البلدة ويسكنون في دمشق أن التنظيم شن هجوما عليها يوم 7 آب 2016.", [None]),
        ("وقال لاجئون يسكنون في دمشق إن الطائرات قصفت بلدة القريتين يوم 7 آب 2016.", ["Al Qaryatayn"]),
        ("قصفت الطائرات يوم 7 آب 2016 منازل مدنيين يسكنون في بلدة القريتين.", ["Al Qaryatayn"]),
    ],
    ids=["the-speakers-home", "a-town-named-after", "the-homes-struck"],
)
def test_residence_places(text: str, expected: list[str | None]) -> None:
    assert _places(text) == expected
