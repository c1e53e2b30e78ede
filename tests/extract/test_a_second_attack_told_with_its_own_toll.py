"""A second toll opening after a comma, a count or a word of the dead or the wounded glued to و, a few words before
an indefinite attack at a place of its own (قتل خمسة في غارات على بلدة س، وثلاثة آخرون في قصف على مدينة ص; ...،
وأصيب عشرة في قصف على ص) tells a second attack: an event of its own at the first one's time, the count told
apart its dead. Without the comma the count or the word goes on the first toll (قتلت امرأة وثلاثة من أطفالها
جراء قصف; مقتل امرأة وإصابة سبعة جراء قصف), and a second telling of the same attack or an attack inside the
first one's area stays one."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed, e.injured)
            for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل خمسة مدنيين أمس في غارات على بلدة سراقب، وثلاثة آخرون في قصف على مدينة حماة.",
         [("airstrike", "2016-08-11", "Saraqib", 5, None), ("shelling", "2016-08-11", "Ḩamāh", 3, None)]),
        ("قتل خمسة مدنيين أمس جراء غارات على بلدة سراقب، وأصيب عشرة في قصف على مدينة حماة.",
         [("airstrike", "2016-08-11", "Saraqib", 5, None), ("shelling", "2016-08-11", "Ḩamāh", None, 10)]),
        ("قتل طفلان أمس في غارة على مدينة معرة النعمان، وقتل ثلاثة مدنيين آخرين جراء قصف مدفعي على بلدة سراقب.",
         [("airstrike", "2016-08-11", "Maarat al-Numan", 2, None), ("shelling", "2016-08-11", "Saraqib", 3, None)]),
    ],
    ids=["a-count-of-others", "the-wounded-of-another-town", "a-killing-word-and-others"],
)
def test_a_second_toll_at_another_place_is_its_own_attack(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل خمسة مدنيين أمس في غارة على مدينة حلب حيث قتلت امرأة وثلاثة من أطفالها جراء قصف على حي الميسر.",
         [("airstrike", "2016-08-11", "Aleppo", 5, None)]),
        ("قتل خمسة مدنيين أمس في غارة على بلدة سراقب، وأصيب عشرة في الغارة ذاتها.",
         [("airstrike", "2016-08-11", "Saraqib", 5, 10)]),
        ("قتل خمسة مدنيين أمس في غارات على محافظة إدلب، وثلاثة في غارة على بلدة سراقب.",
         [("airstrike", "2016-08-11", "Saraqib", 5, None)]),
    ],
    ids=["a-count-joined-to-a-person-without-comma", "the-same-attack-named-again", "a-town-inside-the-first-area"],
)
def test_one_attack_and_its_toll_stay_one(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
