"""An attack told with "also" (أيضا) near its trigger (فجر التنظيم أيضا سيارة مفخخة، شن التحالف أيضا 13 غارة)
is another attack of the time just told: without a date of its own it takes that of the last dated attack of
its sentence or of the sentence before (basis ``lead``). Not the "also" of a saying (قالت الوكالة أيضا إن ...),
nor for an attack named by a definite noun of another type (an attack told before, at a time of its own)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)  # a Friday
#: A lead telling no attack, so that no date comes from the lead's.
LEAD = "نزح مئات المدنيين من ريف حلب الغربي خلال الأسبوع الماضي بحثا عن الأمان. "
DATED = "قصفت طائرات حربية روسية مدينة الأتارب يوم الأربعاء، ما أدى إلى مقتل أربعة مدنيين. "


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_basis, e.place, e.killed)
            for e in extract_article(article(LEAD + DATED + text, PUBLISHED))]


ATARIB = ("airstrike", "2016-08-10", "publication", "Al-Atarib", 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأشار المرصد إلى أن التنظيم فجر أيضا سيارة مفخخة في بلدة تفتناز، ما أدى إلى مقتل ثلاثة.",
         [ATARIB, ("bombing", "2016-08-10", "lead", "Taftanāz", 3)]),
        ("وأضاف البيان أن التحالف شن أيضا 13 غارة جوية على بلدة تفتناز أسفرت عن مقتل ثلاثة.",
         [ATARIB, ("airstrike", "2016-08-10", "lead", "Taftanāz", 3)]),
        ("وقتل ثلاثة مسلحين أيضا في اشتباكات في بلدة تفتناز.",
         [ATARIB, ("ground_attack", "2016-08-10", "lead", "Taftanāz", 3)]),
    ],
    ids=["blew-up-also", "waged-also-a-count", "killed-also-in-clashes"],
)
def test_an_attack_told_with_also_takes_the_time_just_told(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وذكرت الوكالة أيضا أن ثلاثة مدنيين قتلوا في قصف مدفعي على بلدة تفتناز.",
         [ATARIB, ("shelling", None, None, "Taftanāz", 3)]),
        ("وسيحقق فريق من الخبراء أيضا في التفجير الذي استهدف سوقا شعبية في بلدة تفتناز.",
         [ATARIB, ("bombing", None, None, "Taftanāz", None)]),
    ],
    ids=["also-of-a-saying", "definite-attack-of-another-type"],
)
def test_an_also_that_ties_no_attack_to_the_time_just_told(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
