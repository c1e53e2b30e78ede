"""An assassination told by its noun (اغتيال، الاغتيالات) is an ``other`` event when its clause names a side, a
toll or a strike verb; one told as a fear or a habit with none of them is no event."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, PUBLISHED))]


def test_an_assassination_claimed_by_a_side_is_an_event() -> None:
    text = "وتبنى تنظيم داعش اغتيال قاض في مدينة الموصل يوم الأربعاء."
    assert _events(text) == [("other", "2016-08-10", "Mosul", "ISIS")]


@pytest.mark.parametrize(
    "text",
    [
        "وقال الصحفي في مدينة الموصل يوم الأربعاء إنه بات معرضا للاغتيال.",
        "وتحدث الكاتب في مدينة الموصل يوم الأربعاء عن تاريخ الاغتيالات في المنطقة.",
    ],
    ids=["a-fear", "a-history"],
)
def test_an_assassination_without_side_or_toll_is_no_event(text: str) -> None:
    assert _events(text) == []
