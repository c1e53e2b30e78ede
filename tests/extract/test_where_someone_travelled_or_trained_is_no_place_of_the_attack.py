"""A place someone travelled to, trained, was born or moved in (سافر إلى تركيا، تدرب في سوريا، انتقل إلى مالي), or
was driven out of before (بعد طردهم من مدينة الرقة; not قبل طردهم), with no trigger nor punctuation between the
word and it, is no place of an attack told beside it."""

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
        ("فجر انتحاري نفسه أمس وسط حشد في بلدة، وكان قد سافر إلى تركيا قبل عام.", [("bombing", None)]),
        ("أطلق مسلح النار أمس على مصلين، وكان المسلح قد سافر إلى أفغانستان.", [("ground_attack", None)]),
        ("وكان المهاجم الذي تدرب في سوريا قد فجر نفسه أمس في حشد.", [("bombing", None)]),
        ("فجر انتحاري نفسه أمس وسط حشد في مدينة حلب بعد أن سافر إليها.", [("bombing", "Aleppo")]),
        ("قصفت الطائرات أمس مواقع في سوريا تحصن فيها المسلحون بعد طردهم من مدينة الرقة.", [("airstrike", "Syria")]),
        ("قصفت الطائرات أمس مواقع المسلحين في مدينة الرقة بعد طردهم من ريفها.", [("airstrike", "Ar Raqqah")]),
        ("قتل ثلاثة أمس في انفجار لغم زرعه المسلحون قبل طردهم من مدينة الرقة.", [("bombing", "Ar Raqqah")]),
    ],
    ids=["travelled", "travelled-after-shooting", "trained", "struck-place-stays", "driven-out-of",
         "struck-place-before-driven-out-stays",
         "before-being-driven-out-stays"],
)
def test_a_journeys_place_does_not_place_the_attack(text: str, expected: list) -> None:
    assert _placed(text) == expected
