"""A supplement row that cites a GeoNames place for its coordinates is that place: the index keeps one
record with the names of both (the GeoNames one where the row's own name already chose it, by its larger
prior; else the row's), so a town written under two names (كوباني، عين العرب) is one place and its tellings
can agree. A one-word name that GeoNames alone gives a village nobody counted keeps needing support, so a
common word (ضمير 'conscience') stays no place.

Every sentence here was written for these tests.
"""

import datetime as dt

import pytest

import gazetteer
from tests.articles import article
from timeline.pipeline import extract_article

pytestmark = pytest.mark.usefixtures("fresh_gazetteer_home")


@pytest.mark.parametrize("name", ["كوباني", "عين العرب", "عرب بينار"])
def test_every_name_of_the_town_reads_one_record(name: str) -> None:
    place = gazetteer.lookup(name)
    assert (place.name, place.name_ar, place.source, place.precision, place.admin1) == (
        "‘Ayn al ‘Arab", "عين العرب", "geonames", "town", "Aleppo")


def test_a_town_the_supplement_knows_better_keeps_its_record() -> None:
    place = gazetteer.find_places("قتل مدنيان في قصف على بلدة الهول")[0].chosen
    assert (place.name, place.precision, place.admin1, place.source) == ("Al-Hol", "town", "Al-Hasakah", "supplement")


def test_a_common_word_spelt_like_an_uncounted_village_stays_no_place() -> None:
    assert [m.chosen for m in gazetteer.find_places("لم يردعهم وازع من دين أو ضمير") if m.chosen] == []


def test_one_strike_told_under_both_names_is_one_event() -> None:
    text = ("شن طيران التحالف الخميس غارة على مواقع التنظيم في عين العرب. "
            "وقال ناشطون إن الغارة على كوباني أسفرت عن مقتل خمسة عناصر.")
    events = extract_article(article(text, dt.date(2016, 3, 4)))
    assert [(e.event_type, e.date, e.place, e.killed) for e in events] == [
        ("airstrike", "2016-03-03", "‘Ayn al ‘Arab", 5)]
