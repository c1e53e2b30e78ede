"""Missiles told intercepted are no attack: shot down by air defence (أسقطت الدفاعات الجوية صواريخ استهدفت),
a launch air defence detected that the article then tells intercepted (رصدت قوات الدفاع الجوي إطلاق صاروخ ...
تمكنت من اعتراضه), a missile a side shot down (أسقطت إسرائيل صاروخا) or one told intercepted later in its
sentence (وتمكنت الدفاعات من اعتراضه). Some missiles intercepted and others that hit, a toll, or an aircraft
intercepted after the strike that answered it still tell an attack."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed, e.injured) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    "text",
    [
        "وقال التلفزيون إن الدفاعات الجوية أسقطت صواريخ استهدفت مطار الضمير العسكري ليل الاثنين.",
        "وقال المتحدث إن قوات الدفاع الجوي رصدت إطلاق صاروخ باليستي باتجاه مدينة جازان يوم الأحد.\n"
        "وأضاف أن الدفاعات الجوية تمكنت من اعتراضه وتدميره دون أن يسفر عن إصابات.",
        "وقال الجيش إنه أسقط صاروخا أطلق باتجاه مدينة جازان يوم الأحد.",
        "وأطلق المتمردون صاروخا باتجاه مدينة نجران يوم الاثنين، وتمكنت الدفاعات الجوية من اعتراضه.",
    ],
    ids=["shot-down-by-air-defence", "a-launch-air-defence-detected", "shot-down-by-a-side", "intercepted-after"],
)
def test_no_attack_is_told(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وقال التلفزيون إن الدفاعات الجوية أسقطت بعض الصواريخ التي استهدفت مطار الضمير العسكري ليل الاثنين.",
            [("shelling", "2016-08-08", "Dumayr", None, None)],
        ),
        (
            "وأطلق المتمردون صاروخا باتجاه مدينة نجران يوم الاثنين، وتمكنت الدفاعات الجوية من اعتراضه، وأصابت"
            " شظاياه منزلا.",
            [("shelling", "2016-08-08", "Najrān", None, None)],
        ),
        (
            "وقال التلفزيون إن الدفاعات الجوية أسقطت صواريخ استهدفت مطار الضمير العسكري ليل الاثنين ما أدى إلى"
            " إصابة ثلاثة جنود.",
            [("shelling", "2016-08-08", "Dumayr", None, 3)],
        ),
        (
            "وشن الجيش الإسرائيلي يوم الأربعاء هجوما صاروخيا على مواقع في مدينة القنيطرة، ردا على تسلل طائرة مسيرة،"
            " قبل أن يتم اعتراضها.",
            [("airstrike", "2016-08-10", "Al Qunayţirah", None, None)],
        ),
    ],
    ids=["only-some-shot-down", "one-that-hit", "a-toll", "the-aircraft-intercepted-after-the-strike"],
)
def test_the_attack_is_told(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
