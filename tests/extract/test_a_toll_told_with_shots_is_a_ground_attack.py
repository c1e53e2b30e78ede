"""A toll told by a statement that names no weapon is a ground attack when a ground attack word of its clause tells
how the dead were killed, though that word tells no attack of its own (مقتل ستة برصاص إسرائيلي خلال مواجهات،
العثور على شرطيين قتلا برصاصة): not `other`, kept for a toll told with nothing of how (مقتل 27 شخصا)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _types(text: str) -> list[str]:
    return [e.event_type for e in extract_article(article(text, dt.date(2018, 6, 30)))]


@pytest.mark.parametrize("text", [
    pytest.param("أكدت مصادر طبية مقتل ستة فلسطينيين، الجمعة، برصاص إسرائيلي خلال مواجهات "
                 "على الحدود الشرقية لقطاع غزة.",
                 id="bullets-in-confrontations"),
    pytest.param("أعلن الحاكم أنه تم العثور صباح أمس على شرطيين قتلا برصاصة في الرأس في مدينة جيلان بينار.",
                 id="a-bullet"),
])
def test_the_toll_is_a_ground_attack(text: str) -> None:
    assert _types(text) == ["ground_attack"]


@pytest.mark.parametrize(("text", "kind"), [
    pytest.param("أعلنت وزارة الصحة مقتل 27 شخصا في مدينة حلب الخميس.", "other", id="nothing-of-how"),
    pytest.param("أعلنت وزارة الصحة مقتل 27 شخصا في انفجار في مدينة حلب الخميس.", "bombing", id="a-weapon"),
])
def test_a_toll_told_otherwise_keeps_its_type(text: str, kind: str) -> None:
    assert _types(text) == [kind]
