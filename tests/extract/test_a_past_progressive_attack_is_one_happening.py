"""A verb in the present tense tells what a side does (a habit, no event) unless a past form of كان stands
a few words before it (كانت فصائل المعارضة تشن هجوما): then it tells what was going on at a past time,
one attack. Written كأن (as if) is no such form, even though folding makes it كان. Opening the words before an
attack, كان and a verb in the present right after it, with neither a date nor a toll in the clause, tell what a
side used to do (وكانت تستخدمه القوات في استهداف مواقع): a habit, no event; not a past perfect (كانت ... قد قصفت),
a number, a side or a report after كان (وكانت تسع قذائف سقطت، وكانت تركيا قصفت، وكانت تقارير أفادت)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


def test_an_attack_that_was_going_on_is_an_event() -> None:
    text = "قال المرصد إن فصائل المعارضة كانت تقصف مدينة حلب عندما قتل القائد."
    assert _events(text) == [("shelling", None, "Aleppo", "Syrian opposition")]


def test_an_attack_going_on_while_raids_fell_is_its_own() -> None:
    text = "وجاءت الغارات يوم 10 آب 2016 بينما كانت فصائل المعارضة تشن هجوما على المربع الأمني في مدينة درعا."
    assert _events(text) == [("airstrike", "2016-08-10", None, None),
                             ("ground_attack", "2016-08-10", "Dar‘ā", "Syrian opposition")]


def test_as_if_is_no_past_time() -> None:
    assert _events("وقال إنه كأن من يقصف مدينة حلب هي قوات النظام.") == []


def test_a_habit_in_the_past_stays_no_event() -> None:
    assert _events("وكانت فصائل المعارضة تقصف مدينة حلب بانتظام.") == []


@pytest.mark.parametrize("text", [
    "وكانت تستخدمه قوات النظام السوري في استهداف مواقع للمعارضة في حلب وريفها.",
    "وكان يستخدمه جيش النظام السوري في استهداف مواقع للمعارضة في حلب وريفها.",
    "وكانت تستعمله قوات النظام السوري في قصف مواقع للمعارضة في درعا وريفها.",
])
def test_what_a_side_used_to_do_is_no_event(text: str) -> None:
    assert _events(text) == []


def test_what_a_side_used_to_do_on_a_day_is_an_event() -> None:
    text = "وكانت تستخدمه قوات النظام السوري في استهداف مواقع للمعارضة في حلب وريفها يوم الاثنين."
    assert _events(text) == [("shelling", "2016-08-08", "Aleppo", "Syrian army")]


def test_what_a_side_used_to_do_with_a_toll_is_an_event() -> None:
    text = "وكانت تستخدمه قوات النظام السوري في قصف مواقع للمعارضة في حلب وريفها ما أدى إلى مقتل خمسة مدنيين."
    assert _events(text) == [("shelling", None, "Aleppo", "Syrian army")]


def test_raids_going_on_when_people_were_killed_on_a_day_are_an_event() -> None:
    text = "وكانت الطائرات تقصف مدينة حلب حين قتل 5 مدنيين يوم الاثنين."
    assert _events(text) == [("airstrike", "2016-08-08", "Aleppo", None)]


def test_what_had_happened_is_one_attack() -> None:
    assert _events("وكانت الطائرات قد قصفت مدينة حلب أمس.") == [("airstrike", "2016-08-11", "Aleppo", None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("وكانت تسع قذائف سقطت على حي الفردوس في مدينة حلب.", ("shelling", None, "Aleppo", None)),
    ("وكانت تسع قذائف قد سقطت على حي الفردوس في مدينة حلب.", ("shelling", None, "Aleppo", None)),
    ("وكانت تقارير أفادت بسقوط قذائف على حي الفردوس في مدينة حلب.", ("shelling", None, "Aleppo", None)),
    ("وكانت تركيا قصفت مواقع للوحدات الكردية في عفرين.", ("shelling", None, "‘Afrīn", "Turkey")),
])
def test_a_number_a_report_or_a_side_after_kana_is_no_habit(text: str, expected: tuple) -> None:
    assert _events(text) == [expected]
