"""An attack named right after a reply word that no trigger of its clause stands before (دمرت الدول مواقع يوم 14
نيسان ردا على هجوم على بلدة س) is the attack answered: it came before the answer, so it takes neither the answer's
day nor the side that answered; told before with its own day, it is that attack told again."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 7, 18)
ANSWER = "دمرت الولايات المتحدة وفرنسا مواقع في سوريا يوم 14 نيسان 2016 ردا على هجوم"


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed) for e in extract_article(article(text, PUBLISHED))]


def test_the_answered_attack_has_not_the_answers_day_nor_side() -> None:
    text = ANSWER + " على بلدة كفرنبل قتل فيه 40 شخصا."
    assert _events(text) == [("ground_attack", None, "Kafranbel", None, 40)]


def test_the_answered_attack_told_before_is_that_attack() -> None:
    text = "استهدف هجوم بلدة كفرنبل يوم 7 نيسان 2016. و" + ANSWER + " كفرنبل الذي قتل فيه 40 شخصا."
    assert _events(text) == [("ground_attack", "2016-04-07", "Kafranbel", None, 40)]
