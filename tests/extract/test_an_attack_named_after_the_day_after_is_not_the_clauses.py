"""An attack named after a word that counts a day from it (غداة، عشية), in a clause that tells its own attack before
that word, is another happening: the clause's event is the one told first, with its own day, and the attack named
after the word is its own event, dated the day before (basis ``event_relative``); it lends the first neither its
kind nor its dead."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

SATURDAY = dt.date(2018, 4, 21)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_basis, e.place, e.actor, e.killed)
            for e in extract_article(article(text, SATURDAY))]


def test_raids_the_day_before_are_not_the_shelling_told_first() -> None:
    text = "قصفت قوات النظام حي التضامن جنوب دمشق يوم الجمعة غداة غارات على بلدة سقبا."
    assert _events(text) == [
        ("shelling", "2018-04-20", "publication", "Al-Tadamon", "Syrian army", None),
        ("airstrike", "2018-04-19", "event_relative", "Saqba", None, None),
    ]


def test_the_dead_of_the_day_before_stay_with_their_raids() -> None:
    text = ("قتل مدني بقصف لقوات النظام على حي التضامن جنوب دمشق يوم الجمعة، غداة مقتل أربعة مدنيين في غارات "
            "على بلدة سقبا.")
    assert _events(text) == [
        ("shelling", "2018-04-20", "publication", "Al-Tadamon", "Syrian army", 1),
        ("airstrike", "2018-04-19", "event_relative", "Saqba", None, 4),
    ]


def test_a_shelling_of_the_day_before_is_its_own_attack() -> None:
    text = ("قتل ثلاثة مدنيين بقصف على حي التضامن جنوب دمشق يوم الجمعة، غداة مقتل خمسة مدنيين في قصف على بلدة "
            "سقبا.")
    assert _events(text) == [
        ("shelling", "2018-04-20", "publication", "Al-Tadamon", None, 3),
        ("shelling", "2018-04-19", "event_relative", "Saqba", None, 5),
    ]


def test_a_shelling_a_clause_says_its_attack_came_after_is_the_raids_told_before() -> None:
    text = ("شنت الطائرات الحربية يوم الخميس غارات على بلدة سقبا. وقتل جنديان في هجوم على حاجز في حي التضامن جنوب "
            "دمشق يوم الجمعة، ويأتي الهجوم غداة قيام الجيش بقصف بلدة سقبا.")
    assert _events(text) == [
        ("airstrike", "2018-04-19", "publication", "Saqba", None, None),
        ("ground_attack", "2018-04-20", "publication", "Al-Tadamon", None, 2),
    ]


def test_an_attack_of_the_eve_is_not_the_one_told_first() -> None:
    text = "قصفت قوات النظام حي التضامن جنوب دمشق يوم الجمعة عشية هجوم على بلدة سقبا."
    assert [e[:4] for e in _events(text)] == [("shelling", "2018-04-20", "publication", "Al-Tadamon")]


def test_an_air_strike_told_first_keeps_its_day_and_leaves_the_dead_to_the_attack_before() -> None:
    text = ("قصفت الطائرات الحربية اليوم السبت بلدة سقبا غداة هجوم مسلح على حاجز للجيش في حي التضامن جنوب دمشق "
            "قتل فيه ثلاثة جنود.")
    assert _events(text) == [
        ("airstrike", "2018-04-21", "publication", "Saqba", None, None),
        ("ground_attack", "2018-04-20", "event_relative", "Al-Tadamon", None, 3),
    ]


def test_a_happening_that_is_no_attack_after_the_word_still_names_the_side() -> None:
    text = "اندلعت اشتباكات عنيفة قرب مدينة عفرين يوم الجمعة غداة وصول القوات التركية إلى مشارف المدينة."
    assert _events(text) == [("ground_attack", "2018-04-20", "publication", "‘Afrīn", "Turkey", None)]
