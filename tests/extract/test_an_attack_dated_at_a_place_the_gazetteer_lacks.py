"""An attack dated at a town the gazetteer does not know (بلدة س) happened there: an attack told in another
sentence at a known village, by an indefinite trigger without a date expression, is another attack, not its
place, whichever is told first."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

DATED = "وقال ناشطون إن قوات النظام قصفت مساء الثلاثاء أحياء في بلدة كفرزيتونة ما أدى إلى مقتل أربعة مدنيين."


def _events(*sentences: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed)
            for e in extract_article(article(" ".join(sentences), dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    "other",
    [
        "وفي ريف اللاذقية الشرقي، قصفت فصائل من المعارضة مواقع تابعة للقوات النظامية في قرية صلنفة.",
        "قصفت فصائل من المعارضة مواقع تابعة للقوات النظامية في قرية صلنفة.",
    ],
    ids=["after-it", "opening-after-it"],
)
def test_an_attack_at_a_known_village_is_another(other: str) -> None:
    assert _events(DATED, other) == [
        ("shelling", "2016-08-09", None, "Syrian army", 4),
        ("shelling", None, "Şlinfah", "Syrian opposition", None),
    ]


def test_an_attack_at_a_known_village_told_first_is_another() -> None:
    first = "قصفت فصائل من المعارضة مواقع تابعة للقوات النظامية في قرية صلنفة."
    assert _events(first, DATED) == [
        ("shelling", None, "Şlinfah", "Syrian opposition", None),
        ("shelling", "2016-08-09", None, "Syrian army", 4),
    ]

