"""An attack noun right after من، جراء or بسبب with a word of fleeing a few words before it (فروا من القصف، هرب معظم
السكان من جراء الهجوم التركي) tells what people flee, the attacks on their place as a whole: under the campaign rule,
an event only on its own day; with a toll in its clause the attack is still told."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed)
            for e in extract_article(article(text, dt.date(2018, 7, 1)))]


def test_the_attack_people_flee_is_no_attack() -> None:
    text = ("وقالت الخارجية الأمريكية الاثنين إنها قلقة من الأحداث في مدينة عفرين، حيث هرب معظم السكان من جراء "
            "الهجوم التركي.")
    assert _events(text) == []


def test_the_shelling_people_fled_leaves_the_attack_told_before() -> None:
    text = ("من جهة أخرى، قصفت قوات النظام مخيم درعا للاجئين بالمدفعية الثقيلة، ما أسفر عن سقوط عدد من الجرحى. "
            "ويذكر أن الآلاف من أبناء بلدة المزيريب قد فروا من القصف إلى دول الجوار، ويعانون ظروفا صعبة.")
    assert _events(text) == [("shelling", None, "Daraa", "Syrian army", None)]


def test_a_toll_still_tells_the_attack() -> None:
    text = "قتل خمسة مدنيين في مدينة عفرين أثناء فرارهم من القصف التركي."
    assert _events(text) == [("shelling", None, "‘Afrīn", "Turkey", 5)]


def test_an_offensive_fled_stays_on_the_day_it_began() -> None:
    text = "وفر آلاف السوريين هربا من العملية العسكرية التي أطلقتها قوات النظام في 19 حزيران في محافظة درعا."
    assert _events(text) == [("ground_attack", "2018-06-19", "Daraa", "Syrian army", None)]
