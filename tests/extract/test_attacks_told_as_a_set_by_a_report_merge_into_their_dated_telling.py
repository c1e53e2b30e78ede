"""Attacks told as a set by a report that gives them no day (ارتفعت حصيلة القتلى جراء الهجمات ... وفق ما أفاد المرصد
الخميس) keep the report's words only so that no other day is carried to them: those words are no date expression of
their own, so the set merges into the attack of its type told with its day at its place, which takes the set's toll;
with other dead than that attack, the set sums up others and stays apart."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2018, 7, 26)
SET = ("ارتفعت حصيلة القتلى جراء الهجمات التي شنها التنظيم في محافظة السويداء، وتخللتها تفجيرات انتحارية، إلى نحو "
       "250 قتيلا، وفق ما أفاد المرصد الخميس.\n")


def events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.killed) for e in extract_article(article(text, PUBLISHED))]


def test_the_set_is_the_days_attack_with_its_toll() -> None:
    text = SET + "وبدأ التنظيم هجومه صباح أمس الأربعاء بتفجير أربعة انتحاريين أحزمتهم الناسفة في مدينة السويداء."
    assert events(text) == [("bombing", "2018-07-25", "As-Suwayda", 250)]


def test_the_set_alone_stays_undated() -> None:
    assert events(SET) == [("bombing", None, "As-Suwayda", 250)]


def test_an_attack_with_other_dead_is_not_the_set() -> None:
    text = SET + "وكان انتحاري فجر نفسه يوم 20 تموز في مدينة السويداء ما أدى إلى مقتل ثلاثة أشخاص."
    assert events(text) == [("bombing", None, "As-Suwayda", 250), ("bombing", "2018-07-20", "As-Suwayda", 3)]
