"""An airline's aircraft (طائرة الخطوط الجوية اليمنية) or a cargo aircraft (طائرات شحن روسية) carries people or goods:
it tells no air strike, though the wounded it carries are counted in its clause."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place) for e in extract_article(article(text, dt.date(2015, 8, 10)))]


def test_wounded_flown_by_an_airline_tell_no_strike() -> None:
    assert _events("35 جريحا من المقاومة في عدن أقلتهم طائرة الخطوط الجوية اليمنية وهبطت أمس في مطار عمان.") == []


def test_cargo_planes_tell_no_strike() -> None:
    assert _events("وصلت أمس طائرات شحن روسية إلى قاعدة حميميم محملة بالأسلحة وقتل فيها جندي.") == []

