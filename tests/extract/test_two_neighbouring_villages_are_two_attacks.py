"""Attacks told in two sentences at two villages or towns of different names are two attacks however near
each other (كفربطنا and سقبا are 2 km apart), whatever else they leave missing; a sentence telling one
wave over a list of neighbouring towns (بلدتي س وص) is still one attack, and a town and the city beside it
may be one (a suburb told as the city)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(*sentences: str) -> list[tuple]:
    text = "\n".join(sentences)
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (("قتل خمسة مدنيين أمس في غارة على بلدة كفربطنا.", "وقتل ثلاثة آخرون في غارة على بلدة سقبا أمس."),
         [("airstrike", "2016-08-11", "Kafr Batna", 5), ("airstrike", "2016-08-11", "Saqba", 3)]),
        (("قصفت الطائرات أمس بلدة كفربطنا.", "وأصابت غارة أمس بلدة سقبا."),
         [("airstrike", "2016-08-11", "Kafr Batna", None), ("airstrike", "2016-08-11", "Saqba", None)]),
    ],
    ids=["two-tolls", "no-tolls"],
)
def test_two_sentences_at_two_towns_are_two_attacks(sentences: tuple[str, ...], expected: list[tuple]) -> None:
    assert _events(*sentences) == expected


def test_one_wave_over_two_towns_is_one_attack() -> None:
    assert _events("قصفت الطائرات أمس بلدتي كفربطنا وسقبا.") == [("airstrike", "2016-08-11", "Kafr Batna", None)]
