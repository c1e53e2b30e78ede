"""A clause dated after its article's publication (beyond a day's slack) tells of a plan, a deadline or a
threat, never of an attack that happened: no event; so does one whose date is counted forward from the
publication date (غدا، الاثنين المقبل), with no slack. Dated the day of publication or, in full, the day
after, or with only an inferred publication date to count from, it stays an event."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.models import Article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 10)  # a Wednesday


def _events(item: Article) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(item)]


@pytest.mark.parametrize(
    "text",
    [
        "وقالت الحكومة البريطانية إنها ستمدد مشاركتها في الضربات الجوية ضد داعش في العراق حتى آذار 2017.",
        "وستستخدم الطائرات في الغارات على مواقع التنظيم في الرقة اعتبارا من الأسبوع المقبل.",
        "وكتب في تغريدة: غدا عندي عملية استشهادية في مدينة الرقة.",
    ],
    ids=["campaign-until-a-later-month", "raids-from-next-week", "an-attack-announced-for-tomorrow"],
)
def test_a_clause_dated_after_publication_tells_no_attack(text: str) -> None:
    assert _events(article(text, PUBLISHED)) == []


def test_an_attack_on_the_publication_day_or_the_day_after_stays() -> None:
    text = "قتل خمسة مدنيين في غارة جوية على مدينة الرقة يوم 11 آب 2016."
    assert _events(article(text, PUBLISHED)) == [("airstrike", "2016-08-11", "Ar Raqqah")]
    assert _events(article(text, PUBLISHED + dt.timedelta(days=1))) == [("airstrike", "2016-08-11", "Ar Raqqah")]


def test_an_inferred_publication_date_never_drops_an_attack_dated_after_it() -> None:
    text = "قتل خمسة مدنيين في غارة جوية على مدينة الرقة يوم 20 آب 2016."
    inferred = Article(article_id="a", text=text, path="a.txt", source="SANA", published=PUBLISHED,
                       published_basis="inferred")
    assert _events(inferred) == [("airstrike", "2016-08-20", "Ar Raqqah")]
