"""A yesterday or today in a speaker's quoted words (وقال الوزير إن "يوم أمس شهد ضربة") counts from the day that
speaker spoke, told with his name in one of the sentences before (وتوعد الوزير في وقت سابق، الخميس): not from the
publication; or from the day written before the quotation in its own sentence (وقال الوزير الأربعاء إن). Not when
the words are not quoted, the speaker named with a day is another, no day is told beside the speaker, or a weekday
stands beside the yesterday (أمس الخميس)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

FRIDAY = dt.date(2018, 6, 29)
QUOTE = 'وقال الوزير خلال اجتماع إن "يوم أمس شهد ضربة ناجحة على خمسة مواقع أدت إلى مقتل عشرات المسلحين".'


def _dates(text: str) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.date) for e in extract_article(article(text, FRIDAY))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وتوعد الوزير في وقت سابق، الخميس، بملاحقة الخلايا. ونشرت وكالة، السبت الماضي، تسجيلا مصورا. " + QUOTE,
         [("airstrike", "2018-06-27")]),
        ("وتوعد الوزير، الأربعاء، بملاحقة الخلايا. " + QUOTE.replace("يوم أمس", "اليوم"),
         [("airstrike", "2018-06-27")]),
    ],
    ids=["yesterday-of-thursday", "today-of-wednesday"],
)
def test_the_quote_counts_from_the_speakers_day(text: str, expected: list) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "وتوعد الوزير في وقت سابق بملاحقة الخلايا. " + QUOTE,
        "وتوعد الوزير، الخميس، بملاحقة الخلايا. " + QUOTE.replace('"', ""),
        "وتوعد المحافظ، الخميس، بملاحقة الخلايا. " + QUOTE,
        "وتوعد الوزير، الخميس، بملاحقة الخلايا. " + QUOTE.replace("خلال اجتماع", "اليوم الجمعة"),
    ],
    ids=["no-day-beside-the-speaker", "not-quoted", "another-speaker", "the-saying-dated-on-the-day"],
)
def test_the_quote_counts_from_the_publication(text: str) -> None:
    assert _dates(text) == [("airstrike", "2018-06-28")]


def test_a_saying_dated_in_its_sentence_is_the_speakers_day() -> None:
    text = QUOTE.replace("خلال اجتماع", "الأربعاء")
    assert _dates(text) == [("airstrike", "2018-06-26")]


def test_a_weekday_beside_yesterday_fixes_the_day() -> None:
    text = "وتوعد الوزير، الأربعاء، بملاحقة الخلايا. " + QUOTE.replace("يوم أمس", "أمس الخميس")
    assert _dates(text) == [("airstrike", "2018-06-28")]


@pytest.mark.parametrize(
    "text",
    [
        "شهدت مدينة الموصل أمس غارات مكثفة، وقال مسؤول محلي: «دمرت طائرات التحالف أمس مخزنا كبيرا للأسلحة».",
        "وقال الوزير: «قتل أمس ثلاثة من المسلحين». " + QUOTE,
    ],
    ids=["a-day-before-the-saying-verb", "a-day-inside-the-speakers-earlier-quote"],
)
def test_a_day_of_what_is_told_or_said_is_no_speakers_day(text: str) -> None:
    assert {date for _, date in _dates(text)} == {"2018-06-28"}
