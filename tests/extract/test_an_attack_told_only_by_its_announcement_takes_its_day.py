"""An attack (or an execution, a kidnapping) at a named place whose only date is the day its announcement is dated
to (أعلنت الشرطة، الأحد، مقتل أربعة في تفجير بمدينة الرمادي) takes that day, basis ``report``: the labelling guide's
convention when a report's day is the only one the text gives. Its own date, a vague past (قبل أيام) or a hedge (ربما)
keeps it from the report's day.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import dated_events

#: A Monday: the Sunday before is 14 August.
PUBLISHED = dt.date(2016, 8, 15)


def dated(text: str) -> list[tuple]:
    """(type, date, basis, place, killed) of each event of an article of `text` published on `PUBLISHED`."""
    return dated_events(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أعلنت الشرطة العراقية، الأحد، مقتل أربعة مدنيين في تفجير عبوة ناسفة بسوق في مدينة الرمادي.",
         ("bombing", "2016-08-14", "report", "Ramadi", 4)),
        ("قال الجيش العراقي يوم الأحد إن غارة جوية استهدفت مواقع للتنظيم في مدينة الرمادي.",
         ("airstrike", "2016-08-14", "report", "Ramadi", None)),
        ("أعلنت الشرطة العراقية، الأحد، مقتل أربعة مدنيين في تفجير عبوة ناسفة بسوق في مدينة الرمادي. "
         "وقالت إن التفجير وقع قرب مبنى البلدية.",
         ("bombing", "2016-08-14", "report", "Ramadi", 4)),
        ("أعلن مصدر أمني، الأحد، أن التنظيم أعدم أربعة سائقين في مدينة الشرقاط.",
         ("other", "2016-08-14", "report", "Ash Sharqāt", 4)),
        ("قال الجيش العراقي يوم الأحد إن مطار الرمادي استهدف بعدة صواريخ.",
         ("shelling", "2016-08-14", "report", "Ramadi", None)),
    ],
    ids=["death-announced", "strike-said", "retold-after", "execution-announced", "struck-with-missiles"],
)
def test_the_announcement_day_dates_a_placed_attack(text: str, expected: tuple) -> None:
    assert dated(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أعلنت الشرطة العراقية، الأحد، مقتل أربعة مدنيين في تفجير وقع السبت في مدينة الرمادي.",
         ("bombing", "2016-08-13", "publication", "Ramadi", 4)),
        ("أعلنت الشرطة العراقية، الأحد، مقتل أربعة مدنيين في تفجير وقع قبل أيام في مدينة الرمادي.",
         ("bombing", None, None, "Ramadi", 4)),
        ("أعلنت الشرطة العراقية، الأحد، أن مسلحين ربما فتحوا النار على حاجز في مدينة الرمادي.",
         ("ground_attack", None, None, "Ramadi", None)),
    ],
    ids=["own-day", "days-before", "hedged"],
)
def test_the_attack_keeps_its_own_time_or_none(text: str, expected: tuple) -> None:
    assert dated(text) == [expected]
