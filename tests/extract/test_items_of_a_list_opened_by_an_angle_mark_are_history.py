"""Items of a list opened by an angle mark and a date after في (> في نوفمبر 1992، ألقى ...) are chronology entries like
those opened by a dash: recalled from years before the report, they are history, no attack events; an item of the
days the article reports stays an event."""

from __future__ import annotations

import datetime as dt

from tests.articles import dated_events

LEAD = "وفيما يلي أبرز اعتداءات المستوطنين على الفلسطينيين:\n"


def test_items_recalled_from_years_before_are_no_events() -> None:
    text = (LEAD
            + "> في 17 أغسطس 2005، فتح مستوطن النار على فلسطينيين في بلدة سلفيت فقتل أربعة منهم.\n"
            + "> في نوفمبر 1992، ألقى أفراد من الجماعة قنبلة في سوق البلدة القديمة في القدس أسفر انفجارها عن"
            + " مقتل فلسطيني.")
    assert dated_events(text, dt.date(2015, 8, 6)) == []


def test_an_item_of_the_days_reported_stays() -> None:
    text = (LEAD
            + "> في 17 أغسطس 2005، فتح مستوطن النار على فلسطينيين في بلدة سلفيت فقتل أربعة منهم.\n"
            + "> في نوفمبر 1992، ألقى أفراد من الجماعة قنبلة في سوق البلدة القديمة في القدس أسفر انفجارها عن"
            + " مقتل فلسطيني.\n"
            + "> أمس، قتل طفل في انفجار عبوة ناسفة زرعها مستوطنون قرب منزل في بلدة سلفيت.")
    assert dated_events(text, dt.date(2015, 8, 6)) == [("bombing", "2015-08-05", "publication", "Salfīt", 1)]
