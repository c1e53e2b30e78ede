"""An attack told at the Lajat (منطقة اللجاة), the lava field of Daraa that no town names, is placed there, in
Daraa governorate, with its day and dead."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def test_shelling_on_the_lajat_yesterday_killed_five() -> None:
    text = "قتل خمسة مدنيين في قصف مدفعي لقوات النظام على منطقة اللجاة أمس."
    events = extract_article(article(text, dt.date(2018, 6, 25)))
    assert [(e.event_type, e.date, e.place, e.admin1, e.killed, e.actor) for e in events] == [
        ("shelling", "2018-06-24", "Lajat", "Daraa", 5, "Syrian army")]
