"""Where a meeting told before the attack was held is no place of it, also when the meeting's own words stand
between the meeting word and the place written as lying in (اجتماعا مع قادة القطاعات الأمنية في مكتبه بجدة): the
attack's place told after its trigger places it (في منطقة عسير)."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def test_the_attacks_own_region_places_it() -> None:
    text = ("ترأس الأمير اجتماعا مع قادة القطاعات الأمنية في مكتبه بجدة مساء أمس، ونقل تعازيه لأسر شهداء الواجب في "
            "حادث التفجير الإرهابي الذي استهدف مسجدا لقوات الطوارئ الخاصة في منطقة عسير يوم الخميس الماضي، ونتج عنه "
            "استشهاد 15 وإصابة 33 من رجال الأمن.")
    events = extract_article(article(text, dt.date(2015, 8, 9)))
    assert [(e.event_type, e.place, e.killed, e.injured) for e in events] == [("bombing", "Asir Region", 15, 33)]
