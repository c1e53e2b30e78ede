"""A toll told with an attack's kind alone by an indefinite noun, neither date nor place (قتل خمسة مدنيين في غارة
جوية; not في الغارة, an attack told before), is the toll of the definite retelling of that kind in its sentence or the
next that dates or places it (ووقعت الغارة يوم الأحد في بلدة سراقب); not across another telling attack, not to another
kind or side, not to a retelling with its own dead, not through a side's aircraft telling a new attack (وشنت طائرات
التحالف ثلاث غارات)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 7, 18)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed, e.injured)
            for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    "text",
    [
        "قتل خمسة مدنيين في غارة جوية. ووقعت الغارة يوم الأحد في بلدة سراقب.",
        "قتل خمسة مدنيين في غارة جوية. وكانت الغارة قد استهدفت بلدة سراقب يوم الأحد.",
        "قتل خمسة مدنيين في غارة جوية، ووقعت الغارة يوم الأحد في بلدة سراقب.",
    ],
    ids=["the-next-sentence", "told-as-having-struck", "its-own-sentence"],
)
def test_the_retelling_takes_the_toll(text: str) -> None:
    assert _events(text) == [("airstrike", "2016-07-17", "Saraqib", None, 5, None)]


def test_the_retelling_may_tell_the_wounded_too() -> None:
    text = "قتل خمسة مدنيين في غارة جوية. ووقعت الغارة يوم الأحد في بلدة سراقب وأسفرت عن مقتل خمسة وإصابة ثلاثة."
    assert _events(text) == [("airstrike", "2016-07-17", "Saraqib", None, 5, 3)]


def test_not_across_another_attack() -> None:
    text = ("قتل خمسة مدنيين في غارة جوية. وقصفت قوات النظام بلدة أريحا أمس. ووقعت الغارة يوم الأحد في بلدة "
            "سراقب.")
    assert [e[4] for e in _events(text)] == [None, None]


def test_not_from_another_kind() -> None:
    text = "قتل خمسة مدنيين في تفجير سيارة مفخخة. ووقعت الغارة يوم الأحد في بلدة سراقب."
    assert _events(text) == [("airstrike", "2016-07-17", "Saraqib", None, None, None)]


@pytest.mark.parametrize(("side", "killed"), [("الروسية", 5), ("الأمريكية", None)], ids=["same-side", "another-side"])
def test_only_from_the_same_side(side: str, killed: int | None) -> None:
    text = f"قتل خمسة مدنيين في غارة جوية روسية. وكانت الغارة {side} قد استهدفت بلدة سراقب يوم الأحد."
    assert [e[4] for e in _events(text)] == [killed]


def test_not_when_the_retelling_tells_its_own_dead() -> None:
    text = "قتل خمسة مدنيين في غارة جوية. ووقعت الغارة يوم الأحد في بلدة سراقب وأسفرت عن مقتل ثلاثة."
    assert _events(text) == [("airstrike", "2016-07-17", "Saraqib", None, 3, None)]


def test_not_through_the_aircraft_of_a_new_attack() -> None:
    text = ("شنت طائرات التحالف سلسلة غارات على المتمردين في المنطقة، أسفرت عن مقتل قائد. وشنت طائرات التحالف "
            "ثلاث غارات في بلدة زبيد.")
    assert [e[4] for e in _events(text)] == [None]


def test_not_from_a_definite_mention_of_an_attack_told_before() -> None:
    text = "قتل خمسة مدنيين في الغارة. ووقعت الغارة يوم الأحد في بلدة سراقب."
    assert [e[4] for e in _events(text)] == [None]
