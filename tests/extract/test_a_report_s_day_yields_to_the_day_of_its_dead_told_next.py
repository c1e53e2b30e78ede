"""An attack dated only by the day of its report (ذكرت الوزارة أمس أن جنديا قتل في انفجار عبوة) takes the earlier
day a sentence soon after it gives its dead without naming the attack again (قتل ... في الرابع عشر من تموز); not
the day of other dead (آخران), nor one told far after it, later than the report or more than a week before it
(another death: وكان شقيق الجندي قد قتل في الخامس من آذار)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

LEAD = "ذكرت وزارة الدفاع أمس أن جنديا قتل في انفجار عبوة ناسفة على جانب طريق قرب مدينة الباب. "


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_precision, e.place)
            for e in extract_article(article(text, dt.date(2016, 7, 20)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LEAD + "وقالت الوزارة في بيان إن الجندي قتل خلال تأديته عمله في الرابع عشر من تموز.",
         [("bombing", "2016-07-14", "day", "Al-Bab")]),
        (LEAD + "ويعد الجندي أول جندي يقتل هناك. وأوردت الوزارة أنه قتل في الرابع عشر من تموز.",
         [("bombing", "2016-07-14", "day", "Al-Bab")]),
        (LEAD + "وكان جنديان آخران قتلا في الرابع عشر من تموز.",
         [("bombing", "2016-07-19", "day", "Al-Bab")]),
        (LEAD + "وكان الجندي متزوجا. وخدم في الجيش عشر سنوات. وكان عمره ثلاثين عاما. "
         "وقالت الوزارة إن الجندي قتل في الرابع عشر من تموز.",
         [("bombing", "2016-07-19", "day", "Al-Bab")]),
        (LEAD + "وقالت الوزارة إن والد الجندي قتل في الخامس من حزيران 2014.",
         [("bombing", "2016-07-19", "day", "Al-Bab")]),
        (LEAD + "وكان شقيق الجندي قد قتل في الخامس من آذار الماضي.",
         [("bombing", "2016-07-19", "day", "Al-Bab")]),
    ],
    ids=["the-next-sentence", "two-sentences-on", "other-dead", "too-far-on", "years-before", "months-before"],
)
def test_a_report_s_day_yields_to_the_day_of_its_dead_told_next(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
