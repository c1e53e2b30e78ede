"""A cause clause (ردا على ...) tells the attack answered: it never lends its toll, date or place to
the attack that answers it."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


def test_reply_does_not_take_the_toll_and_place_of_what_it_answers() -> None:
    text = ("شنت الطائرات التركية غارات على مواقع الحزب في مدينة القامشلي يوم 10 آب 2016 ردا على هجوم قتل فيه "
            "3 جنود في مدينة منبج.")
    assert _events(text)[0] == ("airstrike", "2016-08-10", "Al Qāmishlī", None)


def test_reply_without_place_of_its_own_takes_none_from_the_cause() -> None:
    text = "وشن الحرس الثوري يوم 10 آب 2016 هجوما صاروخيا انتقاما لهجوم أسفر عن مقتل 25 شخصا في مدينة منبج."
    assert _events(text)[0][2:] == (None, None)


def test_after_describing_the_same_strike_is_not_a_cause() -> None:
    text = ("نفذت الطائرات الأمريكية عدوانا يوم 10 آب 2016 وارتكبت مجزرة بعد استهدافها بالقصف مدينة منبج ما أدى "
            "إلى مقتل 20 مدنيا.")
    assert _events(text) == [("airstrike", "2016-08-10", "Manbij", 20)]


def test_a_place_named_after_a_reply_word_is_the_cause_s_not_the_reply_s() -> None:
    text = ("شنت الطائرات العراقية يوم 10 آب 2016 غارات على مواقع التنظيم في محافظة الأنبار ردا على تقدم مسلحيه "
            "نحو مدينة تكريت.")
    assert _events(text)[0][2] == "Al Anbar"


def test_a_reply_with_no_place_before_it_keeps_the_place_after_it() -> None:
    text = "شنت قوات الجيش يوم 10 آب 2016 هجوما ردا على الاستفتاء وتمكنت من السيطرة على مدينة تكريت."
    assert _events(text)[0][2] == "Tikrīt"


def test_a_capture_verb_joined_after_a_reply_is_the_clause_s_own() -> None:
    text = "شنت قوات الجيش يوم 10 آب 2016 هجوما ردا على الاستفتاء واستعادت مدينة تكريت."
    assert _events(text) == [("ground_attack", "2016-08-10", "Tikrīt", None)]
