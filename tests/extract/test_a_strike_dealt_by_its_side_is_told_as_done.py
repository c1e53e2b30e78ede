"""A strike told as done by the side named before it is kept undated at the region it struck: a launching verb
written with its attack noun in one trigger (شنت غارة) is judged by its verb, not by the noun's last letter
(taken for an object pronoun); a strike dealt (وجه الجيش ضربة) is launched like one; an indefinite noun before إلى
stays indefinite (إلى is no article). The same words as a verbal noun (مع شن غارة) or as the noun "face" (في وجه
هجوم) tell no attack done."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.place_precision, e.actor)
            for e in extract_article(article(text, dt.date(2017, 3, 9)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وذكرت وسائل إعلام أن الولايات المتحدة شنت غارة على موقع للمسلحين في شمال سوريا.",
         [("airstrike", None, "Northern Syria", "region", "US")]),
        ("وكانت الولايات المتحدة قد شنت غارة شمال سوريا قتل فيها عدد من المقاتلين.",
         [("airstrike", None, "Northern Syria", "region", "US")]),
        ("وقال مسؤول إن الجيش الإسرائيلي وجه ضربة جوية إلى موقع للمسلحين في جنوب سوريا.",
         [("airstrike", None, "Southern Syria", "region", "Israel")]),
    ],
    ids=["launched-with-its-noun", "launched-with-its-noun-after-qad", "dealt-to-a-target"],
)
def test_a_strike_done_by_its_side_is_kept_at_its_region(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "وذكرت وسائل إعلام أن الولايات المتحدة قررت مع شن غارة على موقع للمسلحين في شمال سوريا إرسال قوات.",
        "وصمد الجيش التركي في وجه هجوم على مواقعه في شمال سوريا.",
    ],
    ids=["a-verbal-noun", "in-the-face-of"],
)
def test_a_verbal_noun_or_a_face_tells_no_strike_done(text: str) -> None:
    assert _events(text) == []
