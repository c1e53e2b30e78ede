"""People, bodies or hostages recovered (استعادت السلطات ثلاثة منهم، استعاد الجيش جثث الجنود) are no place
captured, and undertaking operations told as a noun (رفض بغداد القيام بعمليات عسكرية، حث على القيام بعمليات)
is refused or urged, not done: no attack. All the areas of a countryside recovered (استعادت القوات كل مناطق الريف)
are a campaign's result. A town recovered and an operation carried out on its day stay."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize(
    "text",
    [
        "واستعادت السلطات ثلاثة منهم قبل عبورهم الحدود إلى سوريا في يونيو الماضي.",
        "واستعاد الجيش جثث الجنود في مدينة منبج يوم الأحد.",
        "واستعادت القوات الرهائن في مدينة منبج يوم الأحد.",
        "والأربعاء، أكد وزير الخارجية رفض بغداد القيام بعمليات عسكرية على أراضيه.",
        "وحث الوزير الحكومة على القيام بعمليات عسكرية في مدينة منبج يوم الأحد.",
        "واستعادت القوات كل مناطق الريف الشرقي لمدينة منبج.",
    ],
    ids=["people-recovered", "bodies-recovered", "hostages-recovered", "operations-refused", "operations-urged",
         "all-areas-recovered"],
)
def test_no_attack_is_told(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("واستعاد الجيش يوم الأحد بلدة تل رفعت.", ("ground_attack", "2016-08-07", "Tall Rif‘at", None)),
        ("وقام الجيش يوم الأحد بعملية عسكرية في مدينة منبج قتل فيها 5 مسلحين.",
         ("ground_attack", "2016-08-07", "Manbij", 5)),
    ],
    ids=["town-recovered", "operation-carried-out"],
)
def test_what_was_done_stays(text: str, expected: tuple) -> None:
    assert _events(text) == [expected]
