"""Missiles or a strike told without a side (القصف الصاروخي الذي استهدف منطقة س، قصفا استهدف حافلة), in an article
whose one attacker is a side whose missiles strike from afar, are that side's airstrike, not shelling: the side of
every attack the article tells with a side, each an airstrike in the same country, and of every missile it names by
a side (صاروخين إسرائيليين), before or after. Not when another side attacks in the article, nor in another country
than the side's strikes (a strike on Jazan beside the coalition's strikes in Yemen)."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

TUESDAY = dt.date(2018, 5, 8)
THURSDAY = dt.date(2018, 5, 10)

_KISWAH = ("قتل تسعة مسلحين من الميليشيا الموالية لقوات النظام السوري مساء الثلاثاء جراء القصف الصاروخي الذي استهدف "
           "منطقة الكسوة في ريف دمشق. وكان الإعلام الرسمي قال إن الدفاعات الجوية دمرت صاروخين إسرائيليين فوق المنطقة.")
_SAADA = "شنت طائرات التحالف بقيادة السعودية الخميس غارة جوية على مدينة صعدة في اليمن. "


def _events(text: str, published: dt.date) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed) for e in extract_article(article(text, published))]


def test_missiles_without_a_side_are_the_strike_of_the_side_whose_missiles_are_named_after() -> None:
    assert _events(_KISWAH, TUESDAY) == [("airstrike", "2018-05-08", "Al Kiswah", "Israel", 9)]


def test_a_strike_without_a_side_is_the_airstrike_of_the_one_side_striking_from_the_air() -> None:
    text = _SAADA + "وقالت المنظمة إن قصفا استهدف حافلة في سوق مدينة ضحيان."
    assert _events(text, THURSDAY) == [
        ("airstrike", "2018-05-10", "Sa'dah", "Saudi-led coalition", None),
        ("airstrike", None, "Dahyan", "Saudi-led coalition", None),
    ]


def test_missiles_without_a_side_stay_shelling_when_another_side_attacks_in_the_article() -> None:
    assert _events(_KISWAH + " وقصفت فصائل المعارضة الثلاثاء مدينة درعا.", TUESDAY) == [
        ("shelling", "2018-05-08", "Al Kiswah", None, 9),
        ("shelling", "2018-05-08", "Dar‘ā", "Syrian opposition", None),
    ]


def test_a_strike_without_a_side_in_another_country_than_the_sides_strikes_stays_shelling() -> None:
    text = _SAADA + "وقالت الوكالة إن قصفا استهدف سوقا في مدينة جازان السعودية."
    assert _events(text, THURSDAY) == [
        ("airstrike", "2018-05-10", "Sa'dah", "Saudi-led coalition", None),
        ("shelling", None, "Jizan", None, None),
    ]
