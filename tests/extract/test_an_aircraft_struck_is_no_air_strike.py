"""A feminine aircraft word right after a targeting verb in the masculine is its object (إطلاق نار استهدف مروحية
عسكرية), and one told with a passive auxiliary and a verbal noun of targeting it after it (بالمروحية التي تم
استهدافها) was struck: an attack on an aircraft, typed by what the text says, no air strike by it; an aircraft
with a feminine verb is its subject (استهدفت مروحية البلدة) and strikes."""

from __future__ import annotations

import datetime as dt

from tests.articles import dated_events

PUBLISHED = dt.date(2016, 8, 12)


def test_fire_that_targeted_a_helicopter_is_a_ground_attack():
    text = ("قتل جندي أمس في إطلاق نار استهدف مروحية عسكرية في مدينة منبج. وأوضح البيان أن الجندي نقل إلى "
            "المستشفى بالمروحية التي تم استهدافها، إلا أنه فارق الحياة متأثرا بإصابته.")
    assert dated_events(text, PUBLISHED) == [("ground_attack", "2016-08-11", "publication", "Manbij", 1)]


def test_an_aircraft_described_as_targeted_tells_no_attack_of_its_own():
    text = "ونقل الجرحى أمس إلى المستشفى بالمروحية التي تم استهدافها قرب مدينة منبج."
    assert dated_events(text, PUBLISHED) == []


def test_a_helicopter_targeting_a_town_strikes():
    text = "استهدفت مروحية حربية أمس مدينة منبج بالرشاشات."
    assert dated_events(text, PUBLISHED) == [("airstrike", "2016-08-11", "publication", "Manbij", None)]
