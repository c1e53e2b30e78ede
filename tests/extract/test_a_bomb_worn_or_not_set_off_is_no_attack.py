"""A bomb a man was wearing or driving when caught, or one he could not set off (قبض عليه وكان يرتدي حزاما ناسفا،
أوقفت بينما كانت تقود سيارة مفخخة، لم يستطع تفجيره), is no attack: no event; a bomber wearing a belt who blew
himself up stays an attack, told by his verb."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    "text",
    [
        "قبضت الشرطة على رجل في مدينة الموصل يوم 10 آب 2016 وكان يرتدي حزاما ناسفا.",
        "قبضت الشرطة على رجل في مدينة الموصل يوم 10 آب 2016 حاول الهجوم على السوق لكنه لم يستطع تفجير العبوة.",
        "أوقفت الشرطة امرأة في مدينة الموصل يوم 10 آب 2016 بينما كانت تقود سيارة مفخخة.",
    ],
    ids=["worn", "could-not-set-off", "driven"],
)
def test_a_bomb_not_set_off_tells_no_attack(text: str) -> None:
    assert _events(text) == []


def test_a_bomber_wearing_a_belt_who_blew_himself_up_stays() -> None:
    text = "فجر انتحاري يرتدي حزاما ناسفا نفسه في سوق بمدينة الموصل يوم 10 آب 2016 ما أسفر عن مقتل 7 أشخاص."
    assert _events(text) == [("bombing", "2016-08-10", "Mosul", 7)]
