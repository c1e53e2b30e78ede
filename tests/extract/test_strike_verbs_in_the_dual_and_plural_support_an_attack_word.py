"""A weak attack word (هجمات، صواريخ) told with a strike verb in the dual or the plural of the third person (شنوا،
نفذتا، استهدفا) is an attack, as with the verb in the singular; a team's attacks in a match and a project carried
out stay none."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_end, e.place) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال المرصد إن المهاجمين شنوا هجمات على حواجز في بلدة كفرنبل يوم الأحد.",
         [("ground_attack", "2016-08-07", "2016-08-07", "Kafranbel")]),
        ("وقالت الشرطة إن امرأتين نفذتا هجمات في مدينة معرة النعمان يوم الأحد.",
         [("ground_attack", "2016-08-07", "2016-08-07", "Maarat al-Numan")]),
        ("وقال المرصد إن عناصر مجهولين استهدفوا بالصواريخ مواقع في بلدة كفرنبل يوم الأحد.",
         [("shelling", "2016-08-07", "2016-08-07", "Kafranbel")]),
        ("وقال المرصد إن مقاتلين استهدفا بالصواريخ حاجزا في بلدة كفرنبل يوم الأحد.",
         [("shelling", "2016-08-07", "2016-08-07", "Kafranbel")]),
    ],
    ids=["plural-launched", "dual-carried-out", "plural-targeted", "dual-targeted"],
)
def test_a_weak_attack_word_with_a_dual_or_plural_strike_verb_is_an_attack(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "وقال المدرب إن اللاعبين شنوا هجمات مرتدة سريعة في مباراة الأحد في مدينة إدلب.",
        "وقال المسؤول إن الموظفين نفذوا مشروعا للمياه في بلدة كفرنبل يوم الأحد.",
    ],
    ids=["a-match", "a-project"],
)
def test_a_plural_verb_without_an_attack_tells_none(text: str) -> None:
    assert _events(text) == []
