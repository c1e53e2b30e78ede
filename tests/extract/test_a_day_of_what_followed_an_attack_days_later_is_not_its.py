"""A day and a place written before a phrase of what followed an attack days later or on news of it (وجه القائد،
الثلاثاء، رسالة إلى الحكومة في بغداد بعد أيام من قصف ...; توعد الرئيس الثلاثاء ... بعد أنباء عن هجوم) are those of
what followed, not the attack's: the attack is told undated, and merges into its dated telling; a day told before
بعد alone (قتل خمسة الثلاثاء بعد غارة) or before a count of hours stays the attack's."""

from __future__ import annotations

import datetime as dt

from tests.articles import dated_events

PUBLISHED = dt.date(2018, 9, 12)


def test_a_message_days_after_a_bombardment_gives_it_neither_its_day_nor_its_place() -> None:
    text = "وجه قائد الجيش، الثلاثاء، رسالة إلى الحكومة في بغداد بعد أيام من قصف القوات الإيرانية مواقع للحزب في أربيل."
    assert dated_events(text, PUBLISHED) == [("shelling", None, None, "Erbil", None)]


def test_the_phrase_in_a_clause_of_its_own_takes_nothing_from_the_clause_before() -> None:
    text = ("وجه قائد الجيش، الثلاثاء، رسالة إلى الحكومة في بغداد، وذلك بعد أيام من قصف القوات الإيرانية مواقع للحزب "
            "في أربيل.")
    assert dated_events(text, PUBLISHED) == [("shelling", None, None, "Erbil", None)]


def test_the_bombardment_named_days_after_merges_into_its_dated_telling() -> None:
    text = ("قصفت القوات الإيرانية يوم الجمعة مواقع للحزب في أربيل ما أسفر عن مقتل 14 شخصا. ووجه قائد الجيش، الثلاثاء، "
            "رسالة إلى الحكومة في بغداد، وذلك بعد أيام من قصف القوات الإيرانية لمواقع الحزب.")
    assert dated_events(text, PUBLISHED) == [("shelling", "2018-09-07", "publication", "Erbil", 14)]


def test_a_threat_on_news_of_an_attack_gives_it_no_day() -> None:
    text = "توعد الرئيس الثلاثاء المسؤولين بأنهم سيدفعون ثمنا باهظا، بعد أنباء عن هجوم بغاز سام على مدينة دوما."
    assert dated_events(text, PUBLISHED) == [("other", None, None, "Dūmā", None)]  # one chemical attack, undated


def test_the_dead_told_after_a_strike_keep_its_day() -> None:
    text = "قتل خمسة مدنيين الثلاثاء بعد غارة جوية على مدينة دوما."
    assert dated_events(text, PUBLISHED) == [("airstrike", "2018-09-11", "publication", "Dūmā", 5)]


def test_a_count_of_hours_keeps_the_day() -> None:
    text = "قصفت الطائرات الثلاثاء مدينة دوما بعد ساعات من هجوم على حاجز للجيش."
    assert dated_events(text, PUBLISHED) == [("airstrike", "2018-09-11", "publication", "Dūmā", None)]


def test_the_phrase_further_before_the_attack_told_in_an_announcement_gives_it_no_day() -> None:
    text = ("قدمت البعثة مشروع القرار الثلاثاء بعد أيام على إعلان المرصد مقتل طفل في قصف لقوات النظام على مدينة "
            "دوما.")
    assert dated_events(text, PUBLISHED) == [("shelling", None, None, "Dūmā", 1)]


def test_an_attack_in_a_clause_after_the_phrase_takes_no_day_from_before_it() -> None:
    text = ("قدمت البعثة مشروع القرار الثلاثاء بعيد أيام على إعلان المرصد أن طفلا توفي في مدينة دوما بعدما تعرضت "
            "إلى قصف من قوات النظام.")
    assert dated_events(text, PUBLISHED) == [("shelling", None, None, "Dūmā", None)]


def test_a_day_written_after_the_phrase_stays_the_attacks() -> None:
    text = ("قدمت البعثة مشروع القرار بعد أيام من سيطرة القوات على البلدة، وقصفت الطائرات الثلاثاء مدينة دوما "
            "ما أسفر عن مقتل خمسة مدنيين.")
    assert dated_events(text, PUBLISHED) == [("airstrike", "2018-09-11", "publication", "Dūmā", 5)]
