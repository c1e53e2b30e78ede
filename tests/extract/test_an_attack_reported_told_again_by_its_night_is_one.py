"""An attack dated only by the day it was reported (حسبما أفادت السلطات اليوم الجمعة), at its country, and the
attack of its type told in the next sentence by the night that ends on that day at the latest (ليل الخميس/الجمعة)
at a town of that country are one attack: on its night, at the town, with the dead the report counts. A telling
after them dated only by the lead's day, written in no word of its own clause, is that attack too. Other dead, or
another town for the undated telling, keep two."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

LEAD = ("قتل ثلاثة مسلحين وجرح سبعة أشخاص في اشتباكات بين قوات الأمن والمسلحين في جنوب شرقي تركيا، حسبما أفادت "
        "السلطات اليوم الجمعة. ")
NIGHT = "وقال بيان للمحافظة إن سبعة أشخاص أصيبوا بجروح خلال تبادل لإطلاق النار ليل الخميس/الجمعة قرب بلدة شيلوبي. "
ONE = ("ground_attack", "2016-07-21", "2016-07-22", "Silopi", 3, 7)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_end, e.place, e.killed, e.injured)
            for e in extract_article(article(text, dt.date(2016, 7, 22)))]


def test_the_night_told_next_is_the_attack_reported_that_day() -> None:
    assert _events(LEAD + NIGHT) == [ONE]


def test_a_telling_dated_only_by_the_lead_is_that_night_too() -> None:
    text = LEAD + NIGHT + "وأضاف البيان أن المسلحين هاجموا عناصر من قوات الأمن بالأسلحة والقذائف."
    assert _events(text) == [ONE]


def test_other_dead_on_the_night_keep_two() -> None:
    night = "وقال بيان للمحافظة إن خمسة أشخاص قتلوا خلال تبادل لإطلاق النار ليل الخميس/الجمعة قرب بلدة شيلوبي."
    assert _events(LEAD + night) == [("ground_attack", "2016-07-22", "2016-07-22", "Turkey", 3, 7),
                                     ("ground_attack", "2016-07-21", "2016-07-22", "Silopi", 5, None)]


def test_an_undated_telling_at_another_town_stays_apart() -> None:
    text = LEAD + NIGHT + "وقال البيان إن مسلحين هاجموا عناصر من قوات الأمن في مدينة ماردين."
    assert _events(text) == [ONE, ("ground_attack", None, None, "Mardin", None, None)]
