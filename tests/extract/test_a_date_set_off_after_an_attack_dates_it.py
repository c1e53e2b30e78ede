"""An undated attack takes the date of the clause without trigger after it in its sentence when that
clause is little more than the date: set off by a comma at the clause's end (، الشهر الماضي.), or
opening a short clause (، وذلك يوم الثلاثاء). Never the date of a report (وقال المرصد الثلاثاء) nor
one after a clause that says the attack happened some unsaid time before (مؤخرا)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)  # a Friday


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_precision, e.date_basis, e.place)
            for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصفت المدفعية التركية مواقع للمسلحين في قرية قرب مدينة منبج، وعلى مواقع أخرى شمال مدينة الباب، "
         "الشهر الماضي.", ("shelling", "2016-07", "month", "publication", "Manbij")),
        ("قصفت المدفعية التركية مواقع للمسلحين في مدينة منبج، وذلك يوم الثلاثاء.",
         ("shelling", "2016-08-09", "day", "publication", "Manbij")),
    ],
    ids=["comma-at-the-end", "short-clause"],
)
def test_a_date_set_off_after_the_attack_dates_it(text: str, expected: tuple) -> None:
    assert _events(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "قصفت المدفعية التركية مواقع للمسلحين في مدينة منبج، كما أفاد المرصد الثلاثاء.",
        "قصفت المدفعية التركية مؤخرا مواقع للمسلحين في مدينة منبج، وذلك يوم الثلاثاء.",
        "قصفت المدفعية التركية مواقع للمسلحين في مدينة منبج، وهي المدينة التي زارها الرئيس في شهر آذار "
        "الماضي.",
    ],
    ids=["a-report-date", "vaguely-past", "another-happening"],
)
def test_a_date_of_something_else_after_the_attack_lends_nothing(text: str) -> None:
    assert [e[1] for e in _events(text)] == [None]


def test_a_statement_takes_no_date_set_off_after_it() -> None:
    """A statement needs a day to be an event; the day set off after it may be the occasion's, not its own."""
    text = ("أعلن المتحدث باسم وزارة الدفاع الروسية أن العمليات في سوريا ستستمر حتى دحر الإرهاب، وذلك يوم الثلاثاء.\n"
            "وكانت غارة للطيران الروسي قد قتلت 5 مسلحين في مدينة منبج يوم 9 آب 2016.")
    assert _events(text) == [("airstrike", "2016-08-09", "day", "explicit", "Manbij")]
