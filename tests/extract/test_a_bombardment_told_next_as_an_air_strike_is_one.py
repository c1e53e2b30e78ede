"""A bombardment told without a side or a kind (قتل ثلاثة مدنيين السبت في قصف على بلدة س), then, in the very next
sentence, as an air strike placed nowhere and without a date expression of its own (وأوضح المرصد أن الطيران الحربي
استهدف البلدة بالصواريخ), is one attack: an air strike at the town, on its day, with its dead. An air strike told
at another town, with other dead, or on a day of its own stays apart. So is a bombardment without a side told at the
town an undated air strike struck, in the next sentence or the one after, neither dated (قتل بعد استهداف سيارته أثناء
هروبه من الصقلاوية، وأدى القصف إلى مقتل عدد من عناصر التنظيم): the air strike told again by what it struck."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 7, 18)  # a Monday
BOMBARDMENT = "قتل ثلاثة مدنيين السبت في قصف على بلدة سراقب في ريف إدلب. "


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


def test_the_air_strike_told_next_is_how_the_bombardment_struck() -> None:
    text = BOMBARDMENT + "وأوضح المرصد أن الطيران الحربي استهدف البلدة بالصواريخ."
    assert _events(text) == [("airstrike", "2016-07-16", "Saraqib", 3)]


def test_an_air_strike_at_another_town_stays_apart() -> None:
    text = BOMBARDMENT + "وشن الطيران الحربي غارات على مدينة إدلب."
    assert _events(text) == [("shelling", "2016-07-16", "Saraqib", 3), ("airstrike", "2016-07-16", "Idlib", None)]


def test_an_air_strike_with_other_dead_stays_apart() -> None:
    text = BOMBARDMENT + "وأوضح المرصد أن الطيران الحربي استهدف البلدة بالصواريخ ما أدى إلى مقتل سبعة مدنيين."
    assert [e[0] for e in _events(text)] == ["shelling", "airstrike"]


def test_an_air_strike_on_a_day_of_its_own_stays_apart() -> None:
    text = BOMBARDMENT + "وأوضح المرصد أن الطيران الحربي استهدف البلدة يوم الأحد."
    assert [(e[0], e[1]) for e in _events(text)] == [("shelling", "2016-07-16"), ("airstrike", "2016-07-17")]


STRIKE_AT_THE_TOWN = (
    "قتلت غارة شنتها طائرة للتحالف الدولي على موقع للتنظيم في ناحية الصقلاوية قياديا في التنظيم. "
    "وقال مسؤول محلي إن «طائرة للتحالف الدولي نجحت في استهداف القيادي المدعو أبو علي في ناحية الصقلاوية، "
    "بقصف جوي مما أدى إلى مقتله». ")
STRUCK_AGAIN = (
    "وأضاف «أن أبو علي، الذي يصفه المسلحون بـ(أمير ناحية الصقلاوية) والملقب بأبي علي، قتل بعد استهداف سيارته "
    "أثناء هروبه من الصقلاوية إلى جزيرة الخالدية شرق مدينة الرمادي التي سيطر عليها تنظيم داعش منذ عدة أشهر، "
    "وأدى القصف إلى مقتل عدد من عناصر التنظيم أيضا».")


def test_a_bombardment_without_a_side_told_at_the_struck_town_right_after_is_the_air_strike() -> None:
    events = extract_article(article(STRIKE_AT_THE_TOWN + STRUCK_AGAIN, dt.date(2015, 7, 31)))
    assert [(e.event_type, e.date, e.place, e.actor) for e in events] == [
        ("airstrike", None, "Saqlawiyah", "International coalition")]

