"""Fighting told in the present as going on at the time of writing (تدور اشتباكات، تخوض القوات معارك، حاليا)
at a place finer than a country is one event of the publication day, even told as continuing (تخوض اشتباكات
مستمرة); not when the clause tells it of a past
time (كانت), counts a total up to now (حتى الآن), goes on for weeks, names a habit or only a country, nor
without a publication date. That day is no day written: what the next sentence tells as done there takes it not."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str, published: dt.date | None = PUBLISHED) -> list[tuple]:
    return [(e.event_type, e.date, e.date_precision, e.date_basis, e.place)
            for e in extract_article(article(text, published))]


@pytest.mark.parametrize(
    "text",
    [
        "وتدور اشتباكات عنيفة قرب مدينة منبج بين القوات والتنظيم.",
        "وتخوض القوات الكردية اشتباكات مع مسلحي التنظيم قرب مدينة منبج.",
        "وتجري حاليا اشتباكات بين الطرفين في محيط مدينة منبج.",
        "كما تخوض القوات اشتباكات مستمرة قرب مطار مدينة منبج.",
        "وتدور اشتباكات عنيفة في مدينة منبج منذ الصباح.",
    ],
    ids=["clashes-go-on", "forces-wage-clashes", "fighting-now", "continuing-clashes-waged", "since-the-morning"],
)
def test_fighting_going_on_is_dated_to_the_publication_day(text: str) -> None:
    assert _events(text) == [("ground_attack", "2016-08-12", "day", "publication", "Manbij")]


@pytest.mark.parametrize(
    "text",
    [
        "وكانت قوات النظام قد صعدت هجماتها على مدينة منبج حيث تدور اشتباكات عنيفة.",
        "وكانت تدور اشتباكات عنيفة قرب مدينة منبج.",
        "وشن الجيش حتى الآن عشرات الغارات على مناطق جبلية قرب مدينة منبج.",
    ],
    ids=["pluperfect-clause", "past-progressive", "total-up-to-now"],
)
def test_fighting_of_a_past_time_or_a_total_gets_no_publication_day(text: str) -> None:
    assert all(e[1] != "2016-08-12" for e in _events(text))


@pytest.mark.parametrize(
    "text",
    [
        "وتخوض الحركة حاليا اشتباكات من حين لآخر مع عناصر التنظيم في مدينة منبج.",
        "وتدور اشتباكات عنيفة في سوريا.",
        "وكانت القوات تخوض اشتباكات مستمرة قرب مدينة منبج.",
        "والاشتباكات مستمرة قرب مدينة منبج.",
        "وتدور اشتباكات عنيفة في مدينة منبج منذ أسابيع.",
    ],
    ids=["habit", "only-a-country", "continuing-in-the-past", "continuing-without-a-verb", "since-weeks"],
)
def test_habits_countries_and_what_goes_on_without_a_verb_are_no_event(text: str) -> None:
    assert _events(text) == []


def test_without_a_publication_date_it_stays_undated() -> None:
    assert all(e[1] is None for e in _events("وتدور اشتباكات عنيفة قرب مدينة منبج.", None))


def test_what_is_told_as_done_after_fighting_going_on_takes_not_its_day() -> None:
    lead = "أعلنت مصادر معارضة أن الفصائل {} مع قوات النظام للسيطرة على بلدتي الفوعة وكفريا بريف إدلب. "
    detail = "وأوضحت المصادر أن قوات النظام استهدفت البلدتين بأكثر من 300 قذيفة."
    assert _events(lead.format("تخوض معارك مستمرة") + detail) == [
        ("ground_attack", "2016-08-12", "day", "publication", "Al-Fuah"),
        ("shelling", None, None, None, "Al-Fuah"),
    ]
    assert _events(lead.format("خاضت معارك يوم الأربعاء") + detail) == [
        ("ground_attack", "2016-08-10", "day", "publication", "Al-Fuah"),
        ("shelling", "2016-08-10", "day", "lead", "Al-Fuah"),
    ]
