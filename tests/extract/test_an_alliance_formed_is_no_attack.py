"""An alliance formed, founded or planned (تشكيل تحالف، تأسيس التحالف، تحالف تشكل) is politics, no attack of any
kind; the coalition it names still strikes when a strike is told."""

from __future__ import annotations

import pytest

from tests.articles import typed_events


@pytest.mark.parametrize("text", [
    "وصل وزير الخارجية إلى موسكو أمس وسط توقعات بتنسيق الجهود الرامية إلى تشكيل تحالف إقليمي مناهض للإرهاب.",
    "ووقعت الأحزاب الثلاثة في بغداد يوم الخميس اتفاقا على المبادئ الأولية لتشكيل تحالف بينها.",
    "وأعلنت الرياض يوم 15 كانون الأول 2015 تأسيس التحالف الإسلامي العسكري.",
    "وقال الوزير إن التحالف تشكل في مدينة جدة يوم الأحد لمواجهة الإرهاب.",
], ids=["an-alliance-sought", "an-alliance-agreed", "an-alliance-founded", "an-alliance-told-formed"])
def test_an_alliance_formed_is_no_attack(text: str) -> None:
    assert typed_events(text) == []


def test_the_coalition_formed_still_strikes() -> None:
    assert typed_events("وشنت طائرات التحالف الذي تشكل لمواجهة التنظيم غارات على مدينة الرقة يوم الخميس.") == [
        ("airstrike", "2016-08-11", "Ar Raqqah")]
