"""Mass graves opened and bodies identified (فتح المقابر الجماعية والتعرف على رفات آلاف الجثث) tell no attack: no
event, though a toll of thousands is named."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


def test_mass_graves_tell_no_attack() -> None:
    text = ("دعت منظمة حقوقية يوم 10 آب 2016 إلى دعم فريق في مدينة الرقة يعمل على فتح المقابر الجماعية والتعرف على "
            "رفات آلاف القتلى.")
    assert extract_article(article(text, PUBLISHED)) == []
