"""The bare coalition (طائرات التحالف) is read by the nearest evidence: the country of the event's place,
else its own sentence, else the article; the Arab-international coalition is the international one
(sentences written for the tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _actors(text: str) -> list[tuple]:
    return [(e.place, e.actor) for e in extract_article(article(text, dt.date(2016, 8, 12), "coalition"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصفت طائرات التحالف مواقع للحوثيين في صعدة يوم الأحد. وقصفت طائرات التحالف مواقع لجبهة النصرة في "
         "ريف حلب الغربي يوم الخميس.",
         [("Sa'dah", "Saudi-led coalition"), ("Rural Aleppo", "International coalition")]),
        ("وقتل عشرة مسلحين حوثيين في اليمن يوم السبت. وقتل 9 مسلحين من المعارضة السورية في غارات شنتها طائرات "
         "التحالف على معسكر في قرية الشعيب يوم الأحد.", [(None, "International coalition")]),
        ("وقتل عشرة مسلحين حوثيين في صنعاء يوم السبت. وقتل 9 مسلحين في غارات شنتها طائرات التحالف على معسكر في "
         "قرية الشعيب يوم الأحد.", [(None, "Saudi-led coalition")]),
        ("وقتل 20 مسلحا في ضربات صاروخية نفذها التحالف العربي - الدولي على مقرات لجبهة النصرة في ريف حلب الغربي "
         "يوم الخميس.", [("Rural Aleppo", "International coalition")]),
    ],
    ids=["the-place-country-first", "then-the-sentence", "then-the-article", "arab-international-coalition"],
)
def test_a_bare_coalition_is_read_by_its_nearest_evidence(text: str, expected: list) -> None:
    assert _actors(text) == expected
