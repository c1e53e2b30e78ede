"""An ambiguous strike verb (استهدف) with gunmen right before or after it for its subject and no side named is a
ground attack; a weapon named in its clause still tells the kind (بقذيفة هاون: shelling)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _typed(text: str) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.date) for e in extract_article(article(text, dt.date(2018, 5, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("استهدف مسلحون مجهولون الجمعة سيارة للشرطة في الموصل ما أدى إلى مقتل شرطي.",
         [("ground_attack", "2018-05-11")]),
        ("وكان مسلحون استهدفوا الجمعة دورية للشرطة في الموصل ما أدى إلى مقتل شرطي.",
         [("ground_attack", "2018-05-11")]),
        ("استهدف مسلحون الجمعة سيارة للشرطة بقذيفة هاون في الموصل ما أدى إلى مقتل شرطي.",
         [("shelling", "2018-05-11")]),
    ],
    ids=["gunmen-after-the-verb", "gunmen-before-the-verb", "a-mortar-named"],
)
def test_gunmen_strike(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _typed(text) == expected
