"""Security forces named without their country (قوات الأمن، القوات الأمنية: an actors.toml [[ambiguous]] entry) are
Iraq's in Iraq and Turkey's in Turkey; in another country, or in an article naming neither, they are no side of ours
(sentences written for the tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قالت قيادة العمليات المشتركة العراقية في بيان إن قوات الأمن دخلت أمس جامعة الأنبار في جنوب مدينة الرمادي "
         "واشتبكت مع مسلحي داعش داخل حرمها.", [("ground_attack", "2016-08-11", "Ramadi", "Iraqi forces")]),
        ("قالت السلطات التركية إن قوات الأمن اشتبكت أمس مع مسلحين في مدينة ديار بكر.",
         [("ground_attack", "2016-08-11", "Diyarbakır", "Turkey")]),
        ("وقالت وزارة الداخلية إن قوات الأمن اشتبكت أمس مع مسلحين في مدينة بنزرت.",
         [("ground_attack", "2016-08-11", "Bizerte", None)]),
    ],
    ids=["in-iraq", "in-turkey", "elsewhere"],
)
def test_security_forces_are_the_side_of_their_country(text: str, expected: list) -> None:
    assert _events(text) == expected
