"""Government forces, bombardment or aircraft named without their country (القوات الحكومية، قوات الحكومة، قصف حكومي)
are the Syrian army in Syria and the Iraqi forces in Iraq; in another country (Yemen's government forces) they name no
side of ours. A bombardment named so is the attack itself, never a place or a target (جراء قصف حكومي)."""

from __future__ import annotations

import datetime as dt

from gazetteer.normalize import normalize
from tests.articles import article
from timeline.extract.actors import find_actors
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, dt.date(2018, 3, 20)))]


def test_government_forces_taking_a_syrian_village_are_the_syrian_army() -> None:
    text = "وقال المرصد إن قوات الحكومة سيطرت أمس على بلدة حمورية في الغوطة الشرقية."
    assert _events(text) == [("ground_attack", "2018-03-19", "Hamouriyah", "Syrian army")]


def test_a_government_bombardment_in_syria_is_the_syrian_army_s() -> None:
    text = "قتلت امرأة أمس جراء قصف حكومي على بلدة حمورية في الغوطة."
    assert _events(text) == [("shelling", "2018-03-19", "Hamouriyah", "Syrian army")]


def test_government_forces_taking_an_iraqi_city_are_the_iraqi_forces() -> None:
    text = "وقال مصدر أمني إن القوات الحكومية سيطرت أمس على مدينة الرمادي بعد معارك مع تنظيم داعش."
    assert [e[3] for e in _events(text)] == ["Iraqi forces"]


def test_yemeni_government_forces_name_no_side() -> None:
    text = "وقالت مصادر عسكرية يمنية إن القوات الحكومية استعادت أمس مواقع جديدة في مديرية باقم بمحافظة صعدة."
    assert _events(text) == [("ground_attack", "2018-03-19", "Baqim", None)]


def test_government_forces_struck_in_an_article_of_no_country_of_theirs_are_no_side() -> None:
    assert find_actors(normalize("هاجم مسلحون مواقع القوات الحكومية ليلا")) == []


def test_government_forces_struck_in_an_article_of_syria_are_the_syrian_army_struck() -> None:
    hits = find_actors(normalize("هاجم مسلحون مواقع القوات الحكومية ليلا في ريف حمص"))
    assert [(a.name, a.target) for a in hits] == [("Syrian army", True)]


def test_government_air_strikes_with_the_weapon_told_between_are_the_syrian_army_s() -> None:
    text = "وقتل أمس 12 مدنيا في الغارات الجوية الحكومية على بلدة حمورية."
    assert _events(text) == [("airstrike", "2018-03-19", "Hamouriyah", "Syrian army")]
