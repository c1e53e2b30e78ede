"""A target word (ضد، قرب) before a comma after which a word opens another clause (جرائم ضد المدنيين، واصل
الجيش السوري هجومه) does not make the side named after that word a target: it is the new clause's subject, the
actor whose attack its pronoun tells. A target word in the side's own clause still makes it one."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, PUBLISHED))]


def test_a_side_after_a_comma_and_a_verb_is_the_actor_of_its_attack() -> None:
    text = "وسط تنديد بما وصفته المنظمات بأنه حرب ضد المدنيين، واصل الجيش السوري هجومه، الجمعة، على بلدة كفرنبل."
    assert _events(text) == [("ground_attack", "2016-08-12", "Kafranbel", "Syrian army")]


def test_a_side_after_a_comma_and_a_verb_is_a_side_of_the_clash() -> None:
    text = "وفي مدينة حماة، اندلعت اشتباكات عنيفة قرب حاجز عسكري، يحاول الجيش السوري السيطرة عليه، الأربعاء."
    assert _events(text) == [("ground_attack", "2016-08-10", "Ḩamāh", "Syrian army")]


def test_a_target_word_in_the_sides_own_clause_makes_it_the_target() -> None:
    text = "وسط تنديد دولي، شن مسلحون هجوما ضد الجيش السوري، الجمعة، في بلدة كفرنبل."
    assert _events(text) == [("ground_attack", "2016-08-12", "Kafranbel", None)]
