"""An attack told without a day in the sentence right after a lead that gave the day (of the attack, or of the
deaths it caused) takes the lead's day when it is told in the past at a place in the lead's area: the report
tells its attack in detail; not when that sentence tells what had happened before (وكانت ...), a place
elsewhere, the background (جاء ذلك فيما ...) or fighting going on (وتدور اشتباكات)."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

DEATHS = "قتل 12 شخصا على الأقل، الخميس، في بلدات الغوطة الشرقية، وفقا للمرصد السوري. "
STRIKES = "شنت طائرات مجهولة غارات على مواقع في سوريا، فجر الثلاثاء. "


def _events(text: str, published: dt.date) -> list[tuple]:
    return [(e.event_type, e.date, e.date_basis, e.place) for e in extract_article(article(text, published))]


def test_the_strikes_after_a_lead_of_deaths_take_its_day() -> None:
    text = DEATHS + "واستهدفت الطائرات الحربية بعشر غارات الأحياء السكنية في مدينة دوما."
    assert _events(text, dt.date(2018, 3, 22)) == [("airstrike", "2018-03-22", "lead", "Dūmā")]


def test_what_had_happened_before_takes_no_day() -> None:
    text = DEATHS + "وكانت الطائرات الحربية استهدفت بعشر غارات الأحياء السكنية في مدينة دوما."
    assert _events(text, dt.date(2018, 3, 22)) == [("airstrike", None, None, "Dūmā")]


def test_strikes_in_another_governorate_take_no_day() -> None:
    text = DEATHS + "واستهدفت الطائرات الحربية بعشر غارات الأحياء السكنية في مدينة إدلب."
    assert _events(text, dt.date(2018, 3, 22)) == [("airstrike", None, None, "Idlib")]


def test_the_place_of_strikes_told_at_a_country_takes_their_day() -> None:
    text = STRIKES + "وتحدثت وسائل إعلام رسمية عن صواريخ استهدفت مطار الشعيرات في ريف حمص."
    assert _events(text, dt.date(2018, 4, 17)) == [
        ("airstrike", "2018-04-17", "publication", "Syria"), ("shelling", "2018-04-17", "lead", "Shayrat airbase")]


def test_the_background_takes_no_day() -> None:
    text = STRIKES + "جاء ذلك فيما تواصل القوات هجومها على مدينة حمص."
    assert _events(text, dt.date(2018, 4, 17)) == [("airstrike", "2018-04-17", "publication", "Syria")]


def test_strikes_inside_a_country_the_lead_names_take_its_day() -> None:
    text = ("نفذت قوات التحالف الدولي بقيادة الولايات المتحدة اليوم 41 ضربة جوية استهدفت مواقع لتنظيم داعش في سوريا "
            "والعراق. وقالت القيادة المشتركة في بيان إن 17 ضربة جوية نفذت قرب دير الزور، كما نفذت سبع ضربات جوية قرب "
            "الحسكة.")
    assert _events(text, dt.date(2015, 7, 31)) == [
        ("airstrike", "2015-07-31", "publication", "Deir ez-Zor"), ("airstrike", "2015-07-31", "lead", "Al Ḩasakah")]


def test_the_strikes_after_a_lead_of_deaths_in_a_campaign_take_its_day() -> None:
    text = ("قال المرصد السوري، الخميس، إن 42 مدنيا قتلوا جراء الغارات التي يشنها الطيران على الغوطة الشرقية. "
            "وذكر مدير المرصد أن ضربات جوية على بلدة كفر بطنا أدت إلى مقتل 31 مدنيا.")
    assert _events(text, dt.date(2018, 3, 22)) == [("airstrike", "2018-03-22", "lead", "Kafr Batna")]


def test_a_lead_without_deaths_dates_nothing_after_it() -> None:
    text = ("قال المرصد السوري، الخميس، إن الطيران يشن غارات على الغوطة الشرقية. "
            "وذكر مدير المرصد أن ضربات جوية على بلدة كفر بطنا أدت إلى دمار كبير.")
    assert _events(text, dt.date(2018, 3, 22)) == [("airstrike", None, None, "Kafr Batna")]
