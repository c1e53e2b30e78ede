"""An attack noun with a flight it caused among the words after it in its clause (هجوم للتنظيم على أحياء المدينة تسبب
في إجبار 40 ألفا على الفرار، قد يؤدي إلى عمليات نزوح) tells an offensive by the people it drove out, under the
campaign rule: an event only on its own day; with dead or hurt in its clause the attack is still told, and a side's
fighters routed (فرار عناصرهم) are no such flight."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor, e.killed)
            for e in extract_article(article(text, dt.date(2018, 7, 18)))]


def test_an_offensive_told_by_the_people_it_drove_out_is_no_attack() -> None:
    text = ("وذكرت الأمم المتحدة أن هجوما لتنظيم داعش على الأحياء الشرقية في مدينة دير الزور، تسبب في إجبار نحو 40 "
            "ألف شخص على الفرار من منازلهم.")
    assert _events(text) == []


def test_an_offensive_feared_to_drive_people_out_is_no_attack() -> None:
    text = "وذكرت الأمم المتحدة أن هجوما لتنظيم داعش على مدينة دير الزور قد يؤدي إلى عمليات نزوح كبيرة."
    assert _events(text) == []


def test_a_definite_offensive_told_by_the_flight_it_caused_is_no_attack() -> None:
    text = ("وتسبب الهجوم التركي على مدينة منبج في نزوح الآلاف، فقد أعلنت الإدارة المحلية، الاثنين الماضي، عزمها فتح "
            "مخيمات.")
    assert _events(text) == []


def test_fighters_routed_leave_the_attack() -> None:
    text = "وشنت القوات هجوما على مواقع المسلحين في بلدة الميادين، مما أسفر عن تهاوي دفاعاتهم وفرار عناصرهم."
    assert _events(text) == [("ground_attack", None, "Al Mayādīn", None, None)]


def test_a_toll_still_tells_the_attack() -> None:
    text = "وقتل ثلاثة مدنيين في هجوم لتنظيم داعش على مدينة دير الزور أجبر مئات العائلات على الفرار."
    assert _events(text) == [("ground_attack", None, "Deir ez-Zor", "ISIS", 3)]


def test_an_offensive_stays_on_its_own_day() -> None:
    text = "وشن تنظيم داعش الأحد هجوما على مدينة دير الزور، ما دفع الآلاف إلى النزوح."
    assert _events(text) == [("ground_attack", "2018-07-15", "Deir ez-Zor", "ISIS", None)]
