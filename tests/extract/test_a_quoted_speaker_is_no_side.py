"""A side named in quotes after a speaker noun or a saying verb (المتحدث باسم "البنتاغون" إن ...) speaks, as it does
unquoted: a report it gives with another subject is not its attack, nor typed by its aircraft."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _sides(text: str) -> list[tuple]:
    return [(e.event_type, e.actor, e.place, e.date) for e in extract_article(article(text, dt.date(2018, 4, 21)))]


def test_a_quoted_air_side_after_a_speaker_noun_struck_nothing() -> None:
    text = ('وقال المتحدث باسم "البنتاغون" إن الجنديين قتلا الأسبوع الماضي في مدينة منبج خلال مهمة سرية تستهدف قياديا '
            "في داعش.")
    assert _sides(text) == [("other", None, "Manbij", "2018-04-14")]


def test_the_same_side_unquoted_struck_nothing_either() -> None:
    text = ("وقال المتحدث باسم البنتاغون إن الجنديين قتلا الأسبوع الماضي في مدينة منبج خلال مهمة سرية تستهدف قياديا "
            "في داعش.")
    assert _sides(text) == [("other", None, "Manbij", "2018-04-14")]


def test_a_quoted_side_that_says_its_aircraft_struck_is_the_side() -> None:
    text = 'وقال المتحدث باسم "البنتاغون" إن الطائرات الأمريكية قصفت أمس مقرا للتنظيم في مدينة الرقة.'
    assert _sides(text) == [("airstrike", "US", "Ar Raqqah", "2018-04-20")]


def test_a_side_whose_spokesman_tells_a_count_of_its_wounded_struck_nothing() -> None:
    text = ("وقال ديف باتلر، الناطق باسم القوات الأمريكية في أفغانستان، إن ثلاثة أمريكيين أصيبوا في هجوم بإطلاق النار "
            "الخميس في مقاطعة قندهار.")
    assert [(e.event_type, e.actor, e.injured) for e in extract_article(article(text, dt.date(2018, 10, 18)))] == [
        ("ground_attack", None, 3)]


def test_a_side_whose_spokesman_tells_of_its_own_aircraft_is_the_side() -> None:
    text = "وقال المتحدث باسم التحالف الدولي إن طائراته شنت ثلاث غارات الخميس على مواقع في الرقة."
    assert _sides(text) == [("airstrike", "International coalition", "Ar Raqqah", "2018-04-19")]
