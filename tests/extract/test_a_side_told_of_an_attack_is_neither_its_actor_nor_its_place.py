"""A side informed or warned of an attack (أن إسرائيل أبلغت الولايات المتحدة بالهجمات، لم تنذر مسبقا النظام بالغارات،
أخطرت روسيا مسبقا بضربات الخميس) is who was told, not who struck, and no place: the attack keeps the side that did it,
and its telling is one with the telling that names that side. A subject right after the verb stays the actor."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


def test_the_side_informed_is_not_the_actor_of_the_attack_told_before() -> None:
    text = ("قال مسؤولان أميركيان الثلاثاء إن إسرائيل نفذت الاثنين ضربات استهدفت قاعدة التيفور الجوية.\n"
            "وأضاف المسؤولان أن إسرائيل أبلغت الولايات المتحدة بالهجمات التي استهدفت قاعدة التيفور الجوية.")
    assert _events(text) == [("airstrike", "2016-08-08", "Tiyas (T4) airbase", "Israel")]


def test_a_side_warned_across_an_adverb_is_not_the_actor() -> None:
    text = "وقال المتحدث إن إسرائيل أخطرت روسيا مسبقا بضربات الخميس على مدينة القنيطرة."
    assert [e[3] for e in _events(text)] == ["Israel"]


def test_the_side_informed_is_no_place() -> None:
    text = "وأكد المتحدث أن إسرائيل أخطرت روسيا مسبقا بضربات الخميس."
    assert _events(text) == [("airstrike", "2016-08-11", None, "Israel")]


def test_a_subject_right_after_the_verb_is_the_actor() -> None:
    text = "وأبلغت إسرائيل روسيا بالضربات التي شنتها الخميس على مدينة القنيطرة."
    assert [e[3] for e in _events(text)] == ["Israel"]
