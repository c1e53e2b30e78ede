"""A place name that ends a longer name the gazetteer lacks (كفر الرستن is not الرستن) or is a surname after a
title and a given name (القيادي نزار الرستن) is no event place; the whole known name still is."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _places(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.place_precision)
            for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    "text",
    [
        "قصفت الطائرات بلدة كفر الرستن يوم 10 آب 2016.",
        "قتل خمسة مدنيين بغارة على خربة داعل يوم 10 آب 2016.",
        "قتل القيادي نزار الرستن بغارة جوية يوم 10 آب 2016.",
        "قال الناشط عمار حمص إن غارة قتلت خمسة مدنيين يوم 10 آب 2016.",
    ],
    ids=["village-prefix", "hamlet-prefix", "surname-after-a-commander", "surname-after-an-activist"],
)
def test_no_place(text: str) -> None:
    assert [p[2] for p in _places(text)] == [None]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("قصفت الطائرات بلدة داعل يوم 10 آب 2016.", "Dā‘il"),
        ("قصفت الطائرات بلدة تل رفعت يوم 10 آب 2016.", "Tall Rif‘at"),
        ("قتل القيادي في مدينة الرستن بغارة يوم 10 آب 2016.", "Ar Rastan"),
    ],
    ids=["bare-name", "whole-known-name", "title-then-a-place"],
)
def test_place(text: str, place: str) -> None:
    assert [p[2] for p in _places(text)] == [place]
