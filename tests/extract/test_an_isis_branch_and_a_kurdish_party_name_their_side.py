"""The Egyptian branch of ISIS, by its names before and after its pledge (ولاية سيناء، أنصار بيت المقدس), is ISIS;
the Kurdish party whose militia the YPG is, named for its fighters (عناصر حزب الاتحاد الديمقراطي) or with its
adjective (حزب الاتحاد الديمقراطي الكردي), is the YPG; Germany's Christian Democratic Union is no side."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 7, 18)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل أربعة جنود أمس في انفجار عبوة ناسفة استهدفت دورية في مدينة العريش، وتبنت ولاية سيناء الهجوم.",
         ("bombing", "2016-07-17", "Arīsh", "ISIS", False)),
        ("شن مسلحون من أنصار بيت المقدس أمس هجوما على حاجز للجيش في مدينة العريش.",
         ("ground_attack", "2016-07-17", "Arīsh", "ISIS", False)),
        ("هاجمت عناصر حزب الاتحاد الديمقراطي أمس مواقع تنظيم داعش في بلدة تل أبيض.",
         ("ground_attack", "2016-07-17", "Tell Abyad", "YPG", False)),
        ("شن حزب الاتحاد الديمقراطي الكردي أمس هجوما على مواقع تنظيم داعش في بلدة تل أبيض.",
         ("ground_attack", "2016-07-17", "Tell Abyad", "YPG", False)),
    ],
    ids=["sinai-province", "its-former-name", "the-partys-fighters", "the-kurdish-party"],
)
def test_the_side_is_named(text: str, expected: tuple) -> None:
    assert [(e.event_type, e.date, e.place, e.actor, e.actor_hedged)
            for e in extract_article(article(text, PUBLISHED))] == [expected]


def test_the_german_christian_democrats_are_no_side() -> None:
    text = "قتل خمسة أشخاص أمس في هجوم على مقر حزب الاتحاد الديمقراطي المسيحي في مدينة برلين."
    assert [e.actor for e in extract_article(article(text, PUBLISHED))] == [None]
