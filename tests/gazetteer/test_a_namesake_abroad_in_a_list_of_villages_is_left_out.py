"""A settlement listed with و beside a village or small town of another country (قرى الحواش والقاهرة
والعنكاوي بسهل الغاب) is a namesake of a village the gazetteer lacks, not the capital abroad: a list of
villages lies in one country. Cities of two countries listed together keep their places. The stop-listed first
name after the plural head (الحواش) is the gazetteer's Syrian village of that name, in Homs: the extractor leaves
it out as a namesake far from the plain the list is written in (`placing.misplaced`)."""

from __future__ import annotations

import datetime as dt

from gazetteer.resolver import find_places
from tests.articles import article
from timeline.pipeline import extract_article


def test_a_capital_abroad_listed_with_a_village_is_left_out() -> None:
    matches = find_places("قصفت المروحيات قرى الحواش والقاهرة والعنكاوي في سهل الغاب")
    assert [(m.chosen.name, m.chosen.country) for m in matches] == [
        ("Al Ḩawāsh", "SY"), ("Al-Ankawi", "SY"), ("Al-Ghab plain", "SY")]


def test_the_same_capital_written_apart_from_the_village_stays() -> None:
    matches = find_places("قصفت الطائرات العنكاوي ثم توجه الوفد إلى القاهرة")
    assert [(m.chosen.name, m.chosen.country) for m in matches] == [("Al-Ankawi", "SY"), ("Cairo", "EG")]


def test_cities_of_two_countries_listed_together_stay() -> None:
    matches = find_places("سافر الوفد إلى دمشق وبيروت")
    assert [(m.chosen.name, m.chosen.country) for m in matches] == [("Damascus", "SY"), ("Beirut", "LB")]


def test_the_strike_on_the_listed_villages_is_placed_at_the_syrian_one() -> None:
    text = "تعرضت قرى الحواش والقاهرة والعنكاوي بسهل الغاب لقصف من الطيران المروحي يوم الخميس."
    events = extract_article(article(text, dt.date(2015, 8, 9)))
    assert [(e.event_type, e.date, e.place, e.country) for e in events] == [
        ("airstrike", "2015-08-06", "Al-Ankawi", "SY")]
