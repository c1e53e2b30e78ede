"""One attack singled out of a total, a habit or the attacks of late told before it in its clause (من بينها، آخرها،
بينهم) with a day or a night of its own after the word is one attack on that day or night, with the total's side;
without a day of its own it stays part of the total, no event."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2017, 6, 20)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed) for e in extract_article(article(text, PUBLISHED))]


def test_strikes_singled_out_of_a_habit_on_their_day() -> None:
    text = ("وخلال الأشهر الماضية قصفت الطائرات الإسرائيلية مرارا مواقع عسكرية في سوريا، من بينها غارات في 12 حزيران"
            " على مطار المزة أسفرت عن مقتل ستة جنود.")
    assert _events(text) == [("airstrike", "2017-06-12", "Mezzeh", "Israel", 6)]


def test_the_last_attack_of_late_on_its_day() -> None:
    text = ("وفي الأسابيع الأخيرة صعد التنظيم هجماته على القوات العراقية في محافظة الأنبار، آخرها هجوم انتحاري يوم"
            " الأحد على حاجز في مدينة الرمادي قتل فيه خمسة جنود.")
    assert _events(text) == [("bombing", "2017-06-18", "Ramadi", None, 5)]


def test_the_last_attack_of_late_on_its_night() -> None:
    text = ("وخلال الأسابيع الماضية استهدفت إسرائيل مرات عدة مواقع عسكرية في سوريا، كان آخرها ليلة التاسع والعاشر من"
            " حزيران، حيث أعلنت إسرائيل قصف عشرات الأهداف الإيرانية.")
    assert [(e.event_type, e.date, e.date_end, e.actor) for e in extract_article(article(text, PUBLISHED))] == [
        ("airstrike", "2017-06-09", "2017-06-10", "Israel")]


def test_some_of_a_toll_killed_in_one_attack_on_its_day() -> None:
    text = ("ومنذ بدء التصعيد قتل 40 جنديا على الأقل في هجمات متفرقة، بينهم خمسة قتلوا في تفجير استهدف يوم الثلاثاء"
            " دورية في مدينة الرقة.")
    assert _events(text) == [("bombing", "2017-06-20", "Ar Raqqah", None, 5)]


def test_a_share_of_the_totals_dead_counted_before_the_word_is_its_toll() -> None:
    text = ("ومنذ بدء التصعيد قتل 40 جنديا على الأقل، خمسة منهم في هجوم مسلح استهدف يوم الثلاثاء حاجزا قرب مدينة"
            " الرقة.")
    assert _events(text) == [("ground_attack", "2017-06-20", "Ar Raqqah", None, 5)]


def test_a_share_of_the_wounded_is_no_death_toll() -> None:
    text = ("ومنذ بدء التصعيد أصيب 40 جنديا على الأقل، خمسة منهم في هجوم مسلح استهدف يوم الثلاثاء حاجزا قرب مدينة"
            " الرقة.")
    assert _events(text) == [("ground_attack", "2017-06-20", "Ar Raqqah", None, None)]


def test_the_side_of_the_total_is_the_attacks() -> None:
    text = ("وفي الأشهر الماضية ضاعف الحوثيون هجماتهم الصاروخية على السعودية، بينها هجوم أطلقوا خلاله سبعة صواريخ على"
            " مدينة جازان في 26 آذار في ذكرى بدء حملة التحالف العسكري بقيادة السعودية.")
    assert [(e[0], e[1], e[3]) for e in _events(text)] == [("shelling", "2017-03-26", "Houthis")]


@pytest.mark.parametrize(
    "text",
    [
        "وخلال الأشهر الماضية قصفت الطائرات الإسرائيلية مرارا مواقع عسكرية في سوريا، من بينها غارات على مطار المزة"
        " أسفرت عن مقتل ستة جنود.",
        "وفي الأسابيع الأخيرة صعد التنظيم هجماته على القوات العراقية في محافظة الأنبار، آخرها هجوم انتحاري على حاجز في"
        " مدينة الرمادي قتل فيه خمسة جنود.",
        "ومنذ بدء التصعيد قتل 40 جنديا على الأقل في هجمات متفرقة، بينهم خمسة ضباط.",
        "ومنذ بدء التصعيد قتل 40 جنديا على الأقل، خمسة منهم في هجمات على مدينة الرقة.",
    ],
    ids=["strikes-without-a-day", "the-last-without-a-day", "some-of-the-dead", "a-share-without-a-day"],
)
def test_without_a_day_of_its_own_it_stays_in_the_total(text: str) -> None:
    assert _events(text) == []
