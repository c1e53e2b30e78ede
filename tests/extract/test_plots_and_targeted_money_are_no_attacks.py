"""A plot or plans named with the article or in the accusative (بالمخطط الذي كان يرمي إلى تنفيذ تفجير،
ناقشوا خططا لهجوم) tell no attack, nor does targeting the financing of terrorism (لاستهداف تمويل
الإرهاب)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2016, 8, 12)


@pytest.mark.parametrize(
    "text",
    [
        "وألقي القبض على ثلاثة أشخاص لصلتهم بالمخطط الذي كان يرمي إلى تنفيذ تفجير خلال تجمع في مدينة منبج "
        "يوم 10 آب 2016.",
        "وناقش مسلحو تنظيم داعش خططا لهجوم على مهرجان في مدينة منبج يوم 10 آب 2016.",
        "وأشادت الولايات المتحدة بتأسيس المركز الدولي لاستهداف تمويل الإرهاب في مدينة منبج يوم 10 آب 2016.",
    ],
    ids=["a-plot-with-the-article", "plans-in-the-accusative", "targeting-the-financing"],
)
def test_no_attack_is_told(text: str) -> None:
    assert extract_article(article(text, PUBLISHED)) == []


def test_an_attack_told_beside_the_plot_is_kept() -> None:
    text = "وقتل 5 أشخاص في تفجير سيارة مفخخة في مدينة منبج يوم 10 آب 2016."
    assert [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))] == [
        ("bombing", "2016-08-10", "Manbij", 5)]
