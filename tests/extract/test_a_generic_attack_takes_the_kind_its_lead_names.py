"""The lead names an attack by its kind at a place without a date, toll or verb of its own (عن الهجوم الانتحاري في
مدينة منبج); a later definite generic telling at that place (الهجوم الذي أوقع 20 قتيلا الاثنين في منبج) is that
attack and takes its kind; so does one naming no place (الهجوم الذي وقع قبل عشرة أيام) when no other kind is
named between. Not a kind named outside the lead, nor at another place."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

LATER = "وكان المسؤول قد زار الأربعاء جرحى الهجوم الذي أوقع 20 قتيلا الاثنين في منبج."


def _events(text: str) -> list[tuple[str, str | None, str | None, int | None]]:
    return [(e.event_type, str(e.date), e.place, e.killed)
            for e in extract_article(article(text, dt.date(2017, 3, 10)))]


@pytest.mark.parametrize(("lead", "kind"), [
    pytest.param("استقال مسؤول بعد تصريحات عن الهجوم الانتحاري في مدينة منبج.", "bombing", id="suicide-attack"),
    pytest.param("استقال مسؤول بعد تصريحات عن التفجير بسيارة مفخخة في مدينة منبج.", "bombing", id="car-bomb"),
    pytest.param("استقال مسؤول بعد تصريحات عن الغارة الجوية على مدينة منبج.", "airstrike", id="air-strike"),
])
def test_the_later_telling_takes_the_kind_of_the_lead(lead: str, kind: str) -> None:
    assert _events(f"{lead} {LATER}") == [(kind, "2017-03-06", "Manbij", 20)]


@pytest.mark.parametrize("text", [
    pytest.param(f"استقال مسؤول بعد تصريحات مثيرة للجدل. وتحدث المسؤول عن الهجوم الانتحاري في مدينة منبج. {LATER}",
                 id="kind-outside-the-lead"),
    pytest.param(f"استقال مسؤول بعد تصريحات عن الهجوم الانتحاري في مدينة الرقة. {LATER}", id="another-place"),
])
def test_the_generic_telling_stays_a_ground_attack(text: str) -> None:
    assert _events(text) == [("ground_attack", "2017-03-06", "Manbij", 20)]


PLACELESS = "وكان المسؤول قد زار الأربعاء جرحى الهجوم الذي أوقع 20 قتيلا الاثنين."


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(f"استقال مسؤول بعد تصريحات عن الهجوم الانتحاري في مدينة منبج. {PLACELESS}",
                 [("bombing", "2017-03-06", None, 20)], id="suicide-attack"),
    pytest.param("قال مسؤول إن المفتشين لم يصلوا بعد إلى موقع الهجوم الكيماوي في مدينة منبج. ووصلت اللجنة إلى "
                 "المدينة الجمعة للتحقيق في الهجوم الذي وقع قبل عشرة أيام.",
                 [("other", "2017-02-28", None, None)], id="chemical-attack"),
    pytest.param(f"استقال مسؤول بعد تصريحات عن الهجوم الانتحاري في مدينة منبج. وتحدث المسؤول أيضا عن الغارات "
                 f"الجوية. {PLACELESS}", [("ground_attack", "2017-03-06", None, 20)], id="another-kind-between"),
    pytest.param(f"استقال مسؤول بعد تصريحات مثيرة للجدل. وتحدث المسؤول عن الهجوم الانتحاري في مدينة منبج. {PLACELESS}",
                 [("ground_attack", "2017-03-06", None, 20)], id="kind-outside-the-lead"),
])
def test_a_telling_at_no_place_takes_the_kind_of_the_lead(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
