"""An attack whose kind is only inferred from its side (استهداف مدنيين, by the coalition) and a violent telling
by the same side on the same day, one of them placed nowhere, are one attack told twice; another day or
another side keeps them two."""

from __future__ import annotations

import datetime as dt

from tests.articles import article
from timeline.pipeline import extract_article

PUBLISHED = dt.date(2018, 9, 2)
INQUIRY = "رحبت الوزارة بنتائج التحقيق الذي أجراه التحالف الذي تقوده السعودية في استهداف مدنيين في التاسع من أغسطس. "


def _events(text: str) -> list[tuple]:
    return [(e.event_type, e.date, e.place, e.actor) for e in extract_article(article(text, PUBLISHED))]


def test_the_inferred_attack_and_the_sides_operation_that_day_are_one() -> None:
    text = INQUIRY + "ونفذت قوات التحالف عملية عسكرية يوم 9 أغسطس في محافظة صعدة."
    assert _events(text) == [("ground_attack", "2018-08-09", "Saada", "Saudi-led coalition")]


def test_an_operation_of_the_side_on_another_day_is_another_attack() -> None:
    text = INQUIRY + "ونفذت قوات التحالف عملية عسكرية يوم 7 أغسطس في محافظة صعدة."
    assert [e[1] for e in _events(text)] == ["2018-08-09", "2018-08-07"]


def test_an_operation_of_another_side_that_day_is_another_attack() -> None:
    text = INQUIRY + "ونفذت قوات الحوثيين عملية عسكرية يوم 9 أغسطس في محافظة صعدة."
    assert [e[3] for e in _events(text)] == ["Saudi-led coalition", "Houthis"]
