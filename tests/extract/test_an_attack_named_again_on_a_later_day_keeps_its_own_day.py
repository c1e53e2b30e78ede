"""An attack named again a few days after its own day at its town, by a definite noun or dated only by the day a
report of it was given (قال المتحدث يوم الاثنين إن بلاده تعد ردا على هجوم بالغاز على مدينة س), telling no verb
and no other dead, is the attack told with its own day elsewhere: one event, with that day and its side. A new
attack told by a verb on the later day, a kind reported that day without the same dead, or a telling with
other dead, stays its own."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2018, 4, 10)  # a Tuesday


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, PUBLISHED))]


def test_a_reaction_on_monday_names_saturday_s_attack() -> None:
    text = ("قتل عشرات المدنيين في هجوم كيماوي نفذته قوات النظام على مدينة دوما مساء السبت. وقالت المندوبة الأمريكية، "
            "الاثنين، إن واشنطن سترد على الهجوم الكيماوي على دوما.")
    assert _events(text) == [("other", "2018-04-07", "Dūmā", "Syrian army")]


def test_the_report_told_first_still_gives_the_attack_s_day() -> None:
    text = ("ذكرت وزارة الخارجية يوم الاثنين أن الأعراض التي ظهرت على ضحايا هجوم بغاز كيماوي في دوما تشبه أعراض غاز "
            "الأعصاب. وقتل عشرات الأشخاص في دوما جراء هجوم كيماوي نفذته قوات النظام مساء السبت.")
    assert _events(text) == [("other", "2018-04-07", "Dūmā", "Syrian army")]


def test_a_new_strike_told_by_a_verb_on_monday_is_another() -> None:
    text = "قصفت الطائرات الحربية مدينة دوما مساء السبت. وقصفت الطائرات الحربية مدينة دوما يوم الاثنين."
    assert [e[1] for e in _events(text)] == ["2018-04-07", "2018-04-09"]


def test_other_dead_tell_another_attack() -> None:
    text = ("قتل 40 مدنيا في هجوم كيماوي نفذته قوات النظام على مدينة دوما مساء السبت. وذكرت وزارة الخارجية يوم الاثنين "
            "أن الهجوم الكيماوي على دوما أسفر عن مقتل سبعة أشخاص.")
    assert [e[1] for e in _events(text)] == ["2018-04-07", "2018-04-09"]


def test_a_shelling_reported_on_monday_is_monday_s() -> None:
    text = "قصفت قوات النظام بلدة كفرنبل مساء السبت. وأفاد المرصد السوري يوم الاثنين بقصف مدفعي على بلدة كفرنبل."
    assert [e[1] for e in _events(text)] == ["2018-04-07", "2018-04-09"]
