"""An attack "off the coast of" a place (قبالة سواحل الحديدة, the coast word between the near word and the name)
was near that place, at sea: the place is its reference point, with the relation near.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def test_an_attack_off_a_coast_is_near_the_place() -> None:
    events = extract_article(article("استهدف الحوثيون الأربعاء سفينة حربية سعودية قبالة سواحل الحديدة.",
                                     dt.date(2018, 8, 2)))
    assert [(e.event_type, e.date, e.place, e.country, e.place_relation, e.actor) for e in events] == [
        ("shelling", "2018-08-01", "Al Ḩudaydah", "YE", "near", "Houthis")]
