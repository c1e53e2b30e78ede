"""Strikes under whose cover forces advance (تحت غطاء غارات جوية) back the advance, like strikes after بغطاء or
بإسناد: no air strike of their own. Strikes told with a cover word elsewhere in the sentence stay strikes."""

from __future__ import annotations

import datetime as dt

from tests.articles import typed_events

PUBLISHED = dt.date(2018, 6, 25)


def test_raids_under_whose_cover_forces_advance_are_no_strike() -> None:
    text = "وتوغلت قوات النظام في ريف درعا الشرقي تحت غطاء غارات جوية، ودخلت قرى جديدة."
    assert [e for e in typed_events(text, PUBLISHED) if e[0] == "airstrike"] == []


def test_raids_of_their_own_day_stay_a_strike() -> None:
    text = "وشنت طائرات حربية أمس غارات على مدينة بصر الحرير، فيما بقيت القرى تحت غطاء الدخان."
    assert typed_events(text, PUBLISHED) == [("airstrike", "2018-06-24", "Busr al-Harir")]
