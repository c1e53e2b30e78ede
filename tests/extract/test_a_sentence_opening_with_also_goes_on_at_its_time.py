"""A sentence opening with كما goes on at the time of the last dated attack of the sentence before it:
an attack it tells without a date of its own takes that date (basis ``lead``). Not when كما compares
(وكما هو معروف) or goes on with a report (كما أفاد ناشطون بأن), nor for an attack named by a definite
noun of another type (التفجير after airstrikes: an attack told before, at a time of its own), nor from an attack
recalled months before (وكانت الطائرات قد قصفت المدينة في أيار الماضي: the time of the news, not of the past)."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)  # a Friday
#: A lead telling no attack, so that no date comes from the lead's.
LEAD = "نزح مئات المدنيين من ريف حلب الغربي خلال الأسبوع الماضي بحثا عن الأمان. "


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_precision, e.date_basis, e.place, e.killed)
            for e in extract_article(article(LEAD + text, PUBLISHED))]


def test_an_attack_told_after_also_takes_the_day_of_the_sentence_before() -> None:
    text = ("قصفت طائرات حربية روسية مدينة الأتارب يوم الأربعاء، ما أدى إلى مقتل أربعة مدنيين. "
            "كما قصفت المروحيات بلدة تفتناز بالبراميل المتفجرة، ما أدى إلى مقتل طفلين.")
    assert _events(text) == [
        ("airstrike", "2016-08-10", "day", "publication", "Al-Atarib", 4),
        ("airstrike", "2016-08-10", "day", "lead", "Taftanāz", 2),
    ]


def test_a_night_of_two_days_is_carried_as_it_is() -> None:
    text = ("قصفت طائرات حربية مدينة الأتارب ليل الثلاثاء - الأربعاء، ما أدى إلى مقتل أربعة مدنيين. "
            "وكما قصفت المروحيات بلدة تفتناز بالبراميل المتفجرة، ما أدى إلى مقتل طفلين.")
    assert _events(text)[1] == ("airstrike", "2016-08-09", "range", "lead", "Taftanāz", 2)


def test_also_comparing_with_what_is_known_carries_no_time() -> None:
    text = ("قصفت طائرات حربية روسية مدينة الأتارب يوم الأربعاء، ما أدى إلى مقتل أربعة مدنيين. "
            "وكما هو معروف قصفت المروحيات بلدة تفتناز بالبراميل المتفجرة، ما أدى إلى مقتل طفلين.")
    assert _events(text) == [
        ("airstrike", "2016-08-10", "day", "publication", "Al-Atarib", 4),
        ("airstrike", None, None, None, "Taftanāz", 2),
    ]


def test_a_definite_attack_of_another_type_keeps_its_own_time() -> None:
    text = ("قصفت طائرات حربية روسية مدينة الأتارب يوم الأربعاء، ما أدى إلى مقتل أربعة مدنيين. "
            "كما سيحقق فريق من الخبراء في التفجير الذي استهدف سوقا شعبية في مدينة منبج.")
    assert [(e[0], e[1], e[4]) for e in _events(text)] == [
        ("airstrike", "2016-08-10", "Al-Atarib"),
        ("bombing", None, "Manbij"),
    ]


def test_the_day_is_carried_only_to_the_sentence_right_after() -> None:
    text = ("قصفت طائرات حربية روسية مدينة الأتارب يوم الأربعاء، ما أدى إلى مقتل أربعة مدنيين. "
            "وقال الناشطون إن الأهالي نزحوا إلى القرى المجاورة. "
            "كما قصفت المروحيات بلدة تفتناز بالبراميل المتفجرة، ما أدى إلى مقتل طفلين.")
    assert [(e[0], e[1], e[4]) for e in _events(text)] == [
        ("airstrike", "2016-08-10", "Al-Atarib"),
        ("airstrike", None, "Taftanāz"),
    ]


def test_also_going_on_with_a_report_carries_no_time() -> None:
    text = ("قصفت طائرات حربية روسية مدينة الأتارب يوم الأربعاء، ما أدى إلى مقتل أربعة مدنيين. "
            "كما أفاد ناشطون بأن المروحيات قصفت بلدة تفتناز بالبراميل المتفجرة، ما أدى إلى مقتل طفلين.")
    assert [(e[0], e[1], e[4]) for e in _events(text)] == [
        ("airstrike", "2016-08-10", "Al-Atarib"),
        ("airstrike", None, "Taftanāz"),
    ]


def test_a_recalled_attack_lends_no_time_across_the_full_stop() -> None:
    text = ("وكانت طائرات حربية روسية قد قصفت مدينة الأتارب في 3 أيار الماضي، ما أدى إلى مقتل أربعة مدنيين. "
            "كما يظهر في الشريط قيام مسلحين بتفجير مبنى البلدية في بلدة تفتناز.")
    assert [(e[0], e[1], e[4]) for e in _events(text)] == [
        ("airstrike", "2016-05-03", "Al-Atarib"),
        ("bombing", None, "Taftanāz"),
    ]
