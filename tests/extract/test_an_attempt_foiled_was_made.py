"""An attempt to advance or to infiltrate foiled (أحبطت الفصائل محاولة تقدم نفذتها القوات) was made and repelled: a
ground attack by the side that attempted it, as one repelled (صدت) is; an attack or a plot foiled (أحبطت القوات هجوما،
أحبطت مخططا لتفجير) still never happened."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor)
            for e in extract_article(article(text, dt.date(2015, 8, 1)))]


@pytest.mark.parametrize("verb", ["أحبطت", "صدت"])
def test_an_attempt_to_advance_foiled_is_a_ground_attack(verb: str) -> None:
    text = f"{verb} فصائل المعارضة أمس محاولة تقدم نفذتها القوات النظامية نحو بلدة كفرنبل في ريف إدلب."
    assert _events(text) == [("ground_attack", "2015-07-31", "Kafranbel", "Syrian army")]


@pytest.mark.parametrize("text", [
    "وأحبطت القوات الأمنية أمس هجوما لعناصر تنظيم داعش على بلدة كفرنبل في ريف إدلب.",
    "وأحبطت القوات الأمنية أمس مخططا لتفجير سيارة مفخخة في بلدة كفرنبل في ريف إدلب.",
], ids=["an-attack", "a-plot"])
def test_an_attack_or_a_plot_foiled_never_happened(text: str) -> None:
    assert _events(text) == []
