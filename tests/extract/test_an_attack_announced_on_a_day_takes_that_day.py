"""An attack named by its kind without a date or a place finer than a country, told at most six words after the
day of an announcing or telling verb (أعلنت الحكومة، الخميس، أن قواتها شنت غارات؛ قال الجيش الخميس إن غارة قتلت):
the day it was told is its only date, with basis ``report`` (the labelling guide takes a report's day, null
equally right). Not the day of another statement (أدان), nor an attack told far after it (what was announced is
another thing; up to twelve words when the deaths announced stand between: أعلن الجيش، الخميس، عن مقتل 23 عنصرا من
الحزب في هجوم), nor a definite one (told before), nor one told vaguely before (قبل أيام), nor aircraft without a
strike verb after them (مقاتلات ستصل). A verb after the attack opened by `attributed` (قتل خمسة في غارة، بحسب
ما أعلن المرصد الخميس) announces it too. An attack at a place finer than a country takes the day too, once no
other telling dates it (test_an_attack_told_only_by_its_announcement_takes_its_day.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.models import Article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_precision, e.date_basis, e.place)
            for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أعلنت الحكومة، الخميس، أن قواتها الجوية شنت غارات جوية على مواقع لتنظيم داعش داخل الأراضي السورية.",
         [("airstrike", "2016-08-11", "day", "report", "Syria")]),
        ("أعلن الجيش السوري، الخميس، قصف مواقع للتنظيم.", [("shelling", "2016-08-11", "day", "report", None)]),
        ("قال الجيش الأمريكي الخميس إن غارة جوية أمريكية في أفغانستان قتلت قياديا في التنظيم.",
         [("airstrike", "2016-08-11", "day", "report", "Afghanistan")]),
        ("وقال المرصد السوري الخميس إن طائرات روسية قصفت مواقع للفصائل.",
         [("airstrike", "2016-08-11", "day", "report", None)]),
    ],
    ids=["said-to-be-done", "announced-by-its-noun", "told-by-a-saying", "aircraft-that-struck"],
)
def test_the_announced_day(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أعلن الجيش التركي، الخميس، عن مقتل 23 عنصرا من حزب العمال الكردستاني في هجوم على مواقعهم جنوب ولاية "
         "شانلي أورفة.", [("ground_attack", "2016-08-11", "day", "report", "Şanlıurfa Province")]),
        ("أعلنت الوكالة الخميس مقتل مدنيين اثنين وإصابة عشرة آخرين، في سلسلة غارات على قطاع غزة.",
         [("airstrike", "2016-08-11", "day", "report", "Gaza Strip")]),
    ],
    ids=["deaths-then-attack", "deaths-and-wounded-then-strikes"],
)
def test_the_day_the_deaths_were_announced_dates_the_attack_they_died_in(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    "opener", ["بحسب ما", "وفق ما", "حسبما", "وبحسب ما"],
)
def test_the_day_of_who_announced_it_after_the_attack(opener: str) -> None:
    assert _events(f"قتل خمسة مدنيين في غارة جوية على بلدة سراقب، {opener} أعلن المرصد السوري الخميس.") == [
        ("airstrike", "2016-08-11", "day", "report", "Saraqib")]


def test_an_attack_with_its_own_day_keeps_it_before_who_announced_it() -> None:
    assert _events("قتل خمسة مدنيين في غارة جوية على بلدة سراقب الأربعاء، حسبما أعلن المرصد السوري الخميس.") == [
        ("airstrike", "2016-08-10", "day", "publication", "Saraqib")]


def test_a_saying_after_the_attack_is_no_announcement_of_it() -> None:
    assert _events("قتل خمسة مدنيين في غارة جوية على بلدة سراقب، وقال المرصد السوري الخميس إن الطائرات روسية.") == [
        ("airstrike", None, None, None, "Saraqib")]


def test_an_attack_told_far_after_the_deaths_announced_takes_no_day() -> None:
    assert _events("أعلن الجيش التركي، الخميس، عن مقتل 23 عنصرا من حزب العمال الكردستاني الذين كانوا يتحصنون "
                   "منذ أشهر في الجبال القريبة من الحدود في هجوم على مواقعهم جنوب ولاية شانلي أورفة.") == [
        ("ground_attack", None, None, None, "Şanlıurfa Province")]


def test_at_a_town_it_takes_the_day_too() -> None:
    assert _events("أعلن الجيش السوري، الخميس، قصف مواقع للتنظيم في مدينة الباب.") == [
        ("shelling", "2016-08-11", "day", "report", "Al-Bab")]


@pytest.mark.parametrize(
    "text",
    [
        "أعلن الجيش السوري الخميس أن الحكومة سمحت للطائرات الروسية باستخدام عدد من القواعد الجوية في جنوب البلاد "
        "في شن غارات.",
        "أدان الجيش السوري، الخميس، قصف مواقع في البلاد.",
        "أعلن الجيش السوري، الخميس، أن الغارة على المواقع لم تسفر عن قتلى.",
        "أعلن الجيش السوري، الخميس، قصف مواقع للتنظيم قبل أيام.",
        "قال الوزير الأربعاء إن مقاتلات أمريكية ستصل قريبا إلى قواعد جوية تركية.",
    ],
    ids=["told-far-after", "another-statement", "definite", "vaguely-before", "aircraft"],
)
def test_no_announced_day(text: str) -> None:
    assert _events(text) == []


def test_counted_from_an_inferred_publication_date_it_stays_inferred() -> None:
    inferred = Article(article_id="a", text="أعلن الجيش السوري، الخميس، قصف مواقع للتنظيم.", path="a.txt",
                       published=dt.date(2016, 8, 12), published_basis="inferred")
    assert [(e.date, e.date_basis) for e in extract_article(inferred)] == [("2016-08-11", "inferred")]
