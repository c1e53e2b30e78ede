"""A day written after قبل أن, itself after the attack's trigger in its clause (قصف صاروخي طال مستودع أسلحة ...،
قبل أن يعلن المرصد، اليوم الأربعاء، ارتفاع عدد القتلى), is that of what came after the attack, not the attack's: told
alone, the attack is undated, and told again after its dated telling it adds no second event. A day after the trigger
inside the قبل أن clause (قبل أن تبدأ القوات قصفا مركزا الخميس) is that attack's own, and a day written before
قبل أن stays the attack's."""

from __future__ import annotations

import datetime as dt

from tests.articles import dated_events

PUBLISHED = dt.date(2018, 5, 9)


def test_the_day_of_the_announcement_after_the_strike_is_not_its() -> None:
    text = ("قال المرصد إن قصفا صاروخيا طال مستودع أسلحة في بلدة الكسوة مما أسفر عن مقتل تسعة مقاتلين، قبل أن يعلن، "
            "اليوم الأربعاء، ارتفاع عدد القتلى.")
    assert dated_events(text, PUBLISHED) == [("shelling", None, None, "Al Kiswah", 9)]


def test_the_strike_told_again_so_adds_no_second_event() -> None:
    text = ("استهدفت غارة إسرائيلية ليل الثلاثاء موقعا عسكريا في بلدة الكسوة. وقال المرصد إن قصفا صاروخيا طال مستودع "
            "أسلحة، قبل أن يعلن، اليوم الأربعاء، ارتفاع عدد القتلى.")
    assert [e[:4] for e in dated_events(text, PUBLISHED)] == [("airstrike", "2018-05-08", "publication", "Al Kiswah")]


def test_an_attack_told_inside_the_clause_keeps_its_own_day() -> None:
    text = "حشدت القوات تعزيزاتها جنوب مدينة دمشق، قبل أن تبدأ قصفا مركزا على حي الحجر الأسود الثلاثاء."
    assert [e[:4] for e in dated_events(text, PUBLISHED)] == [("shelling", "2018-05-08", "publication",
                                                               "Al-Hajar al-Aswad")]


def test_a_day_before_the_phrase_stays_the_attacks() -> None:
    text = "قصفت الطائرات الثلاثاء بلدة الكسوة، قبل أن تعود إلى قواعدها."
    assert [e[:4] for e in dated_events(text, PUBLISHED)] == [("airstrike", "2018-05-08", "publication", "Al Kiswah")]
