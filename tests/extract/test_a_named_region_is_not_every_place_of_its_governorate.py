"""A named region whose extent the gazetteer gives (اللجاة, سهل الغاب, مثلث الموت, ريف درعا) is one place with a
place inside it, never with a town of its governorate outside it nor with another region beside it; a governorate
is still one place with every place in it (`places.same_place`)."""

from __future__ import annotations

import datetime as dt

import pytest

from gazetteer import Place
from gazetteer.resolver import find_places
from tests.articles import article
from timeline.extract.places import same_place
from timeline.pipeline import extract_article


def _place(text: str) -> Place:
    """The place the gazetteer chooses for `text` written alone."""
    [match] = find_places(text)
    assert match.chosen is not None
    return match.chosen


@pytest.mark.parametrize(("region", "other", "same"), [
    ("اللجاة", "مدينة درعا", False),
    ("اللجاة", "مثلث الموت", False),
    ("سهل الغاب", "مدينة حماة", False),
    ("اللجاة", "ازرع", True),
    ("اللجاة", "بصر الحرير", True),
    ("سهل الغاب", "قلعة المضيق", True),
    ("ريف درعا", "مدينة درعا", True),
    ("ريف درعا", "اللجاة", True),
    ("محافظة درعا", "اللجاة", True),
])
def test_a_region_is_one_place_only_with_what_lies_in_it(region: str, other: str, same: bool) -> None:
    a, b = _place(region), _place(other)
    assert (same_place(a, b), same_place(b, a)) == (same, same)


def test_an_undated_shelling_of_the_lajat_is_not_the_dated_one_of_daraa_city() -> None:
    text = "قتل ثلاثة مدنيين في قصف لقوات النظام على مدينة درعا اليوم. وفي اللجاة، قتل مدنيان في قصف مدفعي."
    events = extract_article(article(text, dt.date(2018, 6, 25)))
    assert [(e.event_type, e.date, e.place, e.killed) for e in events] == [
        ("shelling", "2018-06-25", "Dar‘ā", 3), ("shelling", None, "Lajat", 2)]
