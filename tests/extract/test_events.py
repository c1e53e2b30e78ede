"""Events from text: triggers, actors, tolls, dates, places, merging, incidents, robustness."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

from gazetteer.normalize import normalize
from tests.articles import article
from timeline.dates import find_dates
from timeline.extract import published
from timeline.extract.incidents import group_incidents
from timeline.extract.toll import Toll, find_toll
from timeline.models import Article, Event
from timeline.pipeline import extract_article


def _article(text: str, published_on: dt.date | None = dt.date(2016, 7, 20), article_id: str = "a",
             source: str | None = "SANA") -> Article:
    return article(text, published_on, article_id, source)


def _events(text: str, **kw) -> list[tuple]:
    return [
        (e.event_type, e.date, e.date_basis, e.place, e.actor, e.killed, e.injured)
        for e in extract_article(_article(text, **kw))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ما أدى إلى استشهاد أكثر من 20 مدنيا", Toll(20, None, True, "civilians")),
        ("أسفرت عن سقوط 120 شهيدا مدنيا وعشرات الجرحى",
         Toll(120, 10, False, "civilians", vague=frozenset({"injured"}))),
        ("أسفر الحادث عن إصابة 25 من عناصر القوات", Toll(None, 25, False, "fighters")),
        ("بقتل 150 شخصاً جراء غارة", Toll(150, None, False, None)),
        ("مقتل ثلاثة أطفال وجرح خمسة آخرين", Toll(3, 5, False, "civilians")),
        ("سقط 12 قتيلا و40 جريحا", Toll(12, 40, False, None)),
        ("قتل 17 شخصا وأصيب 30 بجروح", Toll(17, 30, False, None)),
        ("مقتل نحو 30 مسلحا", Toll(30, None, False, "fighters")),
        ("مقتل ما لا يقل عن ١٥ مدنيا", Toll(15, None, True, "civilians")),
        ("أودت بحياة مئات المدنيين", Toll(100, None, False, "civilians", vague=frozenset({"killed"}))),
        ("في عام 2016 قتل", Toll()),
        ("على بعد 8 كيلومترات شرق النهر", Toll()),
    ],
    ids=["more-than", "martyrs-and-tens", "of-members", "persons", "words", "after-nouns", "verbs",
         "approximate", "indic-digits", "hundreds", "year", "distance"],
)
def test_toll(text: str, expected: Toll) -> None:
    assert find_toll(normalize(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("شن الطيران الروسي غارات على بلدة الأتارب في ريف حلب يوم 3 تموز 2016.",
         ("airstrike", "2016-07-03", "explicit", "Al-Atarib", "Russia", None, None)),
        ("قصفت قوات النظام بالمدفعية بلدة الأتارب في ريف حلب أمس ما أدى إلى مقتل 4 مدنيين.",
         ("shelling", "2016-07-19", "publication", "Al-Atarib", "Syrian army", 4, None)),
        ("انفجرت سيارة مفخخة في مدينة منبج يوم 10 تموز 2016 وقتل 7 أشخاص.",
         ("bombing", "2016-07-10", "explicit", "Manbij", None, 7, None)),
        ("اندلعت اشتباكات بين تنظيم داعش وقسد في مدينة منبج يوم 10 تموز 2016.",
         ("ground_attack", "2016-07-10", "explicit", "Manbij", "ISIS", None, None)),
        ("قصف الطيران التركي مواقع لحزب العمال الكردستاني في مدينة منبج يوم 10 تموز 2016.",
         ("airstrike", "2016-07-10", "explicit", "Manbij", "Turkey", None, None)),
        ("استهدفت غارة يعتقد أنها روسية مدينة منبج يوم 10 تموز 2016.",
         ("airstrike", "2016-07-10", "explicit", "Manbij", "Russia", None, None)),
    ],
    ids=["russian-air", "regime-artillery", "car-bomb", "clashes-between-two", "turkish-air-vs-pkk", "likely-russian"],
)
def test_one_event(text: str, expected: tuple) -> None:
    assert _events(text) == [expected]


def test_dateline_place_is_not_the_event_place() -> None:
    text = "بيروت (رويترز) - قتل 5 مدنيين في غارة للطيران الروسي أمس."
    assert _events(text) == [("airstrike", "2016-07-19", "publication", None, "Russia", 5, None)]


def test_hedged_actor() -> None:
    [event] = extract_article(_article("يعتقد أن الطيران الروسي شن غارة على مدينة منبج يوم 10 تموز 2016."))
    assert (event.actor, event.actor_hedged) == ("Russia", True)


@pytest.mark.parametrize(
    "text",
    [
        "أحبطت الشرطة هجوم في مدينة منبج يوم 10 تموز 2016.",
        "وقع هذا الهجوم في مدينة منبج يوم 10 تموز 2016.",
        "هبطت طائرات مدنية في مطار حلب يوم 10 تموز 2016.",
        "شن الوزير هجوما حادا على المعارضة في مدينة حلب يوم 10 تموز 2016.",
        "استعرض التقرير الغارات في سوريا.",
        "ستتصدى القوات في مدينة منبج لأي هجوم تشنه تركيا يوم 10 تموز 2016.",
        "سجل الفريق هدفين عبر الهجوم في مدينة حلب يوم 10 تموز 2016.",
        "وهددت واشنطن وباريس بشن ضربات على مدينة حلب يوم 10 تموز 2016.",
    ],
    ids=["foiled", "anaphora", "airliners", "verbal-attack", "no-date-no-place", "any-attack", "football",
         "threat"],
)
def test_no_event(text: str) -> None:
    assert _events(text) == []


def test_next_day_is_resolved_from_the_previous_event() -> None:
    text = (
        "شن الطيران الروسي غارة على مدينة منبج يوم 3 تموز 2016 ما أدى إلى مقتل 5 مدنيين.\n"
        "وفي اليوم التالي قصف الطيران الروسي بلدة الأتارب بريف حلب."
    )
    assert _events(text) == [
        ("airstrike", "2016-07-03", "explicit", "Manbij", "Russia", 5, None),
        ("airstrike", "2016-07-04", "event_relative", "Al-Atarib", "Russia", None, None),
    ]


def test_one_incident_told_twice_is_one_event() -> None:
    text = (
        "قتل 12 مدنيا في غارات شنتها طائرات التحالف الدولي على مدينة منبج يوم 18 تموز 2016.\n"
        "وقال ناشطون إن غارات التحالف على منبج استهدفت حيا سكنيا."
    )
    assert _events(text) == [("airstrike", "2016-07-18", "explicit", "Manbij", "International coalition", 12, None)]


def test_date_and_place_carried_from_the_sentence_before() -> None:
    text = (
        "وفي 7 تموز توجهت قوة نحو مدينة منبج.\n"
        "وبعد ذلك تعرضت لضربة من قبل مروحيات التحالف الدولي، وأسفر الحادث عن إصابة 9 عناصر."
    )
    assert _events(text) == [
        ("airstrike", "2016-07-07", "publication", "Manbij", "International coalition", None, 9),
    ]


def test_date_of_an_admission_is_not_the_date_of_the_strike() -> None:
    text = "وأقرت واشنطن مطلع العام الجاري بمقتل مدنيين جراء غارات التحالف على بلدة الأتارب بريف حلب."
    assert _events(text) == [("airstrike", None, None, "Al-Atarib", "International coalition", None, None)]


def test_relative_dates_need_a_reference() -> None:
    text = "قتل 4 مدنيين في غارة للطيران الروسي على مدينة منبج أمس."
    assert _events(text, published_on=None) == [("airstrike", None, None, "Manbij", "Russia", 4, None)]
    assert _events(text) == [("airstrike", "2016-07-19", "publication", "Manbij", "Russia", 4, None)]


def test_statement_only_in_the_lead_of_a_war_article() -> None:
    text = (
        "أعلن المتحدث باسم وزارة الدفاع الروسية يوم 10 تموز 2016 أن العمليات في سوريا ستستمر حتى دحر الإرهاب.\n"
        "وقال المتحدث يوم 11 تموز 2016 إن العمليات ستستمر.\n"
        "وكانت غارة للطيران الروسي قد قتلت 5 مسلحين في مدينة منبج يوم 9 تموز 2016."
    )
    assert [e[:3] for e in _events(text)] == [
        ("statement", "2016-07-10", "explicit"),
        ("airstrike", "2016-07-09", "explicit"),
    ]
    assert _events("أعلن وزير المالية يوم 10 تموز 2016 أن الموازنة ستقر قريبا وأن العجز سيتراجع.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("دمشق 12 آذار 2016 (سانا)\nقتل مدنيون في قصف على حي في المدينة يوم 10 آذار 2016.",
         (dt.date(2016, 3, 12), "dateline")),
        ("نشر في: الأحد 13 مارس 2016\nقتل مدنيون في قصف على حي في المدينة يوم 10 آذار 2016.",
         (dt.date(2016, 3, 13), "page_stamp")),
        ("آخر تحديث: الاربعاء 25 سبتمبر 2024\nقال الوزير اليوم الخميس إن الحرب ستنتهي.", (None, None)),
        ("نشر في: الأحد 13 مارس 2022\nقتل مدنيون في قصف يوم الاثنين 18 تموز 2016 على الحي.",
         (dt.date(2016, 7, 18), "inferred")),
        ("قتل مدنيون في قصف يوم الاثنين 18 تموز 2016.\nوقال الوزير أمس الخميس إن التحقيق جار.",
         (dt.date(2016, 7, 22), "inferred")),
        ("قتل 150 شخصا في غارة وقعت يوم 20 آذار 2017 قرب مدرسة.", (None, None)),
        ("قال الوزير أمس الخميس إن التحقيق جار.", (None, None)),
    ],
    ids=["dateline", "stamp", "update-stamp", "stamp-years-late", "weekday-shift", "no-recency", "nothing"],
)
def test_publication_date(text: str, expected: tuple) -> None:
    assert published.infer(text, find_dates) == expected


@pytest.mark.parametrize(
    "text",
    ["", " ", "\n\n", "غارة", "«»“”", "1" * 5000, "قصف " * 3000, "\x00\ufeff\u200f", "ـــ غارة ـــ في منبج ١٢"],
)
def test_never_raises(text: str) -> None:
    events = extract_article(_article(text))
    assert all(isinstance(e, Event) for e in events)


def test_failure_is_logged_not_raised_when_reported(caplog: pytest.LogCaptureFixture) -> None:
    assert extract_article(None, errors="report") == []  # type: ignore[arg-type]
    assert "event extraction failed for article ?" in caplog.text


def test_picklable_and_deterministic() -> None:
    article = _article("شن الطيران الروسي غارة على مدينة منبج يوم 3 تموز 2016 ما أدى إلى مقتل 5 مدنيين.")
    again = pickle.loads(pickle.dumps(extract_article))
    assert again(article) == extract_article(article) == extract_article(pickle.loads(pickle.dumps(article)))
    assert [e.event_id for e in extract_article(article)] == ["a:3"]


def _event(article_id: str, date: str, lat: float, lon: float, event_type: str = "airstrike",
           source: str | None = None) -> Event:
    return Event(
        article_id=article_id, source=source, event_type=event_type, date=date, date_precision="day",
        date_text=None, date_basis="explicit", place_text=None, place=f"P{article_id}", place_ar=None, lat=lat, lon=lon,
        place_precision="town", admin1="Aleppo", country="SY", actor=None, killed=None, injured=None,
        evidence="", start=0, end=0, event_id=f"{article_id}:0",
    )


def test_incidents() -> None:
    events = [
        _event("a", "2016-07-18", 36.53, 37.95, source="SANA"),
        _event("b", "2016-07-19", 36.56, 37.95, source="AFP"),  # 3 km away, next day: same incident
        _event("c", "2016-07-21", 36.53, 37.95, source="AFP"),  # three days later: another
        _event("d", "2016-07-18", 36.80, 37.95, source="AFP"),  # 30 km away: another
        _event("e", "2016-07-18", 36.53, 37.95, event_type="shelling"),  # another type
    ]
    grouped, incidents = group_incidents(events)
    assert [e.incident_id for e in grouped] == ["inc:a:0", "inc:a:0", "inc:c:0", "inc:d:0", "inc:e:0"]
    assert [(i.incident_id, i.article_ids, i.sources, i.n_sources) for i in incidents] == [
        ("inc:a:0", ("a", "b"), ("SANA", "AFP"), 2),
        ("inc:c:0", ("c",), ("AFP",), 1),
        ("inc:d:0", ("d",), ("AFP",), 1),
        ("inc:e:0", ("e",), ("unknown outlet (e)",), 1),
    ]
