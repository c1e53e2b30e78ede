"""A "while" clause put first with و (وفيما قتل 12 في بلدة أ، قصفت الطائرات بلدة ب) is a clause of its own that
ends at the first comma after it, where the main clause begins: each tells its own attack, with its own toll, place
and day. A trailing فيما clause (قتل 12 في بلدة أ، فيما قصفت الطائرات بلدة ب، بحسب مصدر) is cut as before."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 7, 18)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed) for e in extract_article(article(text, PUBLISHED))]


def test_the_while_clause_and_the_main_clause_are_apart() -> None:
    text = ("وفيما قتل 12 مسلحا في هجوم على بلدة بيجي يوم الأربعاء، قصفت طائرات التحالف مخازن للأسلحة في الموصل"
            " يوم الخميس.")
    assert _events(text) == [
        ("ground_attack", "2016-07-13", "Bayjī", None, 12),
        ("airstrike", "2016-07-14", "Mosul", "International coalition", None),
    ]


def test_the_while_clause_keeps_its_toll_from_the_attack_before_it() -> None:
    text = ("انفجرت سيارة مفخخة في حي الكرادة في بغداد يوم الأربعاء، وفيما قتل 12 مسلحا في هجوم على بلدة بيجي، قصفت"
            " طائرات التحالف مخازن للأسلحة في الموصل.")
    assert _events(text) == [
        ("bombing", "2016-07-13", "Baghdad", None, None),
        ("ground_attack", "2016-07-13", "Bayjī", None, 12),
        ("airstrike", "2016-07-13", "Mosul", "International coalition", None),
    ]


def test_a_trailing_while_clause_is_cut_as_before() -> None:
    text = ("قتل 12 مسلحا في هجوم على بلدة بيجي يوم الأربعاء، فيما قصفت طائرات التحالف مخازن للأسلحة في الموصل، بحسب"
            " مصدر أمني.")
    assert _events(text) == [
        ("ground_attack", "2016-07-13", "Bayjī", None, 12),
        ("airstrike", "2016-07-13", "Mosul", "International coalition", None),
    ]
