"""An explosion told in the accusative after إن (قال شهود إن انفجارا وقع في البلدة) is a weak bombing trigger as
in the nominative, so that a report past the lead tells its attack."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def test_an_explosion_in_the_accusative_told_past_the_lead_is_a_bombing() -> None:
    text = "\n".join([
        "قتل ثلاثة جنود في هجوم على حاجز في مدينة العريش يوم 9 آب 2016.",
        "وفي حادث منفصل قال شهود إن انفجارا وقع في بلدة سروج يوم 10 آب 2016، مما أسفر عن مقتل 20 شخصا.",
    ])
    events = extract_article(article(text, PUBLISHED))
    assert [(e.event_type, e.date, e.place, e.killed) for e in events] == [
        ("ground_attack", "2016-08-09", "Arīsh", 3), ("bombing", "2016-08-10", "Suruç", 20)]
