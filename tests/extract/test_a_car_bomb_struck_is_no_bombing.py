"""A bombing word describing a vehicle (آلية مفخخة، سيارة مفخخة، عجلات مفخخة) that is the object of a destroying word
before it (دمرت القوات ثلاث عجلات مفخخة، تدمير سيارة مفخخة) or of a targeting verb right after a strike's trigger
(ضربة استهدفت آلية مفخخة) names what was struck: the attack is the strike, no bombing; a targeting verb with the
car bomb for subject (استهدفت سيارة مفخخة حاجزا) and a car bomb that went off stay bombings."""

from __future__ import annotations

import datetime as dt

from tests.articles import dated_events

PUBLISHED = dt.date(2016, 7, 18)


def test_a_strike_that_targeted_a_booby_trapped_vehicle_is_the_strike():
    text = "قتل مدنيان الأحد قرب مدينة الموصل في ضربة استهدفت آلية مفخخة كانت تتجه إلى مواقع الجيش."
    assert dated_events(text, PUBLISHED) == [("airstrike", "2016-07-17", "publication", "Mosul", 2)]


def test_a_strike_that_targeted_a_car_bomb_is_the_strike():
    text = "قتل مدنيان الأحد قرب مدينة الموصل في ضربة استهدفت سيارة مفخخة كانت تتجه إلى مواقع الجيش."
    assert dated_events(text, PUBLISHED) == [("airstrike", "2016-07-17", "publication", "Mosul", 2)]


def test_car_bombs_destroyed_are_no_bombing():
    text = "ودمرت القوات الأمنية العراقية الأحد ثلاث عجلات مفخخة قرب مدينة الرمادي."
    assert dated_events(text, PUBLISHED) == []


def test_a_car_bomb_targeting_a_checkpoint_is_a_bombing():
    text = "واستهدفت سيارة مفخخة الأحد حاجزا للجيش في مدينة الموصل."
    assert dated_events(text, PUBLISHED) == [("bombing", "2016-07-17", "publication", "Mosul", None)]


def test_a_car_bomb_that_went_off_is_a_bombing():
    text = "وقتل ثلاثة جنود الأحد في انفجار سيارة مفخخة قرب مدينة الموصل."
    assert dated_events(text, PUBLISHED) == [("bombing", "2016-07-17", "publication", "Mosul", 3)]
