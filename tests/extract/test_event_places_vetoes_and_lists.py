"""Event places: offices, organisations, hospitals and a reporter's seat are not event places; a
dual head makes a list of places of its kind; a village the gazetteer lacks keeps its text and its
area; an event whose date or village is unknown is kept."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _places(text: str, published: dt.date | None = dt.date(2016, 8, 12)) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.place_precision, e.place_text, e.admin1)
            for e in extract_article(article(text, published))]


@pytest.mark.parametrize(
    "text",
    [
        "وقال مدير مديرية صحة إدلب إن 5 مدنيين قتلوا في غارة يوم 10 آب 2016.",
        "وقتل 6 عناصر من تنظيم بيت المقدس في غارة يوم 10 آب 2016.",
        "ونقل الجرحى إلى مستشفى الرقة بعد غارة قتل فيها 3 مدنيين يوم 10 آب 2016.",
        "وأفاد المرصد السوري ومقره لندن بمقتل 5 مدنيين في غارة يوم 10 آب 2016.",
        "وأفاد المرصد الذي يتخذ من لندن مقرا له بمقتل 5 مدنيين في غارة يوم 10 آب 2016.",
        "وقتل 4 مسلحين من جماعة أنصار بيت المقدس في غارة يوم 10 آب 2016.",
    ],
    ids=["health-directorate", "organisation-named-after-a-city", "hospital-town", "reporter-seat",
         "reporter-seat-taken", "supporters-of-a-city"],
)
def test_office_or_organisation_is_not_the_event_place(text: str) -> None:
    assert _places(text) == [("airstrike", "2016-08-10", None, None, None, None)]


def test_governorate_after_its_head() -> None:
    text = "وقتل 5 مدنيين في غارة على محافظة حلب يوم 10 آب 2016."
    assert _places(text) == [("airstrike", "2016-08-10", "Aleppo", "governorate", "حلب", "Aleppo")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقتل 12 مدنيا في غارات روسية بمحافظتي إدلب وحلب يوم 10 آب 2016.",
         [("airstrike", "2016-08-10", "Idlib", "governorate", "إدلب", "Idlib"),
          ("airstrike", "2016-08-10", "Aleppo", "governorate", "وحلب", "Aleppo")]),
        ("وقتل 12 مدنيا في غارات روسية على مدينتي حماة وحمص يوم 10 آب 2016.",
         [("airstrike", "2016-08-10", "Ḩamāh", "city", "حماة وحمص", "Hama")]),
    ],
    ids=["two-governorates", "two-cities"],
)
def test_two_places_named_by_one_mention(text: str, expected: list[tuple]) -> None:
    """Two cities: one event located by the first, its text naming both. Strikes over two governorates far
    apart are attacks on each (the labelling guide counts far-apart places apart): one event each."""
    assert _places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقتل 8 مدنيين في غارات على الغوطة الشرقية في سوريا يوم 10 آب 2016.",
         [("airstrike", "2016-08-10", "Eastern Ghouta", "region", "الغوطة الشرقية", "Rif Dimashq")]),
        ("قتل 9 أشخاص في قصف بالبراميل المتفجرة على قرية تل الورد في ريف حلب الشمالي بسوريا يوم 10 آب 2016.",
         [("airstrike", "2016-08-10", "Rural Aleppo", "region", "قرية تل الورد في ريف حلب", "Aleppo")]),
    ],
    ids=["region-beside-its-country", "unknown-village-anchor-beside-its-country"],
)
def test_a_region_of_one_governorate_is_finer_than_its_country(text: str, expected: list[tuple]) -> None:
    """The country named beside the region neither wins over it nor leaves the event without a place."""
    assert _places(text) == expected


def test_a_point_near_which_a_country_struck_is_the_event_place() -> None:
    """A country is near nothing: the place after قرب is no mere reference point of it."""
    text = "وقصفت طائرات حربية في سوريا منطقة قرب مطار دمشق الدولي يوم 10 آب 2016."
    assert _places(text) == [("airstrike", "2016-08-10", "Damascus International Airport", "point",
                              "مطار دمشق الدولي", "Rif Dimashq")]


def test_the_place_a_village_neighbours_is_only_its_reference_point() -> None:
    """X المجاور لY: the event is at X (here a village the gazetteer lacks, in its area), not at Y."""
    text = "وقتل 7 مدنيين في غارة على بلدة عين السنديان الصغرى في ريف حلب الغربي المجاور لإدلب يوم 10 آب 2016."
    assert _places(text) == [("airstrike", "2016-08-10", "Rural Aleppo", "region",
                              "بلدة عين السنديان الصغرى في ريف حلب", "Aleppo")]


def test_a_part_of_a_country_beside_another_country_locates_nothing() -> None:
    text = "وشنت مقاتلات تركية غارات على مواقع في سوريا وفي شمال العراق يوم 10 آب 2016."
    assert [e.place for e in extract_article(article(text, dt.date(2016, 8, 12)))] == [None]


@pytest.mark.parametrize("published", [dt.date(2016, 8, 12), None], ids=["dated", "no-publication-date"])
def test_unknown_village_keeps_its_text_and_area(published) -> None:
    text = "واستهدفت غارة روسية قرية الزعفرانة الصغرى بريف حلب الجنوبي."
    assert _places(text, published) == [
        ("airstrike", None, "Rural Aleppo", "region", "قرية الزعفرانة الصغرى بريف حلب", "Aleppo")]


def test_relative_date_without_publication_date_waits_undated() -> None:
    text = "وقصفت طائرات روسية قرية تل مرقب في ريف حلب الجنوبي أمس."
    assert _places(text, None) == [("airstrike", None, "Rural Aleppo", "region", "قرية تل مرقب في ريف حلب", "Aleppo")]
    assert _places(text) == [("airstrike", "2016-08-11", "Rural Aleppo", "region", "قرية تل مرقب في ريف حلب", "Aleppo")]


@pytest.mark.parametrize(
    "text",
    [
        "وقال مدير مكتب الإعلام في محافظة حمص إن غارة قتلت 4 مدنيين يوم 10 آب 2016.",
        "وقال المتحدث باسم مديرية الصحة بحلب إن قصفا مدفعيا قتل 3 أشخاص يوم 10 آب 2016.",
        "وقال المكتب الإعلامي للدفاع المدني في محافظة إدلب، لوكالة الأنباء، إن غارة قتلت رجلا يوم 10 آب 2016.",
        "وقال مدير المرصد السوري لحقوق الإنسان في لندن إن طائرات قتلت 7 مسلحين يوم 10 آب 2016.",
    ],
    ids=["media-office-seat", "directorate-seat-with-the-locative", "office-seat-then-the-outlet",
         "seat-after-a-four-word-name"],
)
def test_the_seat_of_a_speaking_office_is_not_the_event_place(text: str) -> None:
    assert [p[2] for p in _places(text)] == [None]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("وهاجم مسلحون مقر مديرية الأمن في الموصل يوم 10 آب 2016 وقتلوا 3 عناصر.", "Mosul"),
        ("وقال مدير مكتب الإعلام في محافظة حمص إن غارة قتلت 4 مدنيين في مدينة الرستن يوم 10 آب 2016.",
         "Ar Rastan"),
    ],
    ids=["an-attacked-office", "the-attack-placed-after-the-report"],
)
def test_an_office_place_that_is_the_event_place(text: str, place: str) -> None:
    assert [p[2] for p in _places(text)] == [place]
