"""A verb split from its object (انتزعت ... السيطرة) whose words between name a date only (انتزعت اليوم الاثنين
السيطرة، أكملت أمس السيطرة) has its subject before it: the side named there took the place; a subject the actors do
not know standing between (استطاعت الميليشيات الكردية السيطرة) gives no side."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

MONDAY = dt.date(2015, 7, 27)


def _sides(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.actor) for e in extract_article(article(text, MONDAY))]


def test_the_side_before_a_verb_whose_date_stands_before_its_object_took_the_place() -> None:
    text = ("قال المرصد إن وحدات حماية الشعب الكردية انتزعت اليوم الاثنين السيطرة على بلدة صرين في شمال سوريا من يد "
            "مقاتلي تنظيم داعش.")
    assert _sides(text) == [("ground_attack", "2015-07-27", "YPG")]


def test_a_side_the_actors_do_not_know_between_the_verb_and_its_object_gives_none() -> None:
    text = ("وتابع أن الأكراد وداعش في مواجهة في سوريا، حيث استطاعت الميليشيات الكردية الاثنين السيطرة على بلدة صرين "
            "بعد قتال عنيف ضد مقاتلي داعش.")
    assert [actor for *_, actor in _sides(text)] in ([], [None])
