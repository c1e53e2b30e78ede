"""Attacks told with a present verb of carrying them out (الغارات التي يشنها الجيش، مستهدفة بغارات يشنها النظام) are a
side's attacks in general, not one of them: in a clause without a toll, no event; with a toll the clause tells one
attack (القصف الذي تنفذه القوات أدى إلى مقتل 20 الاثنين), and so does a strike verb telling what they struck (استهدفت
الضربات التي تنفذها الولايات المتحدة مركزا للبحوث)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    "text",
    [
        "طالب المحافظ يوم 10 آب 2016 بحماية المدنيين من الغارات التي يشنها الطيران على مدينة منبج.",
        "أعلنت الأمم المتحدة يوم 10 آب 2016 هدنة في مدينة منبج المستهدفة بغارات يشنها التحالف.",
    ],
    ids=["the-raids-it-carries-out", "targeted-by-raids-it-carries-out"],
)
def test_a_sides_attacks_in_general_tell_no_event(text: str) -> None:
    assert _events(text) == []


def test_the_same_words_with_a_toll_tell_one_attack() -> None:
    text = "أدى القصف الذي تنفذه القوات التركية على مدينة منبج إلى مقتل 20 مدنيا يوم 10 آب 2016."
    assert _events(text) == [("shelling", "2016-08-10", "Manbij", 20)]


def test_what_the_strikes_struck_tells_one_attack() -> None:
    text = "استهدفت الضربات التي تنفذها الولايات المتحدة يوم 10 آب 2016 مركزا للبحوث في مدينة منبج."
    assert _events(text) == [("airstrike", "2016-08-10", "Manbij", None)]
