"""A clause opening with a reply verb names the attack it answers after a target word and its answer after the
preposition of means (وردت القوات على هجوم التنظيم بقصف مواقعه): the answer is the clause's event, typed by its
side, not the attack answered."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.actor, e.place, e.killed) for e in extract_article(article(text, dt.date(2015, 8, 3)))]


def test_the_answer_by_means_is_the_event() -> None:
    text = "وردت الولايات المتحدة على هجوم المسلحين باستهداف مقرات لهم في مدينة إدلب أمس، ما أسفر عن مقتل 25 مقاتلا."
    assert _events(text) == [("airstrike", "US", "Idlib", 25)]


def test_an_answer_without_a_target_word_keeps_its_trigger() -> None:
    text = "وردت القوات التركية أمس بقصف مواقع المسلحين في مدينة إدلب، ما أسفر عن مقتل 25 مقاتلا."
    assert [e[0] for e in _events(text)] == ["shelling"]
