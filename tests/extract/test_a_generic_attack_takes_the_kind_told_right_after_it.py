"""A definite generic attack that nothing else types (الهجمات التي استهدفت ثلاث كنائس في المدينة) takes the kind of
the first event of its sentence or the next that names one at the same place (ثلاث عمليات انتحارية في كنائس
المدينة) and tells no other day or side: the attack told again by its kind. At another place, the kind told
after is another attack and types nothing."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article


def _typed(text: str) -> list[tuple]:
    return [(e.event_type, e.place, e.actor, e.killed)
            for e in extract_article(article(text, dt.date(2016, 7, 18)))]


def test_a_claimed_generic_attack_takes_the_kind_the_claim_tells() -> None:
    text = ("تبنى تنظيم داعش الأحد مسؤولية الهجمات التي استهدفت ثلاث كنائس في مدينة كركوك. وجاء ذلك في بيان "
            "للتنظيم ذكر أن ثلاث عمليات انتحارية قتلت 11 شخصا في كنائس مدينة كركوك.")
    # the claim's detail, the only side's attacks told just before, takes its side (`filled_sides`)
    assert _typed(text) == [("bombing", "Kirkuk", "ISIS", None), ("bombing", "Kirkuk", "ISIS", 11)]


def test_the_kind_told_at_another_place_types_nothing() -> None:
    text = ("تبنى تنظيم داعش الأحد مسؤولية الهجمات التي استهدفت ثلاث كنائس في مدينة كركوك. وجاء ذلك في بيان "
            "للتنظيم ذكر أن ثلاث عمليات انتحارية قتلت 11 شخصا في كنائس مدينة البصرة.")
    assert _typed(text)[0] == ("ground_attack", "Kirkuk", "ISIS", None)
