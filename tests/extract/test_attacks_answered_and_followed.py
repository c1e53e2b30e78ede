"""An earlier attack told after a cause word (ردا على هجوم وقع الخميس) or after the word that counts a
day from it (غداة اشتباكات) is an event of its own, dated by the text, and lends the attack that
follows it neither toll nor place."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

FRIDAY = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_basis, e.place, e.killed)
            for e in extract_article(article(text, FRIDAY))]


def test_an_attack_answered_on_an_earlier_day_is_its_own_event() -> None:
    text = ("شنت طائرات حربية تركية الجمعة غارات على مواقع للحزب في شمال العراق ردا على هجوم بسيارة مفخخة "
            "استهدف الأربعاء مركزا للشرطة في مدينة ماردين.")
    assert _events(text) == [
        ("airstrike", "2016-08-12", "publication", "Northern Iraq", None),
        ("bombing", "2016-08-10", "publication", "Mardin", None),
    ]


def test_a_reply_re_mentioned_in_the_next_sentence_keeps_the_attack_it_answers() -> None:
    text = ("شنت طائرات حربية تركية صباح الجمعة غارات على مواقع للحزب في شمال العراق. وجاءت هذه الغارات ردا "
            "على هجوم مسلح في وقت سابق الخميس استهدف دورية للجيش في مدينة ماردين وقتل فيه ثلاثة جنود.")
    assert _events(text) == [
        ("airstrike", "2016-08-12", "publication", "Northern Iraq", None),
        ("ground_attack", "2016-08-11", "publication", "Mardin", 3),
    ]


def test_a_cause_dated_no_earlier_than_the_answer_is_no_attack_of_its_own() -> None:
    reported = ("شنت طائرات حربية الخميس غارات على مواقع للحزب في مدينة منبج ردا على هجوم استهدف حاجزا للجيش "
                "في مدينة جرابلس، حسبما أعلن الجيش يوم الجمعة.")
    assert [e[:2] for e in _events(reported)] == [("airstrike", "2016-08-11")]


def test_a_cause_told_with_since_starts_a_period_not_an_attack() -> None:
    text = ("قصفت المدفعية التركية الجمعة مواقع في مدينة منبج ردا على الهجمات المستمرة منذ التفجير الذي وقع "
            "يوم الأربعاء في مدينة سروج.")
    assert [e[:2] for e in _events(text)] == [("shelling", "2016-08-12")]


def test_an_attack_after_an_undated_event_says_nothing_of_its_own() -> None:
    text = "قتل عشرة أشخاص في مدينة إدلب بعد هجوم شنه مسلحون يوم الأربعاء على حاجز في مدينة سراقب."
    assert [e[0] for e in _events(text)] == ["ground_attack"]


def test_an_attack_a_day_before_is_dated_from_the_day_that_follows_it() -> None:
    text = ("قصفت طائرات حربية اليوم مواقع التنظيم في مدينة الرقة غداة هجوم بسيارة مفخخة على حاجز للجيش في "
            "مدينة تل أبيض.")
    assert _events(text) == [
        ("airstrike", "2016-08-12", "publication", "Ar Raqqah", None),
        ("bombing", "2016-08-11", "event_relative", "Tell Abyad", None),
    ]


def test_the_eve_of_an_attack_dates_nothing_after_it() -> None:
    text = ("قصفت طائرات حربية اليوم مواقع التنظيم في مدينة الرقة عشية هجوم بسيارة مفخخة على حاجز للجيش في "
            "مدينة تل أبيض.")
    assert [e[:2] for e in _events(text)] == [("airstrike", "2016-08-12")]


def test_an_attack_answered_the_same_day_stays_apart_from_the_reply() -> None:
    text = ("شنت طائرات حربية تركية الخميس غارات على مواقع للحزب في شمال العراق. وجاءت هذه الغارات ردا على "
            "هجوم في وقت سابق الخميس استهدف دورية للجيش وقتل فيه ثلاثة جنود.")
    assert _events(text) == [
        ("airstrike", "2016-08-11", "publication", "Northern Iraq", None),
        ("ground_attack", "2016-08-11", "publication", None, 3),
    ]
