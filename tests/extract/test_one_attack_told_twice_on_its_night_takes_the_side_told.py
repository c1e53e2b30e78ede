"""An attack told twice with the same night of two days (ليل الخامس إلى السادس من أيلول), once at its place and
once by the side that claims it, is one event with that side, as it is when both tell the same day."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2018, 3, 21)


@pytest.mark.parametrize("night", ["ليل الخامس إلى السادس من أيلول 2007", "ليلة 5 و6 أيلول 2007"],
                         ids=["ordinals", "digits"])
def test_the_side_of_the_night_told_again(night: str) -> None:
    text = (f"و{night} أسفرت غارة جوية في منطقة الكبر بمحافظة دير الزور عن تدمير منشأة صحراوية.\n"
            f"وقال الجيش الإسرائيلي في بيان الأربعاء إنه \"{night}، نجح الطيران الحربي الإسرائيلي في تدمير مفاعل"
            " نووي سوري قيد الإنشاء\".")
    events = extract_article(article(text, PUBLISHED))
    assert [(e.event_type, e.date, e.date_end, e.place, e.actor) for e in events] == [
        ("airstrike", "2007-09-05", "2007-09-06", "Deir ez-Zor", "Israel")]
