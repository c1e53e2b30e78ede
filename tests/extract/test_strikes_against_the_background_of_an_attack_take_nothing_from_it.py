"""Strikes told "على خلفية" an earlier attack (against its background), or "كرد قوي على" it, answer it like
"ردا على": the attack after those words lends them neither its place nor its dead."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def test_strikes_against_the_background_of_a_chemical_attack_keep_their_own_place_and_no_toll() -> None:
    text = ("شنت مقاتلات أمريكية وبريطانية السبت ضربات على مواقع عسكرية في سوريا على خلفية الهجوم الكيماوي "
            "على مدينة دوما الذي قتل فيه 40 شخصا.")
    events = extract_article(article(text, dt.date(2018, 4, 16)))
    assert [(e.event_type, e.date, e.place, e.place_precision, e.killed) for e in events] == [
        ("airstrike", "2018-04-14", "Syria", "country", None)]


def test_strikes_that_came_as_a_strong_reply_to_an_attack_keep_their_own_place() -> None:
    text = ("الغارات التي شنتها الولايات المتحدة وفرنسا وبريطانيا على مواقع في سوريا السبت جاءت كرد قوي على "
            "استخدام النظام أسلحة كيماوية في مدينة دوما.")
    events = extract_article(article(text, dt.date(2018, 4, 16)))
    assert [(e.event_type, e.date, e.place, e.actor) for e in events] == [("airstrike", "2018-04-14", "Syria", "US")]
