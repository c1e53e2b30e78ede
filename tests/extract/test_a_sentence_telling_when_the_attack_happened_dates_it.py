"""A sentence that tells no attack of its own but says when one happened (إن المواجهات التي وقعت يوم الأربعاء
...، أن الحادثة وقعت في وقت مبكر الأربعاء) dates the last attack of the two sentences before it that was told
without any date; a date of the saying (وقال مصدر يوم الأربعاء) dates nothing, nor does one three sentences on."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)  # a Friday
CLASH = "قتل ثلاثة جنود في اشتباكات مع مسلحين قرب بلدة تلعفر. "
SHELLING = "قتل ثلاثة جنود في قصف مدفعي على بلدة تلعفر. "


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_precision, e.date_basis, e.place, e.killed)
            for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    "telling",
    ["وقال مصدر أمني إن المواجهات التي وقعت يوم الأربعاء استمرت ساعتين.",
     "وأوضح المصدر أن الحادثة وقعت في وقت مبكر الأربعاء.",
     "وقال الجيش إن العملية التي جرت في العاشر من آب استمرت ساعتين."],
    ids=["relative-pronoun", "noun-then-verb", "the-operation"],
)
def test_a_sentence_telling_when_the_attack_happened_dates_it(telling: str) -> None:
    assert _events(CLASH + telling) == [("ground_attack", "2016-08-10", "day", "publication", "Tal Afar", 3)]


@pytest.mark.parametrize(
    "telling",
    ["وقال مصدر أمني يوم الأربعاء إن المواجهات استمرت ساعتين.",
     "وأغلقت القوات الطرق المؤدية إلى البلدة. ونقل الجرحى إلى مستشفى المدينة. وأوضح المصدر أن الحادثة "
     "وقعت في وقت مبكر الأربعاء."],
    ids=["the-day-of-the-saying", "three-sentences-on"],
)
def test_no_day_of_the_attack_is_told(telling: str) -> None:
    assert _events(CLASH + telling) == [("ground_attack", None, None, None, "Tal Afar", 3)]


@pytest.mark.parametrize(
    "telling",
    ["ووقع الهجوم مساء الأربعاء.", "وقد حدث ذلك فجر الأربعاء.", "وكان ذلك يوم الأربعاء."],
    ids=["verb-then-generic-noun", "verb-then-pointer", "copula-then-pointer"],
)
def test_the_day_told_in_the_sentence_after_dates_the_attack(telling: str) -> None:
    assert _events(SHELLING + telling) == [("shelling", "2016-08-10", "day", "publication", "Tal Afar", 3)]


def test_a_copula_before_a_noun_tells_no_occurrence() -> None:
    assert _events(CLASH + "وكان الجنود في طريقهم إلى البلدة يوم الأربعاء.") == [
        ("ground_attack", None, None, None, "Tal Afar", 3)]
