"""The lead sentence's attack at a town told without a day takes the day a later sentence that makes no draft of
its own names right after that town, when it names an attack of the same type or by a generic attack word (the day's
own basis, as an attack named at its town with its day): وكان السوق في مدينة س مساء الأحد هدفا لهجوم,
its trigger weak and without support. A day told before
the town, or a sentence naming another town first, lends it nothing."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)  # a Friday

LEAD = "تعهدت الحكومة بتشديد الإجراءات الأمنية غداة تفجير انتحاري ضرب مدينة منبج وأودى بحياة 20 شخصا. "
MIDDLE = "وقال وزير الداخلية إن الشرطة تعرفت على هوية المشتبه به. "


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_precision, e.date_basis, e.place, e.killed)
            for e in extract_article(article(text, PUBLISHED))]


def test_the_lead_takes_the_day_named_after_its_town() -> None:
    text = LEAD + MIDDLE + "وكان السوق الشعبي في منبج مساء الأربعاء هدفا لهجوم موجه ضد متطوعين شبان."
    assert _events(text) == [("bombing", "2016-08-10", "day", "publication", "Manbij", 20)]


def test_a_day_told_before_the_town_lends_nothing() -> None:
    text = LEAD + MIDDLE + "وكان الأربعاء يوما داميا في منبج بعد هجوم موجه ضد متطوعين شبان."
    assert _events(text) == [("bombing", None, None, None, "Manbij", 20)]


def test_a_sentence_naming_another_town_first_lends_nothing() -> None:
    text = LEAD + MIDDLE + "وكان السوق الشعبي في مدينة الباب مساء الأربعاء هدفا لهجوم موجه ضد متطوعين شبان."
    assert next(e[:5] for e in _events(text)) == ("bombing", None, None, None, "Manbij")
