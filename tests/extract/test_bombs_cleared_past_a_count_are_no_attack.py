"""Bombs found, seized or cleared are no attack even past a count or a list (انتزاع وتفكيك أكثر من 900 لغم أرضي
وعبوة ناسفة، العثور على كميات من المقذوفات والعبوات الناسفة); a bomb told going off after something was found
(بعد العثور على جثة الجندي انفجرت عبوة ناسفة) stays."""

from __future__ import annotations

import pytest

from tests.articles import typed_events


@pytest.mark.parametrize(
    "text",
    [
        "وتمكنت الفرق الهندسية خلال اليومين الماضيين من انتزاع وتفكيك أكثر من 900 لغم أرضي وعبوة ناسفة في مديرية حيس.",
        "وأعلنت القوات العراقية الاثنين العثور على كميات من المقذوفات والعبوات الناسفة في قضاء الحويجة.",
    ],
    ids=["mines-cleared-past-a-count", "bombs-found-in-a-list"],
)
def test_bombs_cleared_are_no_attack(text: str) -> None:
    assert typed_events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "وبعد العثور على جثة الجندي انفجرت عبوة ناسفة في قضاء الحويجة يوم الأحد.",
        "وبعد العثور على جثة الجندي قتل آخر في انفجار عبوة ناسفة في قضاء الحويجة يوم الأحد.",
    ],
    ids=["exploded-after-a-find", "killed-after-a-find"],
)
def test_a_bomb_that_went_off_stays(text: str) -> None:
    assert typed_events(text) == [("bombing", "2016-08-07", "Hawija")]
