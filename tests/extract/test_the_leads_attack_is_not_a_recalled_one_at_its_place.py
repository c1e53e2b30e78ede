"""An attack the lead sentence tells by an indefinite strong trigger at a place, without any date expression, is
the article's news: a recalled attack of another year at the same place, told with other dead or none, is
another attack, and the news takes neither its date nor its toll; so is such an attack told after a lead telling
none, before the article first recalls an attack. A lead telling the recalled one's dead, a lead that dates itself,
and a recalled attack told again after the lead and after the recalled one stay as they were."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_precision, e.place, e.killed)
            for e in extract_article(article(text, dt.date(2018, 7, 23)))]


def test_the_leads_assault_keeps_no_year_of_an_old_one() -> None:
    text = ("اقتحم ثلاثة مسلحين مبنى البلدية في مدينة أربيل شمال العراق وأصابوا شرطيا بجروح. "
            "وكان التنظيم هاجم مبنى في مدينة أربيل العام 2015.")
    assert _events(text) == [("ground_attack", None, None, "Erbil", None),
                             ("ground_attack", "2015", "year", "Erbil", None)]


def test_the_leads_bombing_keeps_no_toll_of_an_old_one() -> None:
    text = ("انفجرت سيارة مفخخة قرب سوق شعبي مزدحم في وسط مدينة كركوك شمال العراق. "
            "وفي العام 2016 أدى تفجير في مدينة كركوك إلى مقتل 12 شخصا.")
    assert _events(text) == [("bombing", None, None, "Kirkuk", None),
                             ("bombing", "2016", "year", "Kirkuk", 12)]


def test_a_lead_telling_the_old_attacks_dead_is_that_attack() -> None:
    text = ("قتل 12 شخصا في تفجير سيارة مفخخة قرب سوق شعبي في وسط مدينة كركوك. "
            "ووقع التفجير في العام 2016 وأدى إلى مقتل 12 شخصا.")
    assert _events(text) == [("bombing", "2016", "year", "Kirkuk", 12)]


def test_an_attack_told_after_the_lead_may_tell_the_old_one_again() -> None:
    text = ("قال مسؤولون في الحكومة العراقية إن قوات الأمن ستعزز حضورها في المدن الكبرى. "
            "وكان التنظيم هاجم مبنى في مدينة أربيل العام 2015. "
            "واقتحم مسلحون المبنى في مدينة أربيل وأصابوا شرطيا.")
    assert _events(text) == [("ground_attack", "2015", "year", "Erbil", None)]


def test_news_told_after_a_lead_without_an_attack_keeps_no_month_of_an_old_one() -> None:
    text = ("أعلنت وزارة الداخلية العراقية الأحد نتائج عملياتها في محافظة كركوك. "
            "وقالت الوزارة إن قوات الأمن اشتبكت مع مسلحين في منطقة جبلية قرب مدينة كركوك. "
            "وكان مسلحون اقتحموا مبنى في مدينة كركوك في كانون الأول 2016.")
    assert _events(text) == [("statement", "2018-07-22", "day", "Kirkuk", None),
                             ("ground_attack", None, None, "Kirkuk", None),
                             ("ground_attack", "2016-12", "month", "Kirkuk", None)]
