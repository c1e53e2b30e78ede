"""A bomb dealt with (معالجة عبوة ناسفة، تم معالجة عبوتين) is one defused or cleared, no attack: no event; a bomb
that went off before it could be dealt with stays; bombs cleared after a capture (تحرير المدينة وإزالة 450 عبوة
ناسفة) do not make the capture a bombing."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


def test_a_bomb_dealt_with_tells_no_attack() -> None:
    text = "تمكنت الشرطة يوم 10 آب 2016 من معالجة عبوة ناسفة في إحدى الدور بمدينة الرمادي."
    assert _events(text) == []


def test_a_bomb_that_went_off_stays() -> None:
    text = "قتل 3 جنود يوم 10 آب 2016 في انفجار عبوة ناسفة في مدينة الرمادي قبل معالجتها."
    assert _events(text) == [("bombing", "2016-08-10", "Ramadi", 3)]


def test_bombs_cleared_after_a_capture_do_not_make_it_a_bombing() -> None:
    text = "وقال مراسل إن القوات العراقية تمكنت من تحرير مدينة الرمادي يوم 10 آب 2016 وإزالة أكثر من 450 عبوة ناسفة."
    assert _events(text) == [("ground_attack", "2016-08-10", "Ramadi", None)]
