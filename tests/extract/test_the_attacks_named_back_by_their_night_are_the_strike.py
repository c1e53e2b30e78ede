"""A definite generic plural told without dead and dated to exactly the night of a strike told with its kind
and place (وكانت الهجمات التي وقعت ليل الجمعة السبت) names that strike back: one event of the strike's kind.
A generic plural telling its own dead sums up a day and merges into no one attack."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(*sentences: str) -> list[tuple]:
    text = "\n".join(sentences)
    return [(e.event_type, e.date, e.date_end, e.place) for e in extract_article(article(text, dt.date(2015, 7, 26)))]


def test_the_attacks_of_the_strikes_night_are_the_strike() -> None:
    assert _events(
        "قصفت المقاتلات التركية ليل الجمعة السبت مواقع للمسلحين في شمال العراق.",
        "وكانت الهجمات التي وقعت ليل الجمعة السبت هي الأولى منذ سنوات.",
    ) == [("airstrike", "2015-07-24", "2015-07-25", "Northern Iraq")]


def test_attacks_of_another_night_stay_apart() -> None:
    events = _events(
        "قصفت المقاتلات التركية ليل الجمعة السبت مواقع للمسلحين في شمال العراق.",
        "وكانت الهجمات التي وقعت ليل الأربعاء الخميس هي الأولى منذ سنوات.",
    )
    assert ("airstrike", "2015-07-24", "2015-07-25", "Northern Iraq") in events
    assert len(events) == 2
