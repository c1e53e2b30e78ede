"""A definite word naming the blast itself (الانفجار) that tells a toll in the sentence after a
bombing is that bombing's toll, also when the bombing told only some of it (its wounded) and the retelling
repeats those counts and adds the dead; another count of the wounded is another toll."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed, e.injured) for e in extract_article(article(text, PUBLISHED))]


def test_the_explosion_named_again_tells_the_dead() -> None:
    text = "انفجرت عبوة ناسفة أمس في مدينة منبج. وقال المرصد إن الانفجار أسفر عن مقتل خمسة أشخاص."
    assert _events(text) == [("bombing", "2016-08-11", "Manbij", 5, None)]


def test_the_wounded_told_first_and_the_dead_added() -> None:
    text = ("جرح ثلاثة جنود أمس في انفجار عبوة ناسفة في مدينة منبج. وقال المرصد إن الانفجار أسفر عن مقتل ثلاثة جنود "
            "وإصابة ثلاثة آخرين.")
    assert _events(text) == [("bombing", "2016-08-11", "Manbij", 3, 3)]


def test_a_lead_with_the_dead_and_its_bombing_told_with_the_wounded_are_one() -> None:
    text = ("قتل ضابط وثلاثة جنود أمس في هجمات يشنها مسلحون شمال سيناء. وقال الناطق إن ثلاثة جنود جرحوا أيضا في انفجار "
            "عبوة ناسفة في مدينة رفح. وقال إن الانفجار أسفر عن مقتل ضابط وثلاثة جنود وإصابة ثلاثة آخرين.")
    assert [e[:4] for e in _events(text)] == [("bombing", "2016-08-11", "Rafaḩ", 4)]


def test_other_wounded_are_another_toll() -> None:
    text = ("جرح ثلاثة جنود أمس في انفجار عبوة ناسفة في مدينة منبج. وقال المرصد إن الانفجار أسفر عن مقتل جنديين "
            "وإصابة سبعة آخرين.")
    assert [e[3:] for e in _events(text)] == [(None, 3)]
