"""More follow-ups of a report: "كما قال" and "أما ... فقد نقلت" go on with the report before, and a
follow-up at a place the lead lists (في تلعفر والرمادي) takes the lead's date (basis ``lead``); so does
a definite trigger at the lead's place without a reporting verb (ووقعت التفجيرات ... في مدينة منبج)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.date_basis, e.place)
            for e in extract_article(article(text, dt.date(2016, 8, 12)))]


LEAD = "قال الجيش الأمريكي إن التحالف شن 23 غارة جوية يوم الخميس بالقرب من تلعفر والرمادي. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LEAD + "كما قال الجيش إن خمس غارات شنت بالقرب من الرمادي ودمرت مواقع قتالية.",
         [("airstrike", "2016-08-11", "publication", "Tal Afar"), ("airstrike", "2016-08-11", "lead", "Ramadi")]),
        (LEAD + "أما قناة محلية فقد نقلت عن مصادر أن خمس غارات شنت بالقرب من الرمادي.",
         [("airstrike", "2016-08-11", "publication", "Tal Afar"), ("airstrike", "2016-08-11", "lead", "Ramadi")]),
        (LEAD + "كما قال الجيش إن خمس غارات شنت بالقرب من مدينة دير الزور ودمرت مواقع قتالية.",
         [("airstrike", "2016-08-11", "publication", "Tal Afar"), ("airstrike", None, None, "Deir ez-Zor")]),
        (LEAD + "وقال سكان إن خمس غارات شنت بالقرب من الرمادي ودمرت مواقع قتالية.",
         [("airstrike", "2016-08-11", "publication", "Tal Afar"), ("airstrike", None, None, "Ramadi")]),
    ],
    ids=["also-said-at-a-listed-place", "as-for-another-outlet", "also-said-elsewhere", "not-a-follow-up"],
)
def test_follow_up(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected


RAID = "شن مقاتلو التنظيم المتشدد يوم الأربعاء هجمات مباغتة على مدينة منبج وعدد من القرى المحيطة بها في ريف حلب. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (RAID + "ووقعت التفجيرات الانتحارية قرب السوق في مدينة منبج.",
         [("ground_attack", "2016-08-10", "publication", "Manbij"), ("bombing", "2016-08-10", "lead", "Manbij")]),
        (RAID + "ووقعت التفجيرات الانتحارية قرب السوق في مدينة الرقة.",
         [("ground_attack", "2016-08-10", "publication", "Manbij"), ("bombing", None, None, "Ar Raqqah")]),
        (RAID + "ووقعت تفجيرات انتحارية قرب السوق في مدينة منبج.",
         [("ground_attack", "2016-08-10", "publication", "Manbij"), ("bombing", None, None, "Manbij")]),
    ],
    ids=["definite-at-the-lead-place", "definite-elsewhere", "indefinite-at-the-lead-place"],
)
def test_definite_retelling_at_the_lead_place(text: str, expected: list[tuple]) -> None:
    assert _events(text) == expected
