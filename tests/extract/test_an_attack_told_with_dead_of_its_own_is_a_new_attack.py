"""An attack told by a verb of its kind with dead of its own, without a date or a place (وأطلق مسلحون النار على حافلة
مما أسفر عن مقتل سبعة منهم), re-tells none of its article's attacks when no other telling counts those dead and its
sentence tells no dated or placed attack: it is an event of its own, undated and placed nowhere (never given another
telling's day or place). Told with the dead another telling counts, or by a noun, it stays a re-telling."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2018, 7, 20)
LEAD = "قال المرصد إن قوات النظام سيطرت على بلدة نوى في ريف درعا يوم الخميس."


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


def test_a_shooting_with_its_own_dead_is_an_event_undated_and_unplaced() -> None:
    text = LEAD + " وأطلق مسلحون النار على حافلة تقل عمالا مما أسفر عن مقتل سبعة منهم."
    assert _events(text) == [("ground_attack", "2018-07-19", "Nawa", None), ("ground_attack", None, None, 7)]


def test_the_same_dead_as_another_telling_make_no_new_attack() -> None:
    text = ("قال المرصد إن سبعة أشخاص قتلوا في هجوم على بلدة نوى في ريف درعا يوم الخميس."
            " وأطلق مسلحون النار على حافلة تقل عمالا مما أسفر عن مقتل سبعة منهم.")
    assert _events(text) == [("ground_attack", "2018-07-19", "Nawa", 7)]


def test_a_kind_told_by_a_noun_with_its_dead_stays_unreported() -> None:
    text = LEAD + " وأدى تفجير انتحاري إلى مقتل سبعة أشخاص."
    assert _events(text) == [("ground_attack", "2018-07-19", "Nawa", None)]


def test_told_beside_a_placed_attack_of_its_sentence_it_stays_unreported() -> None:
    text = ("قال المرصد يوم الخميس إن جنديا قتل في اشتباكات في بلدة نوى، بعد أن أطلق مسلحون النار على حافلة"
            " مما أسفر عن مقتل سبعة أشخاص.")
    assert _events(text) == [("ground_attack", "2018-07-19", "Nawa", 1)]
