"""Fighters told as loyal to a side in the nominative plural (مقاتلون موالون لروسيا) are not that side: it is named
as their patron, not as who struck, as after موالين or الموالية."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def test_fighters_loyal_to_russia_name_no_actor() -> None:
    text = "قتل ثلاثة مدنيين أمس في قصف على مدينة دونيتسك، حيث يخوض مقاتلون موالون لروسيا تمردا ضد السلطات."
    events = extract_article(article(text, dt.date(2015, 7, 19)))
    assert [(e.event_type, e.date, e.place, e.actor, e.killed) for e in events] == [
        ("shelling", "2015-07-18", "Donetsk", None, 3)]
