"""An attack right after a word of a topic (حول، المرتبطة ب، موقع) is spoken of: a day written before that word
in its clause is the day of what is said or done about it, so the attack's own day told after it dates it, and
without a day in its clause it takes none carried from the sentence before. Alone in its clause, the day
before the word still dates it (a visit to the site the day of the bombing)."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _dates(text: str, day: dt.date = dt.date(2018, 4, 17)) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, day))]


def test_the_attacks_own_day_after_the_site_dates_it() -> None:
    assert _dates("ودخل الخبراء المدينة مطلع الأسبوع لزيارة موقع هجوم بغاز سام وقع في دوما يوم 7 أبريل.") == [
        ("other", "2018-04-07", "Dūmā", None)]


def test_the_attacks_own_day_after_a_word_about_it_dates_it() -> None:
    assert _dates("وجمدت المنظمة الأربعاء عمل محققيها حول هجوم بغاز سام وقع في دوما يوم 7 أبريل.") == [
        ("other", "2018-04-07", "Dūmā", None)]


def test_an_attack_linked_to_a_site_keeps_its_own_day() -> None:
    assert _dates("وزار الفريق الثلاثاء أحد المواقع المرتبطة بالهجوم الكيميائي الذي وقع في دوما يوم 7 أبريل.") == [
        ("other", "2018-04-07", "Dūmā", None)]


def test_the_site_of_an_attack_takes_no_day_carried_from_before() -> None:
    text = ("بدأ المقاتلون، السبت، في الانسحاب من البلدة، في وقت أعلنت فيه المنظمة أن خبراءها جمعوا عينات من "
            "موقع هجوم كيماوي في دوما.")
    assert [e for e in _dates(text, dt.date(2018, 4, 21)) if e[1] == "2018-04-21"] == []


def test_alone_the_day_before_the_site_still_dates_the_bombing() -> None:
    assert _dates("وقف المحافظ ظهر اليوم على موقع التفجير الذي استهدف مسجدا في مدينة أبها وأسفر عن مقتل عشرة.") == [
        ("bombing", "2018-04-17", "Abha", 10)]


def test_a_day_before_the_attack_with_no_topic_word_dates_it() -> None:
    assert _dates("وشنت الطائرات الثلاثاء هجوما بغاز سام على دوما.") == [("other", "2018-04-17", "Dūmā", None)]
