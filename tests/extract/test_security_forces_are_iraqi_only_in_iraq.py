"""Security forces named without their country (قوات الأمن، القوات الأمنية) are the Iraqi forces in Iraq and no side of
ours elsewhere or in a report naming neither country of a government side (قوات الأمن التابعة لحركة حماس). A side
dealt losses (كبدوا القوات العراقية خسائر) is a target, not who attacked."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 7, 18)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, PUBLISHED))]


def test_security_forces_in_iraq_are_the_iraqi_forces() -> None:
    assert _events("قالت قيادة العمليات المشتركة في بيان إن قوات الأمن اقتحمت أمس بلدة الكرمة شرق الفلوجة واشتبكت "
                   "مع مسلحي تنظيم داعش.") == [("ground_attack", "2016-07-17", "Al-Karmah", "Iraqi forces")]


def test_security_forces_in_turkey_are_no_side_of_ours() -> None:
    assert _events("اقتحمت قوات الأمن أمس منزلا في مدينة ديار بكر جنوب شرق تركيا وقتلت مسلحين اثنين.") == [
        ("ground_attack", "2016-07-17", "Diyarbakır", None)]


def test_security_forces_of_a_report_naming_no_country_of_theirs_are_no_side_of_ours() -> None:
    assert _events("أطلقت قوات الأمن التابعة لحركة حماس النار أمس على مسلحين فقتلت اثنين منهم.") == [
        ("ground_attack", "2016-07-17", None, None)]


def test_a_side_dealt_losses_did_not_attack() -> None:
    assert _events("هاجم مسلحون أمس حاجزا في بلدة الكرمة شرق الفلوجة وكبدوا القوات العراقية خسائر فادحة.") == [
        ("ground_attack", "2016-07-17", "Al-Karmah", None)]
