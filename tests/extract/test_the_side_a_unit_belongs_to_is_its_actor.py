"""The side a unit belongs to (قوة أمنية تابعة لقوات البيشمركة، دورية تابعة للجيش) is the unit's side: who struck
where the unit is the subject, a target where the words before the unit make it one (هاجم مسلحون دورية تابعة ل،
قتل عناصر من قوة تابعة ل). The unit's own phrase (قوة أمنية) names no other side."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, dt.date(2015, 7, 24)))]


def test_a_security_force_of_the_peshmerga_struck() -> None:
    text = ("وقال مسؤولون إن قوة أمنية تابعة لقوات البيشمركة شنت عملية عسكرية على قرية قرب بعقوبة أمس تمكنت"
            " خلالها من قتل 9 مسلحين من تنظيم داعش.")
    assert _events(text) == [("ground_attack", "2015-07-23", "Baqubah", "Peshmerga")]


def test_a_patrol_of_the_peshmerga_attacked_is_the_target() -> None:
    text = "هاجم مسلحون من تنظيم داعش دورية تابعة لقوات البيشمركة قرب بعقوبة أمس وقتلوا ثلاثة من عناصرها."
    assert _events(text) == [("ground_attack", "2015-07-23", "Baqubah", "ISIS")]


def test_men_of_a_force_of_the_peshmerga_killed_name_no_actor() -> None:
    text = "قتل ثلاثة عناصر من قوة أمنية تابعة لقوات البيشمركة في هجوم شنه مسلحون قرب بعقوبة أمس."
    assert _events(text) == [("ground_attack", "2015-07-23", "Baqubah", None)]
