"""An operation told by who carried it out (عملية نفذتها، عملية نفذها، عملية نفذوها) is a ground attack when its
clause tells what it did to people, a toll or a side (قتلت القوات اثنين من الخلية أثناء عملية نفذتها السبت); alone it
is weak, as the generic attack word is: a rescue, an arrest or a handover is carried out too."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال متحدث إن الشرطة قتلت ثلاثة من أعضاء الخلية في مدينة منبج أثناء عملية نفذتها يوم الأربعاء.",
         [("ground_attack", "2016-08-10", "Manbij", 3)]),
        ("وأعيد المطلوبون إلى البلاد في عملية نفذها جهاز الاستخبارات في مدينة منبج يوم الأربعاء.", []),
    ],
    ids=["with-its-dead", "a-handover"],
)
def test_an_operation_told_by_who_carried_it_out(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
