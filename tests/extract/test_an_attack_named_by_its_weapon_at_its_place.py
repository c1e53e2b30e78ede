"""One attack whose kind only its weapon names (هجوم كيماوي، ضربة كيماوية، هجوم بالسكين), told at a place written as
where it happened (على بلدة اللطامنة، في مدينة حمص), is a specific attack though no side or day is told, as one with
its side is: an undated event there. Several (هجمات كيماوية، الهجمات بالغاز), one told at a region, a name that
only stands in its clause (الأمر الذي سارعت دمشق إلى نفيه: a government denying) and a generic attack without a
side stay no event."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_precision, e.place, e.place_precision, e.actor, e.killed, e.injured)
            for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وتحدثت تقارير عن هجوم كيماوي على بلدة اللطامنة في ريف حماة.",
            [("other", None, None, "Al-Lataminah", "town", None, None, None)],
        ),
        (
            "وتحدث الدفاع المدني عن هجوم كيماوي على بلدة اللطامنة، الأمر الذي سارعت دمشق إلى نفيه.",
            [("other", None, None, "Al-Lataminah", "town", None, None, None)],
        ),
        (
            "وقال مسؤولون إن التحقيق في هجوم بالسكين في مدينة حمص لا يزال جاريا.",
            [("other", None, None, "Homs", "city", None, None, None)],
        ),
    ],
    ids=["a-chemical-attack-on-a-town", "a-chemical-attack-denied-by-a-government", "a-knife-attack-in-a-city"],
)
def test_one_attack_named_by_its_weapon_at_its_place_is_an_event(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "وتحدث الدفاع المدني عن هجوم كيماوي، الأمر الذي سارعت دمشق إلى نفيه.",
        "وتحدث الدفاع المدني عن قصف جوي بغازات سامة، الأمر الذي سارعت دمشق إلى نفيه.",
        "وتحدثت تقارير عن هجمات كيماوية على بلدة اللطامنة.",
        "وتحدثت تقارير عن الهجمات بالغاز على بلدة اللطامنة.",
        "وتحدثت تقارير عن هجوم كيماوي على الغوطة الشرقية.",
        "وتحدثت تقارير عن هجوم على بلدة اللطامنة.",
    ],
    ids=["a-government-denying-is-no-place", "struck-with-gas-denied-by-a-government", "chemical-attacks",
         "attacks-with-gas", "at-a-region", "a-generic-attack-without-a-side"],
)
def test_what_stays_no_event(text: str) -> None:
    assert _events(text) == []
