"""A clause opening with و and an announcing verb or a complementizer (وإن), with no date of its own (وأعلن جيش
الفتح عن سيطرته على مدينة جسر الشغور), joined to its sentence's opening announcement that writes one day (أعلنت قوات
المعارضة عن تقدمها في ريف إدلب أمس): one day's announcements told together, so its attack takes that day, with basis
``report`` as any announced day. A day of its own stays its own."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str, published: dt.date) -> list[tuple]:
    return [(e.event_type, e.date, e.date_precision, e.date_basis, e.place)
            for e in extract_article(article(text, published))]


def test_the_day_of_the_announcement_it_is_joined_to() -> None:
    assert _events("أعلنت قوات المعارضة عن تقدمها في ريف إدلب أمس، وأعلن جيش الفتح عن سيطرته على مدينة جسر الشغور "
                   "بعد اشتباكات مع قوات النظام.", dt.date(2016, 8, 12)) == [
        ("statement", "2016-08-11", "day", "publication", "Rural Idlib"),
        ("ground_attack", "2016-08-11", "day", "report", "Jisr ash Shughūr"),
    ]


def test_a_day_of_its_own_stays() -> None:
    assert _events("أعلنت قوات المعارضة عن تقدمها في ريف إدلب أمس، وأعلن جيش الفتح الخميس عن سيطرته على مدينة جسر "
                   "الشغور بعد اشتباكات مع قوات النظام.", dt.date(2016, 8, 13)) == [
        ("statement", "2016-08-12", "day", "publication", "Rural Idlib"),
        ("ground_attack", "2016-08-11", "day", "publication", "Jisr ash Shughūr"),
    ]


def test_the_day_of_the_saying_it_goes_on() -> None:
    """A clause opening with وإن goes on with what the announcement of its sentence says: its attack takes that day."""
    assert _events("قال الجيش العراقي يوم الأحد إن انفجارات سمعت قرب مطار الرمادي، وإن المطار استهدف بغارات جوية.",
                   dt.date(2016, 8, 15)) == [("airstrike", "2016-08-14", "day", "report", "Ramadi")]


def test_the_day_of_the_saying_it_goes_on_within_one_clause() -> None:
    """The same when the announcement and what it goes on to say after «، وإن» are one clause: the words from the
    announcement's day to the attack are counted from that وإن, not from the day."""
    assert _events("قال الجيش العراقي يوم الأحد إن دوي انفجارات سمع في محيط مطار الرمادي العسكري، وإن المطار استهدف "
                   "بعدة صواريخ.", dt.date(2016, 8, 15)) == [("shelling", "2016-08-14", "day", "report", "Ramadi")]
