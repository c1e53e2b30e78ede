"""A short line inside the body, after the lead, that ends without a stop and names no date (نازحون يقولون إن
الطائرات تقصف بلدة س) is the title of another story the page links to, or a subheading: it tells no event. A line
with a date of its own, a long one whose stop was lost, or a quoted post (#وسم) is read as text."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

LEAD = "قتل خمسة مدنيين يوم الأحد في غارة جوية على بلدة سراقب في ريف إدلب."
AFTER = "وقال الدفاع المدني إن فرقه انتشلت الجثث من تحت الأنقاض."


def _events(line: str) -> list[tuple]:
    text = "\n".join([LEAD, line, AFTER])
    return [(e.event_type, e.place, e.date, e.killed) for e in extract_article(article(text, dt.date(2016, 8, 12)))]


def test_a_linked_title_tells_no_event() -> None:
    assert _events("ناشطون: مقتل 30 مسلحا في تفجير انتحاري بمدينة الباب") == [
        ("airstrike", "Saraqib", "2016-08-07", 5)]


def test_a_line_with_a_date_of_its_own_is_read() -> None:
    assert _events("ناشطون: مقتل 30 مسلحا في تفجير انتحاري بمدينة الباب يوم السبت") == [
        ("airstrike", "Saraqib", "2016-08-07", 5), ("bombing", "Al-Bab", "2016-08-06", 30)]


def test_a_quoted_post_is_read() -> None:
    assert len(_events("وكتب ناشط في تغريدة: مقتل 30 مسلحا في تفجير انتحاري بمدينة الباب #الباب")) == 2
