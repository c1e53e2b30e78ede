"""A day written after a comma and a participle of saying that follow the attack (هاجم المقاتلون المعسكرات في
منطقة س، مبينا أن الجيش بدأ عمليات أمس في القرى) dates what the speaker says next, not the attack told before; a
day told before that participle stays the attack's."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, dt.date(2015, 7, 31)))]


def test_a_day_after_a_participle_of_saying_leaves_the_attack_undated() -> None:
    text = ("وقال المتحدث إن مقاتلي الحزب هاجموا المعسكرات التي أنشأها الجيش حديثا في منطقة كامياران، مضيفا أن "
            "الجيش بدأ عمليات عسكرية أمس في القرى التابعة لمدينة سردشت.")
    assert _events(text) == [("ground_attack", None, "Kāmyārān")]


def test_a_feminine_participle_too() -> None:
    text = ("وذكرت المنظمة أن مسلحين هاجموا حاجزا للشرطة في منطقة كامياران، مشيرة إلى أن القوات الحكومية اعتقلت "
            "أمس الخميس عشرة أشخاص في المدينة.")
    assert _events(text) == [("ground_attack", None, "Kāmyārān")]


def test_a_day_told_before_the_participle_stays_the_attacks() -> None:
    text = ("وقال المتحدث إن مقاتلي الحزب هاجموا أمس المعسكرات في منطقة كامياران، مضيفا أن الجيش بدأ عمليات "
            "عسكرية في القرى التابعة لمدينة سردشت.")
    assert _events(text) == [("ground_attack", "2015-07-30", "Kāmyārān")]
