"""An aircraft told as the subject of a landing verb among the five words after it ([negation] downed_after: طائرة
حربية سعودية هبطت في مطار عدن، مروحية عسكرية حطت في المطار) landed: no air strike, as one told falling after it
or landing by the noun before it (لدى هبوط طائرة) is none; aircraft that struck with their own verb before landing
stay a strike, and so does a strike by an aircraft without a landing verb."""

from __future__ import annotations

import datetime as dt

from tests.articles import dated_events

PUBLISHED = dt.date(2015, 7, 23)


def test_a_warplane_that_landed_at_an_airport_is_no_strike() -> None:
    text = "وذكر مسؤول في مطار عدن الدولي أن طائرة حربية سعودية هبطت في مطار عدن بعد ظهر أمس."
    assert dated_events(text, PUBLISHED) == []


def test_warplanes_that_landed_at_a_base_are_no_strike() -> None:
    text = "وقالت الوكالة إن مقاتلات تركية هبطت أمس في قاعدة إنجرليك قرب مدينة أضنة."
    assert dated_events(text, PUBLISHED) == []


def test_a_warplane_landing_now_is_no_strike() -> None:
    text = "وقال مسؤول إن طائرة حربية تهبط الآن في مطار مدينة حماة."
    assert dated_events(text, PUBLISHED) == []


def test_a_helicopter_that_set_down_is_no_strike() -> None:
    text = "وأفاد مصدر أن مروحية عسكرية حطت أمس في مطار مدينة دير الزور."
    assert dated_events(text, PUBLISHED) == []


def test_a_warplane_that_struck_before_it_landed_stays_a_strike() -> None:
    text = "قصفت طائرة حربية أمس مواقع للحوثيين قرب مدينة عدن ثم هبطت في قاعدة العند."
    assert dated_events(text, PUBLISHED) == [("airstrike", "2015-07-22", "publication", "Aden", None)]


def test_a_strike_by_a_warplane_without_a_landing_stays() -> None:
    text = "قتل خمسة مدنيين أمس في غارة لطائرة حربية على مدينة عدن."
    assert dated_events(text, PUBLISHED) == [("airstrike", "2015-07-22", "publication", "Aden", 5)]
