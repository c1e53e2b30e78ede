"""A name written before a saying, not as a place (وفي موازاة حصار الزبداني أعلن ناشطون أن ...: a siege's town),
frames the saying: when what is said names a place of its own after its trigger, the attack is there. A name
written as a place before the saying (وفي بلدة مارع قال ناشطون إن ...) stays among the clause's places, and a saying
that names no place keeps the name before it.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

DAY = dt.date(2015, 7, 21)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.place, e.place_precision, e.place_text) for e in extract_article(article(text, DAY))]


def test_a_car_bomb_in_the_capital_is_not_at_the_besieged_town_before_the_saying() -> None:
    assert _events("وفي موازاة حصار الزبداني أعلن ناشطون أن سيارة مفخخة انفجرت في باب الجابية بوسط العاصمة دمشق"
                   " أدت إلى سقوط الكثير من الإصابات.") == [("bombing", "Damascus", "city", "دمشق")]


def test_a_town_written_as_where_the_saying_is_stays_the_place() -> None:
    assert _events("وفي بلدة مارع قال ناشطون إن الطائرات الحربية قصفت الأحياء السكنية في ريف حلب الشمالي.") == [
        ("airstrike", "Māri‘", "village", "مارع")]


def test_a_saying_that_names_no_place_keeps_the_name_before_it() -> None:
    assert _events("وفي موازاة حصار الزبداني أعلن ناشطون أن سيارة مفخخة انفجرت قرب حاجز للنظام.") == [
        ("bombing", "Az Zabadānī", "town", "الزبداني")]
