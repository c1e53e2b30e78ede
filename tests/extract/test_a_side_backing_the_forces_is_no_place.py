"""A side written as backing the forces that act (القوات المدعومة من الولايات المتحدة، بدعم من إيران) is no place
of their attack."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _placed(text: str) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.place) for e in extract_article(article(text, dt.date(2016, 7, 20)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("شنت القوات المدعومة من الولايات المتحدة هجوما أمس.", [("ground_attack", None)]),
        ("قصفت القوات المدعومة من الولايات المتحدة مواقع التنظيم في الرقة أمس.", [("shelling", "Ar Raqqah")]),
    ],
    ids=["backer-alone", "backer-beside-a-place"],
)
def test_the_backer_does_not_place_the_attack(text: str, expected: list) -> None:
    assert _placed(text) == expected
