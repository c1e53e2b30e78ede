"""The Houthi militia named by its adjective (الميليشيا الحوثية) is an actor, so the side it is told to
have fired by (من قبل) is chosen over the side that spotted the launch (sentences written for the tests)."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def test_the_militia_named_by_its_adjective_fired_not_the_side_that_spotted_it() -> None:
    text = ("وقال المتحدث إن قوات الدفاع الجوي للتحالف رصدت إطلاق صاروخ باليستي من قبل الميليشيا الحوثية "
            "باتجاه مدينة جازان يوم الخميس.")
    events = extract_article(article(text, dt.date(2016, 8, 12), "houthi"))
    assert [(e.place, e.actor) for e in events] == [("Jizan", "Houthis")]
