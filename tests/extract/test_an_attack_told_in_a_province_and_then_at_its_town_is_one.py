"""An attack told first in "the area of" a province named after its seat (في منطقة أضنه) and then, in the next
sentence, at a town of that province (مفوضية مدينة بوزانتي) is one event, at the town: the area head names the
province, not its capital city far from the town."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

TOLD_TWICE = (
    "قتل شرطيان صباح أمس الجمعة في منطقة أضنه (جنوب) في هجوم نسبته السلطات إلى المتمردين الأكراد. "
    "وأضافت الوكالة أن مسلحين هاجموا مفوضية مدينة بوزانتي، فرد عناصر الشرطة عليهم."
)


def test_the_province_and_its_town_are_one_attack() -> None:
    events = extract_article(article(TOLD_TWICE, dt.date(2015, 8, 1)))
    assert [(e.event_type, e.date, e.place, e.killed) for e in events] == [
        ("ground_attack", "2015-07-31", "Pozantı", 2)]
