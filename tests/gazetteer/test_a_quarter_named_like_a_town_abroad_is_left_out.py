"""A quarter head (حي) before a name the gazetteer knows only as a town or village of a country the text does not
name, while it names another (حي الخالدية in a Syrian text: not the Anbar town), is a quarter the gazetteer lacks:
left out, so no attack is placed in the wrong country. The same name in a text about its own country stays, and so
does a quarter head before a town of the text's country (حي الحجر الأسود).

Every sentence here was written for these tests.
"""

from __future__ import annotations

import datetime as dt

from gazetteer.resolver import find_places
from tests.articles import article
from timeline.pipeline import extract_article


def _chosen(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.chosen.name, m.chosen.country) for m in find_places(text)]


def test_a_khalidiya_quarter_in_a_syrian_text_is_not_the_anbar_town() -> None:
    assert _chosen("قال المرصد السوري إن قوات النظام قصفت حي الخالدية بالمدفعية الثقيلة.") == []


def test_the_anbar_town_in_an_iraqi_text_stays() -> None:
    assert _chosen("هاجم مسلحو داعش حي الخالدية في الأنبار غرب العراق.") == [
        ("الخالدية", "Khalidiya", "IQ"), ("الأنبار", "Al Anbar", "IQ"), ("غرب العراق", "Western Iraq", "IQ")]


def test_a_quarter_head_before_a_town_of_the_texts_country_stays() -> None:
    assert _chosen("قصفت قوات النظام السوري حي الحجر الأسود جنوب دمشق.") == [
        ("الحجر الأسود", "Al-Hajar al-Aswad", "SY"), ("دمشق", "Damascus", "SY")]


def test_the_shelling_of_the_quarter_keeps_its_day_and_no_place_abroad() -> None:
    text = "قال المرصد السوري إن قوات النظام قصفت حي الخالدية بالمدفعية الثقيلة أمس."
    events = extract_article(article(text, dt.date(2013, 7, 1)))
    assert [(e.event_type, e.date, e.place, e.country, e.actor) for e in events] == [
        ("shelling", "2013-06-30", None, None, "Syrian army")]


def test_a_quarter_of_afrin_is_not_the_iraqi_city_of_its_name() -> None:
    assert _chosen("قتل مدنيان بقذائف سقطت على حي المحمودية في مدينة عفرين.") == [("عفرين", "‘Afrīn", "SY")]


def test_the_iraqi_city_in_an_iraqi_text_stays() -> None:
    assert _chosen("انفجرت سيارة مفخخة في حي المحمودية جنوب بغداد.")[0] == ("المحمودية", "Al Maḩmūdīyah", "IQ")
