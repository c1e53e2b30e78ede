"""A definite attack noun told after a cause word (بعد، إثر) in a clause whose days all stand before that word, with
no toll and no attack before it, is named in passing: the days are those of the act before the cause word (a
dismissal, a visit), not the attack's; a toll keeps the day, as does a cause word inside a date (بعد يوم من) or one
opening the clause."""

from __future__ import annotations

import datetime as dt

from tests.articles import dated_events

PUBLISHED = dt.date(2016, 8, 12)


def test_a_dismissal_after_a_tweet_on_the_attack_does_not_date_it():
    text = ("وقتل 32 شخصا في هجوم انتحاري في مدينة منبج يوم الاثنين. وأقالت صحيفة محلية الأربعاء أحد محرريها بعد "
            "تغريدة أوحى فيها بمسؤولية الرئيس في الهجوم الانتحاري.")
    assert dated_events(text, PUBLISHED) == [("bombing", "2016-08-08", "publication", "Manbij", 32)]


def test_an_attack_named_after_a_visit_is_not_of_its_day():
    text = "وزار الوزير المنطقة الأربعاء بعد التفجيرات في مدينة منبج."
    assert dated_events(text, PUBLISHED) == []


def test_a_toll_on_the_day_keeps_it():
    text = "وقتل خمسة مدنيين الأربعاء بعد الغارة على مدينة منبج."
    assert dated_events(text, PUBLISHED) == [("airstrike", "2016-08-10", "publication", "Manbij", 5)]


def test_fighting_after_a_calm_keeps_its_day():
    text = ("وبعد هدوء طوال صباح يوم الأربعاء، انفجرت الأوضاع مجددا في مدينة منبج بعد الظهر وبدأ القصف والاشتباكات "
            "الأرضية مرة أخرى، بحسب المرصد.")
    assert dated_events(text, PUBLISHED) == [("ground_attack", "2016-08-10", "publication", "Manbij", None)]
