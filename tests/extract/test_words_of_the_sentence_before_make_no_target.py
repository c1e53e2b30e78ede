"""Whether an actor phrase is the target of an attack (a target cue among the three words before it: جنديين،
مواقع) is read in its own sentence: soldiers counted at the end of the sentence before do not make the
forces opening the next one a target (وجرح جنديين آخرين. وردت القوات التركية بقصف ...)."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.place, e.actor) for e in extract_article(article(text, PUBLISHED))]


def test_the_side_opening_a_sentence_after_a_count_of_soldiers_is_who_struck() -> None:
    text = ("هاجم مسلحون أمس موقعا عسكريا في بلدة كلس وجرحوا جنديين. "
            "وردت القوات التركية بقصف مواقع التنظيم قرب مدينة جرابلس.")
    assert _events(text)[-1] == ("shelling", "Jarābulus", "Turkey")


def test_a_side_after_a_target_cue_of_its_own_sentence_is_still_the_target() -> None:
    text = "وقال ناشطون إن قصفا استهدف أمس مواقع القوات التركية قرب مدينة جرابلس."
    assert [e[2] for e in _events(text)] == [None]
