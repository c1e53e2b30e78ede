"""Field executions named as the remit of a rapporteur or a body (المقررين الخاصين بقضايا الإعدام الميداني) are a
subject, not executions carried out: no event. A field execution told as done keeps its event."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2018, 4, 3)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وطالبت المنظمة المقررين الخاصين بقضايا الإعدام الميداني بالتحقيق في أحداث 30 مارس 2018 في مدينة الرقة.", []),
        ("ونفذ التنظيم إعداما ميدانيا بحق عشرة مدنيين في مدينة الرقة يوم 30 مارس 2018.",
         [("other", "2018-03-30", "Ar Raqqah")]),
    ],
    ids=["rapporteurs-remit", "field-execution-done"],
)
def test_executions_named_as_a_remit_are_no_attack(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
