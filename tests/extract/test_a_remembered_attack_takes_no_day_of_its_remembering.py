"""An attack an anniversary remembers (الذكرى الأولى للتفجير، بمرور عام على الهجوم) is dated neither by the day
of the remembering written before the anniversary word nor by a day and month without a year: that day is of
a year gone by, not of the publication's. A date with its year still dates it; an attack told beside a
remembering keeps its own day."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _dates(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_basis, e.killed)
            for e in extract_article(article(text, dt.date(2016, 8, 12)))]


@pytest.mark.parametrize("remembering", [
    "حلت أمس الذكرى الأولى للتفجير الانتحاري الذي قتل 30 شخصا في مدينة الرقة في 7 تموز.",
    "أقيم في مدينة الرقة أمس حفل بالذكرى الأولى للتفجير الانتحاري الذي وقع في 7 تموز وقتل فيه 30 شخصا.",
    "أحيا سكان مدينة الرقة أمس الذكرى الأولى للتفجير الانتحاري الذي قتل 30 شخصا.",
], ids=["day-of-the-remembering-and-yearless-day", "ceremony", "day-of-the-remembering-only"])
def test_a_remembered_attack_takes_no_day_of_this_year(remembering: str) -> None:
    assert _dates(remembering) == [("bombing", None, None, 30)]


def test_a_remembered_attack_keeps_its_written_year() -> None:
    text = "أحيا آلاف السكان أمس الذكرى الثلاثين للهجوم الكيميائي على مدينة حلبجة في 16 آذار 1988 الذي قتل 5 آلاف."
    assert _dates(text) == [("other", "1988-03-16", "explicit", 5000)]


def test_an_attack_beside_a_remembering_keeps_its_day() -> None:
    text = "قتل خمسة أشخاص أمس في تفجير في مدينة الرقة خلال إحياء الذكرى الأولى لسيطرة التنظيم على المدينة."
    assert _dates(text) == [("bombing", "2016-08-11", "publication", 5)]
