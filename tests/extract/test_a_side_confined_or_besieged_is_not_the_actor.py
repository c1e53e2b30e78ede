"""A side named right after a verbal noun of confining or besieging (وحصر المعارضة في زاوية، خلال محاصرة تنظيم داعش،
بعد حصار التنظيم) is the one confined, not who struck."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed)
            for e in extract_article(article(text, dt.date(2018, 3, 18)))]


@pytest.mark.parametrize(("text", "expected"), [
    ("وسيطرت القوات أمس على بلدة كفر بطنا، وحصر المعارضة المسلحة في زاوية صغيرة من الغوطة.",
     ("ground_attack", "2018-03-17", "Kafr Batna", None, None)),
    ("وقتل خمسة مدنيين أمس في قصف على بلدة كفر بطنا خلال محاصرة تنظيم داعش في أطرافها.",
     ("shelling", "2018-03-17", "Kafr Batna", None, 5)),
], ids=["confined", "besieged"])
def test_a_side_confined_or_besieged_is_not_the_actor(text: str, expected: tuple) -> None:
    assert _events(text) == [expected]
