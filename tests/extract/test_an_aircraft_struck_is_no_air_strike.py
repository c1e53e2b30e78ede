"""A feminine aircraft word right after a targeting or destroying verb in the masculine is its object (إطلاق نار
استهدف مروحية عسكرية، دمر الجيش طائرة دون طيار), and one told with a passive auxiliary and a verbal noun of
targeting it after it (بالمروحية التي تم استهدافها) was struck: an attack on an aircraft, typed by what the text
says, no air strike by it; an aircraft with a feminine verb is its subject (استهدفت مروحية البلدة، دمرت طائرات
التحالف مخزنا) and strikes."""

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


def test_a_drone_the_army_destroyed_is_no_air_strike():
    text = "وأعلن الجيش أنه دمر طائرة مسيرة أطلقت أمس نحو قاعدة حميميم."
    assert dated_events(text, PUBLISHED) == []


def test_a_drone_destroyed_over_a_city_is_no_air_strike():
    text = "وأعلن الجيش أنه دمر طائرة مسيرة أمس فوق مدينة درعا."
    assert dated_events(text, PUBLISHED) == []


def test_warplanes_that_destroyed_a_depot_strike():
    text = "دمرت طائرات التحالف أمس مخزنا للأسلحة قرب مدينة الموصل."
    assert dated_events(text, PUBLISHED) == [("airstrike", "2016-08-11", "publication", "Mosul", None)]
