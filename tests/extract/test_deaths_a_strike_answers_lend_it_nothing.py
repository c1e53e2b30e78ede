"""A strike told as the reply to deaths (ردا على مقتل جنديين الأسبوع الماضي) ends at the reply word: the deaths'
date and toll are not the strike's, so the strike told again this way is the one its lead tells."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

_LEAD = "شنت الطائرات التركية ليل الجمعة السبت غارات على مواقع المسلحين في شمال العراق.\n"


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_end, e.place, e.actor, e.killed)
            for e in extract_article(article(text, dt.date(2015, 7, 27)))]


def test_the_strike_told_again_as_a_reply_to_deaths_is_one_event() -> None:
    text = f"{_LEAD}ويأتي ذلك غداة قصف جوي تركي على مواقع المسلحين في شمال العراق ردا على مقتل جنديين الأسبوع الماضي."
    assert _events(text) == [("airstrike", "2015-07-24", "2015-07-25", "Northern Iraq", "Turkey", None)]


def test_a_strike_told_alone_as_a_reply_to_deaths_takes_neither_their_day_nor_their_toll() -> None:
    text = "قصفت الطائرات التركية أمس مواقع المسلحين في شمال العراق ردا على مقتل جنديين الأسبوع الماضي."
    assert _events(text) == [("airstrike", "2015-07-26", "2015-07-26", "Northern Iraq", "Turkey", None)]
